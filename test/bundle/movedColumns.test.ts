// Columns are found by header, never by position: a column inserted into ICP Worksheet or Criteria, or a
// user's own column where ours would go, keeps working through the built bundle.
import { createEmulation } from '../../emulation';
import { callAsScriptRun, loadBundle } from '../helpers/bundle';
import { sampleWorkbook } from '../helpers/formulas';

test('a column inserted into ICP Worksheet: the guide still reads and saves; Create adds nothing twice', () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  expect(callAsScriptRun(ctx, 'guideSaveStep', { answers: [{ id: 'industriesPrimary', answer: 'SaaS', importance: 4 }] })).toEqual({ ok: true, value: { ok: true, value: { saved: 1 } } });
  const ws = emu.spreadsheet.getSheetByName('ICP Worksheet')!;
  ws.insertColumnsBefore(2, 1);
  ws.getRange('B1').setValue('Owner');
  const load = () => (callAsScriptRun(ctx, 'guideLoad') as { value: { steps: Array<{ questions: Array<{ id: string; answer: string; importance: number | '' }> }> } }).value;
  const question = (id: string) => load().steps.flatMap((s) => s.questions).find((q) => q.id === id)!;
  expect(question('industriesPrimary')).toMatchObject({ answer: 'SaaS', importance: 4 });
  const saved = callAsScriptRun(ctx, 'guideSaveStep', { answers: [{ id: 'crm', answer: 'HubSpot', importance: 3 }] });
  expect(saved).toEqual({ ok: true, value: { ok: true, value: { saved: 1 } } });
  expect(question('crm')).toMatchObject({ answer: 'HubSpot', importance: 3 });
  const rows = ws.getLastRow();

  ctx.createIcpWorksheet();
  expect(ws.getLastRow()).toBe(rows); // no duplicate questions
  expect(ws.getRange('A1:G1').getValues()[0]).toEqual(['Section', 'Owner', 'Question', 'Answer', 'Importance', 'Notes', 'ID']);
  expect(ws.getRange(2, 5).getDataValidation()!.getCriteriaValues()[0]).toEqual(['1', '2', '3', '4', '5']);
  expect(ws.getRange(2, 4).getNumberFormat()).toBe('@');
  expect(ws.getRange(2, 2).getDataValidation()).toBeNull();
  expect(ws.isColumnHiddenByUser(7)).toBe(true);
  expect(ws.isColumnHiddenByUser(6)).toBe(false);
});

test('a worksheet without an Answer column: the guide says which column it cannot find, and saves nothing', () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  const ws = emu.spreadsheet.getSheetByName('ICP Worksheet')!;
  ws.getRange('C1').setValue('My answers');
  const result = callAsScriptRun(ctx, 'guideSaveStep', { answers: [{ id: 'crm', answer: 'HubSpot', importance: 3 }] });
  expect(result).toEqual({ ok: false, message: 'ICP Worksheet has no Answer column in row 1: add a column with that header, or run Create ICP worksheet to add it.' });
});

test('a user column F with its own header is not taken over as the ID column', () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  emu.setSheetValues('ICP Worksheet', [['Section', 'Question', 'Answer', 'Importance', 'Notes', 'My col F'], ['', '', '', '', '', 'keep me']]);
  ctx.createIcpWorksheet();
  const ws = emu.spreadsheet.getSheetByName('ICP Worksheet')!;
  expect(ws.getRange('F1:G2').getValues()).toEqual([['My col F', 'ID'], ['keep me', '']]);
  expect(ws.isColumnHiddenByUser(6)).toBe(false);
  expect(ws.isColumnHiddenByUser(7)).toBe(true);
});

test('a column inserted into Criteria: new criteria go under their headers and the score formula still reads them', () => {
  const { emu, ctx } = sampleWorkbook();
  const criteria = emu.spreadsheet.getSheetByName('Criteria')!;
  const accounts = emu.spreadsheet.getSheetByName('Accounts')!;
  const before = accounts.getRange('S2:S201').getValues();
  criteria.insertColumnsBefore(2, 1);
  criteria.getRange('B1').setValue('Comment');
  expect(accounts.getRange('S1').getFormula()).toBe('={"ICP score"; ICP_SCORE(A1:Q, A1:Q1, Criteria!A1:E)}');
  expect(accounts.getRange('S2:S201').getValues()).toEqual(before);
  const added = callAsScriptRun(ctx, 'guideAcceptCriteria', { rows: [{ attribute: 'Country', rule: 'is', value: 'Vietnam', weight: '2' }] });
  expect(added).toMatchObject({ ok: true });
  expect(criteria.getRange('A6:E6').getValues()[0]).toEqual(['Country', '', 'is', 'Vietnam', 2]);
  expect(accounts.getRange('S2:S201').getValues().every(([s]) => typeof s === 'number')).toBe(true);
});

test('Create writes only blank header cells: a header formula elsewhere in the row stays a formula', () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  const sheets = ['ICP Worksheet', 'Criteria', 'Accounts'].map((name) => emu.spreadsheet.getSheetByName(name)!);
  // In each sheet: a header typed as a formula, and the next header cleared (Create repairs that one).
  for (const sheet of sheets) {
    sheet.getRange('A1').setFormula('=HYPERLINK("https://example.com", "Section")');
    sheet.getRange('B1').setValue('');
  }
  ctx.createIcpWorksheet();
  for (const sheet of sheets) expect([sheet.getName(), sheet.getRange('A1').getFormula()]).toEqual([sheet.getName(), '=HYPERLINK("https://example.com", "Section")']);
  // Worksheet and Criteria refill the cleared header in place; Accounts appends the missing column instead.
  expect(sheets.map((s) => s.getRange('B1').getValue())).toEqual(['Question', 'Rule', '']);
  expect(sheets[2].getRange(1, sheets[2].getLastColumn()).getValue()).toBe('Industry');
});

test("Accounts: the user's headerless data columns keep their place; missing columns go after them (D14)", () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  emu.setSheetValues('Accounts', [['Company', 'Industry', 'Industry', 'Employees', 'Notes', '', '', ''], ['Acme', 'SaaS', 'x', 10, 'n', 'F-data', 'G-data', 'H-data']]);
  ctx.createIcpWorksheet();
  const sheet = emu.spreadsheet.getSheetByName('Accounts')!;
  expect(sheet.getRange('A1:I1').getValues()[0]).toEqual(['Company', 'Industry', 'Industry', 'Employees', 'Notes', '', '', '', 'Account']);
  expect(sheet.getRange('F2:H2').getValues()[0]).toEqual(['F-data', 'G-data', 'H-data']);
});
