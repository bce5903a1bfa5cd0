// Formula cells of the preview: the add-on's own formulas computed here (nativeCells.ts), every other one by
// HyperFormula (GPL-3.0, used only by this local preview) with the custom functions as a plugin (formulaPlugin.ts).
//
// One engine lives as long as the workbook: the emulation reports every block written, and only those
// cells are handed to the engine, which recomputes what depends on them. A formula the engine cannot
// parse, or a sheet it cannot hold, shows an error in its cells; the rest keeps computing.
import { HyperFormula } from 'hyperformula';
import type { BundleContext } from '../emulation/bundle';
import type { ChangedArea, Workbook } from '../emulation/spreadsheet';
import type { SheetModel } from '../emulation/sheet';
import { type Cell, isDate } from '../emulation/cells';
import { FUNCTIONS, NATIVE_FUNCTIONS, REQUIRED, computing, dateKey } from './formulaPlugin';
import { NativeCells } from './nativeCells';

export { FUNCTIONS, REQUIRED };

/** Sheets' own limit is 10 million cells; a sheet of up to a million rows fits the engine. */
export const MAX_ROWS = 1_000_000;
const CONFIG = { licenseKey: 'gpl-v3', useArrayArithmetic: true, maxRows: MAX_ROWS, maxColumns: 18_278 };
/** Above this many changed cells a sheet is handed over whole (one replacement beats many small edits). */
const WHOLE_SHEET = 200_000;

/** `C2:C` (open-ended, which Sheets allows) becomes `C2:C1000` for the engine; nothing else is rewritten. */
export function closeOpenRanges(formula: string, maxRows: number): string {
  return formula.replace(/(\$?[A-Z]{1,3}\$?\d+):(\$?[A-Z]{1,3})(?![A-Za-z0-9$(!_])/g, (_, start: string, end: string) => `${start}:${end}${maxRows}`);
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const toSerial = (date: Date) => (date.getTime() - EXCEL_EPOCH) / 86_400_000;

/** A stored cell value as the engine's input: text stays text (a leading ' stops the engine reading
 * `00123`, `TRUE` or `05/01/2024` text as a number, boolean or date), dates become serial numbers. */
function engineInput(value: unknown): unknown {
  if (isDate(value)) return toSerial(value as Date);
  if (value === '' || value === null || value === undefined) return null;
  return typeof value === 'string' ? `'${value}` : value;
}

/** Sheet names a formula reads (`Criteria!A2:D`, `'My sheet'!B1`), lower-cased. */
function sheetsNamedIn(formula: string): string[] {
  const names: string[] = [];
  for (const match of formula.matchAll(/(?:'((?:[^']|'')+)'|([\p{L}\p{N}_.]+))!/gu)) names.push((match[1]?.replace(/''/g, "'") ?? match[2]).toLowerCase());
  return names;
}

/** Long or deeply nested formulas can overflow the engine's recursive parser; those are tried on a scratch
 * engine first, so one of them can never break the workbook's engine. */
function tooComplex(formula: string): string | null {
  if (formula.length < 500) return null;
  let depth = 0;
  let deepest = 0;
  for (const ch of formula) {
    if (ch === '(') deepest = Math.max(deepest, ++depth);
    else if (ch === ')') depth--;
  }
  if (formula.length < 2000 && deepest < 40) return null;
  const scratch = HyperFormula.buildFromArray([], { licenseKey: 'gpl-v3' });
  try {
    scratch.setCellContents({ sheet: 0, row: 0, col: 0 }, [[formula]]);
    return null;
  } catch {
    return 'This formula is too long or too deeply nested for the preview\'s formula engine.';
  } finally {
    scratch.destroy();
  }
}

export type CellErrorInfo = [row: number, column: number, message: string];

const SHOWN_ERRORS: Record<string, string> = {
  DIV_BY_ZERO: '#DIV/0!', NAME: '#NAME?', VALUE: '#VALUE!', NUM: '#NUM!', NA: '#N/A', CYCLE: '#REF!', REF: '#REF!', SPILL: '#REF!', ERROR: '#ERROR!',
};

/** The computed value of a cell as the grid and the saved file show it: errors as Sheets writes them. */
function plain(value: unknown): { value: unknown; error?: string } {
  if (value && typeof value === 'object' && 'type' in (value as object)) {
    const { type, message, value: text } = value as { type: string; message?: string; value?: string };
    const shown = SHOWN_ERRORS[type] ?? String(text ?? '#ERROR!');
    const why = type === 'CYCLE' ? 'Circular dependency detected.' : type === 'SPILL' ? 'Array result was not expanded because it would overwrite data.' : message;
    return { value: shown, error: why || shown };
  }
  return { value: value ?? '' };
}

export class FormulaEngine {
  private engine: HyperFormula | null = null;
  /** Sheets in the engine, by the model (so a rename keeps them). */
  private ids = new Map<SheetModel, number>();
  /** Sheets that hold formulas or are read by one: only those go into the engine. */
  private needed = new Set<SheetModel>();
  private referenced = new Set<string>();
  /** Pending work: sheets to hand over whole, and blocks written since the last sync. */
  private whole = new Set<SheetModel>();
  private areas = new Map<SheetModel, ChangedArea[]>();
  /** Formula cells the engine was not given (sheet → "row:column" → why), shown as #ERROR!. */
  private refused = new Map<SheetModel, Map<number, string>>();
  /** Formulas with an array literal (`={"ICP score"; ICP_SCORE(A1:Q, …)}`): the engine does not see the ranges
   * inside a literal as dependencies, so these are handed over again when a sheet they read changes. */
  private literals = new Map<SheetModel, Map<number, { row: number; column: number; reads: string[] }>>();
  /** Sheets the engine could not hold at all, with the reason. */
  private failedSheets = new Map<SheetModel, string>();
  /** Date cells per sheet name, so custom functions get Dates as in Sheets. */
  readonly dates = new Map<string, Map<number, Date>>();
  private readonly listener = (sheet: SheetModel, area?: ChangedArea) => this.changed(sheet, area);
  /** The add-on's own formulas, computed without the engine (it never has to hold the accounts they read). */
  private readonly natives: NativeCells;
  /** What of our formulas' results each engine sheet holds (a general formula may read them). */
  private pushed = new Map<SheetModel, Map<string, { stamp: number; rows: number; columns: number }>>();

  constructor(readonly workbook: Workbook, readonly bundle: BundleContext) {
    this.natives = new NativeCells(workbook, bundle, (sheet, row, column) => this.generalValue(sheet, row, column), NATIVE_FUNCTIONS);
    workbook.listeners.push(this.listener);
    for (const sheet of workbook.sheets) this.whole.add(sheet);
  }

  /** Stops listening to the workbook and frees the engine. */
  dispose() {
    this.workbook.listeners = this.workbook.listeners.filter((l) => l !== this.listener);
    this.engine?.destroy();
    this.engine = null;
  }

  private changed(sheet: SheetModel, area?: ChangedArea) {
    if (area?.contents === false) return; // formats and styles are not the engine's business
    this.natives.changed(sheet, area);
    // A sheet the engine could not hold is tried again once it changes (the bad formula may be gone).
    if (this.failedSheets.delete(sheet)) area = undefined;
    if (this.whole.has(sheet)) return;
    if (!area) {
      this.whole.add(sheet);
      this.areas.delete(sheet);
      return;
    }
    const list = this.areas.get(sheet) ?? [];
    list.push(area);
    if (list.reduce((n, a) => n + a.numRows * a.numColumns, 0) > WHOLE_SHEET) {
      this.whole.add(sheet);
      this.areas.delete(sheet);
    } else this.areas.set(sheet, list);
  }

  /** Brings the engine up to date with every change since the last call. */
  sync(): void {
    this.computing(() => {
      try {
        this.apply();
        this.pushNatives();
      } catch (error) {
        // Whatever the engine choked on, start over sheet by sheet: a sheet that fails again is kept out.
        this.rebuild(error as Error);
      }
    });
  }

  /** Runs work that may call the custom functions: the plugin reaches the bundle through this engine. */
  private computing<T>(work: () => T): T {
    const before = computing.engine;
    computing.engine = this;
    try {
      return work();
    } finally {
      computing.engine = before;
    }
  }

  private apply() {
    const sheets = new Set(this.workbook.sheets);
    if (!this.engine) this.engine = HyperFormula.buildEmpty(CONFIG as never);
    const engine = this.engine;
    this.natives.keepOnly(sheets);
    engine.batch(() => {
      for (const [sheet, id] of [...this.ids]) {
        if (!sheets.has(sheet)) {
          engine.removeSheet(id);
          this.ids.delete(sheet);
          this.needed.delete(sheet);
          this.dates.delete(sheet.name);
        } else if (engine.getSheetName(id) !== sheet.name) {
          this.dates.set(sheet.name, this.dates.get(engine.getSheetName(id)!) ?? new Map());
          engine.renameSheet(id, sheet.name);
        }
      }
      // First see which sheets hold formulas or are read by one, then hand over what changed.
      for (const sheet of this.whole) if (sheets.has(sheet)) this.scanWhole(sheet);
      for (const [sheet, areas] of this.areas) if (sheets.has(sheet)) for (const area of areas) this.scanArea(sheet, area);
      for (const sheet of this.workbook.sheets) {
        if (this.failedSheets.has(sheet)) continue;
        const wanted = this.needed.has(sheet) || this.referenced.has(sheet.name.toLowerCase());
        if (wanted && !this.ids.has(sheet)) {
          engine.addSheet(sheet.name);
          this.ids.set(sheet, engine.getSheetId(sheet.name)!);
          this.whole.add(sheet);
        }
      }
      for (const sheet of this.whole) {
        const id = this.ids.get(sheet);
        if (id !== undefined && sheets.has(sheet)) engine.setSheetContent(id, this.wholeInputs(sheet) as never);
        this.pushed.delete(sheet);
      }
      for (const [sheet, areas] of this.areas) {
        const id = this.ids.get(sheet);
        if (id === undefined || this.whole.has(sheet) || !sheets.has(sheet)) continue;
        for (const a of areas) engine.setCellContents({ sheet: id, row: a.row - 1, col: a.column - 1 }, this.inputs(sheet, a.row, a.column, a.numRows, a.numColumns) as never);
        this.pushed.delete(sheet); // the blocks written may have covered results of ours the engine held
      }
      const changed = new Set([...this.whole, ...this.areas.keys()].map((sheet) => sheet.name.toLowerCase()));
      for (const [sheet, literals] of this.literals) {
        const id = this.ids.get(sheet);
        if (id === undefined || !sheets.has(sheet) || this.whole.has(sheet)) continue;
        for (const { row, column, reads } of literals.values()) {
          if (reads.some((name) => changed.has(name))) engine.setCellContents({ sheet: id, row: row - 1, col: column - 1 }, this.inputs(sheet, row, column, 1, 1) as never);
        }
      }
    });
    this.whole.clear();
    this.areas.clear();
  }

  private size(sheet: SheetModel): [number, number] {
    const { lastRow, lastColumn } = sheet.grid.extent();
    return [lastRow, lastColumn];
  }

  private scanWhole(sheet: SheetModel) {
    this.refused.delete(sheet);
    this.literals.delete(sheet);
    this.natives.clear(sheet);
    let formulas = false;
    sheet.grid.forEach((row, column, cell) => {
      if (!cell.formula || this.natives.note(sheet, row, column, cell.formula)) return;
      formulas = true;
      this.noteFormula(sheet, row, column, cell);
    });
    if (formulas) this.needed.add(sheet);
  }

  private scanArea(sheet: SheetModel, area: ChangedArea) {
    const refused = this.refused.get(sheet);
    for (let r = area.row; r < area.row + area.numRows; r++) {
      for (let c = area.column; c < area.column + area.numColumns; c++) {
        const cell = sheet.grid.get(r, c);
        const key = dateKey(r - 1, c - 1);
        refused?.delete(key);
        this.literals.get(sheet)?.delete(key);
        if (!cell?.formula) this.natives.forget(sheet, r, c);
        else if (!this.natives.note(sheet, r, c, cell.formula)) {
          this.needed.add(sheet);
          this.noteFormula(sheet, r, c, cell);
        }
      }
    }
  }

  private noteFormula(sheet: SheetModel, row: number, column: number, cell: Cell) {
    const reads = sheetsNamedIn(cell.formula!);
    for (const name of reads) this.referenced.add(name);
    if (cell.formula!.includes('{')) {
      const literals = this.literals.get(sheet) ?? new Map();
      literals.set(dateKey(row - 1, column - 1), { row, column, reads: [...reads, sheet.name.toLowerCase()] });
      this.literals.set(sheet, literals);
    }
    const why = tooComplex(cell.formula!);
    if (!why) return;
    const refused = this.refused.get(sheet) ?? new Map<number, string>();
    refused.set(dateKey(row - 1, column - 1), why);
    this.refused.set(sheet, refused);
  }

  /** The engine's input for a whole sheet; its Date cells are noted afresh. */
  private wholeInputs(sheet: SheetModel): unknown[][] {
    this.dates.set(sheet.name, new Map());
    return this.inputs(sheet, 1, 1, ...this.size(sheet));
  }

  /** The engine's input for a block (1-based, inclusive size), noting its Date cells for the custom
   * functions (only cells the engine holds need them: our own formulas read the grid). */
  private inputs(sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number): unknown[][] {
    const refused = this.refused.get(sheet);
    const dates = this.dates.get(sheet.name) ?? new Map<number, Date>();
    this.dates.set(sheet.name, dates);
    const out: unknown[][] = new Array(numRows);
    for (let r = 0; r < numRows; r++) {
      const line: unknown[] = new Array(numColumns).fill(null);
      for (let c = 0; c < numColumns; c++) {
        const cell = sheet.grid.get(row + r, column + c);
        const key = dateKey(row + r - 1, column + c - 1);
        if (cell && !cell.formula && isDate(cell.value)) dates.set(key, cell.value);
        else if (dates.size) dates.delete(key);
        if (!cell) continue;
        if (cell.formula) line[c] = refused?.has(key) || this.natives.isNative(sheet, row + r, column + c) ? null : closeOpenRanges(cell.formula, sheet.maxRows);
        else line[c] = engineInput(cell.value);
      }
      out[r] = line;
    }
    return out;
  }

  /** Starts a new engine from the workbook, sheet by sheet; a sheet the engine cannot take is left out
   * and its formula cells show why. */
  private rebuild(cause: Error) {
    this.engine?.destroy();
    this.engine = HyperFormula.buildEmpty(CONFIG as never);
    this.ids.clear();
    this.whole = new Set(this.workbook.sheets);
    this.areas.clear();
    const engine = this.engine;
    for (const sheet of this.workbook.sheets) this.scanWhole(sheet);
    for (const sheet of this.workbook.sheets) {
      if (!this.needed.has(sheet) && !this.referenced.has(sheet.name.toLowerCase())) continue;
      try {
        engine.addSheet(sheet.name);
        const id = engine.getSheetId(sheet.name)!;
        this.ids.set(sheet, id);
        engine.setSheetContent(id, this.wholeInputs(sheet) as never);
      } catch (error) {
        this.failedSheets.set(sheet, `The preview's formula engine could not compute this sheet (${(error as Error).message || cause.message}); its formulas are not computed.`);
        const id = engine.getSheetId(sheet.name);
        this.ids.delete(sheet);
        try {
          if (id !== undefined) engine.removeSheet(id);
        } catch {
          // The engine is past saving: the next change starts a fresh one.
          this.engine = null;
        }
      }
    }
    this.whole.clear();
  }

  /** The sheets the general engine holds a copy of (what it costs in memory follows from them). */
  heldSheets(): string[] {
    this.sync();
    return this.workbook.sheets.filter((sheet) => this.ids.has(sheet)).map((sheet) => sheet.name);
  }

  /** Why a sheet's formulas are not computed, when they are not. */
  sheetProblem(sheet: SheetModel): string | undefined {
    return this.failedSheets.get(sheet);
  }

  /**
   * Computed values of a block (1-based rows/columns), blanks as '' and errors as Sheets shows them, with
   * each error's message. Cells of sheets outside the engine read their stored values.
   */
  block(sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number): { values: unknown[][]; errors: CellErrorInfo[] } {
    this.sync();
    const errors: CellErrorInfo[] = [];
    const id = this.ids.get(sheet);
    let raw: unknown[][] | null = null;
    this.computing(() => {
      try {
        if (id !== undefined && this.engine && numRows > 0 && numColumns > 0) {
          raw = this.engine.getRangeValues({ start: { sheet: id, row: row - 1, col: column - 1 }, end: { sheet: id, row: row + numRows - 2, col: column + numColumns - 2 } }) as unknown[][];
        }
      } catch (error) {
        this.rebuild(error as Error);
      }
    });
    const refused = this.refused.get(sheet);
    const failed = this.failedSheets.get(sheet);
    const values: unknown[][] = new Array(numRows);
    for (let r = 0; r < numRows; r++) {
      const line: unknown[] = new Array(numColumns);
      for (let c = 0; c < numColumns; c++) {
        const cell = sheet.grid.get(row + r, column + c);
        if (cell && !cell.formula && cell.value !== '') {
          line[c] = cell.value;
          continue;
        }
        const why = cell?.formula && !this.natives.isNative(sheet, row + r, column + c) ? (refused?.get(dateKey(row + r - 1, column + c - 1)) ?? failed) : undefined;
        if (why) {
          line[c] = '#ERROR!';
          errors.push([r, c, why]);
          continue;
        }
        const shown = plain(raw?.[r]?.[c]);
        line[c] = shown.value;
        if (shown.error) errors.push([r, c, shown.error]);
      }
      values[r] = line;
    }
    this.computing(() => this.natives.overlay(sheet, row, column, values, errors));
    return { values, errors };
  }

  /** What the engine computed for a general formula cell (1-based), for a formula of ours reading it; its
   * errors reach our functions as blanks. */
  private generalValue(sheet: SheetModel, row: number, column: number): unknown {
    const id = this.ids.get(sheet);
    if (id === undefined || !this.engine || this.refused.get(sheet)?.has(dateKey(row - 1, column - 1))) return '';
    const shown = plain(this.engine.getCellValue({ sheet: id, row: row - 1, col: column - 1 }));
    return shown.error ? '' : shown.value;
  }

  /** Our formulas' results go into the engine's copy of a sheet it holds, where general formulas can read them. */
  private pushNatives() {
    const engine = this.engine;
    if (!engine) return;
    for (const [sheet, id] of this.ids) {
      const held = this.pushed.get(sheet) ?? new Map<string, { stamp: number; rows: number; columns: number }>();
      this.pushed.set(sheet, held);
      for (const { row, column, stamp, out } of this.natives.computed(sheet)) {
        const at = `${row}:${column}`;
        const before = held.get(at);
        if (before?.stamp === stamp) continue;
        const rows = Math.max(out.values.length, before?.rows ?? 0);
        const columns = Math.max(out.values.reduce((w, line) => Math.max(w, line.length), 1), before?.columns ?? 0);
        const errors = new Set(out.errors.map(([r, c]) => `${r}:${c}`));
        const block = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (__, c) => {
          const value = out.values[r]?.[c];
          return value === undefined || value === '' || errors.has(`${r}:${c}`) ? null : engineInput(value);
        }));
        engine.setCellContents({ sheet: id, row: row - 1, col: column - 1 }, block as never);
        held.set(at, { stamp, rows: out.values.length, columns });
      }
    }
  }

  /** Last row and column holding a value or a computed result (spilled blanks under the data do not count). */
  extent(sheet: SheetModel): { lastRow: number; lastColumn: number } {
    this.sync();
    const grid = sheet.grid.extent();
    const ours = this.computing(() => this.natives.extent(sheet));
    const own = { lastRow: Math.max(grid.lastRow, ours.lastRow), lastColumn: Math.max(grid.lastColumn, ours.lastColumn) };
    const id = this.ids.get(sheet);
    if (id === undefined || !this.engine) return own;
    const size = this.engine.getSheetDimensions(id);
    let lastRow = own.lastRow;
    for (let bottom = size.height; bottom > own.lastRow; bottom -= 1000) {
      const top = Math.max(own.lastRow + 1, bottom - 999);
      const rows = this.engine.getRangeValues({ start: { sheet: id, row: top - 1, col: 0 }, end: { sheet: id, row: bottom - 1, col: Math.max(0, size.width - 1) } });
      let found = rows.length - 1;
      while (found >= 0 && !rows[found].some((v) => v !== null && v !== '')) found--;
      if (found >= 0) {
        lastRow = top + found;
        break;
      }
    }
    return { lastRow, lastColumn: Math.max(own.lastColumn, size.width) };
  }
}

export interface Computed {
  /** Sheet name → rows of computed values (spilled results included). */
  values: Map<string, unknown[][]>;
  errors: Map<string, CellErrorInfo[]>;
}

/** Computes every sheet of the workbook once (tests and one-off reads; the preview keeps a FormulaEngine). */
export function computeWorkbook(workbook: Workbook, bundle: BundleContext): Computed {
  const engine = new FormulaEngine(workbook, bundle);
  try {
    const values = new Map<string, unknown[][]>();
    const errors = new Map<string, CellErrorInfo[]>();
    for (const sheet of workbook.sheets) {
      const { lastRow, lastColumn } = engine.extent(sheet);
      const block = engine.block(sheet, 1, 1, lastRow, lastColumn);
      values.set(sheet.name, block.values);
      errors.set(sheet.name, block.errors);
    }
    return { values, errors };
  } finally {
    engine.dispose();
  }
}
