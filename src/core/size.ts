// Company size bands from the ICP worksheet (docs/rules.md, Other functions: COMPANY_SIZE). The revenue
// bounds in each currency come from vocabulary/money; the SQL export renders these same bounds.
import { type SizeBounds, revenueBounds } from './vocabulary/money';

export const SIZE_BANDS = ['SMB', 'Mid-market', 'Enterprise'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const EMPLOYEE_BOUNDS: SizeBounds = { midMarket: 500, enterprise: 2000 };
const USD_BOUNDS = revenueBounds(undefined);

function band(value: number, bounds: SizeBounds): number {
  if (value < bounds.midMarket) return 0;
  return value <= bounds.enterprise ? 1 : 2;
}

/**
 * The size band of a company from its employees and/or annual revenue; the larger band wins when both
 * are known, undefined when neither is. Inputs must already be validated non-negative numbers.
 */
export function companySize(employees: number | undefined, annualRevenue: number | undefined, bounds: SizeBounds = USD_BOUNDS): SizeBand | undefined {
  if (employees === undefined && annualRevenue === undefined) return undefined;
  // No arrays: ICP_SCORE derives this for every account row.
  const byEmployees = employees === undefined ? 0 : band(employees, EMPLOYEE_BOUNDS);
  const byRevenue = annualRevenue === undefined ? 0 : band(annualRevenue, bounds);
  return SIZE_BANDS[Math.max(byEmployees, byRevenue)];
}

/** Monthly churn benchmark per band (docs/rules.md, Segment summary: Health). */
export const CHURN_BENCHMARK: Record<SizeBand, number> = { SMB: 0.05, 'Mid-market': 0.02, Enterprise: 0.01 };
