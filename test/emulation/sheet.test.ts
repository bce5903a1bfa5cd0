// Sheets and the spreadsheet: sizes, row/column edits that move content, names, charts and metadata.
import { createEmulation } from '../../emulation';

/** EmbeddedChart.getType is the emulation's addition (the typings have no getter for the chart type). */
const chartType = (chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) => (chart as unknown as { getType(): string }).getType();

test('a new sheet is 1000 x 26 and empty; getLastRow/getDataRange follow content', () => {
  const emu = createEmulation();
  const sheet = emu.spreadsheet.insertSheet('Data');
  expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getLastRow(), sheet.getLastColumn()]).toEqual([1000, 26, 0, 0]);
  expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  sheet.getRange('C4').setValue('x');
  expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()]).toEqual([4, 3, 'A1:C4']);
});

test('inserting and deleting rows and columns moves content and resizes the sheet', () => {
  const emu = createEmulation();
  const sheet = emu.spreadsheet.getSheets()[0];
  sheet.getRange('A1:B3').setValues([[1, 2], [3, 4], [5, 6]]);
  sheet.insertRowsAfter(1, 2);
  expect(sheet.getRange('A1:B5').getValues()).toEqual([[1, 2], ['', ''], ['', ''], [3, 4], [5, 6]]);
  sheet.insertColumnsBefore(1, 1);
  expect(sheet.getRange('A1:C1').getValues()).toEqual([['', 1, 2]]);
  sheet.deleteRows(2, 2);
  sheet.deleteColumns(1, 1);
  expect(sheet.getRange('A1:B3').getValues()).toEqual([[1, 2], [3, 4], [5, 6]]);
  expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  sheet.insertRowsBefore(1, 1);
  expect(sheet.getRange('A2').getValue()).toBe(1);
  expect(() => sheet.deleteRows(2, 1001)).toThrow('Those rows are out of bounds.');
  expect(() => sheet.deleteRows(1, sheet.getMaxRows())).toThrow("You can't delete all the rows on the sheet.");
  expect(() => sheet.insertRowsAfter(2000, 1)).toThrow('Those rows are out of bounds.');
});

test('sheet names are unique ignoring case; insertSheet places and activates; deleteSheet', () => {
  const emu = createEmulation();
  const ss = emu.spreadsheet;
  const b = ss.insertSheet('B');
  const a = ss.insertSheet('A', 0);
  expect(ss.getSheets().map((s) => s.getName())).toEqual(['A', 'Sheet1', 'B']);
  expect([a.getIndex(), b.getIndex(), ss.getActiveSheet().getName()]).toEqual([1, 3, 'A']);
  expect(() => ss.insertSheet('b')).toThrow('A sheet with the name "b" already exists. Please enter another name.');
  expect(() => a.setName('SHEET1')).toThrow('A sheet with the name "SHEET1" already exists');
  expect(ss.insertSheet().getName()).toBe('Sheet4');
  ss.deleteSheet(b);
  expect(ss.getSheetByName('B')).toBeNull();
  expect(ss.getRange('A!B2').getA1Notation()).toBe('B2');
  expect(ss.getRange("'Sheet1'!A1:B").getNumRows()).toBe(1000);
  a.getRange('B2').setValue('here');
  expect(ss.getRange('A!B2').getValue()).toBe('here');
  ss.setActiveSheet(a);
  expect(ss.getRange('B2').getValue()).toBe('here');
});

test('spreadsheet basics: id, url, locale, time zone, toasts', () => {
  const emu = createEmulation({ locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' });
  const ss = emu.spreadsheet;
  expect([ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone(), emu.globals.Session.getActiveUserLocale(), emu.globals.Session.getScriptTimeZone()]).toEqual(['vi_VN', 'Asia/Ho_Chi_Minh', 'vi', 'Asia/Ho_Chi_Minh']);
  ss.setSpreadsheetLocale('ro_RO');
  expect(ss.getSpreadsheetLocale()).toBe('ro_RO');
  expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
  ss.toast('Done', 'ICP Toolkit', 5);
  expect(emu.ui.toasts).toEqual([{ message: 'Done', title: 'ICP Toolkit' }]);
});

test('frozen rows, widths, tab colour', () => {
  const sheet = createEmulation().spreadsheet.getSheets()[0];
  sheet.setFrozenRows(1);
  sheet.setFrozenColumns(2);
  sheet.setColumnWidth(1, 220);
  sheet.setColumnWidths(2, 2, 90);
  sheet.setTabColor('#ff0000');
  expect([sheet.getFrozenRows(), sheet.getFrozenColumns(), sheet.getColumnWidth(1), sheet.getColumnWidth(3), sheet.getColumnWidth(4), sheet.getTabColor()]).toEqual([1, 2, 220, 90, 100, '#ff0000']);
});

test('developer metadata: sheet and spreadsheet level, finder by key and value, gone with the sheet', () => {
  const emu = createEmulation();
  const ss = emu.spreadsheet;
  const accounts = ss.insertSheet('Accounts');
  const criteria = ss.insertSheet('Criteria');
  accounts.addDeveloperMetadata('icp-toolkit.role', 'accounts');
  criteria.addDeveloperMetadata('icp-toolkit.role', 'criteria');
  ss.addDeveloperMetadata('icp-toolkit.version', '2');
  const roles = () => ss.createDeveloperMetadataFinder().withKey('icp-toolkit.role').find();
  expect(roles().map((m) => [m.getKey(), m.getValue(), m.getLocation().getSheet()!.getName()])).toEqual([
    ['icp-toolkit.role', 'accounts', 'Accounts'],
    ['icp-toolkit.role', 'criteria', 'Criteria'],
  ]);
  expect(ss.createDeveloperMetadataFinder().withValue('criteria').find()).toHaveLength(1);
  expect(ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue(), m.getLocation().getLocationType()])).toEqual([['icp-toolkit.version', '2', 'SPREADSHEET']]);
  expect(accounts.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['accounts']);
  ss.deleteSheet(criteria);
  expect(roles().map((m) => m.getValue())).toEqual(['accounts']);
  accounts.getDeveloperMetadata()[0].remove();
  expect(roles()).toEqual([]);
});

test('charts: build, insert, read options and ranges, modify, update, remove', () => {
  const emu = createEmulation();
  const sheet = emu.spreadsheet.getSheets()[0];
  const chart = sheet.newChart().asColumnChart().addRange(sheet.getRange('A1:B5')).setPosition(2, 4, 0, 0).setOption('title', 'CLV by segment').setNumHeaders(1).build();
  sheet.insertChart(chart);
  const [stored] = sheet.getCharts();
  expect([stored.getChartId(), chartType(stored), stored.getRanges().map((r) => r.getA1Notation()), stored.getOptions().get('title'), stored.getOptions().get('missing')]).toEqual([1, 'COLUMN', ['A1:B5'], 'CLV by segment', null]);
  sheet.updateChart(stored.modify().setOption('title', 'New').setChartType(emu.globals.Charts.ChartType.BAR as never).build());
  expect([sheet.getCharts()[0].getOptions().get('title'), chartType(sheet.getCharts()[0])]).toEqual(['New', 'BAR']);
  sheet.removeChart(sheet.getCharts()[0]);
  expect(sheet.getCharts()).toEqual([]);
});
