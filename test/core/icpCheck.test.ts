// "Is the ICP working?": per-tier figures that are the summary's figures for the same groups, tier A's share
// of CLV, the AUC of the score on retained vs churned, cut-offs chosen by share, and the ICP_TIER rewrite.
import { cutoffFor, scoreHistogram, scoresOf, thresholdsFor, tierCheck } from '../../src/core/icpCheck';
import { checkTable } from '../../src/core/checkReport';
import { compileCriteria } from '../../src/core/scoring';
import { segmentFigures } from '../../src/core/segments';
import { tierThresholds, withTierThresholds } from '../../src/core/tierFormula';
import { AS_OF, HEADERS, parse, syntheticRows } from './suggestData';

describe('per-tier figures', () => {
  const accounts = parse(syntheticRows(400, 1, true));
  const scorer = compileCriteria([['Industry', 'is', 'SaaS', 2], ['Tech stack', 'contains', 'HubSpot', 1]], HEADERS);
  const scores = scoresOf(scorer, accounts);
  const check = tierCheck(accounts, scores, { a: 80, b: 50 }, AS_OF, 'retention');

  test('each tier\'s figures are segmentFigures of the accounts in that tier', () => {
    // SaaS (2 points) and HubSpot (1) of 3: both 100, SaaS only 67, HubSpot only 33, neither 0.
    const inTier = (low: number, high: number) => accounts.filter((_, i) => scores[i]! >= low && scores[i]! < high);
    expect(check.rows.map((r) => r.tier)).toEqual(['A', 'B', 'C', 'all']);
    expect(check.rows[0].figures).toEqual(segmentFigures('A', ['A'], inTier(80, 101), AS_OF));
    expect(check.rows[1].figures).toEqual(segmentFigures('B', ['B'], inTier(50, 80), AS_OF));
    expect(check.rows[2].figures).toEqual(segmentFigures('C', ['C'], inTier(0, 50), AS_OF));
    expect(check.rows[3].figures).toEqual(segmentFigures('all', [], accounts, AS_OF));
  });

  test('lift is the tier\'s churn over all customers\'; tier A churns less than all', () => {
    const [a, , , all] = check.rows;
    expect(a.lift).toBeCloseTo(a.figures.monthlyChurn! / all.figures.monthlyChurn!, 12);
    expect(a.lift!).toBeLessThan(1);
    expect(all.lift).toBe(1);
  });

  test('tier A\'s share of total CLV (Σ CLV × customers over the tiers) against its share of customers', () => {
    const tiers = check.rows.slice(0, 3);
    const total = tiers.reduce((sum, r) => sum + r.figures.clv! * r.figures.customers, 0);
    expect(check.aClvShare).toBeCloseTo((tiers[0].figures.clv! * tiers[0].figures.customers) / total, 12);
    expect(check.aCustomerShare).toBe(tiers[0].figures.customers / 400);
    expect(check.aClvShare!).toBeGreaterThan(check.aCustomerShare!);
  });

  test('AUC of the score: retained vs churned, above a coin toss for this pattern', () => {
    expect(check.auc!).toBeGreaterThan(0.6);
    expect(tierCheck(accounts, scores, { a: 80, b: 50 }, AS_OF, 'clv').auc).toBeUndefined();
  });

  test('the table in words', () => {
    const table = checkTable('en', 'Today', check, 'retention');
    expect(table.columns).toEqual(['Tier', 'Customers', 'Churn / month', 'ARPA', 'CLV', 'LTV:CAC', 'Lift vs all']);
    expect(table.rows[3][0]).toBe('All');
    // Tier A's churn over all customers': below 1 (0 when nobody in A churned).
    expect(table.rows[0][6]).toMatch(/^×0(\.\d+)?$/);
    expect(table.notes[0]).toMatch(/^Tier A holds \d+% of the customers' total CLV with \d+% of the customers\.$/);
    expect(table.notes[1]).toMatch(/^A retained customer outscores a churned one with probability 0\.\d\d/);
  });
});

describe('tier thresholds by share of accounts', () => {
  // Ten accounts scoring 10, 20, …, 100.
  const histogram = scoreHistogram([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);

  test('the cut-off whose tier holds the share nearest to the one asked', () => {
    // 20% of 10 = 2 accounts: scores ≥ 90. 35% = 3.5: 3 (≥ 80) and 4 (≥ 70) are as near; the smaller tier wins.
    expect(cutoffFor(histogram, 0.2)).toBe(90);
    expect(cutoffFor(histogram, 0.35)).toBe(80);
    expect(cutoffFor(histogram, 0)).toBe(101);
    expect(cutoffFor(histogram, 1)).toBe(10);
  });

  test('A holds 20% and B the next 30%: A from 90 (2 accounts), B from 60 (3 more)', () => {
    expect(thresholdsFor(histogram, 0.2, 0.3)).toEqual({ a: 90, b: 60, aCount: 2, bCount: 3, total: 10 });
  });

  test('with ties the nearest achievable share: five accounts at 50 and five at 90 give A = 5 when asked for 40%', () => {
    expect(thresholdsFor(scoreHistogram([50, 50, 50, 50, 50, 90, 90, 90, 90, 90]), 0.4, 0.2)).toEqual({ a: 90, b: 90, aCount: 5, bCount: 0, total: 10 });
  });

  test('any share on distinct scores lands within one account of it', () => {
    const scores = Array.from({ length: 101 }, (_, i) => i);
    const h = scoreHistogram(scores);
    for (const share of [0.05, 0.1, 0.17, 0.2, 0.33, 0.5]) {
      const { aCount } = thresholdsFor(h, share, 0);
      expect(Math.abs(aCount - share * 101)).toBeLessThanOrEqual(1);
    }
  });
});

describe('the ICP_TIER formula', () => {
  test('thresholds read from the formula, defaults when absent, in the header-row and row-2 forms', () => {
    expect(tierThresholds('=ICP_TIER(S2:S)')).toEqual({ a: 80, b: 50, literal: true });
    expect(tierThresholds('={"ICP tier"; ICP_TIER(S2:S, 85, 60)}')).toEqual({ a: 85, b: 60, literal: true });
    expect(tierThresholds('=ICP_TIER(S2:S, $Z$1)')).toEqual({ a: 80, b: 50, literal: false });
    expect(tierThresholds('=SUM(A1)')).toBeUndefined();
  });

  test('new thresholds replace only the ICP_TIER call\'s a_min and b_min; the rest of the formula is kept', () => {
    expect(withTierThresholds('=ICP_TIER(S2:S)', { a: 72, b: 40 })).toBe('=ICP_TIER(S2:S, 72, 40)');
    expect(withTierThresholds('={"ICP tier"; ICP_TIER(S2:S, 85, 60)}', { a: 72, b: 40 })).toBe('={"ICP tier"; ICP_TIER(S2:S, 72, 40)}');
    // The user's own spacing after separators is kept (none here).
    expect(withTierThresholds('=IFERROR(icp_tier(IF(S2:S="",,S2:S),90), "?")', { a: 72, b: 40 })).toBe('=IFERROR(icp_tier(IF(S2:S="",,S2:S),72,40), "?")');
    expect(withTierThresholds('={"Tier (a, b)"; ICP_TIER(S2:S;70;30)}', { a: 72, b: 40 })).toBe('={"Tier (a, b)"; ICP_TIER(S2:S;72;40)}');
    expect(withTierThresholds('=A1', { a: 72, b: 40 })).toBeUndefined();
  });
});
