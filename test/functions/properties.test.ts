// Property tests for every custom function: any mix of cell values in any shape gives, for each row, a
// finite number or text (blank is ""), with one output row per input row — or an Error naming the function.
import fc from 'fast-check';
import * as functions from '../../src/functions';

const numberText = fc.tuple(fc.integer({ min: -5000, max: 5_000_000 }), fc.boolean()).map(([n, pct]) => (pct ? `${n}%` : n.toLocaleString('en-US')));
const cell = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  fc.integer({ min: -10, max: 3000 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.string({ maxLength: 8 }),
  numberText,
  fc.boolean(),
  fc.date({ noInvalidDate: true }),
  fc.constant(''),
);
const range = fc.integer({ min: 1, max: 3 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }));
const arg = fc.oneof({ weight: 2, arbitrary: cell }, { weight: 1, arbitrary: range });

type Fn = (...args: unknown[]) => unknown;

function checkResult(name: string, args: unknown[], call: () => unknown): void {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message.startsWith(name)).toBe(true);
    return;
  }
  const heights = args.filter(Array.isArray).map((a) => (a as unknown[]).length).filter((h) => h > 1);
  if (heights.length === 0) {
    expectCellOutput(Array.isArray(result) ? (result as unknown[][])[0][0] : result);
    return;
  }
  expect(Array.isArray(result)).toBe(true);
  const rows = result as unknown[][];
  expect(rows).toHaveLength(Math.max(...heights));
  for (const row of rows) {
    expect(row).toHaveLength(1);
    expectCellOutput(row[0]);
  }
}

function expectCellOutput(value: unknown): void {
  if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  else expect(typeof value).toBe('string');
}

const ARITY: Record<string, number> = {
  ICP_TIER: 3, COMPANY_SIZE: 2, SEGMENT_CLV: 4, CAC_PAYBACK: 3, LTV_CAC: 2, MONTHLY_CHURN: 3, ANNUAL_CHURN: 1,
};

describe.each(Object.entries(ARITY))('%s', (name, arity) => {
  test('any cells in any shape → same row count of numbers/text, or an Error naming the function', () => {
    const fn = (functions as unknown as Record<string, Fn>)[name];
    fc.assert(
      fc.property(fc.array(arg, { minLength: 1, maxLength: arity }), (args) => {
        checkResult(name, args, () => fn(...args));
      }),
      { numRuns: 400 },
    );
  });
});

test('valid inputs never throw and stay in range', () => {
  const rate = fc.double({ min: 0.001, max: 1, noNaN: true });
  const money = fc.double({ min: 0, max: 1e6, noNaN: true });
  fc.assert(
    fc.property(money, rate, rate, (arpa, gm, churn) => {
      const value = functions.SEGMENT_CLV(arpa, gm, churn) as number;
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeCloseTo((arpa * gm) / churn, 6);
      const annual = functions.ANNUAL_CHURN(churn) as number;
      expect(annual).toBeGreaterThanOrEqual(churn - 1e-12);
      expect(annual).toBeLessThanOrEqual(1);
    }),
  );
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 10000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 60 }), (start, share, months) => {
      const lost = Math.floor(start * share);
      const monthly = functions.MONTHLY_CHURN(start, lost, months) as number;
      expect(monthly).toBeGreaterThanOrEqual(0);
      expect(monthly).toBeLessThanOrEqual(1);
      // Compounding the monthly rate over the period gives back the share lost.
      expect(1 - Math.pow(1 - monthly, months)).toBeCloseTo(lost / start, 9);
    }),
  );
});

describe('ICP_SCORE and ICP_EXPLAIN', () => {
  const headers = [['Account', 'Industry', 'Employees', 'Annual revenue', 'Tech stack']];
  const ruleRows = fc.constantFrom(
    ['Industry', 'is', 'SaaS; Fintech'], ['Industry', 'is not', 'Retail'], ['Tech stack', 'contains', 'HubSpot'],
    ['Tech stack', 'does not contain', 'Oracle'], ['Employees', 'between', '50..500'], ['Employees', 'at least', '1,000'],
    ['Annual revenue', 'at most', '5000000'], ['Company size', 'is', 'SMB'],
  );
  const weight = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(''), fc.constant('exclude'));
  const criteria = fc.array(fc.tuple(ruleRows, weight).map(([r, w]) => [...r, w]), { minLength: 1, maxLength: 8 });
  const accounts = fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 8 });

  test('any accounts → an integer 0–100 or "" per row, or an Error naming the function', () => {
    fc.assert(
      fc.property(accounts, criteria, (rows, crit) => {
        checkResult('ICP_SCORE', [rows], () => functions.ICP_SCORE(rows, headers, crit));
        try {
          const scores = functions.ICP_SCORE(rows, headers, crit) as unknown[][];
          for (const [s] of scores) if (s !== '') expect(Number.isInteger(s) && (s as number) >= 0 && (s as number) <= 100).toBe(true);
        } catch (error) {
          expect((error as Error).message).toMatch(/^ICP_SCORE: no active criteria/);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('an account satisfying every weighted criterion scores 100; one hitting an exclusion scores 0', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }), (weights) => {
        const crit = [['Industry', 'is', 'SaaS', weights[0]], ...weights.slice(1).map((w) => ['Tech stack', 'contains', 'HubSpot', w])];
        const fit = ['A', 'SaaS', 100, '', 'HubSpot'];
        expect(functions.ICP_SCORE([fit], headers, crit)).toEqual([[100]]);
        const banned = [...crit, ['Employees', 'at least', 50, 'exclude']];
        expect(functions.ICP_SCORE([fit], headers, banned)).toEqual([[0]]);
      }),
    );
  });

  test('ICP_EXPLAIN gives text for every non-blank row', () => {
    fc.assert(
      fc.property(accounts, criteria, (rows, crit) => {
        checkResult('ICP_EXPLAIN', [rows], () => functions.ICP_EXPLAIN(rows, headers, crit));
      }),
      { numRuns: 200 },
    );
  });
});
