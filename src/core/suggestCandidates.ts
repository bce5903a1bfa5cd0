// The candidates of "Suggest criteria": each text value, each list item and number ranges of every Accounts
// column a criterion can name, with the sums (segments.ts) of the customers who satisfy each one as
// ICP_SCORE evaluates it, and of the customers who have any value in that column.
import type { Account } from './accounts';
import { type ColumnKey, FORMULA_START, type RuleKind, columnKeyOf, nameIdentity } from './vocabulary';
import { type GroupSums, SUMS_WIDTH, addRow, combineSums, customerRow, emptySums, sumsAt } from './segments';
import { type SizeBand } from './size';
import { type CellValue, cellText, isBlank, parseNumber, splitItems } from './values';
import { formatNumberValue } from './vocabulary/numbers';
import { CURRENCIES, revenueBounds } from './vocabulary/money';

export interface CandidateOptions {
  /** Header to use for the derived Company size when the sheet has no such column. */
  companySizeName?: string;
  /** How size bands are written in the Value cell (defaults to the English band names). */
  sizeNames?: Partial<Record<SizeBand, string>>;
  /** Fewest customers with a value (or item) for it to be a candidate at all. */
  minGroup: number;
  /** The spreadsheet locale: how range values are written into Criteria. */
  locale?: string | null;
  /** The spreadsheet's time zone: a date cell is its calendar day there. */
  timeZone?: string;
  /** Currency of Annual revenue (a code of vocabulary/money.ts): the revenue bins follow it; US dollars when absent. */
  currency?: string;
}

export interface Candidate {
  attribute: string;
  /** nameIdentity of the attribute: one column however its header is spelled. */
  identity: string;
  rule: RuleKind;
  /** The rule that favours everyone else (undefined for ranges: their complement is a candidate itself). */
  negativeRule?: RuleKind;
  value: string;
  /** Customers satisfying the rule. */
  sums: GroupSums;
  /** Customers with any value in the column. */
  filled: GroupSums;
}

const EXCLUDED_COLUMNS: ReadonlySet<ColumnKey> = new Set<ColumnKey>([
  'account', 'mrr', 'grossMargin', 'cac', 'startDate', 'churnDate', 'icpScore', 'icpTier',
]);

const EMPLOYEE_BANDS: Array<[number, number]> = [[0, 49], [50, 199], [200, 499], [500, 2000], [2001, Infinity]];
/** US-dollar edges of the two small revenue bins; the larger ones are the size bands' own bounds. */
const SMALL_REVENUE_EDGES_USD = [1_000_000, 10_000_000];

/**
 * Annual-revenue bins in the sheet's currency: the US-dollar edges (1M, 10M) at its documented rate rounded
 * to two significant digits, then the Mid-market and Enterprise bounds exactly as COMPANY_SIZE uses them, so a
 * suggested range lines up with a size band (USD: ..999,999 / 1M..9,999,999 / 10M..49,999,999 / 50M..1B / above).
 */
export function revenueBands(currency?: string): Array<[number, number]> {
  const rate = (currency && CURRENCIES[currency]?.perUsd) || 1;
  const [small, medium] = SMALL_REVENUE_EDGES_USD.map((usd) => twoSignificantDigits(usd * rate));
  const { midMarket, enterprise } = revenueBounds(currency);
  return [[0, small - 1], [small, medium - 1], [medium, midMarket - 1], [midMarket, enterprise], [enterprise + 1, Infinity]];
}

function twoSignificantDigits(value: number): number {
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.round(value / unit) * unit;
}
const QUANTILE_BINS = 5;
const MAX_CONTAINS_CANDIDATES = 50;

export interface Column {
  attribute: string;
  identity: string;
  read: (account: Account) => CellValue;
  kind: 'is' | 'contains' | 'bands' | 'quantiles' | 'skip';
  bands?: Array<[number, number]>;
}

export function featureColumns(headers: readonly CellValue[], compared: readonly Account[], options: Omit<CandidateOptions, 'minGroup'>): Column[] {
  const columns: Column[] = [];
  const seen = new Set<string>();
  headers.forEach((header, index) => {
    const attribute = cellText(header);
    if (attribute === '') return;
    const key = columnKeyOf(header);
    const identity = nameIdentity(header);
    if ((key && EXCLUDED_COLUMNS.has(key)) || seen.has(identity)) return;
    seen.add(identity);
    if (key === 'companySize') {
      columns.push({ attribute, identity, read: (a) => a.size ?? '', kind: 'is' });
    } else if (key === 'employees') {
      columns.push({ attribute, identity, read: (a) => a.employees, kind: 'bands', bands: EMPLOYEE_BANDS });
    } else if (key === 'annualRevenue') {
      columns.push({ attribute, identity, read: (a) => a.annualRevenue, kind: 'bands', bands: revenueBands(options.currency) });
    } else {
      columns.push({ attribute, identity, read: (a) => a.cells[index], kind: detectKind(key, index, compared) });
    }
  });
  const hasSizeInputs = seen.has('#employees') || seen.has('#annualRevenue');
  if (!seen.has('#companySize') && hasSizeInputs) {
    columns.push({ attribute: options.companySizeName ?? 'Company size', identity: '#companySize', read: (a) => a.size ?? '', kind: 'is' });
  }
  return columns;
}

const KIND_SAMPLE = 2000;

/**
 * What a user column holds, judged on up to 2,000 customers spread over the table: numbers when ≥ 90% of
 * its filled cells are numbers with ≥ 6 distinct values; lists when ≥ 10% hold lists; free text or
 * identifiers (skipped: no value is shared by enough customers) when ≥ 90% of the text cells differ.
 */
function detectKind(key: ColumnKey | undefined, index: number, compared: readonly Account[]): Column['kind'] {
  if (key === 'techStack') return 'contains';
  let filled = 0;
  let numbers = 0;
  let lists = 0;
  const distinct = new Set<number>();
  const texts = new Set<string>();
  const step = Math.max(1, Math.floor(compared.length / KIND_SAMPLE));
  for (let i = 0; i < compared.length; i += step) {
    const value = compared[i].cells[index];
    if (isBlank(value)) continue;
    filled++;
    const number = parseNumber(value);
    if (number !== undefined) {
      numbers++;
      if (distinct.size < 6) distinct.add(number);
      continue;
    }
    const text = cellText(value).toLowerCase();
    texts.add(text);
    if (/[,;]/.test(text) && splitItems(text).length > 1) lists++;
  }
  if (filled > 0 && numbers >= 0.9 * filled && distinct.size >= 6) return 'quantiles';
  if (filled > 0 && lists >= 0.1 * filled) return 'contains';
  const textCells = filled - numbers;
  return textCells >= 50 && texts.size >= 0.9 * textCells ? 'skip' : 'is';
}

/** Every candidate of every column, counted over the customers. */
export function candidates(headers: readonly CellValue[], customers: readonly Account[], asOf: number, options: CandidateOptions): Candidate[] {
  // Each customer's contribution to a group's sums, computed once for every candidate of every column.
  const rows = new Float64Array(customers.length * SUMS_WIDTH);
  customers.forEach((account, i) => customerRow(account, asOf, rows, i * SUMS_WIDTH));
  const out: Candidate[] = [];
  for (const column of featureColumns(headers, customers, options)) {
    if (column.kind === 'skip') continue;
    if (column.kind === 'is' || column.kind === 'contains') out.push(...categoricalCandidates(column, customers, rows, options));
    else out.push(...rangeCandidates(column, customers, rows, options.locale));
  }
  return out;
}

/** Sums for each distinct value (or item) as ICP_SCORE's `is` / `contains` would match them. */
function categoricalCandidates(column: Column, customers: readonly Account[], rows: Float64Array, options: CandidateOptions): Candidate[] {
  const multi = column.kind === 'contains';
  const tokenIds = new Map<string, number>();
  const display: string[] = [];
  const counts: number[] = [];
  const cache = new Map<CellValue, number[]>();
  const tokensOf = (value: CellValue): number[] => {
    const cacheable = typeof value !== 'object' || value === null;
    if (cacheable) {
      const hit = cache.get(value);
      if (hit) return hit;
    }
    const ids: number[] = [];
    if (!isBlank(value)) {
      const text = column.identity === '#companySize' ? options.sizeNames?.[value as SizeBand] ?? cellText(value) : cellText(value, options.timeZone);
      const parts = multi ? splitItems(text) : [text];
      for (const part of parts) {
        const number = multi ? undefined : parseNumber(value);
        const key = number !== undefined ? `n:${number}` : part.toLowerCase();
        let id = tokenIds.get(key);
        if (id === undefined) {
          id = display.length;
          tokenIds.set(key, id);
          display.push(part);
          counts.push(0);
        }
        if (!ids.includes(id)) ids.push(id);
      }
    }
    if (cacheable && cache.size < 50_000) cache.set(value, ids);
    return ids;
  };
  const tokens = customers.map((a) => tokensOf(column.read(a)));
  for (const list of tokens) for (const id of list) counts[id]++;
  const usable = (id: number) => counts[id] >= options.minGroup && !FORMULA_START.test(display[id]) && (multi || !display[id].includes(';'));
  let ids = display.map((_, id) => id).filter(usable);
  // `contains` is a substring test on each item: "CRM" also matches "Zoho CRM". Count exactly that.
  if (multi) ids = ids.sort((x, y) => counts[y] - counts[x]).slice(0, MAX_CONTAINS_CANDIDATES);
  const needles = ids.map((id) => display[id].toLowerCase());
  const position = new Map(ids.map((id, c) => [id, c]));
  const matches = display.map((text, id): number[] => {
    if (!multi) return position.has(id) ? [position.get(id)!] : [];
    const lower = text.toLowerCase();
    const hits: number[] = [];
    needles.forEach((needle, c) => {
      if (lower.includes(needle)) hits.push(c);
    });
    return hits;
  });
  // One pass: each customer adds its row to every candidate it satisfies (once) and to the column's "filled".
  const sums = new Float64Array((ids.length + 1) * SUMS_WIDTH);
  const filledAt = ids.length * SUMS_WIDTH;
  const stamp = new Int32Array(ids.length).fill(-1);
  for (let row = 0; row < tokens.length; row++) {
    const list = tokens[row];
    if (list.length === 0) continue;
    const from = row * SUMS_WIDTH;
    addRow(sums, filledAt, rows, from);
    for (const token of list) {
      const hits = matches[token];
      for (let h = 0; h < hits.length; h++) {
        const c = hits[h];
        if (stamp[c] === row) continue;
        stamp[c] = row;
        addRow(sums, c * SUMS_WIDTH, rows, from);
      }
    }
  }
  const filled = sumsAt(sums, filledAt);
  return ids.map((id, c) => ({
    attribute: column.attribute, identity: column.identity, rule: multi ? 'contains' : 'is', negativeRule: multi ? 'doesNotContain' : 'isNot',
    value: display[id], sums: sumsAt(sums, c * SUMS_WIDTH), filled,
  }));
}

/** Every contiguous run of bins as a range rule (all bins together says nothing), summed over the bins. */
function rangeCandidates(column: Column, customers: readonly Account[], rows: Float64Array, locale: string | null | undefined): Candidate[] {
  const formatNumber = (value: number) => formatNumberValue(value, locale);
  const values = customers.map((account) => {
    const value = column.read(account);
    const number = typeof value === 'number' ? value : parseNumber(value);
    return number === undefined ? NaN : number;
  });
  const present = values.filter((v) => !Number.isNaN(v));
  const bins = column.bands ?? quantileBins(present);
  if (bins.length < 2) return [];
  if (!(Math.min(...present) >= 0)) return []; // a negative bound cannot be written as text safely ("-5..5" starts like a formula)
  const flat = new Float64Array(bins.length * SUMS_WIDTH);
  values.forEach((v, i) => {
    if (Number.isNaN(v)) return;
    let bin = 0;
    while (bin < bins.length - 1 && v > bins[bin][1] && v >= bins[bin + 1][0]) bin++;
    addRow(flat, bin * SUMS_WIDTH, rows, i * SUMS_WIDTH);
  });
  const binSums = bins.map((_, b) => sumsAt(flat, b * SUMS_WIDTH));
  const filled = binSums.reduce((a, b) => combineSums(a, b), emptySums());
  const out: Candidate[] = [];
  const last = bins.length - 1;
  for (let i = 0; i <= last; i++) {
    let sums = emptySums();
    for (let j = i; j <= last; j++) {
      sums = combineSums(sums, binSums[j]);
      if (i === 0 && j === last) continue;
      const min = i === 0 ? -Infinity : bins[i][0];
      const max = j === last ? Infinity : bins[j][1];
      const [rule, value]: [RuleKind, string] = i === 0 ? ['atMost', formatNumber(max)] : j === last ? ['atLeast', formatNumber(min)] : ['between', `${formatNumber(min)}..${formatNumber(max)}`];
      out.push({ attribute: column.attribute, identity: column.identity, rule, value, sums, filled });
    }
  }
  return out;
}

/** Up to five bins at the quintiles of the values, each spanning the values it holds. */
function quantileBins(values: number[]): Array<[number, number]> {
  if (values.length === 0) return [];
  values.sort((a, b) => a - b);
  const cuts = new Set<number>();
  for (let k = 1; k < QUANTILE_BINS; k++) cuts.add(values[Math.floor((k * values.length) / QUANTILE_BINS)]);
  const edges = [...cuts].sort((a, b) => a - b); // a value v belongs to the bin of the edges ≤ v
  const bins: Array<[number, number]> = [];
  let start = 0;
  for (const edge of edges) {
    let end = start;
    while (end < values.length && values[end] < edge) end++;
    if (end > start) bins.push([values[start], values[end - 1]]);
    start = end;
  }
  if (start < values.length) bins.push([values[start], values[values.length - 1]]);
  return bins;
}
