// Which customers are best, in the segment summary's own figures: those who stay (retention: monthly churn =
// churned ÷ customer-months), those worth most over their lifetime (CLV) or those that return most on what
// they cost to win (LTV:CAC). A group is compared with the rest of the customers through the summary's
// formulas (segments.ts `economics`), with a confidence interval on the log of the ratio of the two figures:
// - retention: the rate ratio of churn per customer-month, a Poisson interval (0.5 added to each count);
// - CLV and LTV:CAC: the delta method on log CLV = log ARPA + log margin − log churn (− log average CAC),
//   each term's spread from the sums (see logVariance), the terms' deviations added (the worst case of
//   their correlation); a churn at or below the 60-month lifetime cap adds no variance (the cap fixes it).
import type { Account } from './accounts';
import { type Economics, type GroupSums, LIFETIME_CAP_CHURN, combineSums, economics, payersOf } from './segments';

export { sumsOf } from './segments';

export type Outcome = 'retention' | 'clv' | 'ltvCac';
/** In order of preference for the default. */
export const OUTCOMES: readonly Outcome[] = ['ltvCac', 'clv', 'retention'];

export type UnavailableReason = 'noCustomers' | 'noChurn' | 'allChurned' | 'fewMrr' | 'fewCac' | 'zeroCac';

export interface OutcomeChoice {
  outcome: Outcome;
  available: boolean;
  reason?: UnavailableReason;
  /** For fewMrr / fewCac: customers that have what the outcome needs, of how many. */
  have?: number;
  of?: number;
}

/** What each outcome needs; the default is the first available of LTV:CAC, CLV, retention. */
export function outcomeChoices(customers: readonly Account[]): { choices: OutcomeChoice[]; preferred?: Outcome } {
  const n = customers.length;
  const churned = customers.filter((a) => a.churned).length;
  const withMrr = customers.filter((a) => a.mrr !== undefined).length;
  const withBoth = customers.filter((a) => a.mrr !== undefined && a.cac !== undefined).length;
  const cacTotal = customers.reduce((sum, a) => sum + (a.cac ?? 0), 0);
  const choice = (outcome: Outcome): OutcomeChoice => {
    if (n === 0) return { outcome, available: false, reason: 'noCustomers' };
    if (outcome === 'retention') {
      if (churned === 0) return { outcome, available: false, reason: 'noChurn' };
      if (churned === n) return { outcome, available: false, reason: 'allChurned' };
      return { outcome, available: true };
    }
    if (2 * withMrr < n) return { outcome, available: false, reason: 'fewMrr', have: withMrr, of: n };
    if (outcome === 'clv') return { outcome, available: true };
    if (2 * withBoth < n) return { outcome, available: false, reason: 'fewCac', have: withBoth, of: n };
    if (!(cacTotal > 0)) return { outcome, available: false, reason: 'zeroCac' };
    return { outcome, available: true };
  };
  const choices = OUTCOMES.map(choice);
  return { choices, preferred: choices.find((c) => c.available)?.outcome };
}

/** The outcome to use: the one asked for when the data supports it, else the preferred one. */
export function resolveOutcome(choices: readonly OutcomeChoice[], preferred: Outcome | undefined, asked?: Outcome): Outcome {
  const choice = choices.find((c) => c.outcome === asked);
  return choice?.available ? choice.outcome : preferred ?? asked ?? 'retention';
}

/** The chosen outcome's figure of a group; higher is better except for churn. */
export function outcomeValue(outcome: Outcome, figures: Economics): number | undefined {
  return outcome === 'retention' ? figures.monthlyChurn : outcome === 'clv' ? figures.clv : figures.ltvCac;
}

export interface Comparison {
  inside: Economics & { customers: number; churned: number };
  rest: Economics & { customers: number; churned: number };
  /** Log of the ratio of the outcome inside vs the rest, signed so that positive means the group does better. */
  effect: number;
  /** Standard error of `effect`. */
  se: number;
  /** Degrees of freedom of a comparison of means (the smaller side's payers less one); absent for retention. */
  df?: number;
}

const sampleVariance = (sum: number, squares: number, n: number) => (n > 1 ? Math.max(0, (squares - (sum * sum) / n) / (n - 1)) : 0);

const deviationOf = (sum: number, squares: number, n: number) => Math.sqrt(sampleVariance(sum, squares, n));

/** Coefficient of variation (spread ÷ mean) of a sum, its squares and its count. */
const variation = (sum: number, squares: number, n: number) => (sum > 0 ? deviationOf(sum, squares, n) / (sum / n) : 0);

/**
 * Variance of the log of the group's CLV (and with `cac`, of its LTV:CAC), by the delta method.
 * - ARPA's and CAC's relative spread is the larger of the group's own and all customers' (`all`): a group
 *   that happens to hold mostly one kind of customer shows a narrow spread that would overstate certainty.
 * - ARPA, margin and churn are measured on overlapping customers and move together (larger customers
 *   often churn less too), so the terms' standard deviations are added, the worst case of any correlation.
 */
function logVariance(sums: GroupSums, figures: Economics, all: GroupSums, cac: boolean): number {
  const payers = payersOf(sums);
  const allPayers = payersOf(all);
  const mrrVariation = Math.max(variation(payers.mrr, payers.mrrSquared, payers.count), variation(allPayers.mrr, allPayers.mrrSquared, allPayers.count));
  let deviation = mrrVariation / Math.sqrt(payers.count);
  if (figures.grossMargin !== undefined && payers.marginWeight > 0 && figures.grossMargin > 0) {
    const m = figures.grossMargin;
    // Ratio estimator Σ w·m / Σ w: variance Σ w²(m − M)² / (Σ w)².
    const spread = payers.weightSquaredMarginSquared - 2 * m * payers.weightSquaredMargin + m * m * payers.weightSquared;
    deviation += Math.sqrt(Math.max(0, spread)) / payers.marginWeight / m;
  }
  if (figures.monthlyChurn! > LIFETIME_CAP_CHURN) deviation += 1 / Math.sqrt(sums.churned);
  if (cac) {
    const cacVariation = Math.max(variation(sums.cac, sums.cacSquared, sums.withCac), variation(all.cac, all.cacSquared, all.withCac));
    deviation += cacVariation / Math.sqrt(sums.withCac);
  }
  return deviation * deviation;
}

/**
 * The group against the rest on the outcome, or undefined when either side lacks the figure (or it is 0).
 * The sign of `effect` always agrees with the two figures as the summary would show them.
 */
export function compareGroups(outcome: Outcome, inside: GroupSums, rest: GroupSums): Comparison | undefined {
  if (inside.customers === 0 || rest.customers === 0) return undefined;
  const a = economics(inside);
  const b = economics(rest);
  const valueA = outcomeValue(outcome, a);
  const valueB = outcomeValue(outcome, b);
  if (valueA === undefined || valueB === undefined) return undefined;
  const comparison = (effect: number, se: number, df?: number): Comparison => ({
    inside: { ...a, customers: inside.customers, churned: inside.churned },
    rest: { ...b, customers: rest.customers, churned: rest.churned },
    // A figure tie, or a continuity correction pointing the other way than the figures, is no effect.
    effect: valueA === valueB || Math.sign(effect) !== Math.sign(outcome === 'retention' ? valueB - valueA : valueA - valueB) ? 0 : effect,
    se,
    df,
  });
  if (outcome === 'retention') {
    const rateA = (inside.churned + 0.5) / inside.customerDays;
    const rateB = (rest.churned + 0.5) / rest.customerDays;
    return comparison(Math.log(rateB / rateA), Math.sqrt(1 / (inside.churned + 0.5) + 1 / (rest.churned + 0.5)));
  }
  if (!(valueA > 0 && valueB > 0) || payersOf(inside).count < 2 || payersOf(rest).count < 2) return undefined;
  const cac = outcome === 'ltvCac';
  if (cac && (inside.withCac < 2 || rest.withCac < 2)) return undefined;
  const all = combineSums(inside, rest);
  const df = Math.min(payersOf(inside).count, payersOf(rest).count, ...(cac ? [inside.withCac, rest.withCac] : [])) - 1;
  return comparison(Math.log(valueA / valueB), Math.sqrt(logVariance(inside, a, all, cac) + logVariance(rest, b, all, cac)), df);
}
