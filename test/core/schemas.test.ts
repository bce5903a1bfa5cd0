// The zod/mini schemas shared by the sidebar and src/server.ts: exactly what crosses google.script.run.
import { AcceptInput, AnswerInput, CriterionRow, SaveStepInput, SettingsInput, criteriaErrors } from '../../src/core/schemas';

const row = (overrides: Record<string, unknown> = {}) => ({ attribute: 'Industry', rule: 'is', value: 'SaaS', weight: '3', ...overrides });

describe('AnswerInput', () => {
  test('an answer with importance 0 (not set) to 5', () => {
    for (const importance of [0, 1, 5]) {
      expect(AnswerInput.safeParse({ id: 'crm', answer: 'HubSpot', importance })).toEqual({
        success: true, data: { id: 'crm', answer: 'HubSpot', importance },
      });
    }
  });

  test('hostile text is just text: kept exactly as typed', () => {
    for (const answer of ['=HYPERLINK("http://x","y")', '+1', '-x', '@x', '<img src=x onerror=alert(1)>', '  spaced  ', '']) {
      expect(AnswerInput.safeParse({ id: 'crm', answer, importance: 0 })).toEqual({ success: true, data: { id: 'crm', answer, importance: 0 } });
    }
  });

  test('rejects importance outside 0–5, fractions, text, and a missing or long id', () => {
    for (const importance of [-1, 6, 2.5, '3', null, Number.NaN]) {
      expect(AnswerInput.safeParse({ id: 'crm', answer: '', importance }).success).toBe(false);
    }
    expect(AnswerInput.safeParse({ id: '', answer: '', importance: 0 }).success).toBe(false);
    expect(AnswerInput.safeParse({ id: 'x'.repeat(65), answer: '', importance: 0 }).success).toBe(false);
    expect(AnswerInput.safeParse({ id: 'crm', importance: 0 }).success).toBe(false);
  });

  test('answers up to 5,000 characters', () => {
    expect(AnswerInput.safeParse({ id: 'crm', answer: 'x'.repeat(5000), importance: 0 }).success).toBe(true);
    expect(AnswerInput.safeParse({ id: 'crm', answer: 'x'.repeat(5001), importance: 0 }).success).toBe(false);
  });
});

test('SaveStepInput: a list of at most 100 answers', () => {
  const answer = { id: 'crm', answer: '', importance: 0 };
  expect(SaveStepInput.safeParse({ answers: [] })).toEqual({ success: true, data: { answers: [] } });
  expect(SaveStepInput.safeParse({ answers: new Array(100).fill(answer) }).success).toBe(true);
  expect(SaveStepInput.safeParse({ answers: new Array(101).fill(answer) }).success).toBe(false);
  expect(SaveStepInput.safeParse({ answers: answer }).success).toBe(false);
  expect(SaveStepInput.safeParse(null).success).toBe(false);
});

describe('CriterionRow', () => {
  test('every rule kind; attribute and value trimmed', () => {
    for (const rule of ['is', 'isNot', 'contains', 'doesNotContain', 'between', 'atLeast', 'atMost']) {
      expect(CriterionRow.safeParse(row({ rule })).success).toBe(true);
    }
    expect(CriterionRow.safeParse(row({ attribute: ' Country ', value: ' Russia ', weight: 'exclude' }))).toEqual({
      success: true, data: { attribute: 'Country', rule: 'is', value: 'Russia', weight: 'exclude' },
    });
  });

  test('weight: a number 0–100 written as text, or exclude', () => {
    for (const weight of ['0', '1', '2.5', '100', 'exclude']) expect([weight, CriterionRow.safeParse(row({ weight })).success]).toEqual([weight, true]);
    for (const weight of ['-1', '101', 'abc', '', 'Exclude', '1e2', 3]) expect([weight, CriterionRow.safeParse(row({ weight })).success]).toEqual([weight, false]);
  });

  test('rejects unknown rules and rule words (the page sends rule kinds), blank attribute or value', () => {
    expect(CriterionRow.safeParse(row({ rule: 'equals' })).success).toBe(false);
    expect(CriterionRow.safeParse(row({ rule: 'este' })).success).toBe(false);
    expect(CriterionRow.safeParse(row({ rule: 'is not' })).success).toBe(false);
    expect(CriterionRow.safeParse(row({ attribute: '   ' })).success).toBe(false);
    expect(CriterionRow.safeParse(row({ value: '' })).success).toBe(false);
  });
});

test('AcceptInput: at most 200 rows', () => {
  expect(AcceptInput.safeParse({ rows: new Array(200).fill(row()) }).success).toBe(true);
  expect(AcceptInput.safeParse({ rows: new Array(201).fill(row()) }).success).toBe(false);
});

test('criteriaErrors: one error per bad field, named by row index and field', () => {
  expect(criteriaErrors({ rows: [row()] })).toEqual([]);
  expect(criteriaErrors({ rows: [row(), row({ weight: '-2', value: ' ' }), row({ rule: 'equals' })] })).toEqual([
    { id: '1', field: 'value', code: 'required' },
    { id: '1', field: 'weight', code: 'weight' },
    { id: '2', field: 'rule', code: 'invalid' },
  ]);
  expect(criteriaErrors({ rows: 'all of them' })).toEqual([{ id: 'rows', field: 'rows', code: 'invalid' }]);
  expect(criteriaErrors(undefined)).toEqual([{ id: 'rows', field: 'rows', code: 'invalid' }]);
});

test('SettingsInput: one of the three languages and up to three dimensions', () => {
  expect(SettingsInput.safeParse({ language: 'ro', dimensions: ['Industry', 'Country', 'Company size'] })).toEqual({
    success: true, data: { language: 'ro', dimensions: ['Industry', 'Country', 'Company size'] },
  });
  expect(SettingsInput.safeParse({ language: 'vi', dimensions: [] }).success).toBe(true);
  expect(SettingsInput.safeParse({ language: 'de', dimensions: [] }).success).toBe(false);
  expect(SettingsInput.safeParse({ language: 'en', dimensions: ['a', 'b', 'c', 'd'] }).success).toBe(false);
  expect(SettingsInput.safeParse({ language: 'en', dimensions: [''] }).success).toBe(false);
  expect(SettingsInput.safeParse({ language: 'en' }).success).toBe(false);
});
