// Check values of docs/rules.md (Other functions) and more, each worked out by hand from the formula in the comment.
import * as F from '../../src/core/formulas';

describe('SEGMENT_CLV = arpa × gm × (1 + d) / (d + churn)', () => {
  test.each([
    [100, 0.8, 0.02, 4000], // 80 / 0.02
    [200, 0.85, 0.03, 5666.67], // 170 / 0.03
    [100, 1, 0.05, 2000], // 100 / 0.05
    [0, 0.8, 0.02, 0],
  ])('(%p, %p, %p) → %p', (arpa, gm, churn, expected) => {
    expect(F.SEGMENT_CLV(arpa, gm, churn)).toBeCloseTo(expected, 2);
  });

  test('an annual discount rate of 12% is a monthly rate of 1.12^(1/12) − 1 ≈ 0.0094888', () => {
    // 100 × 1.0094888 / (0.0094888 + 0.05) = 100.94888 / 0.0594888 ≈ 1696.94
    expect(F.SEGMENT_CLV(100, 1, 0.05, 0.12)).toBeCloseTo(1696.94, 2);
  });

  test('reads text numbers and percentages', () => {
    expect(F.SEGMENT_CLV('100', '80%', '2%')).toBeCloseTo(4000, 6);
    expect(F.SEGMENT_CLV('1,000', 1, 0.5)).toBeCloseTo(2000, 6);
  });

  test('zero churn is an error that explains why', () => {
    expect(() => F.SEGMENT_CLV(100, 0.8, 0)).toThrow('SEGMENT_CLV monthly_churn: 0 means no customer ever leaves, so lifetime value is unbounded');
  });

  test('a margin above 100% is an error naming the argument and value', () => {
    expect(() => F.SEGMENT_CLV(100, 1.5, 0.02)).toThrow('SEGMENT_CLV gross_margin: 1.5 is not a rate between 0 and 1');
  });

  test('blank required input gives blank; blank optional input takes its default', () => {
    expect(F.SEGMENT_CLV('', 0.8, 0.02)).toBe('');
    expect(F.SEGMENT_CLV(100, 0.8, 0.02, '')).toBeCloseTo(4000, 6);
  });
});

describe('CAC_PAYBACK = cac / (arpa × gm)', () => {
  test('check values', () => {
    expect(F.CAC_PAYBACK(6000, 500, 0.8)).toBeCloseTo(15, 10); // 6000 / 400
    expect(F.CAC_PAYBACK(2400, 500, 0.8)).toBeCloseTo(6, 10); // 2400 / 400
    expect(F.CAC_PAYBACK(1000, 250)).toBeCloseTo(4, 10); // margin defaults to 1
  });

  test('arpa × margin of 0 is an error that says the CAC is never paid back', () => {
    expect(() => F.CAC_PAYBACK(1000, 0, 0.8)).toThrow(/arpa × gross_margin is 0.*never paid back/);
    expect(() => F.CAC_PAYBACK(1000, 100, 0)).toThrow(/never paid back/);
  });

  test('negative money is an error', () => {
    expect(() => F.CAC_PAYBACK(-5, 100)).toThrow('CAC_PAYBACK cac: -5 is negative; it must be 0 or more');
  });
});

describe('LTV_CAC = clv / cac', () => {
  test('(800, 200) → 4', () => expect(F.LTV_CAC(800, 200)).toBe(4));
  test('a CAC of 0 is an error', () => expect(() => F.LTV_CAC(800, 0)).toThrow('LTV_CAC cac: the CAC is 0'));
});

describe('MONTHLY_CHURN = 1 − (1 − lost/start)^(1/months)', () => {
  test('check values', () => {
    expect(F.MONTHLY_CHURN(500, 50)).toBeCloseTo(0.1, 10); // 1 − 0.9
    expect(F.MONTHLY_CHURN(100, 24, 12)).toBeCloseTo(0.0226102, 6); // 1 − 0.76^(1/12)
    expect(F.MONTHLY_CHURN(10, 10)).toBe(1);
    expect(F.MONTHLY_CHURN(10, 0)).toBe(0);
  });

  test('lost above start names both values', () => {
    expect(() => F.MONTHLY_CHURN(100, 120)).toThrow('MONTHLY_CHURN customers_lost: 120 lost is more than the 100 customers at start');
  });

  test('start of 0 and months of 0 are errors', () => {
    expect(() => F.MONTHLY_CHURN(0, 0)).toThrow('MONTHLY_CHURN customers_at_start: 0 must be more than 0');
    expect(() => F.MONTHLY_CHURN(10, 1, 0)).toThrow('MONTHLY_CHURN months: 0 must be more than 0');
  });

  test('ranges spill one row per input row and errors name the row', () => {
    const result = F.MONTHLY_CHURN([[500], [100]], [[50], [24]], [[1], [12]]) as number[][];
    expect(result).toHaveLength(2);
    expect(result[0][0]).toBeCloseTo(0.1, 10);
    expect(result[1][0]).toBeCloseTo(0.0226102, 6);
    expect(() => F.MONTHLY_CHURN([[500], [100], [10]], [[50], [24], ['abc']])).toThrow(
      'MONTHLY_CHURN customers_lost row 3: "abc" is not a number',
    );
  });

  test('a single value repeats against a range; ranges of different heights are an error', () => {
    const result = F.MONTHLY_CHURN(100, [[10], [20]]) as number[][];
    expect(result[0][0]).toBeCloseTo(0.1, 10);
    expect(result[1][0]).toBeCloseTo(0.2, 10);
    expect(() => F.MONTHLY_CHURN([[1], [2], [3]], [[1], [2]])).toThrow('MONTHLY_CHURN: customers_at_start has 3 rows but customers_lost has 2');
  });
});

describe('ANNUAL_CHURN = 1 − (1 − monthly)^12', () => {
  test('check values', () => {
    expect(F.ANNUAL_CHURN(0.05)).toBeCloseTo(0.4596399, 6);
    expect(F.ANNUAL_CHURN(0.01)).toBeCloseTo(0.1136151, 6);
    expect(F.ANNUAL_CHURN('5%')).toBeCloseTo(0.4596399, 6);
  });
  test('booleans and dates are not numbers', () => {
    expect(() => F.ANNUAL_CHURN(true)).toThrow('ANNUAL_CHURN monthly_churn: TRUE is not a number');
    expect(() => F.ANNUAL_CHURN(new Date(Date.UTC(2024, 0, 31)))).toThrow('ANNUAL_CHURN monthly_churn: 2024-01-31 is not a number');
  });
});

describe('COMPANY_SIZE', () => {
  test.each([
    [499, '', 'SMB'],
    [500, '', 'Mid-market'],
    [2000, '', 'Mid-market'],
    [2001, '', 'Enterprise'],
    [120, 60000000, 'Mid-market'],
    ['', 2000000000, 'Enterprise'],
    ['', 49999999, 'SMB'],
    ['', 50000000, 'Mid-market'],
    ['', 1000000000, 'Mid-market'],
    [3000, 10, 'Enterprise'],
    ['1,200', '', 'Mid-market'],
    ['', '', ''],
  ])('(%p, %p) → %p', (employees, revenue, expected) => {
    expect(F.COMPANY_SIZE(employees, revenue)).toBe(expected);
  });

  test('negative is an error', () => {
    expect(() => F.COMPANY_SIZE(-1)).toThrow('COMPANY_SIZE employees: -1 is negative');
  });
});

describe('ICP_TIER', () => {
  test.each([
    [80, undefined, undefined, 'A'],
    [79.5, undefined, undefined, 'B'],
    [50, undefined, undefined, 'B'],
    [49, undefined, undefined, 'C'],
    [85, 90, 60, 'B'],
    [59, 90, 60, 'C'],
    ['', undefined, undefined, ''],
  ])('(%p, %p, %p) → %p', (score, a, b, expected) => {
    expect(F.ICP_TIER(score, a, b)).toBe(expected);
  });

  test('thresholds must be ordered and within 0–100', () => {
    expect(() => F.ICP_TIER(70, 40, 60)).toThrow('ICP_TIER: a_min 40 is below b_min 60');
    expect(() => F.ICP_TIER(70, 120)).toThrow('ICP_TIER a_min: 120 is outside 0–100');
  });

  test('a column of scores gives a column of tiers', () => {
    expect(F.ICP_TIER([[90], [''], [10]])).toEqual([['A'], [''], ['C']]);
  });
});
