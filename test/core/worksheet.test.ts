// The worksheet definition (docs/rules.md, Worksheet and guide: steps 1–5) as data: ids are stable, sections in order, options known.
import { catalogs } from '../../src/core/i18n';
import { QUESTIONS, SECTIONS, parseImportance, questionById, questionKey, sectionKey } from '../../src/core/worksheet';

test('five sections in the order of the worksheet, each with its questions, in section order', () => {
  expect(SECTIONS).toEqual(['firmographics', 'technographics', 'persona', 'decision', 'insights']);
  const order = QUESTIONS.map((q) => SECTIONS.indexOf(q.section));
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  for (const section of SECTIONS) expect(QUESTIONS.filter((q) => q.section === section).length).toBeGreaterThanOrEqual(5);
});

test('the ids are stable: the sheet and the guide find answers by them', () => {
  // Renaming an id orphans answers already in users' sheets: add new ids, never rename.
  expect(QUESTIONS.map((q) => q.id)).toEqual([
    'industriesPrimary', 'industriesSecondary', 'industriesExcluded', 'sizeBand', 'employeeRange', 'revenueRange', 'growthStage',
    'geoInclude', 'geoExclude', 'businessType',
    'crm', 'marketingAutomation', 'otherTools', 'integrations', 'techExcluded',
    'role', 'department', 'seniority', 'goals', 'personaPains', 'wateringHoles', 'objections',
    'initiator', 'user', 'influencer', 'champion', 'technicalBuyer', 'economicBuyer', 'gatekeeper', 'buyingSteps', 'salesCycle',
    'budgetOwner', 'approvalCriteria',
    'painPoints', 'triggerEvents', 'outcomes', 'benefits', 'whyUs',
  ]);
  for (const q of QUESTIONS) {
    expect(q.id).toMatch(/^[a-z][A-Za-z]+$/);
    expect(questionById(q.id)).toBe(q);
  }
  expect(questionById('nope')).toBeUndefined();
});

test('answer kinds: choices carry options with texts in every language; ranges for employees and revenue', () => {
  const all = catalogs();
  for (const q of QUESTIONS) {
    expect(['text', 'long', 'choice', 'range']).toContain(q.kind);
    if (q.kind === 'choice') expect(q.options!.length).toBeGreaterThanOrEqual(3);
    else expect(q.options).toBeUndefined();
    for (const key of [questionKey(q), sectionKey(q.section), ...(q.options ?? [])]) {
      for (const language of ['en', 'vi', 'ro'] as const) expect([key, all[language][key]?.trim()]).toEqual([key, expect.any(String)]);
    }
  }
  expect(QUESTIONS.filter((q) => q.kind === 'range').map((q) => q.id)).toEqual(['employeeRange', 'revenueRange']);
  expect(QUESTIONS.filter((q) => q.kind === 'choice').map((q) => q.id)).toEqual(['sizeBand', 'growthStage', 'businessType', 'seniority', 'salesCycle']);
  // The size band options are the scoring vocabulary's bands, so an answer becomes a Company size criterion.
  expect(questionById('sizeBand')!.options).toEqual(['size.smb', 'size.midMarket', 'size.enterprise']);
});

test('question texts stay short: they travel in every custom-function cold start', () => {
  const all = catalogs();
  for (const q of QUESTIONS) for (const language of ['en', 'vi', 'ro'] as const) expect(all[language][questionKey(q)].length).toBeLessThanOrEqual(60);
});

test('importance reads 1–5, anything else as blank', () => {
  expect([1, 5, '3', ' 2 ', 0, 6, 2.5, '', null, undefined, 'high', true].map(parseImportance)).toEqual([1, 5, 3, 2, '', '', '', '', '', '', '', '']);
});
