// Ranges: A1 notation (open-ended too), dimension checks with Apps Script's messages, formats per cell.
import { createEmulation } from '../../emulation';
import { parseA1, toA1 } from '../../emulation/a1';

test('A1 parsing: absolute refs, quoted sheet names, whole rows and columns', () => {
  expect(parseA1('$A$1:$B$2')).toEqual({ sheet: undefined, row: 1, column: 1, lastRow: 2, lastColumn: 2 });
  expect(parseA1("'It''s mine'!B3")).toEqual({ sheet: "It's mine", row: 3, column: 2, lastRow: 3, lastColumn: 2 });
  expect(parseA1('Accounts!AA10:AB')).toEqual({ sheet: 'Accounts', row: 10, column: 27, lastRow: undefined, lastColumn: 28 });
  expect(() => parseA1('A')).toThrow('Range not found: A');
  expect(() => parseA1('A1:B2:C3')).toThrow('Range not found');
  expect(toA1(2, 1, 999, 17)).toBe('A2:Q1000');
});

describe('getRange', () => {
  const emu = createEmulation();
  const sheet = emu.spreadsheet.getSheets()[0];

  test('open-ended ranges run to the sheet edge', () => {
    const a2q = sheet.getRange('A2:Q');
    expect([a2q.getRow(), a2q.getColumn(), a2q.getNumRows(), a2q.getNumColumns(), a2q.getA1Notation()]).toEqual([2, 1, 999, 17, 'A2:Q1000']);
    const rows = sheet.getRange('2:5');
    expect([rows.getRow(), rows.getNumRows(), rows.getNumColumns(), rows.getA1Notation()]).toEqual([2, 4, 26, 'A2:Z5']);
    const column = sheet.getRange('C:C');
    expect([column.getColumn(), column.getNumRows(), column.getNumColumns()]).toEqual([3, 1000, 1]);
    expect(sheet.getRange('B5:A1').getA1Notation()).toBe('A1:B5');
  });

  test('coordinates are checked like Apps Script', () => {
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(999, 1, 3, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('A1:AA1')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });

  test('data of the wrong shape is refused with the sizes named', () => {
    const range = sheet.getRange(1, 1, 2, 3);
    expect(() => range.setValues([[1, 2, 3]])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
    expect(() => range.setValues([[1, 2, 3], [1, 2]])).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.');
    expect(() => range.setValues([1, 2] as never)).toThrow("don't match the method signature for SpreadsheetApp.Range.setValues");
    expect(() => range.setNumberFormats([['@']])).toThrow('The data has 1 but the range has 2.');
    expect(range.getValues()).toEqual([['', '', ''], ['', '', '']]);
  });

  test('offset and getCell are relative; getCell outside the range throws', () => {
    const range = sheet.getRange('B2:D4');
    expect(range.offset(1, 1).getA1Notation()).toBe('C3:E5');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(range.getCell(3, 3).getA1Notation()).toBe('D4');
    expect([range.getLastRow(), range.getLastColumn()]).toEqual([4, 4]);
    expect(() => range.getCell(4, 1)).toThrow('Cell reference out of range');
    expect(range.getSheet().getName()).toBe('Sheet1');
  });
});

test('formats are stored per cell with Apps Script defaults; null resets', () => {
  const emu = createEmulation();
  const sheet = emu.spreadsheet.getSheets()[0];
  const range = sheet.getRange('A1:B2');
  expect([range.getFontWeight(), range.getBackground(), range.getFontColor(), range.getNumberFormat(), range.getNote()]).toEqual(['normal', '#ffffff', '#000000', 'General', '']);
  range.setFontWeight('bold').setBackground('#cfe2f3').setWrap(true).setHorizontalAlignment('center').setNote('why');
  sheet.getRange('B2').setFontWeight(null).setBackground(null);
  expect(range.getFontWeights()).toEqual([['bold', 'bold'], ['bold', 'normal']]);
  expect(range.getBackgrounds()).toEqual([['#cfe2f3', '#cfe2f3'], ['#cfe2f3', '#ffffff']]);
  expect(range.getWraps()).toEqual([[true, true], [true, true]]);
  expect(range.getHorizontalAlignment()).toBe('center');
  range.setFontWeights([['normal', 'bold'], ['bold', 'bold']]).setBackgrounds([['#000000', null as never], ['#111111', '#222222']]);
  expect(range.getFontWeights()).toEqual([['normal', 'bold'], ['bold', 'bold']]);
  expect(range.getBackgrounds()).toEqual([['#000000', '#ffffff'], ['#111111', '#222222']]);
  range.setBorder(true, true, true, true, false, false);
  expect((range as unknown as { getStyle(k: string): unknown[][] }).getStyle('border')[0][0]).toEqual([true, true, true, true, false, false]);
});

test('clear, clearContent, clearFormat and clearDataValidations remove only their part', () => {
  const emu = createEmulation();
  const range = emu.spreadsheet.getSheets()[0].getRange('A1');
  const rule = emu.globals.SpreadsheetApp.newDataValidation().requireCheckbox().build();
  const fill = () => range.setValue(5).setNumberFormat('0.00').setFontWeight('bold').setDataValidation(rule as never);
  const state = () => [range.getValue(), range.getNumberFormat(), range.getFontWeight(), range.getDataValidation() === null];
  fill().clearContent();
  expect(state()).toEqual(['', '0.00', 'bold', false]);
  fill().clearFormat();
  expect(state()).toEqual([5, 'General', 'normal', false]);
  fill().clearDataValidations();
  expect(state()).toEqual([5, '0.00', 'bold', true]);
  fill().clear();
  expect(state()).toEqual(['', 'General', 'normal', true]);
  fill().clear({ contentsOnly: true });
  expect(state()).toEqual(['', '0.00', 'bold', false]);
});
