// The workbook behind SpreadsheetApp.getActiveSpreadsheet().
import { parseA1 } from './a1';
import type { CellValue } from './cells';
import { DeveloperMetadata, SheetModel } from './sheet';

/** Computes formula cells; the preview plugs in a real formula engine, tests may leave it out. */
export interface FormulaEvaluator {
  evaluate(sheetName: string, row: number, column: number, formula: string): CellValue;
  /** Told when a sheet's cells change, so cached results can be recomputed. */
  changed?(sheetName: string): void;
}

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

  sheetNamed(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }
}

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
