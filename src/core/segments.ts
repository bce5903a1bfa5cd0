// Segment figures of SPEC §5: churn over customer-months, ARPA, margin, CLV, CAC, ICP fit and health.
import type { Account } from './accounts';
import { clv } from './formulas';
import { CHURN_BENCHMARK, SIZE_BANDS, type SizeBand } from './size';
import { type CellValue, cellText } from './values';

export const DAY_MS = 86_400_000;
export const MONTH_DAYS = 365.25 / 12;
/** Churn below this counts as this: a customer lifetime is capped at 60 months. */
export const LIFETIME_CAP_CHURN = 1 / 60;
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
    figures.aTierShare = accounts.length ? list.filter((s) => s >= 80).length / accounts.length : undefined;
  }
  if (customers.length === 0) {
    figures.notes.push('noCustomers');
    return figures;
  }
  const sums = emptySums();
  for (const account of customers) addCustomer(sums, account, asOf);
  Object.assign(figures, economics(sums));
  figures.health = health(figures, benchmarkBand(accounts));
  return figures;
}

/**
 * What the unit economics of a group of customers need, as sums: adding customers adds to them and the sums
 * of a group's complement are the total's less the group's (how Suggest compares a value with the rest).
 */
export interface PayerSums {
  count: number;
  mrr: number;
  mrrSquared: number;
  withMargin: number;
  marginPlain: number;
  /** Σ MRR of payers with a margin (the weights), Σ MRR × margin, and the squares the delta method needs. */
  marginWeight: number;
  marginWeighted: number;
  weightSquared: number;
  weightSquaredMargin: number;
  weightSquaredMarginSquared: number;
}

export interface GroupSums {
  customers: number;
  churned: number;
  active: number;
  customerDays: number;
  /** Paying customers not churned, and all paying customers (ARPA uses the first when it has anyone). */
  activePayers: PayerSums;
  payers: PayerSums;
  withCac: number;
  cac: number;
  cacSquared: number;
}

const emptyPayers = (): PayerSums => ({
  count: 0, mrr: 0, mrrSquared: 0, withMargin: 0, marginPlain: 0, marginWeight: 0, marginWeighted: 0, weightSquared: 0, weightSquaredMargin: 0, weightSquaredMarginSquared: 0,
});

export const emptySums = (): GroupSums => ({
  customers: 0, churned: 0, active: 0, customerDays: 0, activePayers: emptyPayers(), payers: emptyPayers(), withCac: 0, cac: 0, cacSquared: 0,
});

/** Days a customer has been one, up to the as-of moment or its churn date. */
export const customerDaysOf = (account: Account, asOf: number) => (Math.min(account.churn ?? Infinity, asOf) - account.start!) / DAY_MS;

function addPayer(p: PayerSums, mrr: number, margin: number | undefined, sign: number): void {
  p.count += sign;
  p.mrr += sign * mrr;
  p.mrrSquared += sign * mrr * mrr;
  if (margin === undefined) return;
  p.withMargin += sign;
  p.marginPlain += sign * margin;
  p.marginWeight += sign * mrr;
  p.marginWeighted += sign * mrr * margin;
  p.weightSquared += sign * mrr * mrr;
  p.weightSquaredMargin += sign * mrr * mrr * margin;
  p.weightSquaredMarginSquared += sign * mrr * mrr * margin * margin;
}

/** Adds one customer (an account with a start date) to the sums; `sign` -1 takes it away. */
export function addCustomer(sums: GroupSums, account: Account, asOf: number, sign = 1): void {
  sums.customers += sign;
  if (account.churned) sums.churned += sign;
  else sums.active += sign;
  sums.customerDays += sign * customerDaysOf(account, asOf);
  if (account.mrr !== undefined) {
    addPayer(sums.payers, account.mrr, account.grossMargin, sign);
    if (!account.churned) addPayer(sums.activePayers, account.mrr, account.grossMargin, sign);
  }
  if (account.cac !== undefined) {
    sums.withCac += sign;
    sums.cac += sign * account.cac;
    sums.cacSquared += sign * account.cac * account.cac;
  }
}

function combinePayers(a: PayerSums, b: PayerSums, sign: number): PayerSums {
  const out = { ...a };
  for (const key of Object.keys(out) as (keyof PayerSums)[]) out[key] += sign * b[key];
  return out;
}

/** a + sign × b, field by field: the sums of a union, or (sign -1) of the rest of a group. */
export function combineSums(a: GroupSums, b: GroupSums, sign = 1): GroupSums {
  return {
    customers: a.customers + sign * b.customers, churned: a.churned + sign * b.churned, active: a.active + sign * b.active,
    customerDays: a.customerDays + sign * b.customerDays,
    activePayers: combinePayers(a.activePayers, b.activePayers, sign), payers: combinePayers(a.payers, b.payers, sign),
    withCac: a.withCac + sign * b.withCac, cac: a.cac + sign * b.cac, cacSquared: a.cacSquared + sign * b.cacSquared,
  };
}

/** The payers ARPA and margin are measured on: the active ones when any has MRR, else every paying customer. */
export const payersOf = (sums: GroupSums): PayerSums => (sums.activePayers.count > 0 ? sums.activePayers : sums.payers);

export type Economics = Pick<SegmentFigures, 'monthlyChurn' | 'arpa' | 'grossMargin' | 'clv' | 'avgCac' | 'ltvCac' | 'payback' | 'notes'>;

/** The summary's unit economics of a group of customers (at least one), from its sums. */
export function economics(sums: GroupSums): Economics {
  const figures: Economics = { notes: [] };
  if (sums.customerDays > 0) figures.monthlyChurn = sums.churned / (sums.customerDays / MONTH_DAYS);
  else figures.notes.push('noExposure'); // every customer started at the as-of moment: no customer-months yet

  const payers = payersOf(sums);
  if (payers.count > 0) figures.arpa = payers.mrr / payers.count;
  if (payers.withMargin > 0) {
    // MRR-weighted; when every such MRR is 0 the weights vanish, so the plain mean stands in.
    figures.grossMargin = payers.marginWeight > 0 ? payers.marginWeighted / payers.marginWeight : payers.marginPlain / payers.withMargin;
  }
  if (figures.arpa === undefined) figures.notes.push('noMrr');
  else if (figures.grossMargin === undefined) figures.notes.push('noMargin');
  const margin = figures.grossMargin ?? 1;
  if (figures.arpa !== undefined && figures.monthlyChurn !== undefined) {
    if (figures.monthlyChurn < LIFETIME_CAP_CHURN) figures.notes.push('capped');
    figures.clv = clv(figures.arpa, margin, Math.max(figures.monthlyChurn, LIFETIME_CAP_CHURN));
  }
  if (sums.withCac > 0) figures.avgCac = sums.cac / sums.withCac;
  if (figures.avgCac === undefined) figures.notes.push('noCac');
  else if (figures.avgCac === 0) figures.notes.push('zeroCac');
  if (figures.clv !== undefined && figures.avgCac) figures.ltvCac = figures.clv / figures.avgCac;
  if (figures.avgCac !== undefined && figures.arpa !== undefined) {
    if (figures.arpa * margin > 0) figures.payback = figures.avgCac / (figures.arpa * margin);
    else if (figures.avgCac > 0) figures.notes.push('neverPaidBack');
    else figures.payback = 0; // nothing spent, nothing to pay back
  }
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

/** Groups accounts by the dimensions (case-insensitive; blank → `(blank)`), sorted by LTV:CAC, best first. */
export function segmentAccounts(accounts: Account[], dimensions: Dimension[], asOf: number, scores?: Map<Account, number>): SegmentFigures[] {
  const groups = new Map<string, { values: string[]; accounts: Account[] }>();
  for (const account of accounts) {
    const values = dimensions.map((read) => cellText(read(account)) || BLANK_DIMENSION);
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
