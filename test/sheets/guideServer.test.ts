// The sidebar's server API (src/server.ts) as the page reaches it: the built bundle over the strict
// emulation, every argument and result crossing as JSON like google.script.run.
import { createEmulation } from '../../emulation';
import { type BundleContext, callAsScriptRun, loadBundle } from '../helpers/bundle';
import { QUESTIONS, SECTIONS } from '../../src/core/worksheet';

function setup(options: Parameters<typeof createEmulation>[0] = {}) {
  const emu = createEmulation(options);
  const ctx = loadBundle(emu);
  const run = (name: string, ...args: unknown[]) => {
    const result = callAsScriptRun(ctx, name, ...args);
    if (!result.ok) throw new Error(result.message);
    return result.value as never;
  };
  return { emu, ctx, run };
}

const worksheetRows = (emu: ReturnType<typeof createEmulation>) => emu.sheetValues('ICP Worksheet');
const rowOf = (emu: ReturnType<typeof createEmulation>, id: string) => worksheetRows(emu).find((r) => r[5] === id)!;
/** A step's answers; range questions get a valid range whenever `answer` gives them text. */
const step = (section: string, answer: (id: string) => string) => ({
  answers: QUESTIONS.filter((q) => q.section === section).map((q) => {
    const text = answer(q.id) ?? '';
    return { id: q.id, answer: q.kind === 'range' && text ? '10..20' : text, importance: 0 };
  }),
});

test('the five API functions are top-level functions of the bundle', () => {
  const { ctx } = setup();
  for (const name of ['guideLoad', 'guideSaveStep', 'guideProposeCriteria', 'guideAcceptCriteria', 'settingsSave']) {
    expect([name, typeof (ctx as BundleContext)[name]]).toEqual([name, 'function']);
  }
});

test('guideLoad creates the worksheet when missing and returns plain JSON data', () => {
  const { emu, ctx } = setup();
  const result = callAsScriptRun(ctx, 'guideLoad');
  expect(result.ok).toBe(true);
  const data = (result as { value: Record<string, unknown> }).value as {
    language: string; steps: { section: string; title: string; questions: { id: string; answer: string; importance: unknown }[] }[];
    rules: { value: string; label: string }[]; exclude: string; dimensions: { available: string[]; chosen: string[] };
  };
  expect(emu.spreadsheet.getSheetByName('ICP Worksheet')).not.toBeNull();
  expect(data.language).toBe('en');
  expect(data.steps.map((s) => [s.section, s.title, s.questions.length])).toEqual([
    ['firmographics', 'Firmographics', 10], ['technographics', 'Technographics', 5], ['persona', 'Buyer persona', 7],
    ['decision', 'Decision-making', 11], ['insights', 'Insights', 5],
  ]);
  expect(data.steps.flatMap((s) => s.questions).every((q) => q.answer === '' && q.importance === '')).toBe(true);
  expect(data.rules.map((r) => r.label)).toEqual(['is', 'is not', 'contains', 'does not contain', 'between', 'at least', 'at most']);
  expect(data.exclude).toBe('exclude');
  expect(data.dimensions.chosen).toEqual(['Industry', 'Company size']);
  expect(data.dimensions.available).toEqual(expect.arrayContaining(['Industry', 'Employees', 'Country', 'Tech stack', 'Company size']));
  expect(data.dimensions.available).not.toEqual(expect.arrayContaining(['Account']));
  expect(data.dimensions.available.some((h) => /ICP/.test(h))).toBe(false);
});

test('a step saves as text: formula-looking answers never become formulas, and load returns them', () => {
  const { emu, run } = setup();
  run('guideLoad');
  const hostile: Record<string, string> = {
    crm: '=HYPERLINK("http://x","y")', marketingAutomation: '+1', otherTools: '-x', integrations: '@x', techExcluded: '<img src=x onerror=alert(1)>',
  };
  expect(run('guideSaveStep', step('technographics', (id) => hostile[id]))).toEqual({ ok: true, value: { saved: 5 } });
  for (const [id, text] of Object.entries(hostile)) expect([id, rowOf(emu, id)[2]]).toEqual([id, text]);
  expect(emu.spreadsheet.getSheetByName('ICP Worksheet')!.getRange('C2:C').getFormulas().flat().every((f) => f === '')).toBe(true);
  const loaded = run('guideLoad') as { steps: { questions: { id: string; answer: string }[] }[] };
  const answers = Object.fromEntries(loaded.steps[1].questions.map((q) => [q.id, q.answer]));
  expect(answers).toEqual(hostile);
});

test('saving a whole step costs the same spreadsheet calls whatever the number of answers; unchanged answers are not written', () => {
  const { emu, run } = setup();
  run('guideLoad');
  const counts = SECTIONS.map((section) => {
    emu.resetCalls();
    run('guideSaveStep', step(section, (id) => `answer ${id}`));
    return { getValues: emu.calls.byMethod.getValues, setValues: emu.calls.byMethod.setValues, total: emu.calls.total };
  });
  expect(counts[0]).toEqual({ getValues: 1, setValues: 1, total: expect.any(Number) });
  expect(new Set(counts.map((c) => JSON.stringify(c))).size).toBe(1);
  emu.resetCalls();
  expect(run('guideSaveStep', step('firmographics', (id) => `answer ${id}`))).toEqual({ ok: true, value: { saved: 0 } });
  expect(emu.calls.byMethod.setValues).toBeUndefined();
});

test('answers typed straight into the sheet are read back, importance typed as text too', () => {
  const { emu, run } = setup();
  run('guideLoad');
  const sheet = emu.spreadsheet.getSheetByName('ICP Worksheet')!;
  const row = worksheetRows(emu).findIndex((r) => r[5] === 'department') + 1;
  sheet.getRange(row, 3, 1, 2).setValues([['Marketing', '4']]);
  // A date cell (google.script.run cannot carry Dates) and a number arrive as text.
  const cycle = worksheetRows(emu).findIndex((r) => r[5] === 'buyingSteps') + 1;
  sheet.getRange(cycle, 3).setNumberFormat('yyyy-mm-dd').setValue(new Date(Date.UTC(2025, 2, 1)));
  const budget = worksheetRows(emu).findIndex((r) => r[5] === 'budgetOwner') + 1;
  sheet.getRange(budget, 3).setNumberFormat('General').setValue(42);
  const loaded = run('guideLoad') as { steps: { questions: { id: string; answer: string; importance: unknown }[] }[] };
  expect(loaded.steps[2].questions.find((q) => q.id === 'department')).toMatchObject({ answer: 'Marketing', importance: 4 });
  expect(loaded.steps[3].questions.find((q) => q.id === 'buyingSteps')).toMatchObject({ answer: '2025-03-01', importance: '' });
  expect(loaded.steps[3].questions.find((q) => q.id === 'budgetOwner')).toMatchObject({ answer: '42', importance: '' });
});

test('the server checks answers itself: a page that skipped validation gets field errors and nothing is written', () => {
  const { emu, run } = setup();
  run('guideLoad');
  const before = JSON.stringify(worksheetRows(emu));
  expect(run('guideSaveStep', { answers: [
    { id: 'employeeRange', answer: 'lots', importance: 0 },
    { id: 'crm', answer: 'HubSpot', importance: 9 },
    { id: 'nope', answer: 'x', importance: 0 },
  ] })).toEqual({ ok: false, errors: [
    { id: 'employeeRange', field: 'answer', code: 'range' },
    { id: 'crm', field: 'importance', code: 'importance' },
    { id: 'nope', field: 'id', code: 'invalid' },
  ] });
  expect(run('guideSaveStep', { answers: 'everything' })).toEqual({ ok: false, errors: [{ id: 'step', field: 'answers', code: 'invalid' }] });
  expect(run('guideSaveStep', null)).toEqual({ ok: false, errors: [{ id: 'step', field: 'answers', code: 'invalid' }] });
  expect(JSON.stringify(worksheetRows(emu))).toBe(before);
});

test('a save while another action holds the lock fails with a message and writes nothing', () => {
  const { emu, ctx, run } = setup();
  run('guideLoad');
  emu.holdDocumentLockElsewhere(true);
  const result = callAsScriptRun(ctx, 'guideSaveStep', step('firmographics', () => 'SaaS'));
  expect(result).toEqual({ ok: false, message: 'Another ICP Toolkit action is still running in this spreadsheet. Try again in a minute.' });
  expect(rowOf(emu, 'industriesPrimary')[2]).toBe('');
});

test('a worksheet deleted while the sidebar is open is recreated by the next save', () => {
  const { emu, run } = setup();
  run('guideLoad');
  emu.spreadsheet.deleteSheet(emu.spreadsheet.getSheetByName('ICP Worksheet')!);
  expect(run('guideSaveStep', step('firmographics', (id) => (id === 'industriesPrimary' ? 'SaaS' : '')))).toEqual({ ok: true, value: { saved: 1 } });
  expect(rowOf(emu, 'industriesPrimary')[2]).toBe('SaaS');
});

test('criteria proposed from saved answers are accepted into Criteria: user rows kept, no duplicates', () => {
  const { emu, run } = setup();
  run('guideLoad');
  run('guideSaveStep', { answers: [
    { id: 'industriesPrimary', answer: 'Fintech, Logistics', importance: 0 },
    { id: 'industriesExcluded', answer: 'Gambling', importance: 0 },
    { id: 'employeeRange', answer: '50 - 500', importance: 4 },
    { id: 'geoExclude', answer: 'Russia', importance: 0 },
  ] });
  run('guideSaveStep', { answers: [{ id: 'integrations', answer: 'Slack', importance: 0 }] });
  const proposals = run('guideProposeCriteria');
  expect(proposals).toEqual([
    { attribute: 'Industry', rule: 'is', value: 'Fintech; Logistics', weight: '3' },
    { attribute: 'Industry', rule: 'is', value: 'Gambling', weight: 'exclude' },
    { attribute: 'Employees', rule: 'between', value: '50..500', weight: '4' },
    { attribute: 'Country', rule: 'is', value: 'Russia', weight: 'exclude' },
    { attribute: 'Tech stack', rule: 'contains', value: 'Slack', weight: '2' },
  ]);
  const criteria = emu.spreadsheet.getSheetByName('Criteria')!;
  criteria.getRange('A2:D2').setValues([['Industry', 'is', 'SaaS', 5]]); // the user's own row
  const before = emu.sheetValues('Criteria');
  // The example rows already hold Employees between 50..500 and Country is Russia (exclude).
  expect(run('guideAcceptCriteria', { rows: proposals })).toEqual({ ok: true, value: { added: 3, duplicates: 2 } });
  const after = emu.sheetValues('Criteria');
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after.slice(before.length)).toEqual([
    ['Industry', 'is', 'Fintech; Logistics', 3, ''],
    ['Industry', 'is', 'Gambling', 'exclude', ''],
    ['Tech stack', 'contains', 'Slack', 2, ''],
  ]);
  expect(run('guideAcceptCriteria', { rows: proposals })).toEqual({ ok: true, value: { added: 0, duplicates: 5 } });
  expect(emu.sheetValues('Criteria')).toEqual(after);
});

test('criteria the server refuses come back as field errors and nothing is written', () => {
  const { emu, run } = setup();
  run('guideLoad');
  const before = emu.sheetValues('Criteria');
  expect(run('guideAcceptCriteria', { rows: [
    { attribute: 'Industry', rule: 'is', value: 'SaaS', weight: '2' },
    { attribute: 'Industry', rule: 'is', value: 'Retail', weight: 'lots' },
    { attribute: '', rule: 'equals', value: 'x', weight: '1' },
  ] })).toEqual({ ok: false, errors: [
    { id: '1', field: 'weight', code: 'weight' },
    { id: '2', field: 'attribute', code: 'required' },
    { id: '2', field: 'rule', code: 'invalid' },
  ] });
  expect(emu.sheetValues('Criteria')).toEqual(before);
});

test('a criterion on a column the score formula cannot read is a field error, and nothing is written', () => {
  const { emu, run } = setup();
  run('guideLoad');
  const before = emu.sheetValues('Criteria');
  // "Industy" is no Accounts header; accepting it would turn every ICP_SCORE cell into an error.
  expect(run('guideAcceptCriteria', { rows: [
    { attribute: 'Industry', rule: 'is', value: 'SaaS', weight: '2' },
    { attribute: 'Industy', rule: 'is', value: 'x', weight: '2' },
  ] })).toEqual({ ok: false, errors: [{ id: '1', field: 'attribute', code: 'unknownColumn' }] });
  expect(emu.sheetValues('Criteria')).toEqual(before);
  // Company size is derived from Employees and Annual revenue, so it is readable without its own column.
  expect(run('guideAcceptCriteria', { rows: [{ attribute: 'Company size', rule: 'is', value: 'SMB', weight: '1' }] }))
    .toEqual({ ok: true, value: { added: 1, duplicates: 0 } });
});

test('settings: language and dimensions are stored; unknown or repeated dimensions are field errors', () => {
  const { emu, run } = setup();
  run('guideLoad');
  expect(run('settingsSave', { language: 'en', dimensions: ['Industry', 'Colour'] })).toEqual({ ok: false, errors: [{ id: '1', field: 'dimension', code: 'unknownColumn' }] });
  expect(run('settingsSave', { language: 'en', dimensions: ['Country', 'country'] })).toEqual({ ok: false, errors: [{ id: '1', field: 'dimension', code: 'duplicate' }] });
  expect(run('settingsSave', { language: 'de', dimensions: [] })).toEqual({ ok: false, errors: [{ id: 'settings', field: 'language', code: 'invalid' }] });
  expect(emu.documentProperties.size).toBe(0);
  expect(run('settingsSave', { language: 'ro', dimensions: ['Country', 'Company size'] })).toEqual({ ok: true, value: { language: 'ro' } });
  expect(emu.documentProperties.get('icp-toolkit.language')).toBe('ro');
  expect(JSON.parse(emu.documentProperties.get('icp-toolkit.segmentDimensions')!)).toEqual(['Country', 'Company size']);
  const loaded = run('guideLoad') as { language: string; steps: { title: string }[]; exclude: string; dimensions: { chosen: string[] } };
  expect(loaded.language).toBe('ro');
  expect(loaded.steps[0].title).toBe('Firmografie');
  expect(loaded.dimensions.chosen).toEqual(['Country', 'Company size']);
});
