// Range.sort and row insertion/deletion move formulas as Sheets does: formula cells travel with their
// rows, references follow row edits, a spilling formula that lands in the data is blocked (#REF!).
import { createEmulation, type FormulaEvaluator } from '../../emulation';

/** `=SPILL(A2:A)` spills a copy of its range (blank cells stay blank); `=SUM(…)` adds a range. */
const evaluator: FormulaEvaluator = {
  evaluate(sheetName, _row, _column, formula, workbook) {
    const sheet = workbook.sheetNamed(sheetName)!;
    const range = (/\(([^)]*)\)/.exec(formula)?.[1] ?? '').replace(/\$/g, '');
    if (range.includes('#REF!')) return '#REF!';
    const values = sheet.getRange(range).getValues();
    if (formula.startsWith('=SPILL')) {
      let last = values.length;
      while (last > 0 && values[last - 1][0] === '') last--;
      return values.slice(0, last).map((line) => [line[0]]);
    }
    return values.flat().reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
  },
};

function sheetWith(rows: unknown[][]) {
  const emu = createEmulation({ evaluator });
  const sheet = emu.spreadsheet.getSheets()[0];
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  return { emu, sheet };
}

test('sort by a column number, by { column, ascending } and by several keys; blanks last either way', () => {
  const { sheet } = sheetWith([['Name', 'N'], ['b', 2], ['a', ''], ['C', 1], ['a', 3]]);
  const data = sheet.getRange('A2:B5');
  data.sort(1);
  expect(data.getValues()).toEqual([['a', ''], ['a', 3], ['b', 2], ['C', 1]]);
  data.sort({ column: 2, ascending: false });
  expect(data.getValues()).toEqual([['a', 3], ['b', 2], ['C', 1], ['a', '']]);
  data.sort([{ column: 1, ascending: true }, { column: 2, ascending: false }]);
  expect(data.getValues()).toEqual([['a', 3], ['a', ''], ['b', 2], ['C', 1]]);
  data.sort([2]);
  expect(data.getValues().map((r) => r[1])).toEqual([1, 2, 3, '']);
  expect(sheet.getRange('A1:B1').getValues()).toEqual([['Name', 'N']]);
  expect(() => data.sort(3)).toThrow('The sort column must be within the range being sorted.');
});

test('numbers and dates sort before text, text before booleans', () => {
  const { sheet } = sheetWith([['x'], [true], ['apple'], [5], [new Date(0)]]);
  sheet.getRange('A1:A5').sort(1);
  expect(sheet.getRange('A1:A5').getValues().map((r) => (r[0] instanceof Date ? 'date' : r[0]))).toEqual(['date', 5, 'apple', 'x', true]);
});

test('a sorted formula moves with its row and reads from its new row; formats move too', () => {
  const { sheet } = sheetWith([['N', 'Sum'], [3, '=SUM(A2:A2)'], [1, '=SUM(A3:A3)'], [2, '=SUM($A$2:A4)']]);
  sheet.getRange('A2').setNumberFormat('0.0');
  sheet.getRange('A2:B4').sort(1);
  expect(sheet.getRange('A2:B4').getFormulas().map((r) => r[1])).toEqual(['=SUM(A2:A2)', '=SUM($A$2:A3)', '=SUM(A4:A4)']);
  expect(sheet.getRange('A2:B4').getValues()).toEqual([[1, 1], [2, 3], [3, 3]]);
  expect(sheet.getRange('A4').getNumberFormat()).toBe('0.0');
});

test('sorting rows that hold a spill origin moves it into the data, where it is blocked (#REF!)', () => {
  // The origin in row 3 spills over B3:B4; sorting descending moves it to row 2 and the note to row 4.
  const { sheet } = sheetWith([['N', 'Copy'], [3, 'note'], [5, '=SPILL(A3:A)'], [4, '']]);
  expect(sheet.getRange('B3:B4').getValues()).toEqual([[5], [4]]);
  sheet.getRange('A2:B4').sort({ column: 1, ascending: false });
  expect(sheet.getRange('B2:B4').getFormulas().map((r) => r[0])).toEqual(['=SPILL(A2:A)', '', '']);
  expect(sheet.getRange('B2:B4').getValues()).toEqual([['#REF!'], [''], ['note']]);
});

test('a spill origin in the header row survives any sort of the rows below', () => {
  const { sheet } = sheetWith([['=SPILL(A2:A)'], [3], [1], [2]]);
  sheet.getRange('B1').setFormula('=SPILL(A2:A)');
  sheet.getRange('A2:A4').sort(1);
  expect(sheet.getRange('B1:B3').getValues()).toEqual([[1], [2], [3]]);
});

test('inserting rows shifts references below the insertion (A2:Q becomes A3:Q), in every sheet', () => {
  const { emu, sheet } = sheetWith([['h', '=SUM(A2:A)'], [1, ''], [2, '=SUM(A2:A3)'], [4, '=SUM(A$1:A1)']]);
  const other = emu.spreadsheet.insertSheet('Other');
  other.getRange('A1:B1').setFormulas([["=SUM(Sheet1!A2:A3)", '=SUM(\'Sheet1\'!A1)']]);
  sheet.insertRowBefore(2);
  expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A3:A)');
  expect(sheet.getRange('B4:B5').getFormulas()).toEqual([['=SUM(A3:A4)'], ['=SUM(A$1:A1)']]);
  expect(other.getRange('A1:B1').getFormulas()).toEqual([["=SUM(Sheet1!A3:A4)", "=SUM('Sheet1'!A1)"]]);
  sheet.insertRowsAfter(3, 2); // inside A3:A4: the range grows
  expect(sheet.getRange('B6').getFormula()).toBe('=SUM(A3:A6)');
  sheet.insertRowAfter(1);
  sheet.insertRows(1, 1);
  expect(sheet.getRange('A1:A4').getValues()).toEqual([[''], ['h'], [''], ['']]);
  expect(sheet.getRange('B2').getFormula()).toBe('=SUM(A5:A)');
});

test('deleting rows shrinks ranges; a reference to a deleted cell becomes #REF!; text in quotes is untouched', () => {
  const { sheet } = sheetWith([['h', '=SUM(A2:A4)'], [1, '=SUM(A3)&"A3"'], [2, ''], [3, '=SUM(A2:A)']]);
  sheet.deleteRow(3);
  expect(sheet.getRange('B1:B3').getFormulas()).toEqual([['=SUM(A2:A3)'], ['=SUM(#REF!)&"A3"'], ['=SUM(A2:A)']]);
  sheet.deleteRows(2, 2);
  expect(sheet.getRange('B1').getFormula()).toBe('=SUM(#REF!)');
  expect(sheet.getMaxRows()).toBe(997);
});

test('inserting and deleting columns shifts column references the same way (Criteria!A1:D grows to A1:E)', () => {
  const { emu, sheet } = sheetWith([['a', 'b', 'c', 'd']]);
  const other = emu.spreadsheet.insertSheet('Other');
  other.getRange('A1:B1').setFormulas([['=SUM(Sheet1!A1:D)', '=SUM(Sheet1!$C$1, "B1")']]);
  sheet.insertColumnsBefore(2, 1);
  expect(other.getRange('A1:B1').getFormulas()).toEqual([['=SUM(Sheet1!A1:E)', '=SUM(Sheet1!$D$1, "B1")']]);
  sheet.deleteColumns(4, 1);
  expect(other.getRange('A1:B1').getFormulas()).toEqual([['=SUM(Sheet1!A1:D)', '=SUM(#REF!, "B1")']]);
});
