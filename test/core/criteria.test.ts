// The parsed criterion model (docs/rules.md, Scoring) that the sidebar and the suggestions produce and merge.
import {
  criterionCells, criterionKey, formatCriterion, isActive, isExcludeWord, parseCriteria, parseRange,
} from '../../src/core/criteria';
import type { CellValue } from '../../src/core/values';
import { ruleName } from '../../src/core/vocabulary';

const parse = (rows: unknown[][]) => parseCriteria(rows as CellValue[][]);
const keyOf = (c: { attribute: string; rule: string; value: string }) => criterionKey(c.attribute, c.rule, c.value);

test('a row becomes a criterion: row number, attribute identity, alternatives, bounds, weight', () => {
  const [industry, employees, country, off] = parse([
    ['Attribute', 'Rule', 'Value', 'Weight'],
    [' Ngành ', 'LÀ', 'SaaS; 1,200 ;', ''],
    ['Employees', 'between', '50–500', 3],
    ['Country', 'nu este', 'Russia', 'loại trừ'],
    ['Tech stack', 'contains', 'HubSpot, Slack', 0],
  ]);
  expect(industry).toEqual({
    row: 2, attribute: 'Ngành', identity: '#industry', rule: 'is', value: 'SaaS; 1,200 ;',
    alternatives: [{ text: 'saas', token: 'saas', number: undefined }, { text: '1,200', token: '1,200', number: 1200 }],
    min: -Infinity, max: Infinity, weight: 1, excluded: false, label: 'Ngành is SaaS; 1,200 ;',
  });
  expect(employees).toMatchObject({ row: 3, identity: '#employees', rule: 'between', min: 50, max: 500, weight: 3, alternatives: [] });
  expect(country).toMatchObject({ row: 4, rule: 'isNot', weight: 0, excluded: true });
  expect(off.alternatives.map((a) => a.text)).toEqual(['hubspot', 'slack']);
  expect([industry, employees, country, off].map(isActive)).toEqual([true, true, true, false]);
});

test('at least / at most set one bound; number and percent value cells', () => {
  const [least, most] = parse([['MRR', 'at least', '1,000', 1], ['Gross margin', 'cel mult', '80%', 1]]);
  expect([least.min, least.max]).toEqual([1000, Infinity]);
  expect([most.min, most.max]).toEqual([-Infinity, 0.8]);
  expect(most.identity).toBe('#grossMargin');
  expect(parse([['My column', 'is', 5, 1]])[0]).toMatchObject({ identity: 'mycolumn', value: '5', alternatives: [{ text: '5', number: 5 }] });
});

test('functionName prefixes parse errors', () => {
  expect(() => parseCriteria([['Industry', 'is', '', 1]], { functionName: 'ICP_EXPLAIN' })).toThrow('ICP_EXPLAIN: Criterion 1 ("Industry"): "is" needs a value');
});

test('formatCriterion and criterionCells write a criterion in a language', () => {
  const [c] = parse([['Tech stack', 'does not contain', 'SAP', 'exclude']]);
  expect(formatCriterion(c)).toBe('Tech stack does not contain SAP');
  expect(formatCriterion(c, 'ro')).toBe('Tech stack nu conține SAP');
  expect(formatCriterion(c, 'vi')).toBe('Tech stack không chứa SAP');
  expect(criterionCells(c, 'vi')).toEqual(['Tech stack', 'không chứa', 'SAP', 'loại trừ']);
  expect(criterionCells({ attribute: 'Industry', rule: 'is', value: 'SaaS', weight: 3, excluded: false })).toEqual(['Industry', 'is', 'SaaS', 3]);
  // What criterionCells writes parses back to the same criterion, in every language.
  for (const language of ['en', 'vi', 'ro'] as const) {
    const [back] = parse([criterionCells(c, language)]);
    expect(keyOf(back)).toBe(keyOf(c));
    expect(back.excluded).toBe(true);
  }
});

test('criterionKey: same attribute, rule and set of alternatives in any language, case or order', () => {
  expect(criterionKey('Industry', 'is', 'SaaS; Fintech')).toBe(criterionKey('industry', 'IS', 'fintech;saas'));
  expect(criterionKey('Ngành', 'là', 'SaaS')).toBe(criterionKey('Industry', 'is', 'SaaS'));
  expect(criterionKey('Industry', 'isNot', 'SaaS')).toBe(criterionKey('Industry', 'is not', 'SaaS'));
  expect(criterionKey('Industry', 'is', 'SaaS')).not.toBe(criterionKey('Industry', 'is not', 'SaaS'));
  expect(criterionKey('Industry', 'is', 'SaaS')).not.toBe(criterionKey('Country', 'is', 'SaaS'));
  const [c] = parse([['ANNUAL REVENUE', 'între', '1..2', 1]]);
  expect(keyOf(c)).toBe(criterionKey('Annual revenue', 'between', '1..2'));
});

test('words: exclude in any language, rule words in English', () => {
  expect(['exclude', 'EXCLUDE', 'loại trừ', 'loai tru'].map((w) => isExcludeWord(w))).toEqual([true, true, true, true]);
  expect(isExcludeWord('excluded')).toBe(false);
  expect(isExcludeWord(0)).toBe(false);
  expect(ruleName('doesNotContain')).toBe('does not contain');
});

test('parseRange', () => {
  expect(parseRange('1,000-5,000')).toEqual([1000, 5000]);
  expect(parseRange('-10..-5')).toEqual([-10, -5]);
  expect(parseRange('5..1')).toBeUndefined();
  expect(parseRange('5')).toBeUndefined();
});
