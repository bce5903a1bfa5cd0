// Statistics the suggestions and the ICP check share: the normal quantile for confidence bounds, and the
// separation (AUC) of two groups by a 0–100 score.

export interface Separation {
  /** Probability that a random member of the first group outscores one of the second (ties count half). */
  auc: number;
  meanBest: number;
  meanWorst: number;
}

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

/** Area under the ROC curve of scores 0–100 (rounded) between two groups, and their mean scores. */
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


/**
 * Quantile of Student's t with `df` degrees of freedom, from the normal one by the Cornish–Fisher expansion
 * (Abramowitz & Stegun 26.7.5); within 1% of the exact value for df ≥ 5 at the tail probabilities used here.
 */
export function tQuantile(p: number, df: number): number {
  const z = normalQuantile(p);
  if (!Number.isFinite(df)) return z;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3);
}
