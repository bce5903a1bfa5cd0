// Running "Create ICP worksheet" again over a worksheet people have used: every typed cell survives,
// headers, formats and validation are repaired, and the number of spreadsheet calls does not grow with rows.
import { installEmulation, snapshot } from '../helpers/globals';
import { createWorksheet, insertSampleAccounts } from '../../src/sheets/template';
import { QUESTIONS } from '../../src/core/worksheet';
import { REVIEW_FIELDS } from '../../src/core/review';
import { sampleAccounts } from '../../src/core/sample';
import { ACCOUNT_COLUMNS } from '../../src/core/columns';

const TYPED = ['=1+1', '+84 90 123 4567', '-churned early', '@hubspot', 'SaaS; Fintech', '50..500', "it's fine", 'Mid-market'];

function fillAccounts(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number): void {
  if (rows + 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows + 1 - sheet.getMaxRows());
  sheet.getRange(2, 1, rows, 5).setValues(Array.from({ length: rows }, (_, i) => [`Co ${i}`, i % 2 ? 'SaaS' : 'Retail', 10 + i, '', 'Vietnam']));
}

test('re-run after heavy use: every cell identical, sorted rows keep their ids, formats and validation repaired', () => {
  const emu = installEmulation({ locale: 'en_US' });
  const ss = emu.spreadsheet;
  createWorksheet(ss, 'en');
  const ws = ss.getSheetByName('ICP Worksheet')!;
  const n = QUESTIONS.length;
  // Answers, importance and notes in every question row, some that look like formulas.
  ws.getRange(2, 3, n, 3).setValues(QUESTIONS.map((q, i) => [TYPED[i % TYPED.length], (i % 5) + 1, `note ${q.id}`]));
  // The user sorts the questions in reverse (ids move with their rows) and adds a question of their own.
  const block = ws.getRange(2, 1, n, 6).getValues().reverse();
  ws.getRange(2, 1, n, 6).setValues(block);
  ws.getRange(n + 2, 1, 1, 5).setValues([['Own', 'Which partner brought them?', 'Agency X', 3, '']]);
  // They break a format and a dropdown.
  ws.getRange(2, 3, n, 1).setNumberFormat('General');
  ws.setFrozenRows(0);
  const criteria = ss.getSheetByName('Criteria')!;
  criteria.getRange('A3:E3').clearContent(); // deleted an example
  criteria.getRange('A6:E7').setValues([['Country', 'is', 'Vietnam', 2, 'our market'], ['Company size', 'is not', 'Enterprise', 1, '']]);
  criteria.getRange('B2:B').clearDataValidations();
  criteria.setName('Scorecard');
  const accounts = ss.getSheetByName('Accounts')!;
  fillAccounts(accounts, 50);
  accounts.getRange('R5').setValue('typed over the spill'); // their choice; kept
  accounts.getRange('T2').setFormula('=ICP_TIER(S2:S, 70, 40)'); // their thresholds: moved up into T1
  accounts.getRange('U1:U3').setValues([['Owner'], ['Ana'], ['Minh']]);
  accounts.getRange('B1').setValue('Sector'); // a renamed known header stays theirs
  const before = snapshot(emu);
  emu.resetCalls();

  createWorksheet(ss, 'en');

  const after = snapshot(emu);
  // "Industry" was renamed, so it is appended again at the end of the header row: the one change.
  expect(after.Accounts.values[0][21]).toBe('Industry');
  after.Accounts.values.forEach((row) => row.splice(21, 1));
  after.Accounts.formulas.forEach((row) => row.splice(21, 1));
  // The tier formula typed in T2 moves up into the header formula, keeping the thresholds; the score
  // formula now reads the user's column U and the re-added Industry (V) too.
  before.Accounts.formulas[1][19] = '';
  before.Accounts.formulas[0][19] = '={"ICP tier"; ICP_TIER(S1:S, 70, 40)}';
  before.Accounts.formulas[0][18] = '={"ICP score"; ICP_SCORE({A1:Q, U1:V}, {A1:Q1, U1:V1}, Scorecard!A1:D)}';
  expect(after).toEqual(before);
  expect(emu.toasts.at(-1)!.message).toMatch(/up to date/);

  // Repairs: plain text again on Answer, frozen header, Rule dropdown back; examples not re-added.
  expect(ws.getRange(2, 3).getNumberFormat()).toBe('@');
  expect(ws.getRange(n + 5, 3).getNumberFormat()).toBe('@');
  expect(ws.getFrozenRows()).toBe(1);
  expect(criteria.getRange('B3').getDataValidation()!.getCriteriaValues()[0]).toContain('at least');
  expect(criteria.getRange('A2:A8').getValues().flat()).toEqual(['Industry', '', 'Tech stack', 'Country', 'Country', 'Company size', '']);
  // The dropdowns follow the ids, not the row positions: the size band question is now near the bottom.
  const sizeRow = ws.getRange(2, 6, n, 1).getValues().findIndex(([id]) => id === 'sizeBand') + 2;
  expect(sizeRow).toBe(n + 2 - QUESTIONS.findIndex((q) => q.id === 'sizeBand') - 1);
  expect(ws.getRange(sizeRow, 3).getDataValidation()!.getCriteriaValues()[0]).toEqual(['SMB', 'Mid-market', 'Enterprise']);
  expect(ws.getRange(2, 3).getDataValidation()).toBeNull();
  expect(ws.isColumnHiddenByUser(6)).toBe(true);
  // Nothing typed became a formula.
  expect(ws.getRange(2, 3, n, 1).getFormulas().flat().every((f) => f === '')).toBe(true);
});

test('a question deleted by the user comes back at the end, once', () => {
  const emu = installEmulation();
  const ss = emu.spreadsheet;
  createWorksheet(ss, 'en');
  const ws = ss.getSheetByName('ICP Worksheet')!;
  ws.getRange(2, 3).setValue('Healthcare');
  ws.deleteRows(3, 1); // industriesSecondary
  createWorksheet(ss, 'en');
  createWorksheet(ss, 'en');
  const ids = ws.getRange(2, 6, QUESTIONS.length + REVIEW_FIELDS.length, 1).getValues().flat();
  expect(new Set(ids).size).toBe(QUESTIONS.length + REVIEW_FIELDS.length);
  expect(ids.at(-1)).toBe('industriesSecondary');
  expect(ws.getRange(2, 3).getValue()).toBe('Healthcare');
});

test('the number of spreadsheet calls is the same for 10 and 3,000 account rows', () => {
  const counts = [10, 3000].map((rows) => {
    const emu = installEmulation();
    createWorksheet(emu.spreadsheet, 'en');
    fillAccounts(emu.spreadsheet.getSheetByName('Accounts')!, rows);
    emu.resetCalls();
    createWorksheet(emu.spreadsheet, 'en');
    return { reads: emu.calls.reads, writes: emu.calls.writes, total: emu.calls.total };
  });
  expect(counts[1]).toEqual(counts[0]);
  // Incl. header formulas of ICP Worksheet and Criteria, the formula columns, the three money columns' formats.
  expect(counts[0].reads).toBeLessThanOrEqual(11);
  expect(counts[0].writes).toBeLessThanOrEqual(72);
  // No per-cell writes: setValue/setFormula/setNumberFormat are not used in loops.
  const emu = installEmulation();
  createWorksheet(emu.spreadsheet, 'en');
  expect(emu.calls.byMethod.setValue ?? 0).toBe(0);
  // One per worksheet column found by header (6), one per run of adjacent Accounts columns sharing a format
  // (A–B, C, E–L, N, P–Q, R, S, T: 8); the money columns D, M, O are read and written one column each, not
  // a format string per cell of the whole sheet.
  expect(emu.calls.byMethod.setNumberFormat ?? 0).toBe(6 + 8);
  expect(emu.calls.byMethod.getNumberFormats).toBe(3);
  expect(emu.calls.byMethod.setNumberFormats).toBeLessThanOrEqual(3 + 1);
  expect(emu.calls.byMethod.setFormula ?? 0).toBeLessThanOrEqual(3);
});

test('Romanian: names, headers, questions, dropdown words; then English repairs it without renaming anything', () => {
  const emu = installEmulation({ locale: 'ro_RO' });
  const ss = emu.spreadsheet;
  createWorksheet(ss, 'ro');
  expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Fișa ICP', 'Criterii', 'Conturi']);
  const ws = emu.sheetValues('Fișa ICP');
  expect(ws[0]).toEqual(['Secțiune', 'Întrebare', 'Răspuns', 'Importanță', 'Note', 'ID']);
  expect(ws[1].slice(0, 2)).toEqual(['Firmografie', 'Industrii principale (separate cu ;)']);
  expect(ss.getSheetByName('Criterii')!.getRange('B2').getDataValidation()!.getCriteriaValues()[0]).toContain('nu conține');
  expect(ss.getSheetByName('Conturi')!.getRange('S1').getFormula()).toBe(`={"Scor ICP"; ICP_SCORE(A1:Q, A1:Q1, Criterii!A1:D, "ro_RO", "RON")}`);
  expect(emu.toasts.at(-1)!.message).toMatch(/^Foi create: Fișa ICP, Criterii, Conturi\./);
  const before = snapshot(emu);
  createWorksheet(ss, 'en');
  expect(snapshot(emu)).toEqual(before);
});

test('sample dates are midnight of the same calendar day in the spreadsheet time zone', () => {
  const emu = installEmulation({ timeZone: 'America/Los_Angeles' });
  const ss = emu.spreadsheet;
  createWorksheet(ss, 'en');
  emu.respondToAlerts('YES');
  insertSampleAccounts(ss, 'en');
  const start = ACCOUNT_COLUMNS.indexOf('startDate');
  const cells = ss.getSheetByName('Accounts')!.getRange(2, start + 1, 200, 1).getValues().map(([v]) => v);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' });
  const samples = sampleAccounts();
  cells.forEach((cell, i) => {
    const expected = samples[i].startDate as Date | undefined;
    if (!expected) return expect(cell).toBe('');
    expect(cell).toBeInstanceOf(Date);
    expect(day.format(cell as Date)).toBe(`${expected.toISOString().slice(0, 10)}, 00`);
  });
});
