// The pure layout of the sheets: headers per language, formats, formulas from real column letters, examples.
import { ACCOUNT_COLUMNS, type ColumnKey, columnKeyOf } from '../../src/core/columns';
import { LANGUAGES, t } from '../../src/core/i18n';
import {
  ACCOUNT_FORMATS, CRITERIA_COLUMNS, FORMULA_COLUMNS, WORKSHEET_COLUMNS, WORKSHEET_WIDTHS, WS, accountHeaders,
  columnHeader, columnLetters, exampleCriteria, ruleWords, sheetReference, worksheetRows,
} from '../../src/core/template';
import { headerFormula, headerText, parseFormula, scoredAttributes, scoredRuns } from '../../src/core/headerFormulas';
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

const layoutOf = (keys: readonly ColumnKey[], width = keys.length) => ({ positions: positionsOf(keys), width });

test('the template formulas sit in the header row, ranges from row 1 (a row inserted under the header stays inside)', () => {
  const layout = layoutOf(ACCOUNT_COLUMNS);
  expect(FORMULA_COLUMNS.map((key) => headerFormula(key, columnHeader('en', key), layout, 'Criteria'))).toEqual([
    '={"Company size"; COMPANY_SIZE(C1:C, D1:D)}',
    '={"ICP score"; ICP_SCORE(A1:Q, A1:Q1, Criteria!A1:D)}',
    '={"ICP tier"; ICP_TIER(S1:S)}',
  ]);
});

test('the score reads every column but the formula columns, the user\'s own ones after them included', () => {
  // Columns 1–17 standard, 18–20 formulas, 21–22 the user's own.
  const layout = layoutOf(ACCOUNT_COLUMNS, 22);
  expect(scoredRuns(layout)).toEqual([[1, 17], [21, 22]]);
  expect(headerFormula('icpScore', 'ICP score', layout, 'Tiêu chí')).toBe(`={"ICP score"; ICP_SCORE({A1:Q, U1:V}, {A1:Q1, U1:V1}, 'Tiêu chí'!A1:D)}`);
  // Formula columns in the middle split the runs; a missing revenue column leaves COMPANY_SIZE one argument.
  const middle = layoutOf(['account', 'industry', 'icpScore', 'employees', 'companySize', 'icpTier']);
  expect(headerFormula('icpScore', 'Score', middle, 'Criteria')).toBe('={"Score"; ICP_SCORE({A1:B, D1:D}, {A1:B1, D1:D1}, Criteria!A1:D)}');
  expect(headerFormula('companySize', 'Size', middle, 'Criteria')).toBe('={"Size"; COMPANY_SIZE(D1:D)}');
  expect(headerFormula('icpTier', 'Tier', middle, 'Criteria')).toBe('={"Tier"; ICP_TIER(C1:C)}');
  expect(headerFormula('icpScore', 'Score', layoutOf(['icpScore', 'icpTier']), 'Criteria')).toBeUndefined();
});

test('what a user changed in our formula is kept: label, thresholds, another criteria range', () => {
  const layout = layoutOf(ACCOUNT_COLUMNS);
  const tier = parseFormula('=ICP_TIER(S2:S, 85, 60)')!;
  expect(tier).toEqual({ key: 'icpTier', args: ['S2:S', '85', '60'] });
  expect(headerFormula('icpTier', 'ICP tier', layout, 'Criteria', tier)).toBe('={"ICP tier"; ICP_TIER(S1:S, 85, 60)}');
  const renamed = parseFormula('={"Our ""fit"""; ICP_SCORE(A1:P, A1:P1, Weights!A2:D9)}')!;
  expect(renamed.label).toBe('Our "fit"');
  expect(headerFormula('icpScore', 'ICP score', layout, 'Criteria', renamed)).toBe('={"Our ""fit"""; ICP_SCORE(A1:Q, A1:Q1, Weights!A2:D9)}');
  // A criteria range an old formula was moved with by a sort is ours: back to row 1 of the Criteria sheet.
  expect(headerFormula('icpScore', 'ICP score', layout, 'Criteria', parseFormula('=ICP_SCORE(A7:Q, A6:Q6, Criteria!A7:D)'))).toBe('={"ICP score"; ICP_SCORE(A1:Q, A1:Q1, Criteria!A1:D)}');
  expect(parseFormula('=A2*2')).toBeUndefined();
  expect(headerText('#ERROR!', '={"ICP score"; ICP_SCORE(A1:Q, A1:Q1, Criteria!A1:D)}')).toBe('ICP score');
  expect(headerText('Owner', '')).toBe('Owner');
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
  // The questions, then the ICP review rows; only Review every starts filled (a quarter, the default).
  expect(rows.map((row) => row[WS.id - 1])).toEqual([...QUESTIONS.map((q) => q.id), 'reviewLast', 'reviewEvery', 'reviewOwner', 'reviewVersion']);
  for (const row of rows) {
    expect(row[WS.section - 1]).not.toBe('');
    expect(row[WS.question - 1]).not.toBe('');
    const answer = row[WS.id - 1] === 'reviewEvery' ? t(language, 'review.quarter') : '';
    expect([row[WS.answer - 1], row[WS.importance - 1], row[WS.notes - 1]]).toEqual([answer, '', '']);
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

test('the Criteria dropdown offers what ICP_SCORE can read: every column but the formulas, and Company size', () => {
  const header = [...accountHeaders('en'), 'Owner'];
  const attributes = scoredAttributes(header, layoutOf(ACCOUNT_COLUMNS, 21));
  expect(attributes).toEqual([...accountHeaders('en').slice(0, 17), 'Owner', 'Company size']);
  // A user column among the inputs is offered; blank headers are not.
  const withUser = ['Account', 'Segment', '', 'Industry', 'ICP score'];
  expect(scoredAttributes(withUser, layoutOf(['account', 'mrr', 'cac', 'industry', 'icpScore']))).toEqual(['Account', 'Segment', 'Industry']);
});
