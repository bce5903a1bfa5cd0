// "Is the ICP working?": the unit economics of tiers A, B and C as the segment summary computes them for
// any group (segments.ts `segmentFigures`), the share of total CLV that tier A holds, the AUC of the score
// on retained vs churned customers, and tier thresholds chosen by the share of accounts each tier holds.
import type { Account } from './accounts';
import { type Tier, tierOf } from './formulas';
import { type Outcome, outcomeValue } from './outcome';
import { type SegmentFigures, segmentFigures } from './segments';
import type { Scorer } from './scoring';
import type { Thresholds } from './tierCutoffs';
import { separationOf } from './stats';

export { cutoffFor, scoreHistogram, thresholdsFor } from './tierCutoffs';
import { A_TIER_MIN, B_TIER_MIN } from './vocabulary/canonical';

export type { Thresholds } from './tierCutoffs';

export const DEFAULT_THRESHOLDS: Thresholds = { a: A_TIER_MIN, b: B_TIER_MIN };

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
