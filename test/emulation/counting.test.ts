// Call counts let tests and benchmarks assert batching: one setValues is one write however large.
import { createEmulation } from '../../emulation';

test('one setValues of 10,000 rows is one write; one getValues is one read', () => {
  const emu = createEmulation();
  const sheet = emu.spreadsheet.insertSheet('Big');
  sheet.insertRowsAfter(1000, 9000);
  emu.resetCalls();
  expect(emu.calls).toEqual({ total: 0, reads: 0, writes: 0, byMethod: {} });
  const rows = Array.from({ length: 10000 }, (_, i) => [i, `row ${i}`]);
  sheet.getRange(1, 1, 10000, 2).setValues(rows);
  expect(emu.calls).toEqual({ total: 2, reads: 0, writes: 1, byMethod: { getRange: 1, setValues: 1 } });
  const read = sheet.getRange('A1:B10000').getValues();
  expect(read[9999]).toEqual([9999, 'row 9999']);
  expect([emu.calls.reads, emu.calls.writes, emu.calls.total]).toEqual([1, 1, 4]);
});

test('a cell-by-cell loop shows up as many calls', () => {
  const emu = createEmulation();
  const sheet = emu.spreadsheet.getSheets()[0];
  emu.resetCalls();
  for (let r = 1; r <= 10; r++) sheet.getRange(r, 1).setValue(r);
  for (let r = 1; r <= 10; r++) sheet.getRange(r, 1).getValue();
  expect([emu.calls.writes, emu.calls.reads, emu.calls.byMethod.getRange]).toEqual([10, 10, 20]);
});

test('SpreadsheetApp, format setters, sheet edits and builders are counted; builders are not writes', () => {
  const emu = createEmulation();
  const { SpreadsheetApp } = emu.globals;
  emu.resetCalls();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet('S');
  sheet.getRange('A1:B2').setNumberFormat('@').setFontWeight('bold').setBackgrounds([['#fff', '#fff'], ['#fff', '#fff']]);
  const rule = SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(false).build();
  sheet.getRange('C1').setDataValidation(rule);
  sheet.insertChart(sheet.newChart().setChartType(emu.globals.Charts.ChartType.BAR as never).addRange(sheet.getRange('A1:B2')).build());
  sheet.getRange('A1:B2').getFormulas();
  sheet.getRange('A1:B2').clearContent();
  expect(emu.calls.writes).toBe(7); // insertSheet, 3 format setters, setDataValidation, insertChart, clearContent
  expect(emu.calls.reads).toBe(1);
  expect(emu.calls.byMethod).toEqual({
    getActiveSpreadsheet: 1, insertSheet: 1, getRange: 5, setNumberFormat: 1, setFontWeight: 1, setBackgrounds: 1,
    newDataValidation: 1, requireCheckbox: 1, setAllowInvalid: 1, build: 2, setDataValidation: 1,
    newChart: 1, setChartType: 1, addRange: 1, insertChart: 1, getFormulas: 1, clearContent: 1,
  });
  expect(emu.calls.total).toBe(22);
});

test('test helpers do not count', () => {
  const emu = createEmulation();
  emu.resetCalls();
  emu.setSheetValues('Data', [['a', 'b'], [1]]);
  expect(emu.sheetValues('Data')).toEqual([['a', 'b'], [1, '']]);
  expect(emu.calls.total).toBe(0);
});
