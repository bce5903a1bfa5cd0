// Property tests of the scoring engine (docs/rules.md, Scoring): whatever the criteria and the account cells.
import fc from 'fast-check';
import { compileCriteria } from '../../src/core/scoring';
import { InputError, type CellValue } from '../../src/core/values';

const HEADERS = ['Account', 'Industry', 'Employees', 'Annual revenue', 'Country', 'Tech stack', 'Notes'];
const TEXT_COLUMNS = [1, 4, 5, 6];
const NUMBER_COLUMNS = [2, 3];
const RULE_WORDS: Record<string, string[]> = {
  is: ['is', 'là', 'este', 'IS'],
  isNot: ['is not', 'không là', 'nu este'],
  contains: ['contains', 'chứa', 'conține', 'contine'],
  doesNotContain: ['does not contain', 'không chứa', 'nu conține'],
  between: ['between', 'trong khoảng', 'între'],
  atLeast: ['at least', 'ít nhất', 'cel puțin'],
  atMost: ['at most', 'nhiều nhất', 'cel mult'],
};
type Rule = keyof typeof RULE_WORDS;

// Text from letters without q and z, so "qqq" / "zz" never occur in a cell; no separators (, ;) inside a word.
const word = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnoprstuvwxyăâîșțđêôơư ABCDEFGHIJKLMNOPRSTUVWXY'.split('')), minLength: 1, maxLength: 8 })
  .filter((s) => s.trim() !== '');
const number = fc.oneof(fc.integer({ min: -1_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100));

/** Any value a cell can hold: text (also number-like and separators), numbers, booleans, dates, blanks. */
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(), word, fc.constantFrom('', ' ', '1,200', '80%', 'SaaS', 'Russia', 'HubSpot, Slack', ';', ',', '..', 'Mid-market', 'IMM'),
  fc.double(), fc.integer(), number, fc.boolean(), fc.date(), fc.constant(null), fc.constant(undefined),
);

/** A valid criterion row on any header, in any language; weights include blank, 0 and exclude. */
const anyCriterion: fc.Arbitrary<CellValue[]> = fc
  .record({
    attribute: fc.constantFrom('Industry', 'Employees', 'annual revenue', 'Country', 'Tech stack', 'Notes', 'Company size', 'Ngành', 'Țară'),
    rule: fc.constantFrom(...(Object.keys(RULE_WORDS) as Rule[])),
    words: fc.nat(),
    text: fc.array(word, { minLength: 1, maxLength: 3 }),
    bounds: fc.tuple(number, number),
    weight: fc.oneof(fc.constantFrom<CellValue>('', 'exclude', 'loại trừ', 0, '2', '80%'), fc.integer({ min: 0, max: 5 })),
  })
  .map(({ attribute, rule, words, text, bounds, weight }) => {
    const [lo, hi] = [Math.min(...bounds), Math.max(...bounds)];
    const value = rule === 'between' ? `${lo}..${hi}` : rule === 'atLeast' ? lo : rule === 'atMost' ? hi : text.join('; ');
    return [attribute, RULE_WORDS[rule][words % RULE_WORDS[rule].length], value, weight];
  });

function compileOrSkip(criteria: CellValue[][]) {
  try {
    return compileCriteria(criteria, HEADERS);
  } catch (error) {
    // Only "no active criteria" can happen with valid rows.
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^no active criteria/);
    return undefined;
  }
}

const isScore = (score: number | '') => score === '' || (Number.isInteger(score) && score >= 0 && score <= 100);

test('any criteria, any account cells: an integer 0–100 or blank, and a text explanation; nothing throws', () => {
  fc.assert(
    fc.property(fc.array(anyCriterion, { maxLength: 12 }), fc.array(fc.array(anyCell, { minLength: 7, maxLength: 7 }), { maxLength: 20 }), (criteria, rows) => {
      const scorer = compileOrSkip(criteria);
      if (!scorer) return;
      for (const row of rows) {
        const score = scorer.score(row);
        expect(isScore(score)).toBe(true);
        const explanation = scorer.explain(row);
        expect(typeof explanation).toBe('string');
        expect(explanation === '').toBe(score === '');
        expect(scorer.evaluate(row)?.score ?? '').toBe(score);
      }
    }),
    { numRuns: 300 },
  );
});

test('memoized matches never leak between rows: a row scores the same after any other rows as on a fresh scorer', () => {
  fc.assert(
    fc.property(fc.array(anyCriterion, { minLength: 1, maxLength: 10 }), fc.array(fc.array(anyCell, { minLength: 7, maxLength: 7 }), { minLength: 1, maxLength: 15 }), (criteria, rows) => {
      const shared = compileOrSkip(criteria);
      if (!shared) return;
      const first = rows.map((row) => shared.score(row));
      const again = [...rows].reverse().map((row) => shared.score(row)).reverse();
      const fresh = rows.map((row) => compileCriteria(criteria, HEADERS).score(row));
      expect(first).toEqual(fresh);
      expect(again).toEqual(fresh);
    }),
    { numRuns: 200 },
  );
});

/** An account, and criteria that it satisfies by construction (derived from its own cells). */
const accountWithSatisfiedCriteria = fc
  .record({
    industry: word, country: word, notes: word,
    tools: fc.array(word, { minLength: 1, maxLength: 3 }),
    employees: fc.integer({ min: 0, max: 1_000_000 }),
    revenue: number,
    textNumbers: fc.boolean(),
    picks: fc.array(fc.record({ column: fc.nat(), rule: fc.constantFrom(...(Object.keys(RULE_WORDS) as Rule[])), words: fc.nat(), weight: fc.oneof(fc.constant<CellValue>(''), fc.integer({ min: 1, max: 5 })), slack: fc.tuple(fc.nat(1000), fc.nat(1000)), cut: fc.tuple(fc.nat(), fc.nat()) }), { minLength: 1, maxLength: 12 }),
  })
  .map(({ industry, country, notes, tools, employees, revenue, textNumbers, picks }) => {
    const row: CellValue[] = ['Acme', industry, textNumbers ? employees.toLocaleString('en-US') : employees, revenue, country, tools.join(', '), notes];
    const criteria = picks.map(({ column, rule, words, weight, slack, cut }) => {
      const numeric = rule === 'between' || rule === 'atLeast' || rule === 'atMost';
      const index = numeric ? NUMBER_COLUMNS[column % 2] : [...TEXT_COLUMNS, ...NUMBER_COLUMNS][column % 6];
      const cell = row[index];
      const n = index === 2 ? employees : index === 3 ? revenue : NaN;
      let value: CellValue;
      if (rule === 'between') value = `${n - slack[0]}..${n + slack[1]}`;
      else if (rule === 'atLeast') value = n - slack[0];
      else if (rule === 'atMost') value = n + slack[1];
      else if (rule === 'is') value = `zz; ${String(cell).toUpperCase()} `;
      else if (rule === 'isNot') value = 'zz-none; zzz';
      else if (rule === 'doesNotContain') value = 'qqq';
      else {
        // contains: a piece of one item of the cell
        const items = String(cell).split(/[,;]/).map((s) => s.trim()).filter(Boolean);
        const item = items[cut[0] % items.length];
        const start = cut[1] % item.length;
        value = item.slice(start, start + 1 + (cut[0] % (item.length - start))).trim() || item;
      }
      return [HEADERS[index], RULE_WORDS[rule][words % RULE_WORDS[rule].length], value, weight];
    });
    return { row, criteria };
  });

test('an account that satisfies every criterion scores 100, and any satisfied exclusion makes it 0', () => {
  fc.assert(
    fc.property(accountWithSatisfiedCriteria, fc.nat(), ({ row, criteria }, which) => {
      const scorer = compileCriteria(criteria, HEADERS);
      expect(scorer.score(row)).toBe(100);
      expect(scorer.explain(row)).not.toMatch(/✘/);
      // Turn one of its (satisfied) criteria into an exclusion: the account is excluded.
      const excluded = criteria.map((c, i) => (i === which % criteria.length ? [c[0], c[1], c[2], 'exclude'] : c));
      const withExclusion = compileCriteria(excluded, HEADERS);
      expect(withExclusion.score(row)).toBe(0);
      expect(withExclusion.explain(row)).toMatch(/^⛔ Excluded: /);
    }),
    { numRuns: 300 },
  );
});

test('adding a criterion the account does not satisfy never raises its score', () => {
  fc.assert(
    fc.property(accountWithSatisfiedCriteria, fc.integer({ min: 1, max: 5 }), ({ row, criteria }, weight) => {
      const before = compileCriteria(criteria, HEADERS).score(row) as number;
      const after = compileCriteria([...criteria, ['Country', 'is', 'zz-nowhere', weight]], HEADERS).score(row) as number;
      expect(after).toBeLessThanOrEqual(before);
    }),
    { numRuns: 100 },
  );
});
