// The pure layout of the sheets: headers per language, formats, formulas from real column letters, examples.
import { ACCOUNT_COLUMNS, type ColumnKey, columnKeyOf } from '../../src/core/columns';
import { LANGUAGES, t } from '../../src/core/i18n';
import {
  ACCOUNT_FORMATS, CRITERIA_COLUMNS, FORMULA_COLUMNS, WORKSHEET_COLUMNS, WORKSHEET_WIDTHS, WS, accountFormulas, accountHeaders,
  columnLetters, exampleCriteria, ruleWords, scoredAttributes, sheetReference, worksheetRows,
} from '../../src/core/template';
import { QUESTIONS } from '../../src/core/worksheet';
import { ICP_SCORE } from '../../src/functions';

const positionsOf = (keys: readonly ColumnKey[]) => new Map(keys.map((key, i) => [key, i + 1] as [ColumnKey, number]));

test('column letters', () => {
  expect([1, 2, 17, 20, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual(['A', 'B', 'Q', 'T', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
});

test('sheet references are quoted when the name needs it', () => {
  expect(sheetReference('Criteria', 'A2:D')).toBe('Criteria!A2:D');
  expect(sheetReference('Tiêu chí', 'A2:D')).toBe("'Tiêu chí'!A2:D");
  expect(sheetReference('Criterii', 'A2:D')).toBe('Criterii!A2:D');
  expect(sheetReference("Bob's criteria", 'A2:D')).toBe("'Bob''s criteria'!A2:D");
  expect(sheetReference('2024', 'A2:D')).toBe("'2024'!A2:D");
});

test('the template formulas, as docs/rules.md (Accounts) describes them', () => {
  expect([...accountFormulas(positionsOf(ACCOUNT_COLUMNS), 'Criteria')]).toEqual([
    ['companySize', '=COMPANY_SIZE(C2:C, D2:D)'],
    ['icpScore', '=ICP_SCORE(A2:Q, A1:Q1, Criteria!A2:D)'],
    ['icpTier', '=ICP_TIER(S2:S)'],
  ]);
});

test('formulas follow the real columns: reordered, user columns in between, a missing revenue column', () => {
  const keys = ACCOUNT_COLUMNS.filter((key) => key !== 'annualRevenue' && !FORMULA_COLUMNS.includes(key));
  // A user column (position 3) shifts everything after it; formula columns at the end, tier before score.
  const positions = new Map<ColumnKey, number>(keys.map((key, i) => [key, i < 2 ? i + 1 : i + 2] as [ColumnKey, number]));
  const last = Math.max(...positions.values());
  positions.set('icpTier', last + 1).set('icpScore', last + 2).set('companySize', last + 3);
  const formulas = accountFormulas(positions, 'Tiêu chí');
  expect(formulas.get('companySize')).toBe('=COMPANY_SIZE(D2:D)');
  expect(formulas.get('icpScore')).toBe(`=ICP_SCORE(A2:${columnLetters(last)}, A1:${columnLetters(last)}1, 'Tiêu chí'!A2:D)`);
  expect(formulas.get('icpTier')).toBe(`=ICP_TIER(${columnLetters(last + 2)}2:${columnLetters(last + 2)})`);
});

test('no formula reads a formula column: the score range ends before the first formula column', () => {
  const positions = positionsOf(['account', 'industry', 'icpScore', 'employees', 'companySize', 'icpTier']);
  const formulas = accountFormulas(positions, 'Criteria');
  expect(formulas.get('icpScore')).toBe('=ICP_SCORE(A2:B, A1:B1, Criteria!A2:D)');
  expect(formulas.get('companySize')).toBe('=COMPANY_SIZE(D2:D)');
  expect(formulas.get('icpTier')).toBe('=ICP_TIER(C2:C)');
  expect(accountFormulas(positionsOf(['icpScore', 'icpTier']), 'Criteria').has('icpScore')).toBe(false);
});

test.each(LANGUAGES)('%s: account headers are read back as the canonical columns, in template order', (language) => {
  const headers = accountHeaders(language);
  expect(headers.map((h) => columnKeyOf(h))).toEqual([...ACCOUNT_COLUMNS]);
  expect(new Set(headers).size).toBe(headers.length);
});

test('formats: plain text on text columns, percent margin, money, ISO dates', () => {
  expect(Object.keys(ACCOUNT_FORMATS).sort()).toEqual([...ACCOUNT_COLUMNS].sort());
  expect(ACCOUNT_FORMATS.account).toBe('@');
  expect(ACCOUNT_FORMATS.techStack).toBe('@');
  expect(ACCOUNT_FORMATS.grossMargin).toMatch(/%$/);
  expect(ACCOUNT_FORMATS.mrr).toMatch(/0\.00$/);
  expect(ACCOUNT_FORMATS.cac).toBe(ACCOUNT_FORMATS.mrr);
  expect([ACCOUNT_FORMATS.startDate, ACCOUNT_FORMATS.churnDate]).toEqual(['yyyy-mm-dd', 'yyyy-mm-dd']);
  expect(ACCOUNT_FORMATS.employees).not.toBe('@');
});

test.each(LANGUAGES)('%s: one worksheet row per question, with its id in the ID column', (language) => {
  expect(WORKSHEET_COLUMNS).toHaveLength(WORKSHEET_WIDTHS.length);
  expect(WORKSHEET_COLUMNS.map((key) => t('en', key))).toEqual(['Section', 'Question', 'Answer', 'Importance', 'Notes', 'ID']);
  const rows = worksheetRows(language);
  expect(rows.map((row) => row[WS.id - 1])).toEqual(QUESTIONS.map((q) => q.id));
  for (const row of rows) {
    expect(row[WS.section - 1]).not.toBe('');
    expect(row[WS.question - 1]).not.toBe('');
    expect([row[WS.answer - 1], row[WS.importance - 1], row[WS.notes - 1]]).toEqual(['', '', '']);
  }
});

test.each(LANGUAGES)('%s: the example criteria score as docs/rules.md (Scoring) says, in the language they are written in', (language) => {
  expect(CRITERIA_COLUMNS.map((key) => t(language, key)).slice(0, 4)).toEqual(
    ['criteria.attribute', 'criteria.rule', 'criteria.value', 'criteria.weight'].map((key) => t(language, key as never)),
  );
  const examples = exampleCriteria(language);
  expect(examples.map((row) => row[1])).toEqual([t(language, 'rule.is'), t(language, 'rule.between'), t(language, 'rule.contains'), t(language, 'rule.is')]);
  expect(ruleWords(language)).toHaveLength(7);
  const headers = accountHeaders(language);
  const account = (industry: string, employees: number, stack: string, country: string) =>
    ACCOUNT_COLUMNS.map((key) => ({ account: 'X', industry, employees, techStack: stack, country })[key as string] ?? '');
  const rows = [account('Fintech', 1000, 'HubSpot, Slack', 'Vietnam'), account('SaaS', 120, 'HubSpot', 'Romania'), account('SaaS', 120, 'HubSpot', 'Russia')];
  const scores = ICP_SCORE(rows, [headers], [CRITERIA_COLUMNS.map((key) => t(language, key)), ...examples]);
  // (3 + 0 + 1) / (3 + 2 + 1); a perfect account; an excluded country scores 0.
  expect(scores).toEqual([[67], [100], [0]]);
});

test('the Criteria dropdown offers what ICP_SCORE can read: columns before the formulas, and Company size', () => {
  const header = [...accountHeaders('en'), 'Owner'];
  const positions = positionsOf(ACCOUNT_COLUMNS);
  const attributes = scoredAttributes(header, positions);
  expect(attributes).toEqual([...accountHeaders('en').slice(0, 17), 'Company size']);
  // A user column among the inputs is offered; blank headers are not.
  const withUser = ['Account', 'Segment', '', 'Industry', 'ICP score'];
  expect(scoredAttributes(withUser, positionsOf(['account', 'mrr', 'cac', 'industry', 'icpScore']))).toEqual(['Account', 'Segment', 'Industry']);
});
