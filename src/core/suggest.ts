// "Suggest criteria from best customers" (docs/rules.md, Suggestions): which values and ranges mark customers
// who do better, or worse, than the rest on the outcome the team chose (outcome.ts), measured with the
// segment summary's formulas. Pure: no Apps Script globals. The rules:
// - every candidate's group is compared with the rest of the customers; the log ratio of the two figures
//   gets a confidence bound corrected for the number of candidates (Bonferroni, 99% family-wise; Student's
//   t for the means behind CLV and LTV:CAC, whose groups can be small);
// - a candidate is suggested only when that bound excludes no difference and the figures differ by ≥ 10%;
// - a group that does better becomes a positive criterion; one that does worse a penalty (`is not`,
//   `does not contain`) or, when the bound says it is at least 3 times worse, an exclusion; never the
//   other way round, so a suggestion never contradicts the summary;
// - the weight follows the size of the effect: twice log₂ of the ratio, rounded, from 1 to 5;
// - suggestions that favour the same customers on one attribute (complements such as `at least 10,000,000`
//   and `at most 9,999,999` exclude) collapse into the stronger one;
// - a column that alone separates churned from retained customers almost perfectly restates the outcome:
//   it is never suggested, and the result names it.
import type { Account } from './accounts';
import { type RuleKind, nameIdentity, ruleName } from './vocabulary';
import { criterionKey, isActive, parseCriteria } from './criteria';
import type { Language } from './i18n';
import { type Comparison, type Outcome, type OutcomeChoice, compareGroups, outcomeChoices, outcomeValue, resolveOutcome, sumsOf } from './outcome';
import { compile, type Scorer } from './scoring';
import { type Economics, type GroupSums, combineSums, economics, payersOf } from './segments';
import { type SizeBand } from './size';
import { tQuantile } from './stats';
import { type Candidate, candidates } from './suggestCandidates';
import { type CellValue, InputError } from './values';

export interface SuggestOptions {
  /** The outcome to learn from; the preferred available one when absent or unavailable. */
  outcome?: Outcome;
  /** Fewest customers to compare at all. */
  minCustomers?: number;
  /** Fewest customers on each side of a comparison. */
  minGroup?: number;
  /** Smallest ratio of the two figures worth suggesting. */
  minRatio?: number;
  maxSuggestions?: number;
  maxPerAttribute?: number;
  companySizeName?: string;
  sizeNames?: Partial<Record<SizeBand, string>>;
  /** The spreadsheet's time zone: a date cell suggests its calendar day there (UTC when not given). */
  timeZone?: string;
  /** Currency of Annual revenue: the revenue ranges suggested follow it (US dollars when not given). */
  currency?: string;
}

export const DEFAULTS = { minCustomers: 30, minGroup: 10, minRatio: 1.1, maxSuggestions: 10, maxPerAttribute: 3 } as const;

const FAMILY_ALPHA = 0.01;
const EXCLUDE_RATIO = 3;
const LEAK_ACCURACY = 0.95;
const LEAK_MIN_EACH = 5;

export type Weight = number | 'exclude';

/** The figures of a group as the summary shows them. */
export type GroupFigures = Economics & { customers: number; churned: number };

export interface Suggestion {
  attribute: string;
  rule: RuleKind;
  value: string;
  weight: Weight;
  /** The customers the evidence is about: those matching `attribute matchRule value` (the value itself for penalties). */
  matchRule: RuleKind;
  inside: GroupFigures;
  rest: GroupFigures;
  /** The outcome's figure inside ÷ the rest's (churn for retention). */
  ratio: number;
  /** Lower confidence bound of |log ratio|, corrected for the number of candidates: the ranking key. */
  strength: number;
  /** Checked in the dialog when it opens. */
  checked: boolean;
}

export interface Leak {
  attribute: string;
  /** The value or range that restates the outcome; undefined when having any value at all does. */
  value?: string;
  rule?: RuleKind;
  /** Share of churned customers in the group, and of retained ones. */
  churnedShare: number;
  retainedShare: number;
}

export type SuggestStatus = 'ok' | 'notEnoughData' | 'noneFound' | 'unavailable';

export interface SuggestResult {
  status: SuggestStatus;
  outcome: Outcome;
  choices: OutcomeChoice[];
  customers: number;
  /** The figures of all customers. */
  all?: GroupFigures;
  requirements: { customers: number; group: number };
  suggestions: Suggestion[];
  /** Candidates compared (the Bonferroni count). */
  tested: number;
  /** When nothing qualifies: the candidate that came closest. */
  closest?: Suggestion;
  leaks: Leak[];
  /** Why the current criteria cannot be used (a broken row), when they cannot. */
  currentError?: string;
}

export interface SuggestInput {
  headers: readonly CellValue[];
  accounts: readonly Account[];
  /** The moment customer-months are counted up to (the summary's as-of). */
  asOf: number;
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

const figuresOf = (sums: GroupSums): GroupFigures => ({ ...economics(sums), customers: sums.customers, churned: sums.churned });

export function suggestCriteria(input: SuggestInput, options: SuggestOptions = {}): SuggestResult {
  const o = { ...DEFAULTS, ...options };
  const customers = input.accounts.filter((a) => a.customer);
  const { choices, preferred } = outcomeChoices(customers);
  const outcome = resolveOutcome(choices, preferred, options.outcome);
  const result: SuggestResult = {
    status: 'ok', outcome, choices, customers: customers.length, requirements: { customers: o.minCustomers, group: o.minGroup }, suggestions: [], tested: 0, leaks: [],
  };
  result.currentError = compileCurrent(input).error;
  if (customers.length === 0) {
    result.status = 'notEnoughData';
    return result;
  }
  const total = sumsOf(customers, input.asOf);
  result.all = figuresOf(total);
  if (!choices.find((c) => c.outcome === outcome)!.available) {
    result.status = 'unavailable';
    return result;
  }
  if (customers.length < o.minCustomers) {
    result.status = 'notEnoughData';
    return result;
  }

  const all = candidates(input.headers, customers, input.asOf, { ...o, minGroup: o.minGroup, locale: input.locale });
  result.leaks = findLeaks(all, total);
  const leaked = new Set(result.leaks.map((l) => nameIdentity(l.attribute)));
  const tested = all.filter((c) => !leaked.has(c.identity) && c.sums.customers >= o.minGroup && total.customers - c.sums.customers >= o.minGroup);
  result.tested = tested.length;
  const p = 1 - FAMILY_ALPHA / (2 * Math.max(1, tested.length));

  const scored: Array<{ suggestion: Suggestion; candidate: Candidate; qualifies: boolean }> = [];
  for (const candidate of tested) {
    const comparison = compareGroups(outcome, candidate.sums, combineSums(total, candidate.sums, -1));
    if (!comparison || comparison.effect === 0) continue;
    const suggestion = suggestionOf(outcome, candidate, comparison, tQuantile(p, comparison.df ?? Infinity));
    if (!suggestion) continue;
    scored.push({ suggestion, candidate, qualifies: suggestion.strength > 0 && Math.abs(comparison.effect) >= Math.log(o.minRatio) });
  }
  // Strongest first; of equally strong ones (a rule and its complement compare the same two groups) the one
  // that says what to look for rather than what to avoid.
  const positive = (s: Suggestion) => (s.rule === s.matchRule && s.weight !== 'exclude' ? 1 : 0);
  scored.sort((x, y) => Math.round((y.suggestion.strength - x.suggestion.strength) * 1e9) || positive(y.suggestion) - positive(x.suggestion) ||
    y.suggestion.inside.customers - x.suggestion.inside.customers ||
    x.suggestion.attribute.localeCompare(y.suggestion.attribute) || x.suggestion.value.localeCompare(y.suggestion.value));

  const existing = new Set((input.criteria ?? []).map((row) => criterionKey(row[0], row[1], row[2])));
  const perAttribute = new Map<string, number>();
  const taken = new Set<string>();
  for (const { suggestion, candidate, qualifies } of scored) {
    if (!qualifies) continue;
    const cells = criteriaCells(suggestion);
    if (existing.has(criterionKey(cells[0], cells[1], cells[2]))) continue;
    const numeric = ['between', 'atLeast', 'atMost'].includes(suggestion.rule);
    // One range per attribute and direction: overlapping ranges would only repeat each other.
    const rangeKey = `${candidate.identity}|range|${suggestion.weight === 'exclude' ? 'x' : '+'}`;
    const favoured = `${candidate.identity}|${favouredSignature(suggestion, candidate)}`;
    if ((numeric && taken.has(rangeKey)) || taken.has(favoured)) continue;
    if ((perAttribute.get(candidate.identity) ?? 0) >= o.maxPerAttribute) continue;
    if (numeric) taken.add(rangeKey);
    taken.add(favoured);
    perAttribute.set(candidate.identity, (perAttribute.get(candidate.identity) ?? 0) + 1);
    result.suggestions.push(suggestion);
    if (result.suggestions.length >= o.maxSuggestions) break;
  }
  if (result.suggestions.length === 0) {
    result.status = 'noneFound';
    result.closest = scored[0]?.suggestion;
  }
  return result;
}

/** The suggestion a compared candidate makes, or none (a worse range: its complement is a candidate itself). */
function suggestionOf(outcome: Outcome, candidate: Candidate, comparison: Comparison, z: number): Suggestion | undefined {
  const size = Math.abs(comparison.effect);
  const strength = size - z * comparison.se;
  const weight = Math.max(1, Math.min(5, Math.round((2 * size) / Math.LN2)));
  const inside = outcomeValue(outcome, comparison.inside)!;
  const rest = outcomeValue(outcome, comparison.rest)!;
  const base = {
    attribute: candidate.attribute, value: candidate.value, matchRule: candidate.rule, inside: comparison.inside, rest: comparison.rest,
    ratio: rest ? inside / rest : Infinity, strength, checked: true,
  };
  if (comparison.effect > 0) return { ...base, rule: candidate.rule, weight };
  if (strength >= Math.log(EXCLUDE_RATIO)) return { ...base, rule: candidate.rule, weight: 'exclude' };
  if (candidate.negativeRule) return { ...base, rule: candidate.negativeRule, weight };
  return undefined;
}

/**
 * Who a suggestion favours among the customers with a value in its column: the group itself for a positive
 * criterion, everyone else with a value for a penalty or exclusion. Equal signatures favour the same customers.
 */
function favouredSignature(suggestion: Suggestion, candidate: Candidate): string {
  const positive = suggestion.rule === candidate.rule && suggestion.weight !== 'exclude';
  const sums = positive ? candidate.sums : combineSums(candidate.filled, candidate.sums, -1);
  return [sums.customers, sums.churned, Math.round(sums.customerDays), Math.round(payersOf(sums).mrr * 100)].join('|');
}

/**
 * Columns whose values (or whose being filled at all) separate churned from retained customers almost
 * perfectly: balanced accuracy ≥ 95%, judged when there are at least 5 of each.
 */
function findLeaks(all: readonly Candidate[], total: GroupSums): Leak[] {
  if (total.churned < LEAK_MIN_EACH || total.active < LEAK_MIN_EACH) return [];
  const best = new Map<string, { leak: Leak; accuracy: number }>();
  const consider = (candidate: Candidate, sums: GroupSums, value?: string, rule?: RuleKind) => {
    const churnedShare = sums.churned / total.churned;
    const retainedShare = sums.active / total.active;
    const accuracy = Math.max(churnedShare + 1 - retainedShare, retainedShare + 1 - churnedShare) / 2;
    const seen = best.get(candidate.identity);
    if (accuracy >= LEAK_ACCURACY && (!seen || accuracy > seen.accuracy)) {
      best.set(candidate.identity, { leak: { attribute: candidate.attribute, value, rule, churnedShare, retainedShare }, accuracy });
    }
  };
  for (const candidate of all) {
    consider(candidate, candidate.sums, candidate.value, candidate.rule);
    consider(candidate, candidate.filled);
  }
  return [...best.values()].map((b) => b.leak);
}

/** The scorer of the current criteria; none when there are no active criteria; the error when one is broken. */
export function compileCurrent(input: Pick<SuggestInput, 'criteria' | 'headers' | 'locale' | 'language'> & { timeZone?: string }): { scorer?: Scorer; error?: string } {
  if (!input.criteria || input.criteria.length === 0) return {};
  const options = { locale: input.locale, language: input.language, timeZone: input.timeZone };
  try {
    const parsed = parseCriteria(input.criteria, options);
    return parsed.some(isActive) ? { scorer: compile(parsed, input.headers, options) } : {};
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { error: error.message };
  }
}
