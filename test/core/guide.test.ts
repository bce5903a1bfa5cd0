// The guide's checks and proposals, and the shared schemas.
import { validateAnswers } from '../../src/core/answers';
import { type AnswerState, guideSteps, proposeCriteria } from '../../src/core/guide';
import { AcceptInput, SettingsInput } from '../../src/core/schemas';
import { sidebarCatalog } from '../../client/sidebar/i18n';

const answers = (entries: Record<string, [string, number | '']>) =>
  new Map<string, AnswerState>(Object.entries(entries).map(([id, [answer, importance]]) => [id, { answer, importance }]));

test('validateAnswers: ranges, importance 0–5 integers, unknown ids, length', () => {
  expect(validateAnswers([{ id: 'employeeRange', answer: '50..500', importance: 3 }, { id: 'employeeRange', answer: '', importance: 0 }])).toEqual([]);
  expect(validateAnswers([{ id: 'employeeRange', answer: 'lots', importance: 0 }])).toEqual([{ id: 'employeeRange', field: 'answer', code: 'range' }]);
  expect(validateAnswers([{ id: 'crm', answer: 'x', importance: 6 }])).toEqual([{ id: 'crm', field: 'importance', code: 'importance' }]);
  expect(validateAnswers([{ id: 'crm', answer: 'x', importance: 2.5 }])).toEqual([{ id: 'crm', field: 'importance', code: 'importance' }]);
  expect(validateAnswers([{ id: 'nope', answer: 'x', importance: 0 }])).toEqual([{ id: 'nope', field: 'id', code: 'invalid' }]);
  expect(validateAnswers([{ id: 'crm', answer: 'x'.repeat(5001), importance: 0 }])).toEqual([{ id: 'crm', field: 'answer', code: 'tooLong' }]);
});

test('proposeCriteria: importance is the weight, exclusions stay exclusions, lists become ; alternatives', () => {
  const rows = proposeCriteria('en', answers({
    industriesPrimary: ['SaaS, Fintech', ''],
    industriesExcluded: ['Gambling', 5],
    employeeRange: ['50-500', 4],
    revenueRange: ['a lot', ''],
    geoExclude: ['Russia; Belarus', ''],
    integrations: ['Slack', ''],
  }));
  expect(rows).toEqual([
    { attribute: 'Industry', rule: 'is', value: 'SaaS; Fintech', weight: '3' },
    { attribute: 'Industry', rule: 'is', value: 'Gambling', weight: 'exclude' },
    { attribute: 'Employees', rule: 'between', value: '50..500', weight: '4' },
    { attribute: 'Country', rule: 'is', value: 'Russia; Belarus', weight: 'exclude' },
    { attribute: 'Tech stack', rule: 'contains', value: 'Slack', weight: '2' },
  ]);
  expect(proposeCriteria('ro', answers({ industriesPrimary: ['SaaS', 2] }))[0]).toEqual({ attribute: 'Industrie', rule: 'is', value: 'SaaS', weight: '2' });
});

test('guideSteps: five sections with their questions and saved answers', () => {
  const steps = guideSteps('vi', answers({ crm: ['HubSpot', 4] }));
  expect(steps.map((s) => s.section)).toEqual(['firmographics', 'technographics', 'persona', 'decision', 'insights']);
  expect(steps[1].questions[0]).toEqual({ id: 'crm', kind: 'text', label: 'CRM đang dùng', options: [], hint: '', answer: 'HubSpot', importance: 4 });
});

test('range questions say how the locale writes numbers; proposals read and write them that way', () => {
  const ro = guideSteps('ro', answers({}), 'ro_RO')[0].questions.find((q) => q.id === 'employeeRange')!;
  expect(ro.hint).toBe('Scrieți min..max sau min-max, cu numere ca 1.000 sau 2,5.');
  const en = guideSteps('en', answers({}))[0].questions.find((q) => q.id === 'revenueRange')!;
  expect(en.hint).toBe('Write min..max or min-max, with numbers like 1,000 or 2.5. Amounts in USD.');
  // 1.000-5.000 in ro_RO is one to five thousand employees; revenue in millions keeps its grouping.
  const rows = proposeCriteria('ro', answers({ employeeRange: ['1.000-5.000', ''], revenueRange: ['5.000.000..50.000.000', ''] }), 'ro_RO');
  expect(rows.map((r) => r.value)).toEqual(['1000..5000', '5.000.000..50.000.000']);
  // The same answer read the US way would be ambiguous: no proposal rather than 1..5.
  expect(proposeCriteria('en', answers({ employeeRange: ['1.000-5.000', ''] }), 'en_US')).toEqual([]);
});

test('schemas reject what the server must not write', () => {
  expect(AcceptInput.safeParse({ rows: [{ attribute: 'Industry', rule: 'is', value: 'x', weight: '2' }] }).success).toBe(true);
  expect(AcceptInput.safeParse({ rows: [{ attribute: 'Industry', rule: 'equals', value: 'x', weight: '2' }] }).success).toBe(false);
  expect(AcceptInput.safeParse({ rows: [{ attribute: 'Industry', rule: 'is', value: 'x', weight: '-1' }] }).success).toBe(false);
  expect(AcceptInput.safeParse({ rows: [{ attribute: 'Industry', rule: 'is', value: 'x', weight: 'exclude' }] }).success).toBe(true);
  expect(SettingsInput.safeParse({ language: 'de', dimensions: [] }).success).toBe(false);
  expect(SettingsInput.safeParse({ language: 'vi', dimensions: ['a', 'b', 'c', 'd'] }).success).toBe(false);
});

test('the sidebar has every text in every language', () => {
  for (const [key, texts] of Object.entries(sidebarCatalog)) {
    expect([key, texts.length, texts.every((text) => text.trim() !== '')]).toEqual([key, 3, true]);
  }
});
