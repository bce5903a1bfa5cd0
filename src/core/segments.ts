// Segment figures (docs/rules.md, Segment summary): churn over customer-months, ARPA, margin, CLV, CAC, ICP fit and health.
import type { Account } from './accounts';
import { clv } from './formulas';
import { CHURN_BENCHMARK, SIZE_BANDS, type SizeBand } from './size';
import { A_TIER_MIN } from './vocabulary/canonical';
import { type CellValue, cellText } from './values';

export const DAY_MS = 86_400_000;
const MONTH_DAYS = 365.25 / 12;
const LIFETIME_CAP_CHURN = 1 / 60;
export const BLANK_DIMENSION = '(blank)';

export type Health = 'Healthy' | 'Watch' | 'At risk';
/** Why a figure is blank or capped; each has a `note.*` message. */
export type Note = 'noCustomers' | 'noExposure' | 'noMrr' | 'noMargin' | 'capped' | 'noCac' | 'zeroCac' | 'neverPaidBack';

/** A dimension reads one value per account: a column, or the size band (derived when blank). */
export type Dimension = (account: Account) => CellValue;

export interface SegmentFigures {
  name: string;
  values: string[];
  accounts: number;
  customers: number;
  active: number;
  churned: number;
  monthlyChurn?: number;
  arpa?: number;
  grossMargin?: number;
  clv?: number;
  avgCac?: number;
  ltvCac?: number;
  payback?: number;
  avgScore?: number;
  aTierShare?: number;
  health: Health;
  notes: Note[];
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined);

/** Figures of one group of accounts. `scores` holds each account's ICP score (undefined: no criteria). */
export function segmentFigures(name: string, values: string[], accounts: Account[], asOf: number, scores?: Map<Account, number>): SegmentFigures {
  const customers = accounts.filter((a) => a.customer);
  const churned = customers.filter((a) => a.churned);
  const active = customers.filter((a) => !a.churned);
  const figures: SegmentFigures = {
    name, values, accounts: accounts.length, customers: customers.length, active: active.length, churned: churned.length,
    health: 'Watch', notes: [],
  };
  if (scores) {
    const list = accounts.map((a) => scores.get(a)).filter((s): s is number => s !== undefined);
    figures.avgScore = mean(list);
    figures.aTierShare = accounts.length ? list.filter((s) => s >= A_TIER_MIN).length / accounts.length : undefined;
  }
  if (customers.length === 0) {
    figures.notes.push('noCustomers');
    return figures;
  }
  const customerDays = customers.reduce((sum, a) => sum + (Math.min(a.churn ?? Infinity, asOf) - a.start!) / DAY_MS, 0);
  if (customerDays > 0) figures.monthlyChurn = churned.length / (customerDays / MONTH_DAYS);
  else figures.notes.push('noExposure'); // every customer started at the as-of moment: no customer-months yet

  const payers = (active.some((a) => a.mrr !== undefined) ? active : customers).filter((a) => a.mrr !== undefined);
  figures.arpa = mean(payers.map((a) => a.mrr!));
  const withMargin = payers.filter((a) => a.grossMargin !== undefined);
  const weight = withMargin.reduce((sum, a) => sum + a.mrr!, 0);
  if (withMargin.length) {
    // MRR-weighted; when every such MRR is 0 the weights vanish, so the plain mean stands in.
    figures.grossMargin = weight > 0 ? withMargin.reduce((sum, a) => sum + a.mrr! * a.grossMargin!, 0) / weight : mean(withMargin.map((a) => a.grossMargin!));
  }
  if (figures.arpa === undefined) figures.notes.push('noMrr');
  else if (figures.grossMargin === undefined) figures.notes.push('noMargin');
  const margin = figures.grossMargin ?? 1;
  if (figures.arpa !== undefined && figures.monthlyChurn !== undefined) {
    if (figures.monthlyChurn < LIFETIME_CAP_CHURN) figures.notes.push('capped');
    figures.clv = clv(figures.arpa, margin, Math.max(figures.monthlyChurn, LIFETIME_CAP_CHURN));
  }
  figures.avgCac = mean(customers.filter((a) => a.cac !== undefined).map((a) => a.cac!));
  if (figures.avgCac === undefined) figures.notes.push('noCac');
  else if (figures.avgCac === 0) figures.notes.push('zeroCac');
  if (figures.clv !== undefined && figures.avgCac) figures.ltvCac = figures.clv / figures.avgCac;
  if (figures.avgCac !== undefined && figures.arpa !== undefined) {
    if (figures.arpa * margin > 0) figures.payback = figures.avgCac / (figures.arpa * margin);
    else if (figures.avgCac > 0) figures.notes.push('neverPaidBack');
    else figures.payback = 0; // nothing spent, nothing to pay back
  }
  figures.health = health(figures, benchmarkBand(accounts));
  return figures;
}

/** The most common size band of the accounts; a tie goes to the larger band; SMB when none is known. */
export function benchmarkBand(accounts: Account[]): SizeBand {
  const counts = new Map<SizeBand, number>();
  for (const a of accounts) if (a.size) counts.set(a.size, (counts.get(a.size) ?? 0) + 1);
  let best: SizeBand = 'SMB';
  let bestCount = 0;
  for (const band of SIZE_BANDS) {
    const count = counts.get(band) ?? 0;
    if (count > 0 && count >= bestCount) [best, bestCount] = [band, count];
  }
  return best;
}

export function health(f: Pick<SegmentFigures, 'monthlyChurn' | 'ltvCac' | 'payback'>, band: SizeBand): Health {
  const { monthlyChurn: churn, ltvCac, payback } = f;
  if (churn === undefined || ltvCac === undefined || payback === undefined) return 'Watch';
  const benchmark = CHURN_BENCHMARK[band];
  if (ltvCac < 1 || churn > 2 * benchmark || payback > 24) return 'At risk';
  if (churn <= benchmark && ltvCac >= 3 && payback <= 12) return 'Healthy';
  return 'Watch';
}

/**
 * Groups accounts by the dimensions (case-insensitive; blank → `(blank)`; a date as its day in `timeZone`,
 * the spreadsheet's), sorted by LTV:CAC, best first.
 */
export function segmentAccounts(accounts: Account[], dimensions: Dimension[], asOf: number, scores?: Map<Account, number>, timeZone?: string): SegmentFigures[] {
  const groups = new Map<string, { values: string[]; accounts: Account[] }>();
  for (const account of accounts) {
    const values = dimensions.map((read) => cellText(read(account), timeZone) || BLANK_DIMENSION);
    const key = values.join('\u0000').toLowerCase();
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { values, accounts: [] }));
    group.accounts.push(account);
  }
  const segments = [...groups.values()].map((g) => segmentFigures(g.values.join(' · '), g.values, g.accounts, asOf, scores));
  return segments.sort((a, b) => {
    if (a.ltvCac === undefined || b.ltvCac === undefined) return a.ltvCac === b.ltvCac ? a.name.localeCompare(b.name) : a.ltvCac === undefined ? 1 : -1;
    return b.ltvCac - a.ltvCac || a.name.localeCompare(b.name);
  });
}
