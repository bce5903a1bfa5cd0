// Suggesting criteria by the outcome the team chose, measured with the segment summary's formulas: the
// outcome's default and reasons, each outcome worked by hand on a small data set, a planted trade-off
// ranked one way under retention and the other under CLV, random data yielding nothing, a leaked outcome
// column ignored and named, complementary pairs collapsed, and suggestions that never contradict the summary.
import { type Account, parseAccounts } from '../../src/core/accounts';
import { compareGroups, outcomeChoices, sumsOf } from '../../src/core/outcome';
import { DAY_MS, MONTH_DAYS, segmentFigures } from '../../src/core/segments';
import { tQuantile } from '../../src/core/stats';
import { type Suggestion, suggestCriteria } from '../../src/core/suggest';
import { evidenceParts, formatFigure, suggestModel } from '../../src/core/suggestReport';
import type { CellValue } from '../../src/core/values';
import { AS_OF, HEADERS, parse, randomRows, syntheticRows } from './suggestData';

const MONTH = MONTH_DAYS * DAY_MS;
const label = (s: Pick<Suggestion, 'attribute' | 'rule' | 'value'>) => `${s.attribute} ${s.rule} ${s.value}`;

/** A customer for hand-worked figures: `months` of customer-months up to the as-of moment or its churn. */
function customer(plan: string, months: number, churned: boolean, mrr?: number, margin?: number, cac?: number): Account {
  const start = AS_OF - months * MONTH;
  return { row: 0, cells: ['x', plan], start, churn: churned ? AS_OF : undefined, customer: true, churned, mrr, grossMargin: margin, cac };
}

describe('the outcome', () => {
  const choose = (accounts: Account[]) => outcomeChoices(accounts);

  test('LTV:CAC when at least half the customers have MRR and CAC, else CLV with half having MRR, else retention', () => {
    const both = [customer('a', 1, true, 10, 1, 5), customer('a', 1, false, 10, 1, 5), customer('a', 1, false), customer('a', 1, false)];
    expect(choose(both).preferred).toBe('ltvCac');
    const mrrOnly = [customer('a', 1, true, 10), customer('a', 1, false, 10, 1, 5), customer('a', 1, false), customer('a', 1, false)];
    // 2 of 4 have MRR (half: enough for CLV); 1 of 4 has MRR and CAC (not enough for LTV:CAC).
    expect(choose(mrrOnly)).toMatchObject({ preferred: 'clv', choices: [{ outcome: 'ltvCac', available: false, reason: 'fewCac', have: 1, of: 4 }, { outcome: 'clv', available: true }, { outcome: 'retention', available: true }] });
    const fewMrr = [customer('a', 1, true, 10), customer('a', 1, false), customer('a', 1, false)];
    expect(choose(fewMrr)).toMatchObject({ preferred: 'retention', choices: [{ reason: 'fewMrr', have: 1, of: 3 }, { reason: 'fewMrr' }, { available: true }] });
  });

  test('retention needs someone who churned and someone who stayed; LTV:CAC needs a CAC above 0', () => {
    expect(choose([customer('a', 1, false, 10, 1, 0), customer('a', 1, false, 10, 1, 0)]).choices.map((c) => c.reason)).toEqual(['zeroCac', undefined, 'noChurn']);
    expect(choose([customer('a', 1, true)]).choices[2].reason).toBe('allChurned');
    expect(choose([]).preferred).toBeUndefined();
  });
});

describe('each outcome on a small data set, worked by hand', () => {
  // Premium: 4 customers × 10 months = 40 customer-months, 1 churned → churn 1/40 = 2.5% a month.
  //   ARPA over the 3 retained payers (200 + 300 + 250) / 3 = 250; margin 80%; CLV = 250 × 0.8 / 0.025 = 8,000;
  //   CAC 1,000 each → LTV:CAC 8.
  const premium = [customer('Premium', 10, false, 200, 0.8, 1000), customer('Premium', 10, false, 300, 0.8, 1000), customer('Premium', 10, false, 250, 0.8, 1000), customer('Premium', 10, true, 400, 0.8, 1000)];
  // Basic: 40 customer-months, 1 churned → 2.5%; ARPA 100, margin 50% → CLV = 100 × 0.5 / 0.025 = 2,000; CAC 200 → LTV:CAC 10.
  const basic = [customer('Basic', 10, false, 100, 0.5, 200), customer('Basic', 10, false, 100, 0.5, 200), customer('Basic', 10, false, 100, 0.5, 200), customer('Basic', 10, true, 100, 0.5, 200)];
  const inside = sumsOf(premium, AS_OF);
  const rest = sumsOf(basic, AS_OF);

  test('CLV: Premium 8,000 vs Basic 2,000, log ratio ln 4; the figures are the summary\'s', () => {
    const c = compareGroups('clv', inside, rest)!;
    expect(c.inside.clv).toBeCloseTo(8000, 6);
    expect(c.rest.clv).toBeCloseTo(2000, 6);
    expect(c.effect).toBeCloseTo(Math.log(4), 9);
    expect(c.inside).toMatchObject({ monthlyChurn: segmentFigures('p', [], premium, AS_OF).monthlyChurn, clv: segmentFigures('p', [], premium, AS_OF).clv });
  });

  test('LTV:CAC: the same two groups the other way round, 8 vs 10, log ratio ln 0.8', () => {
    const c = compareGroups('ltvCac', inside, rest)!;
    expect([c.inside.ltvCac, c.rest.ltvCac].map((v) => Math.round(v! * 1e6) / 1e6)).toEqual([8, 10]);
    expect(c.effect).toBeCloseTo(Math.log(0.8), 9);
  });

  test('retention: churn per customer-month, a tie here is no effect; with a second Basic churn, Premium stays better', () => {
    expect(compareGroups('retention', inside, rest)!.effect).toBe(0);
    const worse = sumsOf([...basic.slice(0, 2), customer('Basic', 10, true, 100, 0.5, 200), basic[3]], AS_OF);
    const c = compareGroups('retention', inside, worse)!;
    // Premium 1 churn, Basic 2 churns over 40 customer-months each: rate ratio with 0.5 added (2.5 / 1.5),
    // standard error √(1/1.5 + 1/2.5) = √1.0667 = 1.0328.
    expect(c.rest.monthlyChurn).toBeCloseTo(0.05, 12);
    expect(c.effect).toBeCloseTo(Math.log(2.5 / 1.5), 12);
    expect(c.se).toBeCloseTo(1.0328, 4);
  });

  test('the Student t quantile used for means: t(0.975, 10) = 2.228, t(0.975, 30) = 2.042, and z at infinity', () => {
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.228, 2);
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.042, 2);
    expect(tQuantile(0.975, Infinity)).toBeCloseTo(1.96, 2);
  });
});

// A planted trade-off: Premium pays 5× more but churns 3× more often.
// 12 months each (2024-01-01 to 2025-01-01 is 366 days = 12.02 months; churned ones leave on 2024-12-01, 335 days).
// Premium: 200 customers, 60 churned; Basic: 200 customers, 20 churned. Every customer 80% margin.
//   Premium churn ≈ 60 / (140 × 12.02 + 60 × 11.01) = 60 / 2,343 ≈ 2.56% a month; ARPA ≈ 500; CLV ≈ 500 × 0.8 / 0.0256 ≈ 15,600.
//   Basic churn ≈ 20 / (180 × 12.02 + 20 × 11.01) = 20 / 2,384 ≈ 0.84%, below the 60-month cap (1.67%), so CLV = 100 × 0.8 × 60 ≈ 4,800.
// Retention says Basic (3× less churn); CLV says Premium (≈ 3.3× more).
const T_HEADERS = ['Account', 'Plan', 'Region', 'MRR', 'Gross margin', 'Start date', 'Churn date'];
function tradeOffRows(): CellValue[][] {
  const rows: CellValue[][] = [];
  const start = new Date(Date.UTC(2024, 0, 1));
  const churn = new Date(Date.UTC(2024, 11, 1));
  for (let i = 0; i < 400; i++) {
    const premium = i < 200;
    const k = premium ? i : i - 200;
    const churned = premium ? k < 60 : k < 20;
    const mrr = (premium ? 500 : 100) + (k % 5) * 10 - 20;
    rows.push([`a${i}`, premium ? 'Premium' : 'Basic', ['North', 'South'][k % 2], mrr, 0.8, start, churned ? churn : '']);
  }
  return rows;
}

describe('a planted trade-off, ranked by what the numbers say for each outcome', () => {
  const accounts = parseAccounts(T_HEADERS, tradeOffRows(), { asOf: AS_OF, timeZone: 'UTC' }).accounts;
  const retention = suggestCriteria({ headers: T_HEADERS, accounts, asOf: AS_OF }, { outcome: 'retention' });
  const clv = suggestCriteria({ headers: T_HEADERS, accounts, asOf: AS_OF }, { outcome: 'clv' });

  test('retention: Basic is the positive criterion, with Premium\'s higher ARPA shown as the trade-off', () => {
    expect(retention.outcome).toBe('retention');
    expect(retention.suggestions.map(label)).toEqual(['Plan is Basic']);
    const basic = retention.suggestions[0];
    // Churn ratio ≈ 0.84% / 2.56% ≈ 0.33: twice log₂(1 / 0.33) ≈ 3.2 → weight 3.
    expect(basic.ratio).toBeGreaterThan(0.3);
    expect(basic.ratio).toBeLessThan(0.36);
    expect(basic.weight).toBe(3);
    const { main, side } = evidenceParts('en', 'retention', basic.inside, basic.rest);
    expect(main).toMatch(/^churn 0\.8\d% vs 2\.5\d% a month$/);
    expect(side).toMatch(/^but ARPA 100 vs 500; but CLV 4,800 vs 15,\d{3}$/);
  });

  test('CLV: Premium is the positive criterion, with its higher churn shown as the trade-off', () => {
    expect(clv.outcome).toBe('clv');
    expect(clv.suggestions.map(label)).toEqual(['Plan is Premium']);
    const premium = clv.suggestions[0];
    // CLV ratio ≈ 15,600 / 4,800 ≈ 3.25: twice log₂ 3.25 ≈ 3.4 → weight 3.
    expect(premium.weight).toBe(3);
    expect(evidenceParts('en', 'clv', premium.inside, premium.rest).side).toMatch(/^but churn 2\.5\d% vs 0\.8\d% a month; ARPA 500 vs 100$/);
  });

  test('the two-valued Plan column gives one suggestion, not "is Basic" and "is not Premium" together', () => {
    expect(retention.suggestions.filter((s) => s.attribute === 'Plan')).toHaveLength(1);
    expect(clv.suggestions.filter((s) => s.attribute === 'Plan')).toHaveLength(1);
  });

  test('Region, drawn without regard to the outcome, is not suggested', () => {
    expect([...retention.suggestions, ...clv.suggestions].some((s) => s.attribute === 'Region')).toBe(false);
  });
});

describe('LTV:CAC on the same trade-off, when winning Premium costs far more', () => {
  // CAC 20,000 for Premium and 500 for Basic: LTV:CAC ≈ 15,600 / 20,000 ≈ 0.78 against 4,800 / 500 = 9.6.
  const headers = [...T_HEADERS, 'CAC'];
  const rows = tradeOffRows().map((r) => [...r, r[1] === 'Premium' ? 20_000 : 500]);
  const accounts = parseAccounts(headers, rows, { asOf: AS_OF, timeZone: 'UTC' }).accounts;
  const result = suggestCriteria({ headers, accounts, asOf: AS_OF });

  test('MRR and CAC for everyone: LTV:CAC is the default, and Basic is the criterion, against CLV\'s Premium', () => {
    expect(result.outcome).toBe('ltvCac');
    expect(result.suggestions.map(label)).toEqual(['Plan is Basic']);
    const basic = result.suggestions[0];
    expect(basic.inside.ltvCac).toBeCloseTo(4800 / 500, 6);
    // Ratio ≈ 9.6 / 0.78 ≈ 12: twice log₂ 12 ≈ 7 → the top weight, 5.
    expect(basic.weight).toBe(5);
    expect(evidenceParts('en', 'ltvCac', basic.inside, basic.rest).side).toMatch(/^churn 0\.8\d% vs 2\.5\d% a month; but ARPA 100 vs 500; but CLV 4,800 vs 15,\d{3}$/);
  });
});

describe('never against the summary', () => {
  const accounts = parse(syntheticRows(400, 1, true));
  const customers = accounts.filter((a) => a.customer);
  for (const outcome of ['retention', 'clv'] as const) {
    test(`${outcome}: a positive criterion's group does better than the rest in the summary's own figures, a penalty's or exclusion's worse`, () => {
      const result = suggestCriteria({ headers: HEADERS, accounts, asOf: AS_OF }, { outcome });
      expect(result.suggestions.length).toBeGreaterThanOrEqual(3);
      for (const s of result.suggestions) {
        const matches = (a: Account) => {
          const column = HEADERS.indexOf(s.attribute);
          const cell = String(a.cells[column] ?? '');
          if (s.matchRule === 'is') return cell.toLowerCase() === s.value.toLowerCase();
          if (s.matchRule === 'contains') return cell.toLowerCase().includes(s.value.toLowerCase());
          const n = Number(a.cells[column]);
          const [lo, hi] = s.matchRule === 'between' ? s.value.replace(/,/g, '').split('..').map(Number) : s.matchRule === 'atLeast' ? [Number(s.value.replace(/,/g, '')), Infinity] : [-Infinity, Number(s.value.replace(/,/g, ''))];
          return n >= lo && n <= hi;
        };
        const inside = segmentFigures('in', [], customers.filter(matches), AS_OF);
        const rest = segmentFigures('rest', [], customers.filter((a) => !matches(a)), AS_OF);
        expect(s.inside.customers).toBe(inside.customers);
        expect(s.inside.monthlyChurn).toBeCloseTo(inside.monthlyChurn!, 12);
        if (outcome === 'clv') expect(s.inside.clv).toBeCloseTo(inside.clv!, 6);
        const groupBetter = outcome === 'retention' ? inside.monthlyChurn! < rest.monthlyChurn! : inside.clv! > rest.clv!;
        const positive = s.rule === s.matchRule && s.weight !== 'exclude';
        expect(`${label(s)}: ${positive}`).toBe(`${label(s)}: ${groupBetter}`);
      }
    });
  }

  test('weights follow the size of the effect in both directions: twice log₂ of the ratio, 1 to 5', () => {
    const result = suggestCriteria({ headers: HEADERS, accounts, asOf: AS_OF }, { outcome: 'clv' });
    for (const s of result.suggestions.filter((x) => x.weight !== 'exclude')) {
      const size = Math.abs(Math.log2(s.ratio));
      expect(s.weight).toBe(Math.max(1, Math.min(5, Math.round(2 * size))));
    }
    const penalties = result.suggestions.filter((s) => s.rule === 'isNot' || s.rule === 'doesNotContain');
    expect(penalties.length).toBeGreaterThan(0);
    expect(penalties.some((s) => (s.weight as number) > 1)).toBe(true);
  });

  test('an exclusion only where the bound says the group is at least 3 times worse', () => {
    for (const outcome of ['retention', 'clv'] as const) {
      const result = suggestCriteria({ headers: HEADERS, accounts, asOf: AS_OF }, { outcome });
      for (const s of result.suggestions.filter((x) => x.weight === 'exclude')) expect(s.strength).toBeGreaterThanOrEqual(Math.log(3));
    }
  });
});

describe('no pattern, no suggestion', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('random outcomes (seed %i): nothing suggested under retention or CLV', (seed) => {
    for (const outcome of ['retention', 'clv'] as const) {
      const result = suggestCriteria({ headers: HEADERS, accounts: parse(randomRows(400, seed)), asOf: AS_OF }, { outcome });
      expect(result.suggestions.map(label)).toEqual([]);
      expect(result.status).toBe('noneFound');
      expect(result.tested).toBeGreaterThan(20);
    }
  });
});

describe('a column that restates the outcome', () => {
  // Status says "Cancelled" for 98 of the 100 or so churned customers and for 2 retained ones.
  const rows = syntheticRows(400, 1, true);
  let flipped = 0;
  const withStatus = rows.map((r) => {
    const churned = r[11] !== '';
    let status = churned ? 'Cancelled' : 'Active';
    if (flipped < 2 && !churned) [status, flipped] = ['Cancelled', flipped + 1];
    return [...r, status];
  });
  const headers = [...HEADERS, 'Status'];
  const accounts = parse(withStatus, headers);

  test.each(['retention', 'clv'] as const)('%s: never suggested, and named with its shares', (outcome) => {
    const result = suggestCriteria({ headers, accounts, asOf: AS_OF }, { outcome });
    expect(result.suggestions.some((s) => s.attribute === 'Status')).toBe(false);
    expect(result.leaks).toHaveLength(1);
    expect(result.leaks[0]).toMatchObject({ attribute: 'Status', churnedShare: 1 });
    expect(result.suggestions.length).toBeGreaterThan(0);
    const model = suggestModel(result, 'en', { skipped: 0 });
    expect(model.leaks[0]).toMatch(/^Status is never suggested: “Status is (Cancelled|Active)” covers (100|0)% of churned customers and (1|99)% of retained ones, so it restates who churned rather than predicting it\.$/);
  });
});

describe('complementary rules collapse into the stronger one', () => {
  test('Employees: "at least 50" and "at most 49" exclude favour the same customers; only one is suggested', () => {
    const result = suggestCriteria({ headers: HEADERS, accounts: parse(syntheticRows(400, 1, true)), asOf: AS_OF }, { outcome: 'retention' });
    const employees = result.suggestions.filter((s) => s.attribute === 'Employees').map(label);
    expect(employees).toHaveLength(1);
    expect(employees[0]).toBe('Employees atLeast 50');
  });
});

describe('criteria already there, broken ones, formula-looking values', () => {
  const accounts = parse(syntheticRows(400, 1, true));
  test('a criterion already in Criteria (any case) is not suggested again', () => {
    const result = suggestCriteria({ headers: HEADERS, accounts, asOf: AS_OF, criteria: [['Attribute', 'Rule', 'Value', 'Weight'], ['industry', 'IS', 'saas', 2]] }, { outcome: 'retention' });
    expect(result.suggestions.map(label)).not.toContain('Industry is SaaS');
    expect(result.suggestions.length).toBeGreaterThan(0);
  });

  test('broken current criteria are reported', () => {
    const result = suggestCriteria({ headers: HEADERS, accounts, asOf: AS_OF, criteria: [['Industy', 'is', 'SaaS', 1]] });
    expect(result.currentError).toMatch(/Criterion 1 \("Industy"\): unknown attribute/);
  });

  test('a value that starts like a formula is never suggested', () => {
    const rows = syntheticRows(400, 1, true).map((r) => (r[1] === 'SaaS' ? [r[0], '=HYPERLINK("http://x")', ...r.slice(2)] : r));
    const result = suggestCriteria({ headers: HEADERS, accounts: parse(rows), asOf: AS_OF }, { outcome: 'retention' });
    expect(result.suggestions.map((s) => s.value)).not.toContain('=HYPERLINK("http://x")');
  });

  test('fewer than 30 customers: not enough data, with the counts', () => {
    const result = suggestCriteria({ headers: HEADERS, accounts: parse(syntheticRows(20, 1, true)), asOf: AS_OF });
    expect(result.status).toBe('notEnoughData');
    expect(suggestModel(result, 'en', { skipped: 0 }).message).toBe('Not enough data to suggest criteria: 20 customers; at least 30 are needed.');
  });
});

describe('the dialog model', () => {
  const accounts = parseAccounts(T_HEADERS, tradeOffRows(), { asOf: AS_OF, timeZone: 'UTC' }).accounts;
  const result = suggestCriteria({ headers: T_HEADERS, accounts, asOf: AS_OF }, { outcome: 'clv' });

  test('outcome options in business words, the unavailable one disabled with its reason', () => {
    const model = suggestModel(result, 'en', { skipped: 2 });
    expect(model.outcomes).toEqual([
      { value: 'ltvCac', label: 'Those that return most on what they cost to win (LTV:CAC)', available: false, reason: 'Needs MRR and CAC for at least half of the customers; 0 of 400 have both.' },
      { value: 'clv', label: 'Those worth most over their lifetime (CLV)', available: true, reason: '' },
      { value: 'retention', label: 'Those who stay (lowest monthly churn)', available: true, reason: '' },
    ]);
    expect(model.items[0]).toMatchObject({ label: 'Plan is Premium', weight: 'weight 3', size: '200 customers, 60 churned', checked: true, row: { attribute: 'Plan', rule: 'is', value: 'Premium', weight: '3' } });
    expect(model.items[0].evidence).toMatch(/^Plan is Premium, against the rest: CLV 15,\d{3} vs 4,800$/);
    expect(model.method[2]).toMatch(/^2 rows were left out/);
    // ARPA over the retained payers: 140 Premium at 500 on average and 180 Basic at 100 → (70,000 + 18,000) / 320 = 275.
    expect(model.all).toMatch(/^All customers \(400\): churn 1\.\d\d% a month; ARPA 275; CLV \d+,\d{3}\.$/);
  });

  test('Vietnamese and Romanian: translated words, grouping dot and decimal comma', () => {
    const vi = suggestModel(result, 'vi', { skipped: 0 });
    const ro = suggestModel(result, 'ro', { skipped: 0 });
    expect(vi.items[0].label).toBe('Plan là Premium');
    expect(ro.items[0].label).toBe('Plan este Premium');
    expect(vi.items[0].evidence).toMatch(/^Plan là Premium, so với phần còn lại: CLV 15\.\d{3} so với 4\.800$/);
    expect(ro.items[0].side).toMatch(/^dar pierdere 2,5\d% față de 0,8\d% pe lună; ARPA 500 față de 100$/);
    expect([formatFigure('en', 1234567.891, 2), formatFigure('ro', 1234567.891, 2)]).toEqual(['1,234,567.89', '1.234.567,89']);
  });
});
