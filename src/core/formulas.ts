// The custom functions (docs/rules.md, Custom functions and Other functions) as pure functions of their raw arguments. src/functions.ts only adds
// the JSDoc Sheets needs; every rule and formula lives here.
import { type ArgValue, type Output, type Where, fail, finite, mapRows, quoted, readNumber, withoutHeaderRow } from './args';
import { companySize } from './size';
import { A_TIER_MIN, B_TIER_MIN } from './vocabulary/canonical';
import { CURRENCIES, currencyCode, revenueBounds } from './vocabulary/money';
import { isBlank } from './values';

/** Monthly discount rate equivalent to an annual one: (1 + annual)^(1/12) − 1. */
export function monthlyDiscountRate(annualRate: number): number {
  return Math.pow(1 + annualRate, 1 / 12) - 1;
}

/** CLV with payments at the start of each month: arpa × gm × (1 + d) / (d + churn). */
export function clv(arpa: number, grossMargin: number, monthlyChurn: number, annualDiscountRate = 0): number {
  const d = monthlyDiscountRate(annualDiscountRate);
  return (arpa * grossMargin * (1 + d)) / (d + monthlyChurn);
}

/** Average monthly churn over a period: 1 − (1 − lost/start)^(1/months). */
export function monthlyChurnRate(start: number, lost: number, months = 1): number {
  return 1 - Math.pow(1 - lost / start, 1 / months);
}

export function annualChurnRate(monthly: number): number {
  return 1 - Math.pow(1 - monthly, 12);
}

export function SEGMENT_CLV(arpa: ArgValue, grossMargin: ArgValue, monthlyChurn: ArgValue, annualDiscountRate?: ArgValue): Output | Output[][] {
  const fn = 'SEGMENT_CLV';
  return mapRows(fn, ['arpa', 'gross_margin', 'monthly_churn', 'annual_discount_rate'], [arpa, grossMargin, monthlyChurn, annualDiscountRate], (cells, at) => {
    const a = readNumber(cells[0], at(0), { kind: 'nonNegative' });
    const gm = readNumber(cells[1], at(1), { kind: 'fraction' });
    const churn = readNumber(cells[2], at(2), { kind: 'fraction' });
    const rate = readNumber(cells[3], at(3), { kind: 'nonNegative' }, 0)!;
    if (a === undefined || gm === undefined || churn === undefined) return '';
    if (churn === 0) {
      fail('fn.zeroChurn', { where: at(2) });
    }
    return finite(fn, clv(a, gm, churn, rate));
  });
}

export function CAC_PAYBACK(cac: ArgValue, arpa: ArgValue, grossMargin?: ArgValue): Output | Output[][] {
  const fn = 'CAC_PAYBACK';
  return mapRows(fn, ['cac', 'arpa', 'gross_margin'], [cac, arpa, grossMargin], (cells, at) => {
    const c = readNumber(cells[0], at(0), { kind: 'nonNegative' });
    const a = readNumber(cells[1], at(1), { kind: 'nonNegative' });
    const gm = readNumber(cells[2], at(2), { kind: 'fraction' }, 1)!;
    if (c === undefined || a === undefined) return '';
    if (a * gm === 0) {
      fail('fn.neverPaidBack', { where: at(1), arpa: quoted(cells[1]), margin: gm });
    }
    return finite(fn, c / (a * gm));
  });
}

export function LTV_CAC(lifetimeValue: ArgValue, cac: ArgValue): Output | Output[][] {
  const fn = 'LTV_CAC';
  return mapRows(fn, ['clv', 'cac'], [lifetimeValue, cac], (cells, at) => {
    const value = readNumber(cells[0], at(0), { kind: 'nonNegative' });
    const c = readNumber(cells[1], at(1), { kind: 'nonNegative' });
    if (value === undefined || c === undefined) return '';
    if (c === 0) fail('fn.zeroCac', { where: at(1) });
    return finite(fn, value / c);
  });
}

export function MONTHLY_CHURN(customersAtStart: ArgValue, customersLost: ArgValue, months?: ArgValue): Output | Output[][] {
  const fn = 'MONTHLY_CHURN';
  return mapRows(fn, ['customers_at_start', 'customers_lost', 'months'], [customersAtStart, customersLost, months], (cells, at) => {
    const start = readNumber(cells[0], at(0), { kind: 'positive' });
    const lost = readNumber(cells[1], at(1), { kind: 'nonNegative' });
    const period = readNumber(cells[2], at(2), { kind: 'positive' }, 1)!;
    if (start === undefined || lost === undefined) return '';
    if (lost > start) {
      fail('fn.lostAboveStart', { where: at(1), lost: quoted(cells[1]), start: quoted(cells[0]) });
    }
    return finite(fn, monthlyChurnRate(start, lost, period));
  });
}

export function ANNUAL_CHURN(monthlyChurn: ArgValue): Output | Output[][] {
  const fn = 'ANNUAL_CHURN';
  return mapRows(fn, ['monthly_churn'], [monthlyChurn], (cells, at) => {
    const monthly = readNumber(cells[0], at(0), { kind: 'fraction' });
    return monthly === undefined ? '' : finite(fn, annualChurnRate(monthly));
  });
}

export function COMPANY_SIZE(employees: ArgValue, annualRevenue?: ArgValue, currency?: ArgValue): Output | Output[][] {
  const fn = 'COMPANY_SIZE';
  return mapRows(fn, ['employees', 'annual_revenue', 'currency'], withoutHeaderRow([employees, annualRevenue, currency]), (cells, at) => {
    const staff = readNumber(cells[0], at(0), { kind: 'nonNegative' });
    const revenue = readNumber(cells[1], at(1), { kind: 'nonNegative' });
    const code = isBlank(cells[2]) ? 'USD' : currencyCode(cells[2]) ?? fail('fn.currency', { where: at(2), value: quoted(cells[2]), codes: Object.keys(CURRENCIES).join(', ') });
    return companySize(staff, revenue, revenueBounds(code)) ?? '';
  });
}

export function ICP_TIER(score: ArgValue, aMin?: ArgValue, bMin?: ArgValue): Output | Output[][] {
  const fn = 'ICP_TIER';
  return mapRows(fn, ['score', 'a_min', 'b_min'], withoutHeaderRow([score, aMin, bMin]), (cells, at) => {
    const a = readThreshold(cells[1], at(1), A_TIER_MIN);
    const b = readThreshold(cells[2], at(2), B_TIER_MIN);
    if (a < b) fail('fn.tierOrder', { fn, a, b });
    if (isBlank(cells[0])) return '';
    const value = readNumber(cells[0], at(0), { kind: 'any' })!;
    return tierOf(value, a, b);
  });
}

export type Tier = 'A' | 'B' | 'C';

export function tierOf(score: number, aMin = A_TIER_MIN, bMin = B_TIER_MIN): Tier {
  if (score >= aMin) return 'A';
  return score >= bMin ? 'B' : 'C';
}

function readThreshold(value: Parameters<typeof readNumber>[0], where: Where, fallback: number): number {
  const threshold = readNumber(value, where, { kind: 'any' }, fallback)!;
  if (threshold < 0 || threshold > 100) fail('fn.outside100', { where, value: quoted(value) });
  return threshold;
}

