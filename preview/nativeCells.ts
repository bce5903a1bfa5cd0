// The add-on's own formulas of a workbook (see native.ts), computed as Sheets computes a custom function
// and spilled as Sheets spills an array result: each is recomputed only when a cell it reads changed, or a
// formula of ours it reads was recomputed; the general engine gives the values of any other formula cell.
import type { BundleContext } from '../emulation/bundle';
import type { Cell } from '../emulation/cells';
import { columnToLetters } from '../emulation/a1';
import type { SheetModel } from '../emulation/sheet';
import type { ChangedArea, Workbook } from '../emulation/spreadsheet';
import { fromResult } from './formulaPlugin';
import { type NativeArg, type NativeFormula, type RangeArg, parseNative, rangesOf, sheetsRead } from './native';

/** [row, column, message], 0-based from the formula's cell (or from a block's first cell). */
export type ErrorAt = [row: number, column: number, message: string];

interface Output {
  /** What the cells show from the formula's cell down and right: values, errors as Sheets writes them. */
  values: unknown[][];
  errors: ErrorAt[];
  /** Last row / column (0-based) that shows something: blank results under the data do not count. */
  lastRow: number;
  lastColumn: number;
  /** Rows and columns the results need (more than shown when the spill is blocked): a cell emptied there
   * lets them spill. */
  reach?: [rows: number, columns: number];
}

interface Native {
  sheet: SheetModel;
  row: number;
  column: number;
  plan: NativeFormula;
  reads: Set<string>;
  dirty: boolean;
  /** When it was last computed: a formula reading it is stale once this is newer than its own. */
  stamp: number;
  deps: Native[];
  out: Output | null;
  /** Found to read itself, through other formulas of ours. */
  inCycle: boolean;
}

const key = (row: number, column: number) => row * 20_000 + column;
/** A spreadsheet holds at most 10 million cells: no range of a real one reads more. */
const MAX_CELLS_READ = 10_000_000;
const CIRCULAR = 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.';
const filled = (cell: Cell | undefined) => !!cell && (cell.value !== '' || !!cell.formula);

/** An argument the function is never called with: the formula shows this error instead. */
class Refused {
  constructor(readonly shown: string, readonly message: string) {}
}

function failed(shown: string, message: string, label?: string): Output {
  // A label above a failed function stays (an array literal holds the error as one of its values).
  return label === undefined
    ? { values: [[shown]], errors: [[0, 0, message]], lastRow: 0, lastColumn: 0 }
    : { values: [[label], [shown]], errors: [[1, 0, message]], lastRow: 1, lastColumn: 0 };
}

export class NativeCells {
  private readonly bySheet = new Map<SheetModel, Map<number, Native>>();
  /** Per sheet, our formulas by column, top to bottom: what a range can read without a look at every one
   * (a column of per-row formulas can hold thousands). Rebuilt after the sheet's formulas change. */
  private readonly byColumn = new Map<SheetModel, Map<number, Native[]>>();
  private clock = 0;

  constructor(
    private readonly workbook: Workbook,
    private readonly bundle: BundleContext,
    /** The value the general engine computed for a formula cell it holds (1-based), '' if none. */
    private readonly general: (sheet: SheetModel, row: number, column: number) => unknown,
    functions: ReadonlySet<string>,
  ) {
    this.functions = functions;
  }

  private readonly functions: ReadonlySet<string>;

  /** Takes a formula cell: true when it is one of ours (the general engine must then leave it alone). */
  note(sheet: SheetModel, row: number, column: number, formula: string): boolean {
    const plan = parseNative(formula, this.functions);
    const cells = this.bySheet.get(sheet);
    this.byColumn.delete(sheet);
    if (!plan) {
      cells?.delete(key(row, column));
      return false;
    }
    const map = cells ?? new Map<number, Native>();
    this.bySheet.set(sheet, map);
    map.set(key(row, column), { sheet, row, column, plan, reads: sheetsRead(plan, sheet.name), dirty: true, stamp: 0, deps: [], out: null, inCycle: false });
    return true;
  }

  /** A cell that no longer holds a formula of ours. */
  forget(sheet: SheetModel, row: number, column: number) {
    if (this.bySheet.get(sheet)?.delete(key(row, column))) this.byColumn.delete(sheet);
  }

  /** Before a sheet is read again whole. */
  clear(sheet: SheetModel) {
    this.bySheet.delete(sheet);
    this.byColumn.delete(sheet);
  }

  /** Drops deleted sheets. */
  keepOnly(sheets: Set<SheetModel>) {
    for (const sheet of [...this.bySheet.keys()]) if (!sheets.has(sheet)) this.clear(sheet);
  }

  isNative(sheet: SheetModel, row: number, column: number): boolean {
    return this.bySheet.get(sheet)?.has(key(row, column)) ?? false;
  }

  /** Marks stale each formula that reads the changed cells, or whose results they would cover. */
  changed(sheet: SheetModel, area?: ChangedArea) {
    const name = sheet.name.toLowerCase();
    for (const cells of this.bySheet.values()) {
      for (const native of cells.values()) {
        if (native.dirty) continue;
        const reads = native.reads.has(name) && native.plan.args.some((arg) => rangesOf(arg).some((range) => (range.sheet ?? native.sheet.name.toLowerCase()) === name && overlaps(range, area)));
        const [rows, columns] = native.out?.reach ?? [native.out?.values.length ?? 1, native.out?.values[0]?.length ?? 1];
        const spill = { top: native.row, left: native.column, bottom: native.row + rows - 1, right: native.column + columns - 1 };
        const covers = native.sheet === sheet && overlaps(spill, area);
        if (reads || covers) native.dirty = true;
      }
    }
  }

  /** Our formulas of a sheet, each computed if it is stale. */
  computed(sheet: SheetModel): Array<{ row: number; column: number; stamp: number; out: Output }> {
    const cells = this.bySheet.get(sheet);
    if (!cells) return [];
    return [...cells.values()].map((native) => {
      this.ensure(native, new Set());
      return { row: native.row, column: native.column, stamp: native.stamp, out: native.out! };
    });
  }

  /** Last row and column our formulas of a sheet show something in (0 when none). */
  extent(sheet: SheetModel): { lastRow: number; lastColumn: number } {
    let lastRow = 0;
    let lastColumn = 0;
    for (const { row, column, out } of this.computed(sheet)) {
      lastRow = Math.max(lastRow, row + out.lastRow);
      lastColumn = Math.max(lastColumn, column + out.lastColumn);
    }
    return { lastRow, lastColumn };
  }

  /** Puts what our formulas show into a block of values (1-based first row and column), with their errors. */
  overlay(sheet: SheetModel, row: number, column: number, values: unknown[][], errors: ErrorAt[]) {
    const numRows = values.length;
    const numColumns = values[0]?.length ?? 0;
    for (const native of this.computed(sheet)) {
      const { out } = native;
      const top = Math.max(row, native.row);
      const bottom = Math.min(row + numRows - 1, native.row + out.values.length - 1);
      for (let r = top; r <= bottom; r++) {
        const line = out.values[r - native.row];
        const left = Math.max(column, native.column);
        const right = Math.min(column + numColumns - 1, native.column + line.length - 1);
        for (let c = left; c <= right; c++) values[r - row][c - column] = line[c - native.column] ?? '';
      }
      for (const [r, c, message] of out.errors) {
        const at = [native.row + r - row, native.column + c - column];
        if (at[0] >= 0 && at[0] < numRows && at[1] >= 0 && at[1] < numColumns) errors.push([at[0], at[1], message]);
      }
    }
  }

  /** Our formulas of a sheet whose results may fall in columns left..right above row `bottom` (each
   * spills from its own cell to the right by the width it had last time, one column before). */
  private *spillingInto(sheet: SheetModel, left: number, right: number, bottom: number): Generator<Native> {
    let columns = this.byColumn.get(sheet);
    if (!columns) {
      columns = new Map();
      for (const native of this.bySheet.get(sheet)?.values() ?? []) {
        const list = columns.get(native.column) ?? [];
        list.push(native);
        columns.set(native.column, list);
      }
      for (const list of columns.values()) list.sort((a, b) => a.row - b.row);
      this.byColumn.set(sheet, columns);
    }
    for (const [column, list] of columns) {
      if (column > right) continue;
      for (const native of list) {
        if (native.row > bottom) break;
        if (column + (native.out?.values[0]?.length ?? 1) - 1 >= left) yield native;
      }
    }
  }

  private registered(native: Native): boolean {
    return this.bySheet.get(native.sheet)?.get(key(native.row, native.column)) === native;
  }

  private ensure(native: Native, path: Set<Native>) {
    if (path.has(native)) return;
    path.add(native);
    try {
      let stale = native.dirty || !native.out;
      for (const dep of native.deps) {
        if (!this.registered(dep)) stale = true;
        else {
          this.ensure(dep, path);
          if (dep.stamp > native.stamp) stale = true;
        }
      }
      if (stale) this.evaluate(native, path);
    } finally {
      path.delete(native);
    }
  }

  private evaluate(native: Native, path: Set<Native>) {
    native.dirty = false;
    native.deps = [];
    native.inCycle = false;
    const out = this.run(native, path);
    // The formula that closed the loop and the one it reached both show the error.
    native.out = native.inCycle ? failed('#REF!', CIRCULAR) : out;
    native.stamp = ++this.clock;
  }

  private run(native: Native, path: Set<Native>): Output {
    const { plan, sheet } = native;
    const args: unknown[] = [];
    for (const arg of plan.args) {
      const value = this.argument(arg, native, path);
      if (value instanceof Refused) return failed(value.shown, value.message, plan.label);
      args.push(value);
    }
    let result: unknown;
    try {
      result = this.bundle[plan.name](...args);
    } catch (error) {
      const message = error instanceof Error || (error as Error)?.message ? (error as Error).message : String(error);
      return failed('#ERROR!', message, plan.label);
    }
    const rows: unknown[][] = Array.isArray(result) ? (result as unknown[]).map((row) => (Array.isArray(row) ? row : [row]).map(fromResult)) : [[fromResult(result)]];
    if (rows.length === 0) rows.push(['']);
    const width = rows.reduce((widest, row) => Math.max(widest, row.length), 1);
    if (plan.label !== undefined) {
      if (width !== 1) return failed('#VALUE!', 'In ARRAY_LITERAL, an Array Literal was missing values for one or more rows.');
      rows.unshift([plan.label]);
    }
    // Sheets spills only over empty cells, and only inside the sheet.
    const height = rows.length;
    if (native.row + height - 1 > sheet.maxRows || native.column + width - 1 > sheet.maxColumns) {
      return failed('#REF!', `Result was not automatically expanded, please insert more ${native.row + height - 1 > sheet.maxRows ? `rows (${native.row + height - 1 - sheet.maxRows})` : `columns (${native.column + width - 1 - sheet.maxColumns})`}.`);
    }
    for (let r = 0; r < height; r++) {
      const cells = sheet.grid.rowCells(native.row + r);
      if (!cells) continue;
      for (let c = 0; c < width; c++) {
        if ((r || c) && filled(cells[native.column + c])) {
          return { ...failed('#REF!', `Array result was not expanded because it would overwrite data in ${columnToLetters(native.column + c)}${native.row + r}.`), reach: [height, width] };
        }
      }
    }
    let lastRow = 0;
    let lastColumn = 0;
    rows.forEach((row, r) => row.forEach((value, c) => {
      if (value === '') return;
      lastRow = Math.max(lastRow, r);
      lastColumn = Math.max(lastColumn, c);
    }));
    return { values: rows, errors: [], lastRow, lastColumn };
  }

  /** An argument as Apps Script passes it to a custom function: a value, or rows of values for a range. */
  private argument(arg: NativeArg, native: Native, path: Set<Native>): unknown {
    if (arg.kind === 'value') return arg.value;
    if (arg.kind === 'range') {
      const block = this.read(arg, native, path);
      return Array.isArray(block) && arg.single ? block[0][0] : block;
    }
    const blocks: unknown[][][] = [];
    for (const part of arg.parts) {
      const block = this.read(part, native, path);
      if (block instanceof Refused) return block;
      blocks.push(block);
    }
    if (blocks.some((block) => block.length !== blocks[0].length)) return new Refused('#VALUE!', 'In ARRAY_LITERAL, an Array Literal was missing values for one or more rows.');
    return blocks[0].map((_, r) => blocks.flatMap((block) => block[r]));
  }

  /** The values of a range: stored values (Dates as Dates), our formulas' results, the general engine's
   * results for other formula cells; errors reach the function as blanks. */
  private read(range: RangeArg, native: Native, path: Set<Native>): unknown[][] | Refused {
    const sheet = range.sheet === null ? native.sheet : this.workbook.sheets.find((s) => s.name.toLowerCase() === range.sheet);
    if (!sheet) return new Refused('#REF!', `Unresolved sheet name '${range.sheet}'.`);
    const bottom = Math.min(range.bottom ?? sheet.maxRows, sheet.maxRows);
    const right = Math.min(range.right, sheet.maxColumns);
    // A formula reading the cells its own results go into reads itself.
    if (sheet === native.sheet && range.left <= native.column && native.column <= right && bottom >= native.row) {
      native.inCycle = true;
      return new Refused('#REF!', CIRCULAR);
    }
    const width = right - range.left + 1;
    if (width * (bottom - range.top + 1) > MAX_CELLS_READ) return new Refused('#REF!', `This formula reads more than ${MAX_CELLS_READ.toLocaleString('en-US')} cells, more than a spreadsheet holds.`);
    const rows: unknown[][] = new Array(Math.max(0, bottom - range.top + 1));
    for (let r = range.top; r <= bottom; r++) {
      const cells = sheet.grid.rowCells(r);
      const line: unknown[] = new Array(width).fill('');
      if (cells) {
        for (let c = range.left; c <= right; c++) {
          const cell = cells[c];
          if (!cell) continue;
          if (cell.formula) line[c - range.left] = this.isNative(sheet, r, c) ? '' : this.general(sheet, r, c);
          else line[c - range.left] = cell.value;
        }
      }
      rows[r - range.top] = line;
    }
    // Results of our formulas that spill into the range (each is a column of results under its cell).
    for (const other of this.spillingInto(sheet, range.left, right, bottom)) {
      if (other === native) continue;
      native.deps.push(other);
      if (path.has(other)) {
        other.inCycle = true;
        return new Refused('#REF!', CIRCULAR);
      }
      this.ensure(other, path);
      const { out } = other;
      if (!out) continue;
      const errors = new Set(out.errors.map(([r, c]) => key(r, c)));
      out.values.forEach((line, r) => line.forEach((value, c) => {
        const [row, column] = [other.row + r, other.column + c];
        if (row < range.top || row > bottom || column < range.left || column > right) return;
        rows[row - range.top][column - range.left] = errors.has(key(r, c)) ? '' : value;
      }));
    }
    return rows;
  }
}

/** Whether a written block meets a rectangle (`bottom` null: to the sheet's end); no block means the whole sheet. */
function overlaps(range: Pick<RangeArg, 'top' | 'left' | 'bottom' | 'right'>, area?: ChangedArea): boolean {
  if (!area) return true;
  const bottom = range.bottom ?? Infinity;
  return area.row <= bottom && area.row + area.numRows - 1 >= range.top && area.column <= range.right && area.column + area.numColumns - 1 >= range.left;
}
