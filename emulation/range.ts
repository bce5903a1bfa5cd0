// Range: reads and writes whole blocks, with Apps Script's dimension checks and messages.
import { toA1 } from './a1';
import { type Cell, type CellValue, parseInput } from './cells';
import { displayValue } from './display';
import { moveFormula } from './references';
import { sortOrder, type SortSpec } from './sort';
import type { DataValidation } from './validation';
import type { SheetModel } from './sheet';

type Grid2D<T> = T[][];

/** Per-cell format keys with their Apps Script defaults (what a getter returns for an unformatted cell). */
const STYLE_DEFAULTS: Record<string, unknown> = {
  fontWeight: 'normal', fontStyle: 'normal', fontColor: '#000000', fontSize: 10, fontFamily: 'Arial', background: '#ffffff',
  wrap: false, horizontalAlignment: 'general', verticalAlignment: 'bottom', note: '', border: null,
};

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
  getRowIndex() { return this.row; }
  getColumn() { return this.column; }
  getLastRow() { return this.row + this.numRows - 1; }
  getLastColumn() { return this.column + this.numColumns - 1; }
  getNumRows() { return this.numRows; }
  getNumColumns() { return this.numColumns; }
  getHeight() { return this.numRows; }
  getWidth() { return this.numColumns; }
  getA1Notation() { return toA1(this.row, this.column, this.numRows, this.numColumns); }
  getCell(row: number, column: number) {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) throw new Error('Exception: Cell reference out of range');
    return this.sheet.getRange(this.row + row - 1, this.column + column - 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows = this.numRows, numColumns = this.numColumns) {
    return this.sheet.getRange(this.row + rowOffset, this.column + columnOffset, numRows, numColumns);
  }
  isBlank() { return this.getValues().every((line) => line.every((v) => v === '')) && this.getFormulas().every((l) => l.every((f) => f === '')); }

  private map<T>(read: (cell: Cell | undefined, row: number, column: number) => T): Grid2D<T> {
    const out: Grid2D<T> = new Array(this.numRows);
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = new Array(this.numColumns);
      for (let c = 0; c < this.numColumns; c++) line[c] = read(this.sheet.grid.get(this.row + r, this.column + c), this.row + r, this.column + c);
      out[r] = line;
    }
    return out;
  }

  /** Writes every cell of the range; `contents` false when only formats or styles change (values stay). */
  private each(write: (cell: Cell, r: number, c: number) => void, contents = true): this {
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numColumns; c++) write(this.sheet.grid.cell(this.row + r, this.column + c), r, c);
    }
    this.sheet.changed({ row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns, contents });
    return this;
  }

  private checkShape(data: unknown, method: string): asserts data is unknown[][] {
    if (!Array.isArray(data) || !data.every(Array.isArray)) {
      throw new Error(`Exception: The parameters (${Array.isArray(data) ? 'number[]' : typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    }
    if (data.length !== this.numRows) {
      throw new Error(`Exception: The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`);
    }
    const wrong = data.find((line) => line.length !== this.numColumns);
    if (wrong) {
      throw new Error(`Exception: The number of columns in the data does not match the number of columns in the range. The data has ${wrong.length} but the range has ${this.numColumns}.`);
    }
  }

  getValues(): CellValue[][] {
    const computed = this.sheet.workbook.evaluator ? this.sheet.workbook.computedValues(this.sheet) : undefined;
    return this.map((cell, row, column) => this.sheet.valueOf(cell, row, column, computed));
  }
  getValue(): CellValue { return this.getValues()[0][0]; }
  getDisplayValues(): string[][] {
    const { locale, timeZone } = this.sheet.workbook;
    const values = this.getValues();
    return this.map((cell, row, column) => displayValue(values[row - this.row][column - this.column], cell?.format, locale, timeZone));
  }
  getDisplayValue() { return this.getDisplayValues()[0][0]; }
  getFormulas(): string[][] { return this.map((cell) => cell?.formula ?? ''); }
  getFormula() { return this.getFormulas()[0][0]; }
  getNumberFormats(): string[][] { return this.map((cell) => cell?.format ?? 'General'); }
  getNumberFormat() { return this.getNumberFormats()[0][0]; }
  getDataValidations(): (DataValidation | null)[][] { return this.map((cell) => cell?.validation ?? null); }
  getDataValidation() { return this.getDataValidations()[0][0]; }
  /** Any per-cell format, e.g. getStyle('fontWeight'), with Apps Script's default for unformatted cells. */
  getStyle(key: string): unknown[][] { return this.map((cell) => cell?.style?.[key] ?? STYLE_DEFAULTS[key] ?? null); }
  private styles<T>(key: string) { return this.getStyle(key) as T[][]; }
  getFontWeights() { return this.styles<string>('fontWeight'); }
  getFontWeight() { return this.getFontWeights()[0][0]; }
  getFontStyles() { return this.styles<string>('fontStyle'); }
  getFontStyle() { return this.getFontStyles()[0][0]; }
  getFontColors() { return this.styles<string>('fontColor'); }
  getFontColor() { return this.getFontColors()[0][0]; }
  getFontSizes() { return this.styles<number>('fontSize'); }
  getFontSize() { return this.getFontSizes()[0][0]; }
  getBackgrounds() { return this.styles<string>('background'); }
  getBackground() { return this.getBackgrounds()[0][0]; }
  getWraps() { return this.styles<boolean>('wrap'); }
  getWrap() { return this.getWraps()[0][0]; }
  getHorizontalAlignments() { return this.styles<string>('horizontalAlignment'); }
  getHorizontalAlignment() { return this.getHorizontalAlignments()[0][0]; }
  getVerticalAlignments() { return this.styles<string>('verticalAlignment'); }
  getVerticalAlignment() { return this.getVerticalAlignments()[0][0]; }
  getNotes() { return this.styles<string>('note'); }
  getNote() { return this.getNotes()[0][0]; }

  setValues(values: unknown[][]) {
    this.checkShape(values, 'setValues');
    const context = this.sheet.workbook;
    return this.each((cell, r, c) => {
      const parsed = parseInput(values[r][c], cell.format, context);
      cell.value = parsed.value;
      if (parsed.formula) cell.formula = parsed.formula;
      else delete cell.formula;
    });
  }
  setValue(value: unknown) { return this.setValues(this.fill(value)); }
  setFormulas(formulas: string[][]) {
    this.checkShape(formulas, 'setFormulas');
    return this.each((cell, r, c) => {
      const formula = formulas[r][c];
      cell.value = '';
      if (formula === '' || formula === null || formula === undefined) delete cell.formula;
      else cell.formula = String(formula).startsWith('=') ? String(formula) : `=${formula}`;
    });
  }
  setFormula(formula: string) { return this.setFormulas(this.fill(formula)); }
  setNumberFormats(formats: string[][]) {
    this.checkShape(formats, 'setNumberFormats');
    return this.each((cell, r, c) => (cell.format = formats[r][c]), false);
  }
  // One format for the range: no array of copies (Create sets whole 100,000-row columns at once).
  setNumberFormat(format: string) { return this.each((cell) => (cell.format = format), false); }
  setDataValidations(rules: (DataValidation | null)[][]) {
    this.checkShape(rules, 'setDataValidations');
    return this.each((cell, r, c) => (cell.validation = rules[r][c]), false);
  }
  setDataValidation(rule: DataValidation | null) { return this.setDataValidations(this.fill(rule)); }
  clearDataValidations() { return this.setDataValidation(null); }

  private fill<T>(value: T): T[][] {
    return Array.from({ length: this.numRows }, () => new Array(this.numColumns).fill(value));
  }
  /** `null` resets a format to its default, as the Apps Script setters document. */
  private styleAll(key: string, value: unknown) {
    return this.each((cell) => {
      if (value === null || value === undefined) delete cell.style?.[key];
      else (cell.style ??= {})[key] = value;
    }, false);
  }
  private styleEach(key: string, values: unknown[][], method: string) {
    this.checkShape(values, method);
    return this.each((cell, r, c) => {
      const value = values[r][c];
      if (value === null || value === undefined) delete cell.style?.[key];
      else (cell.style ??= {})[key] = value;
    }, false);
  }
  setFontWeight(weight: string | null) { return this.styleAll('fontWeight', weight); }
  setFontWeights(weights: string[][]) { return this.styleEach('fontWeight', weights, 'setFontWeights'); }
  setFontStyle(style: string | null) { return this.styleAll('fontStyle', style); }
  setFontStyles(styles: string[][]) { return this.styleEach('fontStyle', styles, 'setFontStyles'); }
  setFontColor(color: string | null) { return this.styleAll('fontColor', color); }
  setFontColors(colors: string[][]) { return this.styleEach('fontColor', colors, 'setFontColors'); }
  setFontSize(size: number | null) { return this.styleAll('fontSize', size); }
  setFontFamily(family: string | null) { return this.styleAll('fontFamily', family); }
  setBackground(color: string | null) { return this.styleAll('background', color); }
  setBackgrounds(colors: string[][]) { return this.styleEach('background', colors, 'setBackgrounds'); }
  setWrap(wrap: boolean) { return this.styleAll('wrap', wrap); }
  setWraps(wraps: boolean[][]) { return this.styleEach('wrap', wraps, 'setWraps'); }
  setHorizontalAlignment(alignment: string | null) { return this.styleAll('horizontalAlignment', alignment); }
  setHorizontalAlignments(alignments: string[][]) { return this.styleEach('horizontalAlignment', alignments, 'setHorizontalAlignments'); }
  setVerticalAlignment(alignment: string | null) { return this.styleAll('verticalAlignment', alignment); }
  setVerticalAlignments(alignments: string[][]) { return this.styleEach('verticalAlignment', alignments, 'setVerticalAlignments'); }
  setNote(note: string | null) { return this.styleAll('note', note === '' ? null : note); }
  setNotes(notes: string[][]) { return this.styleEach('note', notes, 'setNotes'); }
  setBorder(...args: unknown[]) { return this.styleAll('border', args.every((a) => a === null) ? null : args); }

  /**
   * Sorts the rows of this range by the given column(s) (sheet column numbers), as Range.sort does: whole
   * cells move (values, formulas, formats, validation), a moved formula reads from its new row as a copied
   * one does, and the order follows the values shown (spilled results included). Nothing outside the range
   * moves, so a formula spilling into the range stays where it is.
   */
  sort(spec: SortSpec) {
    const values = this.getValues();
    const order = sortOrder(values, spec, this.column, this.numColumns);
    const grid = this.sheet.grid;
    const moved = order.map((from) => Array.from({ length: this.numColumns }, (_, c) => grid.get(this.row + from, this.column + c)));
    order.forEach((from, to) => {
      moved[to].forEach((cell, c) => {
        if (cell?.formula && cell.value !== '#ERROR!') cell.formula = moveFormula(cell.formula, this.sheet.name, to - from);
        grid.set(this.row + to, this.column + c, cell);
      });
    });
    this.sheet.changed();
    return this;
  }

  /** clear(options) as Apps Script: with options, only the parts asked for. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }) {
    const all = !options || !(options.contentsOnly || options.formatOnly || options.validationsOnly || options.commentsOnly);
    return this.each((cell) => {
      if (all || options?.contentsOnly) Object.assign(cell, { value: '', formula: undefined });
      if (all || options?.formatOnly) Object.assign(cell, { format: undefined, style: undefined });
      if (all || options?.validationsOnly) cell.validation = null;
      if (options?.commentsOnly) delete cell.style?.note;
    }, all || !!options?.contentsOnly);
  }
  clearContent() { return this.clear({ contentsOnly: true }); }
  clearFormat() { return this.clear({ formatOnly: true }); }
  clearNote() { return this.setNote(null); }
}
