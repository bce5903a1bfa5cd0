// ICP_SCORE / ICP_EXPLAIN (docs/rules.md, Scoring and Explanations). Every expected score is worked out by hand in a comment from
// score = round(100 × Σ points / Σ maximum) over attributes, halves up; points = the highest weight among
// an attribute's satisfied criteria, maximum = the highest weight among its active criteria.
import { compileCriteria } from '../../src/core/scoring';
import type { CellValue } from '../../src/core/values';
import { scoreAccounts } from '../../src/core/scoreFormulas';

type Rows = unknown[][];
const HEADERS = ['Account', 'Industry', 'Employees', 'Annual revenue', 'Country', 'Tech stack'];
const RULES_EXAMPLE_CRITERIA = [
  ['Attribute', 'Rule', 'Value', 'Weight'],
  ['Industry', 'is', 'SaaS', 3],
  ['Industry', 'is', 'Fintech', 2],
  ['Industry', 'is', 'Retail', 1],
  ['Employees', 'between', '50..500', 2],
  ['Tech stack', 'contains', 'HubSpot', 1],
];
const account = (industry: CellValue, employees: CellValue, tech: CellValue, extra: Partial<Record<'revenue' | 'country', CellValue>> = {}): CellValue[] =>
  ['Acme', industry, employees, extra.revenue ?? '', extra.country ?? '', tech];
const compile = (criteria: Rows, headers: unknown[] = HEADERS) => compileCriteria(criteria as CellValue[][], headers as CellValue[]);
/** Score of one account against criteria (each test states its hand computation). */
const score = (criteria: Rows, row: unknown[], headers: unknown[] = HEADERS) => compile(criteria, headers).score(row as CellValue[]);

describe('the example scorecard of docs/rules.md', () => {
  const scorer = compile(RULES_EXAMPLE_CRITERIA);

  test('Fintech, 1000 employees, "HubSpot, Slack" → round(100 × (2 + 0 + 1) / (3 + 2 + 1)) = 50', () => {
    expect(scorer.score(account('Fintech', 1000, 'HubSpot, Slack'))).toBe(50);
  });

  test('a perfect account scores 100: several rows on one attribute do not lower it (3 + 2 + 1 of 6)', () => {
    expect(scorer.score(account('SaaS', 120, 'Slack; HubSpot'))).toBe(100);
  });

  test('grading by the three Industry rows: SaaS 3, Fintech 2, Retail 1, other 0 (of 6, with 120 employees and HubSpot: + 3)', () => {
    expect(scorer.score(account('SaaS', 120, 'HubSpot'))).toBe(100); // 6/6
    expect(scorer.score(account('Fintech', 120, 'HubSpot'))).toBe(83); // 5/6 = 83.3
    expect(scorer.score(account('Retail', 120, 'HubSpot'))).toBe(67); // 4/6 = 66.7
    expect(scorer.score(account('Energy', 120, 'HubSpot'))).toBe(50); // 3/6
    expect(scorer.score(account('retail ', 20, ''))).toBe(17); // 1/6 = 16.7
  });

  test('ICP_EXPLAIN: full points read (+2), partial ones (+2 of 3), none (0 of 1); most points first, full before partial', () => {
    expect(scorer.explain(account('Fintech', 100, 'Slack'))).toBe(
      '✔ Employees between 50..500 (+2) · ✔ Industry is Fintech (+2 of 3) · ✘ Tech stack contains HubSpot (0 of 1)',
    );
    // No industry matched: the attribute's highest-weight criterion is named; zero lines keep criteria order.
    expect(scorer.explain(account('Energy', 1000, 'HubSpot'))).toBe(
      '✔ Tech stack contains HubSpot (+1) · ✘ Industry is SaaS (0 of 3) · ✘ Employees between 50..500 (0 of 2)',
    );
    expect(scorer.explain(account('SaaS', 50, 'hubspot'))).toBe(
      '✔ Industry is SaaS (+3) · ✔ Employees between 50..500 (+2) · ✔ Tech stack contains HubSpot (+1)',
    );
  });

  test('ICP_EXPLAIN follows the language: rule words and "of" translated, attribute and value as written', () => {
    const row = account('Fintech', 100, 'Slack');
    expect(scorer.explain(row, 'ro')).toBe(
      '✔ Employees între 50..500 (+2) · ✔ Industry este Fintech (+2 din 3) · ✘ Tech stack conține HubSpot (0 din 1)',
    );
    expect(scorer.explain(row, 'vi')).toBe(
      '✔ Employees trong khoảng 50..500 (+2) · ✔ Industry là Fintech (+2 trên 3) · ✘ Tech stack chứa HubSpot (0 trên 1)',
    );
  });

  test('equal points and equal share keep criteria order', () => {
    const scorer2 = compile([['Country', 'is', 'VN', 2], ['Industry', 'is', 'SaaS', 2], ['Tech stack', 'contains', 'Jira', 2]]);
    expect(scorer2.explain(account('SaaS', '', 'Jira', { country: 'VN' }))).toBe(
      '✔ Country is VN (+2) · ✔ Industry is SaaS (+2) · ✔ Tech stack contains Jira (+2)',
    );
    // Among equal weights on one attribute, the first row is named when none is satisfied.
    const scorer3 = compile([['Industry', 'is', 'SaaS', 2], ['Industry', 'is', 'Fintech', 2]]);
    expect(scorer3.explain(account('Retail', '', ''))).toBe('✘ Industry is SaaS (0 of 2)');
    expect(scorer3.explain(account('Fintech', '', ''))).toBe('✔ Industry is Fintech (+2)');
  });

  test('evaluate() gives the same breakdown as data', () => {
    const result = scorer.evaluate(account('Fintech', 100, 'Slack'))!;
    expect(result.score).toBe(67); // (2 + 2 + 0) / 6 = 66.7
    expect(result.excludedBy).toBeUndefined();
    expect(result.lines.map((l) => [l.attribute, l.points, l.maximum, l.satisfied, l.criterion.row])).toEqual([
      ['Employees', 2, 2, true, 5],
      ['Industry', 2, 3, true, 3],
      ['Tech stack', 0, 1, false, 6],
    ]);
    expect(scorer.evaluate(['', '', '', '', '', ''])).toBeUndefined();
  });

  test('an all-blank row gives blank (blank strings, whitespace, null, undefined)', () => {
    expect(scorer.score(['', '', '', '', '', ''])).toBe('');
    expect(scorer.score([null, undefined, ' ', '', '\t', ''])).toBe('');
    expect(scorer.explain(['', ' ', '', '', '', ''])).toBe('');
    // Data without an Account name is still scored: Fintech, no employees, no tools → 2/6 = 33.3
    expect(scorer.score(['', 'Fintech', '', '', '', ''])).toBe(33);
  });
});

describe('is / is not', () => {
  test('alternatives with ;, trimmed and case-insensitive', () => {
    expect(score([['Industry', 'is', 'SaaS; Fintech', 1]], account(' FINTECH ', '', ''))).toBe(100);
    expect(score([['Industry', 'is', 'SaaS ;Fintech;', 1]], account('saas', '', ''))).toBe(100);
    expect(score([['Industry', 'is', 'SaaS; Fintech', 1]], account('Fin', '', ''))).toBe(0); // the whole cell, not a part
    expect(score([['Industry', 'is', 'SaaS', 1]], account('SaaS, Fintech', '', ''))).toBe(0);
    expect(score([['Industry', 'is not', 'Retail; Gambling', 1]], account('gambling', 1, ''))).toBe(0);
    expect(score([['Industry', 'is not', 'Retail', 1]], account('SaaS', 1, ''))).toBe(100);
  });

  test('numbers compare as numbers when both sides are numbers ("1,200" is 1200, "80%" is 0.8)', () => {
    expect(score([['Employees', 'is', '1200', 1]], account('', '1,200', ''))).toBe(100);
    expect(score([['Employees', 'is', '1,200', 1]], account('', 1200, ''))).toBe(100);
    expect(score([['Employees', 'is', 1200, 1]], account('', '1200.0', ''))).toBe(100);
    expect(score([['Employees', 'is', '80%', 1]], account('', 0.8, ''))).toBe(100);
    expect(score([['Employees', 'is', '10; 20', 1]], account('', 20, ''))).toBe(100);
    expect(score([['Employees', 'is not', '1,200', 1]], account('', 1200, ''))).toBe(0);
    expect(score([['Employees', 'is', '1200', 1]], account('', 1201, ''))).toBe(0);
    // A number against text compares as text: "12 people" is not 12
    expect(score([['Employees', 'is', '12', 1]], account('', '12 people', ''))).toBe(0);
  });

  test('booleans and dates compare as Sheets shows them (TRUE, ISO date)', () => {
    const headers = ['Account', 'Partner', 'Start date'];
    expect(score([['Partner', 'is', 'true', 1]], ['A', true, ''], headers)).toBe(100);
    expect(score([['Partner', 'is', 'FALSE', 1]], ['A', true, ''], headers)).toBe(0);
    const day = new Date(Date.UTC(2024, 2, 1));
    expect(score([['Start date', 'is', '2024-03-01', 1]], ['A', '', day], headers)).toBe(100);
    expect(score([['Start date', 'is', new Date(Date.UTC(2024, 2, 1))], ['Partner', 'is', 'x', 1]], ['A', 'x', day], headers)).toBe(100);
  });
});

describe('contains / does not contain', () => {
  test('case-insensitive substring of each item (items separated by , or ;)', () => {
    expect(score([['Tech stack', 'contains', 'hubspot; salesforce', 1]], account('', '', 'Slack, Salesforce CRM'))).toBe(100);
    expect(score([['Tech stack', 'contains', 'force', 1]], account('', '', 'Jira;Salesforce'))).toBe(100);
    expect(score([['Tech stack', 'contains', 'Slack Jira', 1]], account('', '', 'Slack, Jira'))).toBe(0); // spans two items
    expect(score([['Tech stack', 'does not contain', 'Oracle', 1]], account('', '', 'Slack; Oracle DB'))).toBe(0);
    expect(score([['Tech stack', 'does not contain', 'Oracle; SAP', 1]], account('', '', 'Slack, SAP'))).toBe(0);
    expect(score([['Tech stack', 'does not contain', 'Oracle', 1]], account('', '', 'Slack'))).toBe(100);
  });

  test('a comma in the value separates alternatives too (an item never holds a comma)', () => {
    expect(score([['Tech stack', 'contains', 'Oracle, SAP', 1]], account('', '', 'Slack; SAP'))).toBe(100);
    expect(score([['Tech stack', 'does not contain', 'Oracle, SAP', 1]], account('', '', 'Slack; SAP'))).toBe(0);
  });

  test('a number cell is one item of its text', () => {
    expect(score([['Employees', 'contains', '20', 1]], account('', 1200, ''))).toBe(100);
  });
});

describe('between / at least / at most', () => {
  test('inclusive bounds; min..max, min-max, min–max, spaces and thousands separators', () => {
    for (const range of ['50..500', '50-500', '50–500', '50 .. 500', ' 50 - 500 ']) {
      expect(score([['Employees', 'between', range, 1]], account('', 50, ''))).toBe(100);
      expect(score([['Employees', 'between', range, 1]], account('', 500, ''))).toBe(100);
      expect(score([['Employees', 'between', range, 1]], account('', 49, ''))).toBe(0);
      expect(score([['Employees', 'between', range, 1]], account('', 501, ''))).toBe(0);
    }
    expect(score([['Annual revenue', 'between', '1,000,000-5,000,000', 1]], account('', '', '', { revenue: '2,500,000' }))).toBe(100);
    expect(score([['Annual revenue', 'between', '-5..5', 1]], account('', 1, '', { revenue: -5 }))).toBe(100);
    expect(score([['Annual revenue', 'between', '0.7..0.9', 1]], account('', 1, '', { revenue: '80%' }))).toBe(100);
  });

  test('at least / at most are inclusive and read "1,200" as 1200', () => {
    expect(score([['Employees', 'at least', '1,000', 1]], account('', 1000, ''))).toBe(100);
    expect(score([['Employees', 'at least', 1000, 1]], account('', '1,200', ''))).toBe(100);
    expect(score([['Employees', 'at least', 1000, 1]], account('', 999, ''))).toBe(0);
    expect(score([['Employees', 'at most', 999, 1]], account('', 1000, ''))).toBe(0);
    expect(score([['Employees', 'at most', '999', 1]], account('', 999, ''))).toBe(100);
  });

  test('a cell that is not a number does not satisfy them, and is no error', () => {
    for (const cell of ['many', '12 people', true, new Date(Date.UTC(2024, 0, 1)), '2024-01-01', '', null]) {
      expect(score([['Employees', 'at least', 0, 1]], account('', cell, ''))).toBe(0);
      expect(score([['Employees', 'at most', 1e12, 1]], account('', cell, ''))).toBe(0);
      expect(score([['Employees', 'between', '-1000..1000000000000', 1]], account('', cell, ''))).toBe(0);
    }
  });
});

describe('blank account cells', () => {
  test('satisfy only is not / does not contain', () => {
    const row = account('', '', '', { country: 'VN' });
    expect(score([['Industry', 'is', 'SaaS', 1]], row)).toBe(0);
    expect(score([['Industry', 'contains', 'a', 1]], row)).toBe(0);
    expect(score([['Employees', 'at most', '10', 1]], row)).toBe(0);
    expect(score([['Employees', 'between', '0..10', 1]], row)).toBe(0);
    expect(score([['Industry', 'is not', 'SaaS', 1]], row)).toBe(100);
    expect(score([['Industry', 'does not contain', 'SaaS', 1]], row)).toBe(100);
    expect(score([['Industry', 'is not', 'SaaS', 1]], account('  ', '', '', { country: 'VN' }))).toBe(100);
  });

  test('a blank cell is never excluded by is / contains, but is by is not', () => {
    expect(score([['Country', 'is', 'Russia', 'exclude'], ['Industry', 'is', 'SaaS', 1]], account('SaaS', '', ''))).toBe(100);
    expect(score([['Country', 'is not', 'Romania', 'exclude'], ['Industry', 'is', 'SaaS', 1]], account('SaaS', '', ''))).toBe(0);
  });
});

describe('weights', () => {
  const criteria = [
    ['Industry', 'is', 'SaaS', ''], // blank = 1
    ['Employees', 'at least', 100, 0], // off
    ['Country', 'is', 'Russia', 'exclude'],
    ['Tech stack', 'contains', 'HubSpot', 7],
  ];
  const scorer = compile(criteria);

  test('blank weight is 1, 0 is off: SaaS without HubSpot → 1 of (1 + 7) = 12.5 → 13 (halves up)', () => {
    expect(scorer.score(account('SaaS', 5000, 'Slack'))).toBe(13);
    expect(scorer.score(account('Retail', 5000, 'HubSpot'))).toBe(88); // 7/8 = 87.5 → 88
  });

  test('an off criterion is not parsed against the headers (turning a row off never breaks the sheet)', () => {
    expect(score([['Region', 'is', 'EU', 0], ['Industry', 'is', 'SaaS', 1]], account('SaaS', '', ''))).toBe(100);
  });

  test('an excluded account scores 0 whatever else it has; the explanation says which criterion', () => {
    const row = account('SaaS', 5000, 'HubSpot', { country: ' russia' });
    expect(scorer.score(row)).toBe(0);
    expect(scorer.explain(row)).toBe('⛔ Excluded: Country is Russia');
    expect(scorer.explain(row, 'ro')).toBe('⛔ Exclus: Country este Russia');
    expect(scorer.explain(row, 'vi')).toBe('⛔ Bị loại trừ: Country là Russia');
  });

  test('with several exclusions satisfied, the first in sheet order is named', () => {
    const two = compile([['Tech stack', 'contains', 'Oracle', 'exclude'], ['Industry', 'is', 'SaaS', 2], ['Industry', 'is', 'Gambling', 'exclude']]);
    expect(two.explain(account('Gambling', '', 'Oracle'))).toBe('⛔ Excluded: Tech stack contains Oracle');
    expect(two.score(account('Gambling', '', ''))).toBe(0);
    // An exclusion on a scored attribute: SaaS is 2 of 2; the exclusion adds nothing to the maximum
    expect(two.score(account('SaaS', '', 'Slack'))).toBe(100);
  });

  test('exclude is read in any language and case; other words, negatives and booleans are errors', () => {
    for (const word of ['exclude', 'Exclude', ' EXCLUDE ', 'loại trừ', 'Loai tru']) {
      expect(score([['Country', 'is', 'Russia', word], ['Industry', 'is', 'SaaS', 1]], account('SaaS', '', '', { country: 'Russia' }))).toBe(0);
    }
    expect(() => compile([['Industry', 'is', 'x', -2]])).toThrow('Criterion 1 ("Industry"): weight -2 must be a positive number, 0 (off) or exclude');
    expect(() => compile([['Industry', 'is', 'x', 'high']])).toThrow('Criterion 1 ("Industry"): weight "high" must be a positive number, 0 (off) or exclude');
    expect(() => compile([['Industry', 'is', 'x', true]])).toThrow('Criterion 1 ("Industry"): weight TRUE must be a positive number');
    expect(() => compile([['Industry', 'is', 'x', 'excluded']])).toThrow('weight "excluded" must be');
  });

  test('fractional and text weights: "80%" is 0.8, "2" is 2', () => {
    // SaaS 0.8, not VN: 0.8 / (0.8 + 0.2) = 80
    expect(score([['Industry', 'is', 'SaaS', '80%'], ['Country', 'is', 'VN', 0.2]], account('SaaS', '', ''))).toBe(80);
    // 2 / (2 + 1) = 66.7
    expect(score([['Industry', 'is', 'SaaS', '2'], ['Country', 'is', 'VN', '1']], account('SaaS', '', ''))).toBe(67);
  });

  test('only exclusion criteria: every account that is not excluded scores 100', () => {
    const only = compile([['Country', 'is', 'Russia', 'exclude']]);
    expect(only.score(account('x', 1, '', { country: 'Romania' }))).toBe(100);
    expect(only.explain(account('x', 1, '', { country: 'Romania' }))).toBe('✔ No exclusion applies');
    expect(only.score(account('x', 1, '', { country: 'Russia' }))).toBe(0);
  });
});

describe('rounding: round(100 × Σ points / Σ maximum), halves up', () => {
  const two = (w1: number, w2: number) => compile([['Industry', 'is', 'SaaS', w1], ['Country', 'is', 'VN', w2]]);
  test.each([
    [1, 1, 'SaaS', 50], // 1/2 = 50
    [1, 7, 'SaaS', 13], // 1/8 = 12.5 → 13
    [3, 5, 'SaaS', 38], // 3/8 = 37.5 → 38
    [5, 3, 'SaaS', 63], // 5/8 = 62.5 → 63
    [1, 2, 'SaaS', 33], // 1/3 = 33.3 → 33
    [2, 1, 'SaaS', 67], // 2/3 = 66.7 → 67
    [1, 199, 'SaaS', 1], // 1/200 = 0.5 → 1
    [199, 1, 'SaaS', 100], // 199/200 = 99.5 → 100
    [1, 399, 'SaaS', 0], // 1/400 = 0.25 → 0
  ])('weights %d and %d, %s only → %d', (w1, w2, industry, expected) => {
    expect(two(w1, w2).score(account(industry, '', ''))).toBe(expected);
  });
});

describe('criteria table layout', () => {
  test('a first row whose Weight cell is the word Weight (any language) is a header; row numbers still count it', () => {
    for (const header of [['Attribute', 'Rule', 'Value', 'Weight'], ['Atribut', 'Regulă', 'Valoare', 'Pondere'], ['Thuộc tính', 'Quy tắc', 'Giá trị', 'trọng số']]) {
      expect(score([header, ['Industry', 'is', 'SaaS', 1]], account('SaaS', '', ''))).toBe(100);
      expect(() => compile([header, ['Industy', 'is', 'SaaS', 1]])).toThrow('Criterion 2 ("Industy"): unknown attribute');
    }
  });

  test('the word Weight in a later row is not a header but a bad weight', () => {
    expect(() => compile([['Industry', 'is', 'SaaS', 1], ['Attribute', 'Rule', 'Value', 'Weight']])).toThrow(
      'Criterion 2 ("Attribute"): unknown rule "Rule"',
    );
  });

  test('all-blank rows (empty, short, null, spaces) are skipped; extra columns are ignored', () => {
    const criteria = [[], ['', '', '', ''], [null, null, null, null, 'a note'], ['  ', '', '\t'], ['Industry', 'is', 'SaaS', 2, 'note', 42], ['Industy', '', '', '']];
    expect(() => compile(criteria)).toThrow('Criterion 6 ("Industy"): the rule is blank');
    expect(score(criteria.slice(0, 5), account('SaaS', '', ''))).toBe(100);
  });
});

describe('languages', () => {
  test('headers in Romanian, rule words in Romanian (with or without diacritics), exclude in Romanian', () => {
    const headers = ['Cont', 'Industrie', 'Angajați', 'Venit anual', 'Țară', 'Tehnologii'];
    const criteria = [
      ['Atribut', 'Regulă', 'Valoare', 'Pondere'],
      ['Industrie', 'este', 'SaaS', 3], // row 2
      ['Angajati', 'între', '50..500', 2], // row 3
      ['Tehnologii', 'contine', 'HubSpot', 1], // row 4
      ['Tara', 'nu este', 'Romania', 1], // row 5
      ['Venit anual', 'cel puțin', '1,000,000', 1], // row 6
      ['Venit anual', 'cel mult', 10, 2], // row 7: same attribute, max 2
      ['Tehnologii', 'nu conține', 'SAP', 'exclude'],
    ];
    const scorer = compile(criteria, headers);
    // SaaS 3 + 100 employees 2 + HubSpot 1 + Vietnam 1 + revenue 5M (≥ 1M: 1, not ≤ 10) = 8 of (3 + 2 + 1 + 1 + 2) = 9 → 88.9 → 89
    expect(scorer.score(['A', 'SaaS', 100, 5_000_000, 'Vietnam', 'HubSpot, SAP'])).toBe(89);
    // no SAP → excluded by "nu conține SAP"
    expect(scorer.score(['A', 'SaaS', 100, 5_000_000, 'Vietnam', 'HubSpot'])).toBe(0);
    expect(scorer.explain(['A', 'SaaS', 100, 5_000_000, 'Vietnam', 'HubSpot'], 'ro')).toBe('⛔ Exclus: Tehnologii nu conține SAP');
  });

  test('headers in Vietnamese with English criteria, and Vietnamese rule words', () => {
    const headers = ['Tài khoản', 'Ngành', 'Số nhân viên', 'Doanh thu năm', 'Quốc gia', 'Công nghệ sử dụng'];
    const scorer = compile([['Industry', 'là', 'SaaS', 2], ['Employees', 'ít nhất', 10, 1], ['Ngành', 'không là', 'Retail', 1], ['Country', 'is', 'Nga', 'loại trừ']], headers);
    // SaaS: Industry line max(2, 1) = 2 of 2; 50 employees 1 of 1 → 100
    expect(scorer.score(['A', 'saas', 50, '', 'Việt Nam', ''])).toBe(100);
    // Retail: neither Industry criterion → 0 of 2; employees 1 of 1 → 33
    expect(scorer.score(['A', 'Retail', 50, '', '', ''])).toBe(33);
    // Energy: "không là Retail" gives 1 of 2; 5 employees 0 → 1/3 = 33
    expect(scorer.score(['A', 'Energy', 5, '', '', ''])).toBe(33);
    expect(scorer.score(['A', 'SaaS', 50, '', 'nga', ''])).toBe(0);
  });

  test('header names ignore case, spaces and punctuation', () => {
    expect(score([['annual_revenue', 'at least', 5, 1], ['TECH-STACK', 'contains', 'jira', 1]], ['A', 'x', '', 10, '', 'Jira'])).toBe(100);
    expect(score([['Region', 'is', 'EU', 1]], ['A', 'EU'], ['Account', ' region '])).toBe(100);
  });
});

describe('derived Company size', () => {
  test('computed from Employees and Annual revenue when there is no column (larger band wins)', () => {
    const scorer = compile([['Company size', 'is', 'Mid-market', 2], ['Industry', 'is', 'SaaS', 2]]);
    // 120 employees (SMB) but 60M revenue (Mid-market) → 2 + 2 of 4
    expect(scorer.score(account('SaaS', 120, '', { revenue: 60_000_000 }))).toBe(100);
    // 120 employees only: SMB → 2 of 4
    expect(scorer.score(account('SaaS', 120, ''))).toBe(50);
    // 500 and 2000 employees are Mid-market, 2001 Enterprise
    expect(scorer.score(account('SaaS', 500, ''))).toBe(100);
    expect(scorer.score(account('SaaS', '2,000', ''))).toBe(100);
    expect(scorer.score(account('SaaS', 2001, ''))).toBe(50);
    expect(scorer.explain(account('SaaS', 2001, ''))).toBe('✔ Industry is SaaS (+2) · ✘ Company size is Mid-market (0 of 2)');
  });

  test('neither employees nor revenue: the size is blank (satisfies only is not)', () => {
    expect(score([['Company size', 'is', 'SMB', 1]], account('SaaS', '', ''))).toBe(0);
    expect(score([['Company size', 'is not', 'SMB', 1]], account('SaaS', 'n/a', ''))).toBe(100);
  });

  test('a Company size column is used when filled, derived when blank; band names in any language', () => {
    const headers = [...HEADERS, 'Dimensiunea companiei'];
    const scorer = compile([['company SIZE', 'is', 'IMM', 1]], headers); // Romanian name of SMB
    expect(scorer.score([...account('x', 5000, ''), 'SMB'])).toBe(100); // the column says SMB
    expect(scorer.score([...account('x', 5000, ''), ''])).toBe(0); // derived: Enterprise
    expect(scorer.score([...account('x', 10, ''), ''])).toBe(100); // derived: SMB
    expect(scorer.score([...account('x', 10, ''), 'Enterprise'])).toBe(0);
  });

  test('with only a Company size column it is read as it is', () => {
    expect(score([['Company size', 'is', 'Enterprise; Mid-market', 1]], ['A', 'mid-market'], ['Account', 'Company size'])).toBe(100);
    expect(() => compile([['Company size', 'is', 'SMB', 1]], ['Account', 'Industry'])).toThrow(
      'Criterion 1 ("Company size"): Company size needs a Company size, Employees or Annual revenue column',
    );
  });
});

describe('errors name the criterion row and attribute', () => {
  const fails = (criteria: Rows, functionName?: string) => () => compileCriteria(criteria as CellValue[][], HEADERS, { functionName });

  test('unknown attribute lists the columns (row counts the header); functionName prefixes the message', () => {
    expect(fails([['Attribute', 'Rule', 'Value', 'Weight'], ['Industy', 'is', 'SaaS', 1]], 'ICP_SCORE')).toThrow(
      'ICP_SCORE: Criterion 2 ("Industy"): unknown attribute; columns are Account, Industry, Employees, Annual revenue, Country, Tech stack',
    );
    expect(fails([['Industy', 'is', 'SaaS', 1]])).toThrow(/^Criterion 1 \("Industy"\): unknown attribute/);
  });

  test('exact messages for bad rules, values and weights', () => {
    const cases: [Rows, string][] = [
      [[['Industry', 'is', 'x', 1], [], ['', '', '', ''], ['Employees', 'between', 'lots', 1]], 'Criterion 4 ("Employees"): "between" needs min..max, got "lots"'],
      [[['Employees', 'between', '500..50', 1]], 'Criterion 1 ("Employees"): "between" needs min..max, got "500..50"'],
      [[['Employees', 'between', 500, 1]], 'Criterion 1 ("Employees"): "between" needs min..max, got 500'],
      [[['Employees', 'between', '-5-5', 1]], 'Criterion 1 ("Employees"): "between" needs min..max, got "-5-5"'],
      [[['Industry', 'equals', 'x', 1]], 'Criterion 1 ("Industry"): unknown rule "equals"; rules are is, is not, contains, does not contain, between, at least, at most'],
      [[['Industry', '', 'x', 1]], 'Criterion 1 ("Industry"): the rule is blank; rules are is, is not'],
      [[['Industry', 'is', '', 1]], 'Criterion 1 ("Industry"): "is" needs a value'],
      [[['Industry', 'contains', ' ; ', 1]], 'Criterion 1 ("Industry"): "contains" needs a value, got " ; "'],
      [[['Employees', 'at least', 'ten', 1]], 'Criterion 1 ("Employees"): "at least" needs a number, got "ten"'],
      [[['Employees', 'at most', '', 1]], 'Criterion 1 ("Employees"): "at most" needs a value'],
      [[['', 'is', 'SaaS', 1]], 'Criterion 1: the attribute is blank'],
      [[['Industry', 'is', 'SaaS', 1], ['Country', 'is', 'VN', -1]], 'Criterion 2 ("Country"): weight -1 must be a positive number, 0 (off) or exclude'],
    ];
    for (const [criteria, message] of cases) expect(fails(criteria)).toThrow(message);
  });

  test('the first error in sheet order is reported', () => {
    expect(fails([['Industry', 'is', 'SaaS', 'x'], ['Industy', 'is', 'SaaS', 1]])).toThrow('Criterion 1 ("Industry"): weight "x"');
  });

  test('no active criteria is an error that says so', () => {
    const message = 'ICP_SCORE: no active criteria: add rows of Attribute | Rule | Value | Weight with a weight above 0 or exclude';
    expect(fails([['Attribute', 'Rule', 'Value', 'Weight'], ['Industry', 'is', 'SaaS', 0]], 'ICP_SCORE')).toThrow(message);
    expect(fails([], 'ICP_SCORE')).toThrow(message);
    expect(fails([['Attribute', 'Rule', 'Value', 'Weight']], 'ICP_SCORE')).toThrow(message);
    expect(fails([['', '', '', ''], [null, null, null, null]])).toThrow(/^no active criteria/);
  });
});

describe('scoreAccounts (the ICP_SCORE argument shapes)', () => {
  test('a range of rows gives a column; extra columns in criteria ignored', () => {
    const rows = [account('SaaS', 100, 'HubSpot'), ['', '', '', '', '', ''], account('Fintech', 1000, 'HubSpot, Slack')];
    const criteria = RULES_EXAMPLE_CRITERIA.map((r) => [...r, 'note']);
    expect(scoreAccounts('ICP_SCORE', rows, [HEADERS], criteria)).toEqual([[100], [''], [50]]);
    expect(scoreAccounts('ICP_EXPLAIN', rows.slice(2), [HEADERS], criteria)).toEqual([
      ['✔ Industry is Fintech (+2 of 3) · ✔ Tech stack contains HubSpot (+1) · ✘ Employees between 50..500 (0 of 2)'],
    ]);
  });

  test('errors carry the function name', () => {
    expect(() => scoreAccounts('ICP_EXPLAIN', [account('a', 1, '')], [HEADERS], [['Industy', 'is', 'x', 1]])).toThrow(
      'ICP_EXPLAIN: Criterion 1 ("Industy"): unknown attribute',
    );
  });
});

describe('memoized matches', () => {
  test('the same cell value gives the same result whatever came before; Dates are matched every time', () => {
    const scorer = compile([['Industry', 'is', 'SaaS', 1], ['Employees', 'at least', 100, 1], ['Employees', 'is', 'n/a', 'exclude']]);
    expect(scorer.score(account('SaaS', 100, ''))).toBe(100);
    expect(scorer.score(account('SaaS', '100', ''))).toBe(100);
    expect(scorer.score(account('SaaS', 'n/a', ''))).toBe(0);
    expect(scorer.score(account('SaaS', 99, ''))).toBe(50);
    expect(scorer.score(account('SaaS', 100, ''))).toBe(100);
    const dated = compile([['Start date', 'is', '2024-03-01', 1]], ['Account', 'Start date']);
    expect(dated.score(['A', new Date(Date.UTC(2024, 2, 1))])).toBe(100);
    expect(dated.score(['A', new Date(Date.UTC(2024, 2, 2))])).toBe(0);
  });
});

describe('sizes Sheets can hold', () => {
  test('an explanation longer than a cell can hold (50,000 characters) is cut to exactly 50,000, ending in …', () => {
    // 30 attributes, each `is` a 2,000-character value the account has: every part is at least 2,000
    // characters, so the full text is over 60,000.
    const headers = Array.from({ length: 30 }, (_, i) => `Attribute ${i + 1}`);
    const values = headers.map((_, i) => String.fromCharCode(97 + (i % 26)).repeat(2000));
    const criteria = headers.map((h, i) => [h, 'is', values[i], 1]);
    const text = compile(criteria, headers).explain(values);
    expect(text.length).toBe(50_000);
    expect(text.endsWith('…')).toBe(true);
    expect(text.startsWith('✔ Attribute 1 is ')).toBe(true);
  });

  test('a one-megabyte attribute or header row gives an error of a readable size that still names the row', () => {
    const huge = 'x'.repeat(1_000_000);
    const headers = Array.from({ length: 100 }, (_, i) => `${huge}${i}`);
    let message = '';
    try { compile([[huge, 'is', 'y', 1]], headers); } catch (error) { message = (error as Error).message; }
    // The attribute is quoted as 57 characters + "...", and the list names 40 columns of at most 60 characters.
    expect(message).toMatch(/^Criterion 1 \("x{57}\.\.\."\): /);
    expect(message.length).toBeLessThan(3_000);
    expect(message).toContain(', ...');
  });

  test('a value typed with a combining accent (Cafe + ́) matches the same word typed precomposed (Café)', () => {
    const headers = ['Account', 'Industry'];
    expect(compile([['Industry', 'is', 'Cafe\u0301', 1]], headers).score(['A', 'Café'])).toBe(100);
    expect(compile([['Industry', 'is', 'Café', 1]], headers).score(['A', 'Cafe\u0301'])).toBe(100);
  });
});
