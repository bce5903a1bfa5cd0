// Segment figures (docs/rules.md, Segment summary): churn over customer-months, ARPA, margin, CLV, CAC, ICP fit and health.
import type { Account } from './accounts';
import { clv } from './formulas';
import { CHURN_BENCHMARK, SIZE_BANDS, type SizeBand } from './size';
import { A_TIER_MIN } from './vocabulary/canonical';
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
    figures.aTierShare = accounts.length ? list.filter((s) => s >= A_TIER_MIN).length / accounts.length : undefined;
  }
  if (customers.length === 0) {
    figures.notes.push('noCustomers');
    return figures;
  }
  Object.assign(figures, economics(sumsOf(customers, asOf)));
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

// The sums laid out flat, one Float64Array slot per field, so that many groups (Suggest's candidates) add
// customers with plain loops: a customer's contribution is written once by customerRow and added to a group.
const PAYER_FIELDS = ['count', 'mrr', 'mrrSquared', 'withMargin', 'marginPlain', 'marginWeight', 'marginWeighted', 'weightSquared', 'weightSquaredMargin', 'weightSquaredMarginSquared'] as const;
const ACTIVE_PAYERS = 4;
const PAYERS = ACTIVE_PAYERS + PAYER_FIELDS.length;
const CAC = PAYERS + PAYER_FIELDS.length;
/** Slots per group: customers, churned, active, customer-days, the two payer blocks, then CAC count, sum and squares. */
export const SUMS_WIDTH = CAC + 3;

function payerRow(out: Float64Array, at: number, mrr: number, margin: number | undefined): void {
  out[at] = 1;
  out[at + 1] = mrr;
  out[at + 2] = mrr * mrr;
  if (margin === undefined) return;
  out[at + 3] = 1;
  out[at + 4] = margin;
  out[at + 5] = mrr;
  out[at + 6] = mrr * margin;
  out[at + 7] = mrr * mrr;
  out[at + 8] = mrr * mrr * margin;
  out[at + 9] = mrr * mrr * margin * margin;
}

/** Writes one customer's contribution at `offset` of `out` (whose slots there are 0). */
export function customerRow(account: Account, asOf: number, out: Float64Array, offset = 0): void {
  out[offset] = 1;
  out[offset + (account.churned ? 1 : 2)] = 1;
  out[offset + 3] = customerDaysOf(account, asOf);
  if (account.mrr !== undefined) {
    payerRow(out, offset + PAYERS, account.mrr, account.grossMargin);
    if (!account.churned) payerRow(out, offset + ACTIVE_PAYERS, account.mrr, account.grossMargin);
  }
  if (account.cac !== undefined) {
    out[offset + CAC] = 1;
    out[offset + CAC + 1] = account.cac;
    out[offset + CAC + 2] = account.cac * account.cac;
  }
}

/** target[at…] += source[from…] over one group's slots. */
export function addRow(target: Float64Array, at: number, source: Float64Array, from: number): void {
  for (let k = 0; k < SUMS_WIDTH; k++) target[at + k] += source[from + k];
}

/** The sums held at `offset` of a flat array. */
export function sumsAt(row: Float64Array, offset = 0): GroupSums {
  const payers = (at: number): PayerSums => {
    const p = emptyPayers();
    PAYER_FIELDS.forEach((field, k) => (p[field] = row[offset + at + k]));
    return p;
  };
  return {
    customers: row[offset], churned: row[offset + 1], active: row[offset + 2], customerDays: row[offset + 3],
    activePayers: payers(ACTIVE_PAYERS), payers: payers(PAYERS), withCac: row[offset + CAC], cac: row[offset + CAC + 1], cacSquared: row[offset + CAC + 2],
  };
}

/** The sums of a list of customers, added in order. */
export function sumsOf(customers: readonly Account[], asOf: number): GroupSums {
  const total = new Float64Array(SUMS_WIDTH);
  const one = new Float64Array(SUMS_WIDTH);
  for (const account of customers) {
    one.fill(0);
    customerRow(account, asOf, one);
    addRow(total, 0, one, 0);
  }
  return sumsAt(total);
}

function combinePayers(a: PayerSums, b: PayerSums, sign: number): PayerSums {
  const out = { ...a };
  for (const key of PAYER_FIELDS) out[key] += sign * b[key];
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

/**
 * Groups accounts by the dimensions (case-insensitive; blank → `(blank)`; a date as its day in `timeZone`,
 * the spreadsheet's), sorted by LTV:CAC, best first.
 */
export function segmentAccounts(accounts: Account[], dimensions: Dimension[], asOf: number, scores?: Map<Account, number>, timeZone?: string, blank = BLANK_DIMENSION): SegmentFigures[] {
  const groups = new Map<string, { values: string[]; accounts: Account[] }>();
  for (const account of accounts) {
    const values = dimensions.map((read) => cellText(read(account), timeZone) || blank);
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
