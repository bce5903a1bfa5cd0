// Formula results come from a pluggable evaluator; array results spill like Sheets' array formulas.
import { createEmulation, type FormulaEvaluator, type CellValue } from '../../emulation';

/** A tiny evaluator: `=ROWS(n)` spills 1..n down, `=DOUBLE(A1)` doubles a cell, anything else is "?". */
function toyEvaluator(log: string[]): FormulaEvaluator {
  return {
    evaluate(sheetName, row, column, formula, workbook) {
      log.push(`${sheetName}!${row},${column}`);
      const rows = /^=ROWS\((\d+)\)$/.exec(formula);
      if (rows) return Array.from({ length: Number(rows[1]) }, (_, i) => [i + 1]);
      const double = /^=DOUBLE\(A(\d+)\)$/.exec(formula);
      if (double) return Number(workbook.sheetNamed(sheetName)!.grid.get(Number(double[1]), 1)?.value ?? 0) * 2;
      return '?';
    },
  };
}

test('without an evaluator formula cells read ""', () => {
  const emu = createEmulation();
  const range = emu.spreadsheet.getSheets()[0].getRange('A1');
  range.setFormula('=1+1');
  expect([range.getValue(), range.getFormula(), range.getDisplayValue()]).toEqual(['', '=1+1', '']);
});

test('scalar results; recomputed only after a write', () => {
  const log: string[] = [];
  const emu = createEmulation({ evaluator: toyEvaluator(log) });
  const sheet = emu.spreadsheet.getSheets()[0];
  sheet.getRange('A1:B1').setValues([[21, '=DOUBLE(A1)']]);
  expect(sheet.getRange('A1:B1').getValues()).toEqual([[21, 42]]);
  expect(sheet.getRange('B1').getValue()).toBe(42);
  expect(log).toEqual(['Sheet1!1,2']);
  sheet.getRange('A1').setValue(5);
  expect(sheet.getRange('B1').getValue()).toBe(10);
  expect(log).toHaveLength(2);
});

test('array results spill down; getLastRow sees them; a blocked spill is #REF!', () => {
  const emu = createEmulation({ evaluator: toyEvaluator([]) });
  const sheet = emu.spreadsheet.getSheets()[0];
  sheet.getRange('C2').setFormula('=ROWS(3)');
  expect(sheet.getRange('C1:C5').getValues()).toEqual([[''], [1], [2], [3], ['']]);
  expect(sheet.getRange('C1:C5').getFormulas()).toEqual([[''], ['=ROWS(3)'], [''], [''], ['']]);
  expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 3]);
  sheet.getRange('C4').setValue('in the way');
  expect(sheet.getRange('C2:C4').getValues()).toEqual([['#REF!'], [''], ['in the way']]);
  sheet.getRange('C4').clearContent();
  sheet.getRange('D1').setFormula('=ROWS(1001)');
  expect(sheet.getRange('D1').getValue()).toBe('#REF!');
});

test('a parse-error formula stays #ERROR! without asking the evaluator', () => {
  const log: string[] = [];
  const emu = createEmulation({ evaluator: toyEvaluator(log) });
  const range = emu.spreadsheet.getSheets()[0].getRange('A1');
  range.setValue('+not a number');
  expect(range.getValue()).toBe('#ERROR!');
  expect(log).toEqual([]);
});

test('a whole-workbook recalculate hook (HyperFormula-style) supplies values, spills included', () => {
  let runs = 0;
  const evaluator: FormulaEvaluator = {
    recalculate(workbook) {
      runs++;
      const out = new Map<string, Map<number, Map<number, CellValue>>>();
      for (const sheet of workbook.sheets) out.set(sheet.name, new Map([[1, new Map([[1, 'top']])], [2, new Map([[1, 'spilled']])]]));
      return out;
    },
  };
  const emu = createEmulation({ evaluator });
  const sheet = emu.spreadsheet.getSheets()[0];
  sheet.getRange('A1').setFormula('=ANYTHING()');
  expect(sheet.getRange('A1:A3').getValues()).toEqual([['top'], ['spilled'], ['']]);
  expect(sheet.getLastRow()).toBe(2);
  expect(runs).toBe(1);
});
