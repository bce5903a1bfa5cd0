// The workbook behind SpreadsheetApp.getActiveSpreadsheet().
import { parseA1 } from './a1';
import type { CellValue } from './cells';
import { type RowEdit, shiftForRowEdit } from './references';
import { DeveloperMetadata, SheetModel } from './sheet';

/** A 2-D result spills down and right from its formula cell, as array results do in Sheets. */
export type FormulaResult = CellValue | CellValue[][];

/**
 * Computes formula cells; tests may leave it out (formula cells then read ''), the preview can plug in a
 * formula engine. Implement `evaluate` (one formula at a time) or `recalculate` (the whole workbook at once,
 * as HyperFormula does); results are cached until the next write anywhere in the workbook.
 */
export interface FormulaEvaluator {
  /** Row and column are 1-based. `workbook` gives access to other cells (sheetNamed(...).grid). */
  evaluate?(sheetName: string, row: number, column: number, formula: string, workbook: Workbook): FormulaResult;
  /** Every formula result of the workbook: sheet name → (row → column → value), 1-based, spilled cells included. */
  recalculate?(workbook: Workbook): Map<string, Map<number, Map<number, CellValue>>>;
  /** Told when a sheet's cells change, so an engine can update its copy. */
  changed?(sheetName: string): void;
}

/** Computed values of one sheet: row → column → value, for formula cells and the cells they spill into. */
export type Computed = Map<number, Map<number, CellValue>>;

/** A block of cells written (1-based); none means the whole sheet may have changed (rows inserted, cleared…). */
export interface ChangedArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  /** False when only formats, styles or validation changed (values and formulas are as they were). */
  contents?: boolean;
}

/** Told after every change to a sheet's cells, with the block written when there is one. */
export type ChangeListener = (sheet: SheetModel, area?: ChangedArea) => void;

export interface Toast {
  message: string;
  title: string;
}

export class Workbook {
  sheets: SheetModel[] = [];
  metadata: DeveloperMetadata[] = [];
  active: SheetModel | null = null;
  toasts: Toast[] = [];
  evaluator?: FormulaEvaluator;
  /** Change listeners (the preview keeps its formula engine and its saved file up to date with them). */
  listeners: ChangeListener[] = [];
  /**
   * The Date constructor values are read back with. Bundles run in a vm context whose `Date` differs from
   * ours, so `instanceof Date` in the bundle would fail on our Dates; runBundle() sets the context's here.
   */
  DateCtor: DateConstructor = Date;
  /** Bumped on every write, so computed formula results are recomputed only after a change. */
  version = 0;
  lastChartId = 0;
  private computed: { version: number; sheets: Map<string, Computed> } = { version: -1, sheets: new Map() };
  private nextSheetId = 0;
  readonly spreadsheet: Spreadsheet;

  constructor(
    public locale = 'en_US',
    public timeZone = 'Etc/UTC',
    public name = 'Untitled spreadsheet',
  ) {
    this.spreadsheet = new Spreadsheet(this);
  }

  addSheet(name: string, index?: number, id?: number): SheetModel {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new SheetModel(this, name, id ?? this.nextSheetId);
    this.nextSheetId = Math.max(this.nextSheetId, sheet.id) + 1;
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    return sheet;
  }

  /**
   * A copy of a sheet ("Copy of …", right after it): cells, sizes, frozen rows, widths, hidden columns, and
   * its sheet-level developer metadata. The documentation does not say whether Duplicate copies metadata;
   * the emulation copies it, the case where two sheets then carry the same role.
   */
  duplicate(source: SheetModel, index = this.sheets.indexOf(source) + 1): SheetModel {
    let name = `Copy of ${source.name}`;
    for (let n = 2; this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()); n++) name = `Copy ${n} of ${source.name}`;
    const copy = this.addSheet(name, index);
    source.grid.forEach((row, column, cell) => copy.grid.set(row, column, { ...cell, style: cell.style ? { ...cell.style } : undefined }));
    Object.assign(copy, { maxRows: source.maxRows, maxColumns: source.maxColumns, frozenRows: source.frozenRows, frozenColumns: source.frozenColumns });
    copy.columnWidths = { ...source.columnWidths };
    copy.hiddenColumns = new Set(source.hiddenColumns);
    for (const m of this.metadata.filter((m) => m.sheet === source)) this.metadata.push(new DeveloperMetadata(this, m.key, m.value, copy));
    this.touch(copy.name);
    return copy;
  }

  sheetNamed(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Rows inserted or deleted in one sheet: every formula of the workbook that points below them follows. */
  rowsEdited(edit: RowEdit): void {
    for (const sheet of this.sheets) {
      let rewritten = false;
      sheet.grid.forEach((_row, _column, cell) => {
        if (!cell.formula || cell.value === '#ERROR!') return;
        const moved = shiftForRowEdit(cell.formula, sheet.name, edit);
        if (moved !== cell.formula) rewritten = true;
        cell.formula = moved;
      });
      // Listeners (the preview's formula engine) learn of formulas rewritten in other sheets too.
      if (rewritten && sheet.name !== edit.sheet) this.touch(sheet.name);
    }
  }

  touch(sheetName: string, area?: ChangedArea): void {
    this.version++;
    this.evaluator?.changed?.(sheetName);
    if (this.listeners.length === 0) return;
    const sheet = this.sheetNamed(sheetName);
    if (sheet) for (const listener of this.listeners) listener(sheet, area);
  }

  /** Formula results of a sheet (with spills), computed through the evaluator; empty without one. */
  computedValues(sheet: SheetModel): Computed {
    const evaluator = this.evaluator;
    if (!evaluator) return new Map();
    if (this.computed.version !== this.version) this.computed = { version: this.version, sheets: new Map() };
    let values = this.computed.sheets.get(sheet.name);
    if (values) return values;
    if (evaluator.recalculate) {
      const all = evaluator.recalculate(this);
      for (const s of this.sheets) this.computed.sheets.set(s.name, all.get(s.name) ?? new Map());
      return this.computed.sheets.get(sheet.name) ?? new Map();
    }
    values = new Map();
    // Set before computing, so a formula that reads its own sheet sees earlier results rather than looping.
    this.computed.sheets.set(sheet.name, values);
    const put = (row: number, column: number, value: CellValue) => {
      let line = values!.get(row);
      if (!line) values!.set(row, (line = new Map()));
      line.set(column, value);
    };
    sheet.grid.forEach((row, column, cell) => {
      if (!cell.formula || cell.value === '#ERROR!' || !evaluator.evaluate) return;
      const result = evaluator.evaluate(sheet.name, row, column, cell.formula, this);
      if (!Array.isArray(result)) {
        put(row, column, result ?? '');
        return;
      }
      // Sheets refuses to spill over cells that hold anything: the formula shows #REF! instead.
      const blocked = result.some((line, r) => line.some((_, c) => (r || c) && (hasContent(sheet.grid.get(row + r, column + c)) || values!.get(row + r)?.has(column + c))));
      if (blocked || row + result.length - 1 > sheet.maxRows || column + result.reduce((widest, l) => Math.max(widest, l.length), 0) - 1 > sheet.maxColumns) {
        put(row, column, '#REF!');
        return;
      }
      result.forEach((line, r) => line.forEach((value, c) => put(row + r, column + c, value ?? '')));
    });
    return values;
  }
}

const hasContent = (cell: { value: CellValue; formula?: string } | undefined) => !!cell && (cell.value !== '' || !!cell.formula);

export class MetadataFinder {
  private key?: string;
  private value?: string;
  constructor(private readonly workbook: Workbook) {}
  withKey(key: string) { this.key = key; return this; }
  withValue(value: string) { this.value = value; return this; }
  find() {
    return this.workbook.metadata.filter((m) => (this.key === undefined || m.key === this.key) && (this.value === undefined || m.value === this.value));
  }
}

export class Spreadsheet {
  constructor(private readonly workbook: Workbook) {}

  getId() { return 'emulated-spreadsheet'; }
  getName() { return this.workbook.name; }
  getUrl() { return 'https://docs.google.com/spreadsheets/d/emulated-spreadsheet/edit'; }
  getSheets() { return [...this.workbook.sheets]; }
  getNumSheets() { return this.workbook.sheets.length; }
  getSheetByName(name: string) { return this.workbook.sheetNamed(name) ?? null; }
  getSheetById(id: number) { return this.workbook.sheets.find((s) => s.id === id) ?? null; }
  insertSheet(name?: string, index?: number) {
    let sheetName = name;
    if (!sheetName) {
      let n = this.workbook.sheets.length + 1;
      while (this.workbook.sheetNamed(`Sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    }
    const sheet = this.workbook.addSheet(sheetName, index);
    this.workbook.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: SheetModel) {
    if (this.workbook.sheets.length === 1) throw new Error("Exception: You can't remove all the sheets in a document.");
    this.workbook.sheets = this.workbook.sheets.filter((s) => s !== sheet);
    this.workbook.metadata = this.workbook.metadata.filter((m) => m.sheet !== sheet);
    if (this.workbook.active === sheet) this.workbook.active = this.workbook.sheets[0];
  }
  getActiveSheet() { return this.workbook.active ?? this.workbook.sheets[0] ?? null; }
  /** Edit → Duplicate: the copy comes right after the active sheet and becomes active. */
  duplicateActiveSheet() {
    const copy = this.workbook.duplicate(this.getActiveSheet());
    this.workbook.active = copy;
    return copy;
  }
  /** Moves the active sheet to a 1-based position among the tabs. */
  moveActiveSheet(position: number) {
    const sheet = this.getActiveSheet();
    this.workbook.sheets = this.workbook.sheets.filter((s) => s !== sheet);
    this.workbook.sheets.splice(position - 1, 0, sheet);
  }
  setActiveSheet(sheet: SheetModel) { this.workbook.active = sheet; return sheet; }
  getRange(a1: string) {
    const { sheet } = parseA1(a1);
    const target = sheet === undefined ? this.getActiveSheet() : this.workbook.sheetNamed(sheet);
    if (!target) throw new Error(`Exception: Range not found`);
    return target.getRange(a1.slice(a1.lastIndexOf('!') + 1));
  }
  getSpreadsheetLocale() { return this.workbook.locale; }
  setSpreadsheetLocale(locale: string) { this.workbook.locale = locale; }
  getSpreadsheetTimeZone() { return this.workbook.timeZone; }
  setSpreadsheetTimeZone(timeZone: string) { this.workbook.timeZone = timeZone; }
  toast(message: string, title = '', _timeoutSeconds?: number) { this.workbook.toasts.push({ message: String(message), title: String(title) }); }
  addDeveloperMetadata(key: string, value?: string) {
    this.workbook.metadata.push(new DeveloperMetadata(this.workbook, key, value ?? null, null));
    return this;
  }
  getDeveloperMetadata() { return this.workbook.metadata.filter((m) => m.sheet === null); }
  createDeveloperMetadataFinder() { return new MetadataFinder(this.workbook); }
}
