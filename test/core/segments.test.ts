// Segment figures (docs/rules.md, Segment summary), each worked out by hand in the comments. As of 2025-01-01 00:00 UTC; a
// customer-month is 365.25/12 = 30.4375 days; the lifetime cap is a churn of 1/60.
import { type Account, parseAccounts } from '../../src/core/accounts';
import { BLANK_DIMENSION, type Dimension, benchmarkBand, health, segmentAccounts, segmentFigures } from '../../src/core/segments';
import type { CellValue } from '../../src/core/values';

const NOW = Date.UTC(2025, 0, 1);
const MONTH = 365.25 / 12;
const D = (iso: string) => new Date(`${iso}T00:00:00Z`);
const HEADERS = ['Account', 'Industry', 'Employees', 'MRR', 'Gross margin', 'CAC', 'Start date', 'Churn date', 'Country'];

function accountsOf(rows: CellValue[][]): Account[] {
  const parsed = parseAccounts(HEADERS, rows, { asOf: NOW, timeZone: 'Etc/UTC' });
  expect(parsed.skipped).toEqual([]);
  return parsed.accounts;
}

const ROWS: CellValue[][] = [
  // Fintech · Mid-market: no churn → capped; MRR-weighted margin; a prospect.
  ['f1', 'Fintech', 1000, 2000, 0.9, 5000, D('2024-01-01'), ''], // 366 days (2024 is a leap year)
  ['f2', 'Fintech', 1000, 4000, 0.7, 7000, D('2023-01-01'), ''], // 731 days
  ['f3', 'fintech', 1000, '', '', '', '', ''], // prospect; groups with "Fintech" (case-insensitive)
  // Retail · SMB: blank margins; r1's churn date is after the as-of date (active).
  ['r1', 'Retail', 10, 300, '', 9000, D('2024-01-01'), D('2025-06-01')], // 366 days
  ['r2', 'Retail', 10, 100, '', 9000, D('2024-01-01'), D('2024-04-01')], // 31 + 29 + 31 = 91 days
  // Edu · SMB: prospects only.
  ['e1', 'Edu', 10, '', '', '', '', ''],
  ['e2', 'Edu', 10, '', '', '', '', ''],
  // Media · Enterprise: everyone churned → ARPA over all customers.
  ['m1', 'Media', 3000, 100, 0.5, 100, D('2024-01-01'), D('2024-07-01')], // 31+29+31+30+31+30 = 182 days
  ['m2', 'Media', 3000, 300, 0.9, 500, D('2024-01-01'), D('2024-01-31')], // 30 days
  // Games · SMB: churn above 0 but below 1/60 → still capped. g2 churns on the as-of day (churned).
  ['g1', 'Games', 100, 1000, 1, 1000, D('2020-01-01'), ''], // 366+365+365+365+366 = 1827 days
  ['g2', 'Games', 100, 1000, 1, 1000, D('2020-01-01'), D('2025-01-01')], // 1827 days
];

const industry: Dimension = (a) => a.cells[1];
const size: Dimension = (a) => a.size ?? '';

describe('the hand-built segments', () => {
  const accounts = accountsOf(ROWS);
  const byName = (name: string) => accounts.find((a) => a.cells[0] === name)!;
  const scores = new Map<Account, number>([
    [byName('f1'), 90], [byName('f2'), 80], [byName('f3'), 40],
    [byName('e1'), 20], [byName('e2'), 30],
  ]);
  const segments = segmentAccounts(accounts, [industry, size], NOW, scores);
  const get = (name: string) => segments.find((s) => s.name === name)!;

  test('grouped by Industry × Company size, sorted by LTV:CAC (60, 23, 1.86, 0.50), segments without it last', () => {
    expect(segments.map((s) => s.name)).toEqual(['Games · SMB', 'Fintech · Mid-market', 'Media · Enterprise', 'Retail · SMB', 'Edu · SMB']);
    expect(get('Fintech · Mid-market').values).toEqual(['Fintech', 'Mid-market']);
  });

  test('Fintech · Mid-market: churn 0 → lifetime capped at 60 months; Healthy', () => {
    const f = get('Fintech · Mid-market');
    expect([f.accounts, f.customers, f.active, f.churned]).toEqual([3, 2, 2, 0]);
    expect(f.monthlyChurn).toBe(0); // 0 churned over (366 + 731) / 30.4375 months
    expect(f.arpa).toBe(3000); // (2000 + 4000) / 2
    expect(f.grossMargin).toBeCloseTo(4600 / 6000, 12); // (2000 × 0.9 + 4000 × 0.7) / 6000 = 0.7667, not the plain 0.8
    expect(f.clv).toBeCloseTo(138_000, 6); // 3000 × 0.7667 / (1/60) = 2300 × 60
    expect(f.avgCac).toBe(6000); // (5000 + 7000) / 2; the prospect has none
    expect(f.ltvCac).toBeCloseTo(23, 10); // 138000 / 6000
    expect(f.payback).toBeCloseTo(6000 / 2300, 12); // 2.61 months
    expect(f.health).toBe('Healthy'); // Mid-market 2%: churn 0 ≤ 2%, 23 ≥ 3, 2.6 ≤ 12
    expect(f.notes).toEqual(['capped']);
    // Scores 90, 80, 40 (the prospect counts too): mean 70; 2 of 3 score ≥ 80.
    expect(f.avgScore).toBe(70);
    expect(f.aTierShare).toBeCloseTo(2 / 3, 12);
  });

  test('Retail · SMB: blank margins → 100% and a note; churn after the as-of date counts as active; At risk', () => {
    const r = get('Retail · SMB');
    expect([r.accounts, r.customers, r.active, r.churned]).toEqual([2, 2, 1, 1]);
    expect(r.monthlyChurn).toBeCloseTo(MONTH / 457, 12); // 1 / ((366 + 91) / 30.4375) = 0.06660
    expect(r.arpa).toBe(300); // the active customer only
    expect(r.grossMargin).toBeUndefined();
    expect(r.clv).toBeCloseTo(4504.3121, 3); // 300 × 1 / 0.06660 = 300 × 457 / 30.4375
    expect(r.avgCac).toBe(9000);
    expect(r.ltvCac).toBeCloseTo(0.500479, 5); // 4504.31 / 9000
    expect(r.payback).toBe(30); // 9000 / (300 × 1)
    expect(r.health).toBe('At risk'); // LTV:CAC < 1 (and payback > 24)
    expect(r.notes).toEqual(['noMargin']);
    expect(r.avgScore).toBeUndefined(); // no scores for these accounts
  });

  test('Edu · SMB: no customers → zeros, blank metrics, Watch, "no customers"', () => {
    const e = get('Edu · SMB');
    expect([e.accounts, e.customers, e.active, e.churned]).toEqual([2, 0, 0, 0]);
    for (const key of ['monthlyChurn', 'arpa', 'grossMargin', 'clv', 'avgCac', 'ltvCac', 'payback'] as const) expect(e[key]).toBeUndefined();
    expect(e.health).toBe('Watch');
    expect(e.notes).toEqual(['noCustomers']);
    expect([e.avgScore, e.aTierShare]).toEqual([25, 0]); // (20 + 30) / 2; none ≥ 80
  });

  test('Media · Enterprise: nobody active → ARPA and margin over all customers; no cap; At risk on churn', () => {
    const m = get('Media · Enterprise');
    expect([m.customers, m.active, m.churned]).toEqual([2, 0, 2]);
    expect(m.monthlyChurn).toBeCloseTo((2 * MONTH) / 212, 12); // 2 / ((182 + 30) / 30.4375) = 0.28715
    expect(m.arpa).toBe(200); // (100 + 300) / 2
    expect(m.grossMargin).toBeCloseTo(0.8, 12); // (100 × 0.5 + 300 × 0.9) / 400
    expect(m.clv).toBeCloseTo(557.2074, 3); // 200 × 0.8 / 0.28715 = 160 × 212 / 60.875
    expect(m.avgCac).toBe(300);
    expect(m.ltvCac).toBeCloseTo(1.857358, 5);
    expect(m.payback).toBeCloseTo(1.875, 12); // 300 / 160
    expect(m.health).toBe('At risk'); // Enterprise 1%: 28.7% > 2 × 1%
    expect(m.notes).toEqual([]);
  });

  test('Games · SMB: churn 0.83% is below 1/60, so the cap applies; Healthy', () => {
    const g = get('Games · SMB');
    expect(g.monthlyChurn).toBeCloseTo(MONTH / 3654, 12); // 1 / (1827 × 2 / 30.4375) = 0.00833
    expect(g.arpa).toBe(1000); // g1, the active one
    expect(g.clv).toBeCloseTo(60_000, 6); // 1000 × 1 × 60, not 1000 / 0.00833 = 120,049
    expect(g.ltvCac).toBeCloseTo(60, 10);
    expect(g.payback).toBe(1);
    expect(g.health).toBe('Healthy');
    expect(g.notes).toEqual(['capped']);
  });

  test('Total over every account', () => {
    const t = segmentFigures('Total', [], accounts, NOW, scores);
    // 11 accounts; customers f1 f2 r1 r2 m1 m2 g1 g2; churned r2 m1 m2 g2.
    expect([t.accounts, t.customers, t.active, t.churned]).toEqual([11, 8, 4, 4]);
    // Customer-days 366 + 731 + 366 + 91 + 182 + 30 + 1827 + 1827 = 5420 → 4 / (5420 / 30.4375) = 2.246%.
    expect(t.monthlyChurn).toBeCloseTo((4 * MONTH) / 5420, 12);
    expect(t.arpa).toBe(1825); // active with MRR: (2000 + 4000 + 300 + 1000) / 4
    expect(t.grossMargin).toBeCloseTo(0.8, 12); // (1800 + 2800 + 1000) / (2000 + 4000 + 1000); r1 has no margin
    expect(t.clv).toBeCloseTo(64995.4825, 3); // 1825 × 0.8 / 0.022463 = 1460 × 5420 / 121.75
    expect(t.avgCac).toBe(4075); // (5000 + 7000 + 9000 + 9000 + 100 + 500 + 1000 + 1000) / 8
    expect(t.ltvCac).toBeCloseTo(15.949812, 5);
    expect(t.payback).toBeCloseTo(4075 / 1460, 12); // 2.79
    // Bands: SMB 6 (r, e, g), Mid-market 3, Enterprise 2 → 5% benchmark.
    expect(t.health).toBe('Healthy');
    expect(t.avgScore).toBe(52); // (90 + 80 + 40 + 20 + 30) / 5 scored accounts
    expect(t.aTierShare).toBeCloseTo(2 / 11, 12); // of all 11 accounts
  });
});

describe('blank figures say why', () => {
  const one = (rows: CellValue[][]) => segmentFigures('s', [], accountsOf(rows), NOW);

  test('a customer without MRR counts and churns but leaves ARPA, CLV and payback blank', () => {
    const s = one([['a', 'X', 10, '', 0.8, 100, D('2024-01-01'), D('2024-07-01')]]);
    expect([s.customers, s.churned]).toEqual([1, 1]);
    expect(s.monthlyChurn).toBeCloseTo(MONTH / 182, 12);
    expect([s.arpa, s.grossMargin, s.clv, s.ltvCac, s.payback]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(s.notes).toEqual(['noMrr']);
    expect(s.health).toBe('Watch');
  });

  test('active customers without MRR: ARPA falls back to every customer that has one', () => {
    const s = one([
      ['a', 'X', 10, '', '', 100, D('2024-01-01'), ''],
      ['b', 'X', 10, 400, '', 100, D('2024-01-01'), D('2024-07-01')],
    ]);
    expect(s.arpa).toBe(400);
  });

  test('customers who all started at the as-of moment have no customer-months yet', () => {
    const s = one([['a', 'X', 10, 100, 0.8, 100, D('2025-01-01'), '']]);
    expect(s.monthlyChurn).toBeUndefined();
    expect(s.clv).toBeUndefined();
    expect(s.payback).toBe(1.25); // 100 / (100 × 0.8)
    expect(s.notes).toEqual(['noExposure']);
    expect(s.health).toBe('Watch');
  });

  test('no CAC: LTV:CAC and payback blank', () => {
    const s = one([['a', 'X', 10, 100, 0.8, '', D('2024-01-01'), '']]);
    expect(s.clv).toBeCloseTo(4800, 10); // 100 × 0.8 × 60 (no churn)
    expect([s.avgCac, s.ltvCac, s.payback]).toEqual([undefined, undefined, undefined]);
    expect(s.notes).toEqual(['capped', 'noCac']);
  });

  test('CAC 0: LTV:CAC blank (unbounded), payback 0', () => {
    const s = one([['a', 'X', 10, 100, 0.8, 0, D('2024-01-01'), '']]);
    expect([s.avgCac, s.ltvCac, s.payback]).toEqual([0, undefined, 0]);
    expect(s.notes).toEqual(['capped', 'zeroCac']);
    expect(s.health).toBe('Watch');
  });

  test('MRR 0: the CAC is never paid back; margin weights vanish, so the plain mean of margins stands', () => {
    const s = one([
      ['a', 'X', 10, 0, 0.5, 100, D('2024-01-01'), ''],
      ['b', 'X', 10, 0, 0.7, 100, D('2024-01-01'), ''],
    ]);
    expect(s.arpa).toBe(0);
    expect(s.grossMargin).toBeCloseTo(0.6, 12);
    expect([s.clv, s.ltvCac, s.payback]).toEqual([0, 0, undefined]);
    expect(s.notes).toEqual(['capped', 'neverPaidBack']);
    expect(s.health).toBe('Watch'); // payback is blank
  });
});

describe('health (docs/rules.md, Segment summary)', () => {
  test.each([
    // churn, LTV:CAC, payback, band → verdict
    [0.05, 3, 12, 'SMB', 'Healthy'], // every bound inclusive
    [0.0501, 3, 12, 'SMB', 'Watch'], // churn just above the benchmark
    [0.05, 2.99, 12, 'SMB', 'Watch'],
    [0.05, 3, 12.01, 'SMB', 'Watch'],
    [0.1, 1, 24, 'SMB', 'Watch'], // exactly 2 × benchmark, LTV:CAC 1 and payback 24 are not At risk
    [0.1001, 5, 6, 'SMB', 'At risk'],
    [0.01, 0.99, 6, 'SMB', 'At risk'],
    [0.01, 5, 24.01, 'SMB', 'At risk'],
    // The same segment against each band's benchmark: 3% churn is fine for SMB, watch for Mid-market, at risk for Enterprise.
    [0.03, 5, 6, 'SMB', 'Healthy'],
    [0.03, 5, 6, 'Mid-market', 'Watch'],
    [0.03, 5, 6, 'Enterprise', 'At risk'],
  ] as const)('churn %s, LTV:CAC %s, payback %s, %s → %s', (monthlyChurn, ltvCac, payback, band, verdict) => {
    expect(health({ monthlyChurn, ltvCac, payback }, band)).toBe(verdict);
  });

  test('Watch whenever churn, LTV:CAC or payback is blank, even if another figure is alarming', () => {
    expect(health({ monthlyChurn: undefined, ltvCac: 0.1, payback: 100 }, 'SMB')).toBe('Watch');
    expect(health({ monthlyChurn: 0.5, ltvCac: undefined, payback: 1 }, 'SMB')).toBe('Watch');
    expect(health({ monthlyChurn: 0.01, ltvCac: 10, payback: undefined }, 'SMB')).toBe('Watch');
  });

  test('the benchmark band is the most common one; a tie goes to the larger band; SMB when none is known', () => {
    const accounts = accountsOf([['a', 'X', 10], ['b', 'X', 10], ['c', 'X', 1000], ['d', 'X', 5000], ['e', 'X', 5000], ['f', 'X', '']]);
    const [smb, mid, ent, none] = [accounts.slice(0, 2), accounts.slice(2, 3), accounts.slice(3, 5), accounts.slice(5)];
    expect(benchmarkBand([...smb, ...mid])).toBe('SMB');
    expect(benchmarkBand([...smb, ...ent])).toBe('Enterprise'); // 2 : 2
    expect(benchmarkBand([smb[0], ...mid])).toBe('Mid-market'); // 1 : 1
    expect(benchmarkBand([...none, ...mid])).toBe('Mid-market'); // unknown sizes do not vote
    expect(benchmarkBand(none)).toBe('SMB');
  });
});

describe('grouping', () => {
  const accounts = accountsOf([
    ['a', 'SaaS', 10, '', '', '', '', '', 'VN'],
    ['b', ' saas ', 10, '', '', '', '', '', 'vn'],
    ['c', '', 10, '', '', '', '', '', 'VN'],
    ['d', 'SaaS', '', '', '', '', '', '', ''],
    ['e', 'Retail', 600, '', '', '', '', '', 'RO'],
  ]);
  const country: Dimension = (a) => a.cells[8];

  test('up to three dimensions joined by " · "; blanks group as (blank); text case-insensitively, first spelling shown', () => {
    const segments = segmentAccounts(accounts, [industry, size, country], NOW);
    // None has LTV:CAC, so they sort by name.
    expect(segments.map((s) => [s.name, s.accounts])).toEqual([
      [`${BLANK_DIMENSION} · SMB · VN`, 1],
      ['Retail · Mid-market · RO', 1],
      [`SaaS · ${BLANK_DIMENSION} · ${BLANK_DIMENSION}`, 1],
      ['SaaS · SMB · VN', 2],
    ]);
    expect(segments[3].values).toEqual(['SaaS', 'SMB', 'VN']);
  });

  test('one dimension', () => {
    expect(segmentAccounts(accounts, [country], NOW).map((s) => s.name)).toEqual(['(blank)', 'RO', 'VN']);
  });

  test('no accounts, no segments', () => {
    expect(segmentAccounts([], [industry], NOW)).toEqual([]);
  });
});
