// Range: reads and writes whole blocks, with Apps Script's dimension checks and messages.
import { toA1 } from './a1';
import { type Cell, type CellValue, isDate, parseInput } from './cells';
import type { DataValidation } from './validation';
import type { SheetModel } from './sheet';

type Grid2D<T> = T[][];

export class Range {
  constructor(
    readonly sheet: SheetModel,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  getSheet() { return this.sheet; }
  getRow() { return this.row; }
  getColumn() { return this.column; }
  getLastRow() { return this.row + this.numRows - 1; }
  getLastColumn() { return this.column + this.numColumns - 1; }
  getNumRows() { return this.numRows; }
  getNumColumns() { return this.numColumns; }
  getA1Notation() { return toA1(this.row, this.column, this.numRows, this.numColumns); }
  getCell(row: number, column: number) { return this.sheet.getRange(this.row + row - 1, this.column + column - 1); }
  offset(rowOffset: number, columnOffset: number, numRows = this.numRows, numColumns = this.numColumns) {
    return this.sheet.getRange(this.row + rowOffset, this.column + columnOffset, numRows, numColumns);
  }

  private map<T>(read: (cell: Cell | undefined, row: number, column: number) => T): Grid2D<T> {
    const out: Grid2D<T> = new Array(this.numRows);
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = new Array(this.numColumns);
      for (let c = 0; c < this.numColumns; c++) line[c] = read(this.sheet.grid.get(this.row + r, this.column + c), this.row + r, this.column + c);
      out[r] = line;
    }
    return out;
  }

  private each(write: (cell: Cell, r: number, c: number) => void): this {
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numColumns; c++) write(this.sheet.grid.cell(this.row + r, this.column + c), r, c);
    }
    this.sheet.changed();
    return this;
  }

  private checkShape(data: unknown, what = 'data'): asserts data is unknown[][] {
    if (!Array.isArray(data) || !data.every(Array.isArray)) throw new Error(`Exception: The parameters (${typeof data}) don't match the method signature.`);
    if (data.length !== this.numRows) {
      throw new Error(`Exception: The number of rows in the ${what} does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`);
    }
    const wrong = data.find((line) => line.length !== this.numColumns);
    if (wrong) {
      throw new Error(`Exception: The number of columns in the ${what} does not match the number of columns in the range. The data has ${wrong.length} but the range has ${this.numColumns}.`);
    }
  }

  getValues(): CellValue[][] { return this.map((cell, row, column) => this.sheet.valueOf(cell, row, column)); }
  getValue(): CellValue { return this.getValues()[0][0]; }
  getDisplayValues(): string[][] {
    return this.map((cell, row, column) => display(this.sheet.valueOf(cell, row, column)));
  }
  getDisplayValue() { return this.getDisplayValues()[0][0]; }
  getFormulas(): string[][] { return this.map((cell) => cell?.formula ?? ''); }
  getFormula() { return this.getFormulas()[0][0]; }
  getNumberFormats(): string[][] { return this.map((cell) => cell?.format ?? 'General'); }
  getNumberFormat() { return this.getNumberFormats()[0][0]; }
  getDataValidations(): (DataValidation | null)[][] { return this.map((cell) => cell?.validation ?? null); }
  getDataValidation() { return this.getDataValidations()[0][0]; }
  getFontWeights(): string[][] { return this.map((cell) => String(cell?.style?.fontWeight ?? 'normal')); }
  getFontWeight() { return this.getFontWeights()[0][0]; }
  getBackgrounds(): string[][] { return this.map((cell) => String(cell?.style?.background ?? '#ffffff')); }
  getBackground() { return this.getBackgrounds()[0][0]; }
  getStyle(key: string): unknown[][] { return this.map((cell) => cell?.style?.[key]); }

  setValues(values: unknown[][]) {
    this.checkShape(values);
    return this.each((cell, r, c) => {
      const parsed = parseInput(values[r][c], cell.format);
      cell.value = parsed.value;
      if (parsed.formula) cell.formula = parsed.formula;
      else delete cell.formula;
    });
  }
  setValue(value: unknown) { return this.setValues(this.fill(value)); }
  setFormulas(formulas: string[][]) {
    this.checkShape(formulas, 'formulas');
    return this.each((cell, r, c) => {
      const formula = formulas[r][c];
      if (formula) {
        cell.formula = formula.startsWith('=') ? formula : `=${formula}`;
        cell.value = '';
      } else {
        delete cell.formula;
        cell.value = '';
      }
    });
  }
  setFormula(formula: string) { return this.setFormulas(this.fill(formula)); }
  setNumberFormats(formats: string[][]) {
    this.checkShape(formats, 'formats');
    return this.each((cell, r, c) => (cell.format = formats[r][c]));
  }
  setNumberFormat(format: string) { return this.setNumberFormats(this.fill(format)); }
  setDataValidations(rules: (DataValidation | null)[][]) {
    this.checkShape(rules, 'rules');
    return this.each((cell, r, c) => (cell.validation = rules[r][c]));
  }
  setDataValidation(rule: DataValidation | null) { return this.setDataValidations(this.fill(rule)); }
  clearDataValidations() { return this.setDataValidation(null); }

  private fill<T>(value: T): T[][] {
    return Array.from({ length: this.numRows }, () => new Array(this.numColumns).fill(value));
  }
  private styleAll(key: string, value: unknown) { return this.each((cell) => ((cell.style ??= {})[key] = value)); }
  private styleEach(key: string, values: unknown[][]) {
    this.checkShape(values, key);
    return this.each((cell, r, c) => ((cell.style ??= {})[key] = values[r][c]));
  }
  setFontWeight(weight: string | null) { return this.styleAll('fontWeight', weight ?? 'normal'); }
  setFontWeights(weights: string[][]) { return this.styleEach('fontWeight', weights); }
  setFontStyle(style: string) { return this.styleAll('fontStyle', style); }
  setFontColor(color: string) { return this.styleAll('fontColor', color); }
  setFontColors(colors: string[][]) { return this.styleEach('fontColor', colors); }
  setFontSize(size: number) { return this.styleAll('fontSize', size); }
  setBackground(color: string | null) { return this.styleAll('background', color ?? '#ffffff'); }
  setBackgrounds(colors: string[][]) { return this.styleEach('background', colors); }
  setWrap(wrap: boolean) { return this.styleAll('wrap', wrap); }
  setHorizontalAlignment(alignment: string) { return this.styleAll('horizontalAlignment', alignment); }
  setHorizontalAlignments(alignments: string[][]) { return this.styleEach('horizontalAlignment', alignments); }
  setVerticalAlignment(alignment: string) { return this.styleAll('verticalAlignment', alignment); }
  setNote(note: string) { return this.styleAll('note', note); }
  setBorder(...args: unknown[]) { return this.styleAll('border', args); }

  clear() { return this.each((cell) => Object.assign(cell, { value: '', formula: undefined, format: undefined, validation: null, style: undefined })); }
  clearContent() { return this.each((cell) => Object.assign(cell, { value: '', formula: undefined })); }
  clearFormat() { return this.each((cell) => Object.assign(cell, { format: undefined, style: undefined })); }
}

function display(value: CellValue): string {
  if (isDate(value)) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
