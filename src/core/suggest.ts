// "Suggest criteria from best customers" (docs/rules.md, Suggestions): which attribute values and numeric ranges are much
// more common among the best customers than among the worst, each with its evidence, and how well the
// current and the suggested criteria separate the two groups. Pure: no Apps Script globals.
//
// Best and worst (the rule the dialog and the README explain):
// - a customer's value is its monthly gross profit, MRR × gross margin (the mean margin of retained
//   customers when its own is blank, 100% when nobody has one);
// - best = retained (not churned) customers whose value is at least the median of retained customers;
// - worst = churned customers, plus retained customers whose value is below the lowest quarter's cut;
// - the rest (retained customers between the two cuts, or without MRR) are left out of the comparison.
// When no retained customer has an MRR, best = every retained customer and worst = churned ones.
//
// Ranking: the log odds ratio of "has the value" between best and worst (+0.5 on every cell), less z
// standard errors, where z is Bonferroni-corrected for the number of candidates tested (95% family-wise).
// A candidate is suggested only when that lower bound is above 0, the shares differ by ≥ 10 points and it
// has enough support; ties in the data or small groups therefore yield nothing rather than noise.
import type { Account } from './accounts';
import { type ColumnKey, FORMULA_START, type RuleKind, columnKeyOf, nameIdentity, ruleName } from './vocabulary';
import { criterionKey, isActive, parseCriteria } from './criteria';
import type { Language } from './i18n';
import { type Scorer, compile, compileCriteria } from './scoring';
import { formatNumberValue } from './vocabulary/numbers';
import { type SizeBand } from './size';
import { type CellValue, InputError, cellText, isBlank, parseNumber, splitItems } from './values';

export interface SuggestOptions {
  /** Fewest customers (best + middle + worst) to compare at all. */
  minCustomers?: number;
  minBest?: number;
  minWorst?: number;
  /** Fewest customers of the favoured group that must have the value. */
  minSupport?: number;
  /** Smallest difference of shares worth suggesting, as a fraction. */
  minDifference?: number;
  maxSuggestions?: number;
  maxPerAttribute?: number;
  /** Header to use for the derived Company size when the sheet has no such column. */
  companySizeName?: string;
  /** How size bands are written in the Value cell (defaults to the English band names). */
  sizeNames?: Partial<Record<SizeBand, string>>;
  /** The spreadsheet's time zone: a date cell suggests its calendar day there (UTC when not given). */
  timeZone?: string;
}

export const DEFAULTS = {
  minCustomers: 30, minBest: 10, minWorst: 10, minSupport: 5, minDifference: 0.1, maxSuggestions: 10, maxPerAttribute: 3,
} as const;

export type Weight = number | 'exclude';

export interface Share {
  count: number;
  total: number;
}

export interface Suggestion {
  attribute: string;
  rule: RuleKind;
  value: string;
  weight: Weight;
  /** Customers satisfying the criterion (as ICP_SCORE evaluates it), among best and among worst. */
  best: Share;
  worst: Share;
  /** Customers of both groups that have the value or range (for exclusions: that match it). */
  customers: number;
  /** Lower confidence bound of |log odds ratio|; the ranking key. */
  strength: number;
  oddsRatio: number;
  /**
   * Whether it raises the AUC (by ≥ 0.005) on top of the current criteria and the recommended suggestions
   * ranked above it; the dialog checks recommended ones by default.
   */
  recommended: boolean;
}

export interface Separation {
  /** Probability that a random best customer outscores a random worst one (ties count half). */
  auc: number;
  meanBest: number;
  meanWorst: number;
}

export interface OutcomeGroups {
  customers: number;
  best: Account[];
  worst: Account[];
  churned: number;
  lowValue: number;
  middle: number;
  basis: 'grossProfit' | 'retention';
  /** Monthly gross profit at or above which a retained customer is best. */
  bestFrom?: number;
  /** Monthly gross profit below which a retained customer is worst. */
  worstBelow?: number;
}

export type SuggestStatus = 'ok' | 'notEnoughData' | 'noneFound';

export interface SuggestResult {
  status: SuggestStatus;
  groups: OutcomeGroups;
  requirements: { customers: number; best: number; worst: number };
  suggestions: Suggestion[];
  /** Candidates tested (the Bonferroni count). */
  tested: number;
  /** When nothing qualifies: the candidate that came closest, for the explanation. */
  closest?: Suggestion;
  /** Separation by the current criteria; undefined when there are none. */
  current?: Separation;
  /** Why the current criteria cannot be used (a broken row), when they cannot. */
  currentError?: string;
  /** Separation after adding each suggestion to the current criteria and the recommended suggestions above it. */
  cumulative: Separation[];
  /** Separation with the current criteria and every recommended suggestion (the dialog's default selection). */
  after?: Separation;
}

const EXCLUDED_COLUMNS: ReadonlySet<ColumnKey> = new Set<ColumnKey>([
  'account', 'mrr', 'grossMargin', 'cac', 'startDate', 'churnDate', 'icpScore', 'icpTier',
]);

const EMPLOYEE_BANDS: Array<[number, number]> = [[0, 49], [50, 199], [200, 499], [500, 2000], [2001, Infinity]];
const REVENUE_BANDS: Array<[number, number]> = [
  [0, 999_999], [1_000_000, 9_999_999], [10_000_000, 49_999_999], [50_000_000, 1_000_000_000], [1_000_000_001, Infinity],
];
const QUANTILE_BINS = 5;
const MAX_CONTAINS_CANDIDATES = 50;
const FAMILY_ALPHA = 0.05;
const MIN_AUC_GAIN = 0.005;

// ---------------------------------------------------------------------------------------------------
// Best and worst

const valueOf = (account: Account, margin: number) => account.mrr! * (account.grossMargin ?? margin);

/** Splits customers into best, worst and the middle by the rule at the top of this file. */
export function splitByOutcome(accounts: readonly Account[]): OutcomeGroups {
  const customers = accounts.filter((a) => a.customer);
  const churned = customers.filter((a) => a.churned);
  const retained = customers.filter((a) => !a.churned);
  const paying = retained.filter((a) => a.mrr !== undefined);
  const groups: OutcomeGroups = {
    customers: customers.length, best: [], worst: [...churned], churned: churned.length, lowValue: 0, middle: 0, basis: 'grossProfit',
  };
  if (paying.length === 0) {
    groups.basis = 'retention';
    groups.best = retained;
    return groups;
  }
  const margins = paying.filter((a) => a.grossMargin !== undefined);
  const margin = margins.length ? margins.reduce((s, a) => s + a.grossMargin!, 0) / margins.length : 1;
  const values = paying.map((a) => valueOf(a, margin)).sort((a, b) => a - b);
  groups.worstBelow = values[Math.floor(values.length / 4)];
  groups.bestFrom = values[Math.floor(values.length / 2)];
  for (const account of retained) {
    if (account.mrr === undefined) {
      groups.middle++;
      continue;
    }
    const value = valueOf(account, margin);
    if (value >= groups.bestFrom) groups.best.push(account);
    else if (value < groups.worstBelow) {
      groups.worst.push(account);
      groups.lowValue++;
    } else groups.middle++;
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------------
// Statistics

/** Inverse of the standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9 after refinement). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/** Log odds ratio of having a feature among best vs worst, with 0.5 added to every cell, and its standard error. */
export function logOddsRatio(b: number, bestTotal: number, w: number, worstTotal: number): { lor: number; se: number } {
  const [b1, b0, w1, w0] = [b + 0.5, bestTotal - b + 0.5, w + 0.5, worstTotal - w + 0.5];
  return { lor: Math.log((b1 * w0) / (b0 * w1)), se: Math.sqrt(1 / b1 + 1 / b0 + 1 / w1 + 1 / w0) };
}

/** Area under the ROC curve of integer scores 0–100 between two groups, and their mean scores. */
export function separationOf(bestScores: ArrayLike<number>, worstScores: ArrayLike<number>): Separation {
  const bins = 101;
  const best = new Float64Array(bins);
  const worst = new Float64Array(bins);
  let sumBest = 0;
  let sumWorst = 0;
  for (let i = 0; i < bestScores.length; i++) {
    best[bin(bestScores[i])]++;
    sumBest += bestScores[i];
  }
  for (let i = 0; i < worstScores.length; i++) {
    worst[bin(worstScores[i])]++;
    sumWorst += worstScores[i];
  }
  let below = 0;
  let wins = 0;
  for (let s = 0; s < bins; s++) {
    wins += best[s] * (below + worst[s] / 2);
    below += worst[s];
  }
  const pairs = bestScores.length * worstScores.length;
  return {
    auc: pairs ? wins / pairs : 0.5,
    meanBest: bestScores.length ? sumBest / bestScores.length : 0,
    meanWorst: worstScores.length ? sumWorst / worstScores.length : 0,
  };
}

const bin = (score: number) => Math.max(0, Math.min(100, Math.round(score)));

/** Separation of the groups by a compiled scorer; a blank score counts as 0. */
export function separation(scorer: Scorer, best: readonly Account[], worst: readonly Account[]): Separation {
  const scores = (accounts: readonly Account[]) => {
    const out = new Float64Array(accounts.length);
    for (let i = 0; i < accounts.length; i++) {
      const score = scorer.score(accounts[i].cells);
      out[i] = score === '' ? 0 : score;
    }
    return out;
  };
  return separationOf(scores(best), scores(worst));
}

// ---------------------------------------------------------------------------------------------------
// Features: what each column says about each compared customer

interface Candidate {
  attribute: string;
  rule: RuleKind;
  /** Rule when the value is more common among the worst (undefined: only `exclude` is possible). */
  negativeRule?: RuleKind;
  value: string;
  b: number;
  w: number;
}

interface Column {
  attribute: string;
  identity: string;
  read: (account: Account) => CellValue;
  kind: 'is' | 'contains' | 'bands' | 'quantiles';
  bands?: Array<[number, number]>;
}

function featureColumns(headers: readonly CellValue[], compared: readonly Account[], options: SuggestOptions): Column[] {
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
      columns.push({ attribute, identity, read: (a) => a.annualRevenue, kind: 'bands', bands: REVENUE_BANDS });
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

/** A user column is numeric when ≥ 90% of its filled cells are numbers with ≥ 6 distinct values; multi-valued when ≥ 10% hold lists. */
function detectKind(key: ColumnKey | undefined, index: number, compared: readonly Account[]): Column['kind'] {
  if (key === 'techStack') return 'contains';
  let filled = 0;
  let numbers = 0;
  let lists = 0;
  const distinct = new Set<number>();
  for (const account of compared) {
    const value = account.cells[index];
    if (isBlank(value)) continue;
    filled++;
    const number = parseNumber(value);
    if (number !== undefined) {
      numbers++;
      if (distinct.size < 6) distinct.add(number);
    } else if (typeof value === 'string' && /[,;]/.test(value) && splitItems(value).length > 1) lists++;
  }
  if (filled > 0 && numbers >= 0.9 * filled && distinct.size >= 6) return 'quantiles';
  return filled > 0 && lists >= 0.1 * filled ? 'contains' : 'is';
}

/** Counts of each distinct value (or item) among best and worst, as ICP_SCORE's `is` / `contains` would match them. */
function categoricalCandidates(column: Column, best: readonly Account[], worst: readonly Account[], options: Required<Pick<SuggestOptions, 'minSupport'>> & SuggestOptions): Candidate[] {
  const multi = column.kind === 'contains';
  const tokenIds = new Map<string, number>();
  const display: string[] = [];
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
        }
        if (!ids.includes(id)) ids.push(id);
      }
    }
    if (cacheable && cache.size < 50_000) cache.set(value, ids);
    return ids;
  };
  const bestTokens = best.map((a) => tokensOf(column.read(a)));
  const worstTokens = worst.map((a) => tokensOf(column.read(a)));
  const count = (lists: number[][]) => {
    const counts = new Float64Array(display.length);
    for (const ids of lists) for (const id of ids) counts[id]++;
    return counts;
  };
  const bCounts = count(bestTokens);
  const wCounts = count(worstTokens);
  const usable = (id: number) =>
    (bCounts[id] >= options.minSupport || wCounts[id] >= options.minSupport) &&
    !FORMULA_START.test(display[id]) && (multi || !display[id].includes(';'));
  let ids = display.map((_, id) => id).filter(usable);
  if (!multi) {
    return ids.map((id) => ({ attribute: column.attribute, rule: 'is', negativeRule: 'isNot', value: display[id], b: bCounts[id], w: wCounts[id] }));
  }
  // `contains` is a substring test on each item: "CRM" also matches "Zoho CRM". Count exactly that.
  ids = ids.sort((x, y) => bCounts[y] + wCounts[y] - (bCounts[x] + wCounts[x])).slice(0, MAX_CONTAINS_CANDIDATES);
  const needles = ids.map((id) => display[id].toLowerCase());
  const matches = display.map((text) => {
    const lower = text.toLowerCase();
    const hits: number[] = [];
    needles.forEach((needle, c) => {
      if (lower.includes(needle)) hits.push(c);
    });
    return hits;
  });
  const exact = (lists: number[][]) => {
    const counts = new Float64Array(ids.length);
    const stamp = new Int32Array(ids.length).fill(-1);
    lists.forEach((tokens, row) => {
      for (const token of tokens) {
        for (const c of matches[token]) {
          if (stamp[c] === row) continue;
          stamp[c] = row;
          counts[c]++;
        }
      }
    });
    return counts;
  };
  const b = exact(bestTokens);
  const w = exact(worstTokens);
  return ids.map((id, c) => ({ attribute: column.attribute, rule: 'contains', negativeRule: 'doesNotContain', value: display[id], b: b[c], w: w[c] }));
}

/** Every contiguous run of bins as a range rule, counted exactly over the values. */
function rangeCandidates(column: Column, best: readonly Account[], worst: readonly Account[], locale: string | null | undefined): Candidate[] {
  const formatNumber = (value: number) => formatNumberValue(value, locale);
  const numbers = (accounts: readonly Account[]) => {
    const out: number[] = [];
    for (const account of accounts) {
      const value = column.read(account);
      const number = typeof value === 'number' ? value : parseNumber(value);
      out.push(number === undefined ? NaN : number);
    }
    return out;
  };
  const bestValues = numbers(best);
  const worstValues = numbers(worst);
  let bins = column.bands;
  if (!bins) bins = quantileBins([...bestValues, ...worstValues].filter((v) => !Number.isNaN(v)));
  if (bins.length < 2) return [];
  const lowest = Math.min(...[...bestValues, ...worstValues].filter((v) => !Number.isNaN(v)));
  if (!(lowest >= 0)) return []; // a negative bound cannot be written as text safely ("-5..5" starts like a formula)
  const candidates: Candidate[] = [];
  const last = bins.length - 1;
  for (let i = 0; i <= last; i++) {
    for (let j = i; j <= last; j++) {
      if (i === 0 && j === last) continue; // every number: says nothing
      const min = i === 0 ? -Infinity : bins[i][0];
      const max = j === last ? Infinity : bins[j][1];
      const inRange = (v: number) => v >= min && v <= max;
      let b = 0;
      let w = 0;
      for (const v of bestValues) if (inRange(v)) b++;
      for (const v of worstValues) if (inRange(v)) w++;
      const [rule, value]: [RuleKind, string] = i === 0 ? ['atMost', formatNumber(max)] : j === last ? ['atLeast', formatNumber(min)] : ['between', `${formatNumber(min)}..${formatNumber(max)}`];
      candidates.push({ attribute: column.attribute, rule, value, b, w });
    }
  }
  return candidates;
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

// ---------------------------------------------------------------------------------------------------
// Suggesting

export interface SuggestInput {
  headers: readonly CellValue[];
  accounts: readonly Account[];
  /** The Criteria sheet's rows as read (header row included), or undefined when there is no sheet. */
  criteria?: readonly (readonly CellValue[])[];
  /** The spreadsheet locale: how Criteria values write numbers (read and written). */
  locale?: string | null;
  /** The language of error messages. */
  language?: Language;
}

/** The Criteria row of a suggestion, in the reference (English) rule words, for scoring and merging. */
export function criteriaCells(suggestion: Pick<Suggestion, 'attribute' | 'rule' | 'value' | 'weight'>): CellValue[] {
  return [suggestion.attribute, ruleName(suggestion.rule), suggestion.value, suggestion.weight];
}

export function suggestCriteria(input: SuggestInput, options: SuggestOptions = {}): SuggestResult {
  const o = { ...DEFAULTS, ...options };
  const groups = splitByOutcome(input.accounts);
  const { best, worst } = groups;
  const result: SuggestResult = {
    status: 'ok', groups, requirements: { customers: o.minCustomers, best: o.minBest, worst: o.minWorst }, suggestions: [], tested: 0, cumulative: [],
  };
  const current = compileCurrent(input);
  if (current.scorer) result.current = separation(current.scorer, best, worst);
  result.currentError = current.error;
  if (groups.customers < o.minCustomers || best.length < o.minBest || worst.length < o.minWorst) {
    result.status = 'notEnoughData';
    return result;
  }

  const compared = [...best, ...worst];
  const candidates: Candidate[] = [];
  for (const column of featureColumns(input.headers, compared, o)) {
    if (column.kind === 'is' || column.kind === 'contains') candidates.push(...categoricalCandidates(column, best, worst, o));
    else candidates.push(...rangeCandidates(column, best, worst, input.locale));
  }
  const B = best.length;
  const W = worst.length;
  const tested = candidates.filter((c) => c.b >= o.minSupport || c.w >= o.minSupport);
  result.tested = tested.length;
  const z = normalQuantile(1 - FAMILY_ALPHA / (2 * Math.max(1, tested.length)));
  const existing = new Set((input.criteria ?? []).map((row) => criterionKey(row[0], row[1], row[2])));

  const scored: Array<{ suggestion: Suggestion; qualifies: boolean }> = [];
  for (const c of tested) {
    const { lor, se } = logOddsRatio(c.b, B, c.w, W);
    const positive = lor > 0;
    const strength = Math.abs(lor) - z * se;
    const pBest = c.b / B;
    const pWorst = c.w / W;
    const support = positive ? c.b : c.w;
    let suggestion: Suggestion;
    if (positive) {
      suggestion = { attribute: c.attribute, rule: c.rule, value: c.value, weight: weightFor(strength), best: { count: c.b, total: B }, worst: { count: c.w, total: W }, customers: c.b + c.w, strength, oddsRatio: Math.exp(lor), recommended: false };
    } else if (pBest <= 0.05 && strength >= Math.log(2)) {
      suggestion = { attribute: c.attribute, rule: c.rule, value: c.value, weight: 'exclude', best: { count: c.b, total: B }, worst: { count: c.w, total: W }, customers: c.b + c.w, strength, oddsRatio: Math.exp(lor), recommended: false };
    } else if (c.negativeRule) {
      suggestion = {
        attribute: c.attribute, rule: c.negativeRule, value: c.value, weight: 1, best: { count: B - c.b, total: B }, worst: { count: W - c.w, total: W },
        customers: c.b + c.w, strength, oddsRatio: Math.exp(lor), recommended: false,
      };
    } else continue; // a range more common among the worst but not rare among the best: its complement is the suggestion
    const qualifies = strength > 0 && Math.abs(pBest - pWorst) >= o.minDifference && support >= o.minSupport;
    scored.push({ suggestion, qualifies });
  }
  scored.sort((x, y) => y.suggestion.strength - x.suggestion.strength || y.suggestion.customers - x.suggestion.customers ||
    x.suggestion.attribute.localeCompare(y.suggestion.attribute) || x.suggestion.value.localeCompare(y.suggestion.value));

  const perAttribute = new Map<string, number>();
  const numericTaken = new Set<string>();
  for (const { suggestion, qualifies } of scored) {
    if (!qualifies) continue;
    const identity = nameIdentity(suggestion.attribute);
    const cells = criteriaCells(suggestion);
    if (existing.has(criterionKey(cells[0], cells[1], cells[2]))) continue;
    // One range per numeric attribute and direction: overlapping ranges would only repeat each other.
    const numeric = ['between', 'atLeast', 'atMost'].includes(suggestion.rule);
    const rangeKey = `${identity}|${suggestion.weight === 'exclude' ? 'x' : '+'}`;
    if (numeric && numericTaken.has(rangeKey)) continue;
    if ((perAttribute.get(identity) ?? 0) >= o.maxPerAttribute) continue;
    if (numeric) numericTaken.add(rangeKey);
    perAttribute.set(identity, (perAttribute.get(identity) ?? 0) + 1);
    result.suggestions.push(suggestion);
    if (result.suggestions.length >= o.maxSuggestions) break;
  }
  if (result.suggestions.length === 0) {
    result.status = 'noneFound';
    result.closest = scored[0]?.suggestion;
    return result;
  }
  // Greedy in rank order: a suggestion is recommended when it adds separation to the recommended ones above it.
  const chosen: (readonly CellValue[])[] = current.scorer ? [...(input.criteria ?? [])] : [];
  let auc = result.current?.auc ?? 0.5;
  for (const suggestion of result.suggestions) {
    const cells = criteriaCells(suggestion);
    const measured = separation(compileCriteria([...chosen, cells], input.headers, { locale: input.locale, timeZone: o.timeZone }), best, worst);
    result.cumulative.push(measured);
    if (measured.auc >= auc + MIN_AUC_GAIN) {
      suggestion.recommended = true;
      chosen.push(cells);
      auc = measured.auc;
      result.after = measured;
    }
  }
  return result;
}

/** Weight 3 when the odds ratio is at least 4 with confidence, 2 when at least 2, else 1. */
function weightFor(strength: number): number {
  if (strength >= Math.log(4)) return 3;
  return strength >= Math.log(2) ? 2 : 1;
}

/** The scorer of the current criteria; none when there are no active criteria; the error when one is broken. */
export function compileCurrent(input: SuggestInput): { scorer?: Scorer; error?: string } {
  if (!input.criteria || input.criteria.length === 0) return {};
  const options = { locale: input.locale, language: input.language };
  try {
    const parsed = parseCriteria(input.criteria, options);
    return parsed.some(isActive) ? { scorer: compile(parsed, input.headers, options) } : {};
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { error: error.message };
  }
}
