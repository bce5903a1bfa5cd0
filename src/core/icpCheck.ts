// "Is the ICP working?": the unit economics of tiers A, B and C as the segment summary computes them for
// any group (segments.ts `segmentFigures`), the share of total CLV that tier A holds, the AUC of the score
// on retained vs churned customers, and tier thresholds chosen by the share of accounts each tier holds.
import type { Account } from './accounts';
import { type Tier, tierOf } from './formulas';
import { type Outcome, outcomeValue } from './outcome';
import { type SegmentFigures, segmentFigures } from './segments';
import type { Scorer } from './scoring';
import { separationOf } from './stats';

export interface Thresholds {
  a: number;
  b: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { a: 80, b: 50 };

export interface TierRow {
  tier: Tier | 'all';
  figures: SegmentFigures;
  /** The outcome's figure of the tier ÷ that of all customers (churn for retention: below 1 is better). */
  lift?: number;
}

export interface TierCheck {
  rows: TierRow[];
  /** Tier A's share of the customers, and of the customers' total CLV (Σ CLV × customers over the tiers). */
  aCustomerShare?: number;
  aClvShare?: number;
  /** For retention: probability that a retained customer outscores a churned one (ties count half). */
  auc?: number;
}

/** Each account's score: blank rows have none. */
export function scoresOf(scorer: Scorer, accounts: readonly Account[]): (number | undefined)[] {
  return accounts.map((a) => {
    const score = scorer.score(a.cells);
    return score === '' ? undefined : score;
  });
}

/** Per-tier figures (A, B, C, then all accounts) of the accounts as scored. */
export function tierCheck(accounts: readonly Account[], scores: readonly (number | undefined)[], thresholds: Thresholds, asOf: number, outcome: Outcome): TierCheck {
  const groups: Record<Tier, Account[]> = { A: [], B: [], C: [] };
  accounts.forEach((account, i) => {
    const score = scores[i];
    if (score !== undefined) groups[tierOf(score, thresholds.a, thresholds.b)].push(account);
  });
  const all = segmentFigures('all', [], accounts.filter((_, i) => scores[i] !== undefined), asOf);
  const allValue = outcomeValue(outcome, all);
  const rows: TierRow[] = (['A', 'B', 'C'] as const).map((tier) => {
    const figures = segmentFigures(tier, [tier], groups[tier], asOf);
    const value = outcomeValue(outcome, figures);
    return { tier, figures, lift: value !== undefined && allValue ? value / allValue : undefined };
  });
  rows.push({ tier: 'all', figures: all, lift: allValue === undefined ? undefined : 1 });
  const check: TierCheck = { rows };
  if (all.customers > 0) check.aCustomerShare = rows[0].figures.customers / all.customers;
  const totalClv = rows.slice(0, 3).reduce((sum, r) => sum + (r.figures.clv ?? 0) * r.figures.customers, 0);
  if (totalClv > 0 && rows.slice(0, 3).every((r) => r.figures.customers === 0 || r.figures.clv !== undefined)) {
    check.aClvShare = ((rows[0].figures.clv ?? 0) * rows[0].figures.customers) / totalClv;
  }
  if (outcome === 'retention') {
    const retained: number[] = [];
    const churned: number[] = [];
    accounts.forEach((a, i) => {
      if (!a.customer || scores[i] === undefined) return;
      (a.churned ? churned : retained).push(scores[i]!);
    });
    if (retained.length && churned.length) check.auc = separationOf(retained, churned).auc;
  }
  return check;
}

/** How many accounts have each score 0–100 (scores are whole numbers), for choosing thresholds. */
export function scoreHistogram(scores: readonly (number | undefined)[]): number[] {
  const counts = new Array<number>(101).fill(0);
  for (const score of scores) if (score !== undefined) counts[Math.max(0, Math.min(100, Math.round(score)))]++;
  return counts;
}

/**
 * The lowest score of a tier holding the share of accounts nearest to `share` (of those scored), counting
 * from the top: the whole-number cut-off c for which the accounts scoring ≥ c are closest to share × total;
 * a tie goes to the smaller tier. 101 when the tier should hold nobody.
 */
export function cutoffFor(histogram: readonly number[], share: number): number {
  const total = histogram.reduce((a, b) => a + b, 0);
  const target = share * total;
  let best = 101;
  let bestGap = target;
  let above = 0;
  for (let score = 100; score >= 0; score--) {
    above += histogram[score];
    const gap = Math.abs(above - target);
    if (gap < bestGap) [best, bestGap] = [score, gap];
  }
  return best;
}

/** Cut-offs for tier A holding `shareA` of the accounts and B the next `shareB`; B's is never above A's. */
export function thresholdsFor(histogram: readonly number[], shareA: number, shareB: number): Thresholds & { aCount: number; bCount: number; total: number } {
  const a = Math.min(100, cutoffFor(histogram, shareA));
  const b = Math.min(a, cutoffFor(histogram, Math.min(1, shareA + shareB)));
  const total = histogram.reduce((x, y) => x + y, 0);
  const countFrom = (cut: number) => histogram.slice(cut).reduce((x, y) => x + y, 0);
  const aCount = countFrom(a);
  return { a, b, aCount, bCount: countFrom(b) - aCount, total };
}
