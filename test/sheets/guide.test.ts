// Saving and reading answers over the strict emulation: found by id, kept as text, batched.
import { installEmulation } from '../helpers/globals';
import { createWorksheet } from '../../src/sheets/template';
import { readAnswers, writeAnswers } from '../../src/sheets/guide';
import { mergeCriteria } from '../../src/sheets/criteria';

test('answers are written as text by question id, only the cells that change, one format and one value write per run of rows', () => {
  const emu = installEmulation();
  createWorksheet(emu.spreadsheet, 'en');
  const sheet = emu.spreadsheet.getSheetByName('ICP Worksheet')!;
  emu.resetCalls();
  const saved = writeAnswers(emu.spreadsheet, [
    { id: 'industriesPrimary', answer: '=HYPERLINK("http://x","y")', importance: 5 },
    { id: 'industriesSecondary', answer: '-x', importance: 0 },
    { id: 'industriesExcluded', answer: '', importance: 0 }, // unchanged: not written
  ]);
  expect(saved).toBe(2);
  expect(emu.calls.reads).toBe(1);
  // Answers in rows 2–3: a format and a value write; the one changed importance (row 2): a value write.
  expect(emu.calls.writes).toBe(3);
  expect(sheet.getRange('C2:D3').getValues()).toEqual([['=HYPERLINK("http://x","y")', 5], ['-x', '']]);
  expect(sheet.getRange('C2:C3').getFormulas().flat()).toEqual(['', '']);
});

test('answers are read by id after rows are re-sorted, and by question text when the id is gone', () => {
  const emu = installEmulation();
  createWorksheet(emu.spreadsheet, 'en');
  const sheet = emu.spreadsheet.getSheetByName('ICP Worksheet')!;
  const rows = sheet.getRange('A2:F39').getValues();
  rows.reverse();
  sheet.getRange('A2:F39').setValues(rows);
  const crmRow = rows.findIndex((r) => r[5] === 'crm') + 2;
  sheet.getRange(crmRow, 3, 1, 2).setValues([['HubSpot', '4']]);
  const roleRow = rows.findIndex((r) => r[5] === 'role') + 2;
  sheet.getRange(roleRow, 3).setValue('VP Sales');
  sheet.getRange(roleRow, 6).setValue('');
  const answers = readAnswers(emu.spreadsheet);
  expect(answers.get('crm')).toEqual({ answer: 'HubSpot', importance: 4 });
  expect(answers.get('role')).toEqual({ answer: 'VP Sales', importance: '' });
});

test('mergeCriteria appends only new rows, in the sheet language, and keeps user rows', () => {
  const emu = installEmulation();
  createWorksheet(emu.spreadsheet, 'ro');
  const result = mergeCriteria(emu.spreadsheet, [
    { attribute: 'Industrie', rule: 'is', value: 'fintech; saas', weight: '5' }, // same as the example row
    { attribute: 'Țară', rule: 'is', value: '-5..5', weight: 'exclude' },
  ], 'ro');
  expect(result).toEqual({ added: 1, duplicates: 1 });
  const rows = emu.sheetValues('Criterii');
  expect(rows[1]).toEqual(['Industrie', 'este', 'SaaS; Fintech', 3, '']);
  expect(rows[5]).toEqual(['Țară', 'este', '-5..5', 'exclude', '']);
});

test('only changed cells are written: a formula, a format and a note between them stay as they were', () => {
  const emu = installEmulation();
  createWorksheet(emu.spreadsheet, 'en');
  const sheet = emu.spreadsheet.getSheetByName('ICP Worksheet')!;
  const ids = sheet.getRange('F2:F39').getValues().flat();
  const row = (id: string) => ids.indexOf(id) + 2;
  // Someone typed a formula into one answer (after giving the cell a number format) and a note beside another.
  sheet.getRange(row('industriesExcluded'), 3).setNumberFormat('General').setFormula('=UPPER("gambling")');
  sheet.getRange(row('sizeBand'), 3).setValue('Mid-market');
  sheet.getRange(row('sizeBand'), 5).setValue('check with sales');
  const shown = String(sheet.getRange(row('industriesExcluded'), 3).getValue()); // the formula's value, as the page got it
  emu.resetCalls();
  const saved = writeAnswers(emu.spreadsheet, [
    { id: 'industriesPrimary', answer: '@SaaS', importance: 4 },
    { id: 'industriesSecondary', answer: '', importance: 0 },
    { id: 'industriesExcluded', answer: shown, importance: 0 }, // unchanged
    { id: 'sizeBand', answer: 'Mid-market', importance: 0 }, // unchanged
    { id: 'employeeRange', answer: '50..500', importance: 0 },
    { id: 'geoExclude', answer: '-Russia', importance: 2 },
  ]);
  expect(saved).toBe(3);
  // One read; answers in rows 2–3 and 7 (two runs: format + value each), importance in rows 2 and 11.
  expect(emu.calls.reads).toBe(1);
  expect(emu.calls.byMethod).toEqual(expect.objectContaining({ getValues: 1, setNumberFormats: 3, setValues: 5 }));
  expect(emu.calls.byMethod.getFormulas).toBeUndefined();
  expect(sheet.getRange(row('industriesExcluded'), 3).getNumberFormat()).toBe('General');
  expect(sheet.getRange(row('industriesPrimary'), 3, 1, 2).getValues()).toEqual([['@SaaS', 4]]);
  expect(sheet.getRange(row('industriesExcluded'), 3).getFormula()).toBe('=UPPER("gambling")');
  expect(sheet.getRange(row('sizeBand'), 3, 1, 3).getValues()).toEqual([['Mid-market', '', 'check with sales']]);
  expect(sheet.getRange(row('employeeRange'), 3).getValue()).toBe('50..500');
  expect(sheet.getRange(row('geoExclude'), 3, 1, 2).getValues()).toEqual([['-Russia', 2]]);
  expect(sheet.getRange(row('geoExclude'), 3).getFormula()).toBe('');
  expect(readAnswers(emu.spreadsheet).get('industriesExcluded')).toEqual({ answer: shown, importance: '' });
});
