// ICP_SCORE / ICP_EXPLAIN (SPEC §4.1–4.2). Every expected score is worked out by hand in a comment:
// score = round(100 × Σ points / Σ maximum) over attributes, halves up.
import { compileCriteria } from '../../src/core/scoring';
import type { CellValue } from '../../src/core/values';
import { scoreAccounts } from '../../src/core/scoreFormulas';
import { criterionKey, parseRange } from '../../src/core/criteria';

const HEADERS = ['Account', 'Industry', 'Employees', 'Annual revenue', 'Country', 'Tech stack'];
const SPEC_CRITERIA = [
  ['Attribute', 'Rule', 'Value', 'Weight'],
  ['Industry', 'is', 'SaaS', 3],
  ['Industry', 'is', 'Fintech', 2],
  ['Industry', 'is', 'Retail', 1],
  ['Employees', 'between', '50..500', 2],
  ['Tech stack', 'contains', 'HubSpot', 1],
];
const account = (industry: CellValue, employees: CellValue, tech: CellValue, extra: Partial<Record<'revenue' | 'country', CellValue>> = {}): CellValue[] =>
  ['Acme', industry, employees, extra.revenue ?? '', extra.country ?? '', tech];

describe('the SPEC example scorecard', () => {
  const scorer = compileCriteria(SPEC_CRITERIA, HEADERS);

  test('Fintech, 1000 employees, "HubSpot, Slack" → round(100 × (2 + 0 + 1) / (3 + 2 + 1)) = 50', () => {
    expect(scorer.score(account('Fintech', 1000, 'HubSpot, Slack'))).toBe(50);
  });

  test('a perfect account scores 100: several rows on one attribute do not lower it', () => {
    // SaaS 3 + employees 2 + HubSpot 1 = 6 of 6
    expect(scorer.score(account('SaaS', 120, 'Slack; HubSpot'))).toBe(100);
  });

  test('grades: Retail, 20 employees, no tools → 1 of 6 = 16.67 → 17', () => {
    expect(scorer.score(account('retail ', 20, ''))).toBe(17);
  });

  test('the explanation names the criterion that gave the points, most points first', () => {
    expect(scorer.explain(account('Fintech', 100, 'Slack'))).toBe(
      '✔ Employees between 50..500 (+2) · ✔ Industry is Fintech (+2 of 3) · ✘ Tech stack contains HubSpot (0 of 1)',
    );
    // No industry matched: the attribute's highest-weight criterion is named.
    expect(scorer.explain(account('Energy', 1000, 'HubSpot'))).toBe(
      '✔ Tech stack contains HubSpot (+1) · ✘ Industry is SaaS (0 of 3) · ✘ Employees between 50..500 (0 of 2)',
    );
  });

  test('an all-blank row gives blank', () => {
    expect(scorer.score(['', '', '', '', '', ''])).toBe('');
    expect(scorer.explain(['', ' ', '', '', '', ''])).toBe('');
  });
});

describe('rules', () => {
  const score = (criteria: unknown[][], row: unknown[], headers = HEADERS) => compileCriteria(criteria as never, headers).score(row as never);

  test('is / is not: alternatives with ;, trimmed and case-insensitive, numbers compare as numbers', () => {
    expect(score([['Industry', 'is', 'SaaS; Fintech', 1]], account(' FINTECH ', '', ''))).toBe(100);
    expect(score([['Industry', 'is', 'SaaS; Fintech', 1]], account('Fin', '', ''))).toBe(0);
    expect(score([['Employees', 'is', '1200', 1]], account('', '1,200', 'x'))).toBe(100);
    expect(score([['Employees', 'is', '1,200', 1]], account('', 1200, 'x'))).toBe(100);
    expect(score([['Industry', 'is not', 'Retail; Gambling', 1]], account('Retail', 1, ''))).toBe(0);
    expect(score([['Industry', 'is not', 'Retail', 1]], account('SaaS', 1, ''))).toBe(100);
  });

  test('contains / does not contain test each item of the cell', () => {
    expect(score([['Tech stack', 'contains', 'hubspot; salesforce', 1]], account('', '', 'Slack, Salesforce CRM'))).toBe(100);
    expect(score([['Tech stack', 'does not contain', 'Oracle', 1]], account('', '', 'Slack; Oracle DB'))).toBe(0);
    expect(score([['Tech stack', 'does not contain', 'Oracle', 1]], account('', '', 'Slack'))).toBe(100);
  });

  test('a blank cell satisfies only the negative rules', () => {
    const row = account('', '', '', { country: 'VN' });
    expect(score([['Industry', 'is', 'SaaS', 1]], row)).toBe(0);
    expect(score([['Industry', 'contains', 'a', 1]], row)).toBe(0);
    expect(score([['Employees', 'at most', '10', 1]], row)).toBe(0);
    expect(score([['Industry', 'is not', 'SaaS', 1]], row)).toBe(100);
    expect(score([['Industry', 'does not contain', 'SaaS', 1]], row)).toBe(100);
  });

  test('between (.., - and –), at least, at most are inclusive; text cells do not satisfy them', () => {
    for (const range of ['50..500', '50-500', '50–500', '50 .. 500']) {
      expect(score([['Employees', 'between', range, 1]], account('', 500, ''))).toBe(100);
      expect(score([['Employees', 'between', range, 1]], account('', 49, ''))).toBe(0);
    }
    expect(score([['Employees', 'at least', '1,000', 1]], account('', 1000, ''))).toBe(100);
    expect(score([['Employees', 'at most', 999, 1]], account('', 1000, ''))).toBe(0);
    expect(score([['Employees', 'at least', 10, 1]], account('', 'many', ''))).toBe(0);
    expect(score([['Annual revenue', 'between', '-5..5', 1]], account('', 1, '', { revenue: -5 }))).toBe(100);
  });
});

describe('weights', () => {
  const criteria = [
    ['Industry', 'is', 'SaaS', ''], // blank = 1
    ['Employees', 'at least', 100, 0], // off
    ['Country', 'is', 'Russia', 'exclude'],
    ['Tech stack', 'contains', 'HubSpot', 7],
  ];
  const scorer = compileCriteria(criteria, HEADERS);

  test('blank weight is 1, 0 is off: SaaS without HubSpot → 1 of (1 + 7) = 12.5 → 13 (halves up)', () => {
    expect(scorer.score(account('SaaS', 5000, 'Slack'))).toBe(13);
  });

  test('an excluded account scores 0 whatever else it has', () => {
    const row = account('SaaS', 5000, 'HubSpot', { country: ' russia' });
    expect(scorer.score(row)).toBe(0);
    expect(scorer.explain(row)).toBe('⛔ Excluded: Country is Russia');
    expect(scorer.explain(row, 'ro')).toBe('⛔ Exclus: Country is Russia');
  });

  test('exclude in Vietnamese or Romanian, and a Romanian header row, are understood', () => {
    const ro = compileCriteria(
      [['Atribut', 'Regulă', 'Valoare', 'Pondere'], ['Țară', 'este', 'Russia', 'exclude'], ['Industrie', 'este', 'SaaS', 2]],
      ['Cont', 'Industrie', 'Tara'],
    );
    expect(ro.score(['A', 'SaaS', 'Vietnam'])).toBe(100);
    expect(ro.score(['A', 'SaaS', 'Russia'])).toBe(0);
    const vi = compileCriteria([['Ngành', 'là', 'SaaS', 'loại trừ'], ['Số nhân viên', 'ít nhất', 10, 1]], ['Tài khoản', 'Ngành', 'So nhan vien']);
    expect(vi.score(['A', 'saas', 50])).toBe(0);
    expect(vi.score(['A', 'Retail', 50])).toBe(100);
  });

  test('only exclusion criteria: every account that is not excluded fits', () => {
    const only = compileCriteria([['Country', 'is', 'Russia', 'exclude']], HEADERS);
    expect(only.score(account('x', 1, '', { country: 'Romania' }))).toBe(100);
  });
});

describe('derived Company size', () => {
  test('computed from Employees and Annual revenue when there is no column', () => {
    const scorer = compileCriteria([['Company size', 'is', 'Mid-market', 2], ['Industry', 'is', 'SaaS', 2]], HEADERS);
    // 120 employees (SMB) but 60M revenue (Mid-market): the larger band wins → 2 + 2 of 4
    expect(scorer.score(account('SaaS', 120, '', { revenue: 60_000_000 }))).toBe(100);
    expect(scorer.score(account('SaaS', 120, ''))).toBe(50);
  });

  test('a Company size column is used when filled, derived when blank; band names in any language', () => {
    const headers = [...HEADERS, 'Company size'];
    const scorer = compileCriteria([['company SIZE', 'is', 'IMM', 1]], headers); // Romanian name of SMB
    expect(scorer.score([...account('x', 5000, ''), 'SMB'])).toBe(100);
    expect(scorer.score([...account('x', 5000, ''), ''])).toBe(0); // derived: Enterprise
    expect(scorer.score([...account('x', 10, ''), ''])).toBe(100); // derived: SMB
  });
});

describe('errors name the criterion row and attribute', () => {
  const compile = (criteria: unknown[][]) => () => compileCriteria(criteria as never, HEADERS, { functionName: 'ICP_SCORE' });

  test('unknown attribute lists the columns (row counts the header)', () => {
    expect(compile([['Attribute', 'Rule', 'Value', 'Weight'], ['Industy', 'is', 'SaaS', 1]])).toThrow(
      'ICP_SCORE: Criterion 2 ("Industy"): unknown attribute; columns are Account, Industry, Employees, Annual revenue, Country, Tech stack',
    );
  });

  test('bad between, unknown rule, bad weight, blank value', () => {
    expect(compile([['Industry', 'is', 'x', 1], [], ['', '', '', ''], ['Employees', 'between', 'lots', 1]])).toThrow(
      'Criterion 4 ("Employees"): "between" needs min..max, got "lots"',
    );
    expect(compile([['Industry', 'equals', 'x', 1]])).toThrow('Criterion 1 ("Industry"): unknown rule "equals"; rules are is, is not');
    expect(compile([['Industry', 'is', 'x', -2]])).toThrow('Criterion 1 ("Industry"): weight -2 must be a positive number, 0 (off) or exclude');
    expect(compile([['Industry', 'is', 'x', 'high']])).toThrow('weight "high" must be a positive number');
    expect(compile([['Industry', 'is', '', 1]])).toThrow('Criterion 1 ("Industry"): "is" needs a value');
    expect(compile([['Employees', 'at least', 'ten', 1]])).toThrow('"at least" needs a number, got "ten"');
  });

  test('no active criteria is an error that says so', () => {
    expect(compile([['Attribute', 'Rule', 'Value', 'Weight'], ['Industry', 'is', 'SaaS', 0]])).toThrow('ICP_SCORE: no active criteria');
    expect(compile([])).toThrow('no active criteria');
  });
});

describe('scoreAccounts (the ICP_SCORE argument shapes)', () => {
  test('a range of rows gives a column; a single row range with extra columns ignored in criteria', () => {
    const rows = [account('SaaS', 100, 'HubSpot'), ['', '', '', '', '', ''], account('Fintech', 1000, 'HubSpot, Slack')];
    const criteria = SPEC_CRITERIA.map((r) => [...r, 'note']);
    expect(scoreAccounts('ICP_SCORE', rows, [HEADERS], criteria)).toEqual([[100], [''], [50]]);
  });

  test('headers must be one row as wide as the accounts', () => {
    expect(() => scoreAccounts('ICP_SCORE', [account('a', 1, '')], [HEADERS, HEADERS], SPEC_CRITERIA)).toThrow(
      'ICP_SCORE headers: expects the single header row of the accounts, got 2 rows',
    );
    expect(() => scoreAccounts('ICP_SCORE', [account('a', 1, '')], [HEADERS.slice(1)], SPEC_CRITERIA)).toThrow(
      'ICP_SCORE headers: 5 columns, but accounts has 6',
    );
  });
});

test('parseRange and criterionKey', () => {
  expect(parseRange('1,000-5,000')).toEqual([1000, 5000]);
  expect(parseRange('5..1')).toBeUndefined();
  expect(criterionKey('Industry', 'is', 'SaaS; Fintech')).toBe(criterionKey('industry', 'IS', 'fintech;saas'));
  expect(criterionKey('Ngành', 'là', 'SaaS')).toBe(criterionKey('Industry', 'is', 'SaaS'));
  expect(criterionKey('Industry', 'is', 'SaaS')).not.toBe(criterionKey('Industry', 'is not', 'SaaS'));
});
