// The emulation must be as strict as Apps Script, or tests would pass code that fails in Sheets.
import { createEmulation, LOCK_TIMEOUT_MESSAGE } from '../../emulation';
import { parseA1, columnToLetters, lettersToColumn } from '../../emulation/a1';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

test('A1 notation, including open-ended ranges', () => {
  expect(parseA1('A2:Q')).toEqual({ sheet: undefined, row: 2, column: 1, lastRow: undefined, lastColumn: 17 });
  expect(parseA1("'Tiêu chí'!A2:D")).toMatchObject({ sheet: 'Tiêu chí', row: 2, column: 1, lastColumn: 4 });
  expect(parseA1('C:C')).toMatchObject({ row: 1, column: 3, lastColumn: 3, lastRow: undefined });
  expect(parseA1('2:5')).toMatchObject({ row: 2, column: 1, lastRow: 5, lastColumn: undefined });
  expect([columnToLetters(1), columnToLetters(26), columnToLetters(27), lettersToColumn('AB')]).toEqual(['A', 'Z', 'AA', 28]);
});

describe('ranges', () => {
  const emu = createEmulation();
  const sheet = emu.spreadsheet.getSheets()[0] as Sheet;

  test('an open-ended range runs to the last row of the sheet; empty cells read as ""', () => {
    const range = sheet.getRange('B2:C');
    expect([range.getNumRows(), range.getNumColumns()]).toEqual([999, 2]);
    expect(range.getValues()[5]).toEqual(['', '']);
  });

  test('wrong-sized data and out-of-sheet ranges fail with Apps Script messages', () => {
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    sheet.insertRowsAfter(1000, 10);
    expect(sheet.getRange(1010, 1).getValue()).toBe('');
  });

  test('typed text is parsed like Sheets: formulas, numbers, apostrophes, and + - @ as failing formulas', () => {
    sheet.getRange('A1:F1').setValues([['=SUM(1,2)', '1,200', "'=kept", '+x', 'plain', '80%']]);
    expect(sheet.getRange('A1:F1').getFormulas()[0]).toEqual(['=SUM(1,2)', '', '', '=+x', '', '']);
    expect(sheet.getRange('B1:F1').getValues()[0]).toEqual([1200, '=kept', '#ERROR!', 'plain', 0.8]);
  });

  test('in a plain-text cell (@) every string stays text', () => {
    const cell = sheet.getRange('A3:B3');
    cell.setNumberFormat('@');
    cell.setValues([['=HYPERLINK("http://x","y")', '-5']]);
    expect(cell.getValues()).toEqual([['=HYPERLINK("http://x","y")', '-5']]);
    expect(cell.getFormulas()).toEqual([['', '']]);
  });

  test('getLastRow/getDataRange follow the content', () => {
    const emu2 = createEmulation();
    const s = emu2.setSheetValues('Data', [['a', 'b'], [1, 2], [3, '']]) as unknown as Sheet;
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([3, 2]);
    expect(emu2.sheetValues('Data')).toEqual([['a', 'b'], [1, 2], [3, '']]);
  });
});

test('calls are counted: one setValues of 10,000 rows is one write', () => {
  const emu = createEmulation();
  const sheet = emu.spreadsheet.insertSheet('Big');
  sheet.insertRowsAfter(1000, 9000);
  emu.resetCalls();
  const rows = Array.from({ length: 10000 }, (_, i) => [i, `row ${i}`]);
  sheet.getRange(1, 1, 10000, 2).setValues(rows);
  expect(emu.calls.writes).toBe(1);
  expect(emu.calls.byMethod.getRange).toBe(1);
  expect(sheet.getRange(1, 1, 10000, 2).getValues()[9999]).toEqual([9999, 'row 9999']);
  expect(emu.calls.reads).toBe(1);
});

test('developer metadata finds renamed sheets', () => {
  const emu = createEmulation();
  const sheet = emu.spreadsheet.insertSheet('Accounts');
  sheet.addDeveloperMetadata('icp-toolkit.role', 'accounts');
  sheet.setName('My customers');
  const found = emu.spreadsheet.createDeveloperMetadataFinder().withKey('icp-toolkit.role').withValue('accounts').find();
  expect(found.map((m) => m.getLocation().getSheet()!.getName())).toEqual(['My customers']);
  expect(() => emu.spreadsheet.insertSheet('my customers')).toThrow('A sheet with the name "my customers" already exists');
});

test('data validation builder', () => {
  const emu = createEmulation();
  const rule = emu.globals.SpreadsheetApp.newDataValidation().requireValueInList(['1', '2'], true).setAllowInvalid(false).build();
  const range = emu.spreadsheet.getSheets()[0].getRange('A1:A3');
  range.setDataValidation(rule as never);
  const read = range.getDataValidations()[2][0]!;
  expect([read.getCriteriaType(), read.getCriteriaValues(), read.getAllowInvalid()]).toEqual(['VALUE_IN_LIST', [['1', '2'], true], false]);
});

test('document lock: another execution holding it makes tryLock false and waitLock time out', () => {
  const emu = createEmulation();
  const lock = emu.globals.LockService.getDocumentLock()!;
  expect(lock.tryLock(1000)).toBe(true);
  emu.holdDocumentLockElsewhere(true);
  const other = emu.globals.LockService.getDocumentLock()!;
  expect(other.tryLock(1000)).toBe(false);
  expect(() => other.waitLock(1000)).toThrow(LOCK_TIMEOUT_MESSAGE);
});

test('properties are strings; AuthMode.NONE forbids properties and the spreadsheet', () => {
  const emu = createEmulation();
  const props = emu.globals.PropertiesService.getDocumentProperties();
  props.setProperty('n', 5 as unknown as string);
  expect(props.getProperty('n')).toBe('5');
  expect(props.getProperty('missing')).toBeNull();
  emu.runAs('authModeNone', () => {
    expect(() => props.getProperty('n')).toThrow('You do not have permission');
    expect(() => emu.globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow('You do not have permission');
    expect(() => emu.globals.SpreadsheetApp.getUi().createAddonMenu().addItem('x', 'f').addToUi()).not.toThrow();
  });
});

test('custom functions may read but not write', () => {
  const emu = createEmulation();
  const sheet = emu.spreadsheet.getSheets()[0];
  emu.runAs('customFunction', () => {
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(() => sheet.getRange('A1').setValue(1)).toThrow('You do not have permission to call Range.setValue');
  });
});

test('ui records menus, alerts with scripted answers, and sidebars', () => {
  const emu = createEmulation({ files: { Sidebar: '<p>hi</p>' } });
  const ui = emu.globals.SpreadsheetApp.getUi();
  ui.createAddonMenu().addItem('Open', 'openGuide').addSeparator().addToUi();
  expect(emu.ui.menus[0].items).toEqual([{ caption: 'Open', functionName: 'openGuide' }, null]);
  emu.respondToAlerts('NO');
  expect(ui.alert('Title', 'Sure?', ui.ButtonSet.YES_NO)).toBe('NO');
  expect(ui.alert('Sure again?', ui.ButtonSet.YES_NO)).toBe('YES');
  expect(emu.ui.alerts.map((a) => a.message)).toEqual(['Sure?', 'Sure again?']);
  ui.showSidebar(emu.globals.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Guide'));
  expect(emu.ui.sidebars[0].getTitle()).toBe('Guide');
  expect(() => emu.globals.HtmlService.createHtmlOutputFromFile('Nope')).toThrow('No HTML file named Nope');
});

test('the workbook survives a JSON round trip', () => {
  const emu = createEmulation({ locale: 'vi_VN' });
  const sheet = emu.spreadsheet.insertSheet('Accounts');
  sheet.getRange('A1:C2').setValues([['a', 1, new Date(Date.UTC(2024, 1, 29))], ['=SUM(1)', true, '']]);
  sheet.getRange('A1').setNumberFormat('@');
  sheet.setFrozenRows(1);
  sheet.hideColumns(3);
  sheet.addDeveloperMetadata('icp-toolkit.role', 'accounts');
  emu.globals.PropertiesService.getDocumentProperties().setProperty('k', 'v');
  const copy = createEmulation({ workbook: JSON.parse(JSON.stringify(emu.toJSON())) });
  const restored = copy.spreadsheet.getSheetByName('Accounts')!;
  expect(restored.getRange('A1:C2').getValues()).toEqual([['a', 1, new Date(Date.UTC(2024, 1, 29))], ['', true, '']]);
  expect(restored.getRange('A2').getFormula()).toBe('=SUM(1)');
  expect([restored.getFrozenRows(), restored.getRange('A1').getNumberFormat(), copy.spreadsheet.getSpreadsheetLocale()]).toEqual([1, '@', 'vi_VN']);
  expect(copy.globals.PropertiesService.getDocumentProperties().getProperty('k')).toBe('v');
  expect([restored.isColumnHiddenByUser(3), restored.isColumnHiddenByUser(2)]).toEqual([true, false]);
  expect(copy.spreadsheet.createDeveloperMetadataFinder().withKey('icp-toolkit.role').find()).toHaveLength(1);
});
