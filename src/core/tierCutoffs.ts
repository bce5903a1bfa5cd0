// Tier cut-offs chosen by the share of accounts each tier should hold, from a histogram of whole scores
// 0–100. No imports: the Suggest page runs these too, to show cut-offs as the user types.

export interface Thresholds {
  a: number;
  b: number;
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
