// Formula cells of the preview, computed by HyperFormula (GPL-3.0, used only by this local preview) with
// the add-on's custom functions registered as a plugin that calls the real bundle.
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue, type SimpleCellAddress } from 'hyperformula';
import type { BundleContext } from '../emulation/bundle';
import type { Workbook } from '../emulation/spreadsheet';
import { isDate } from '../emulation/cells';
import { columnKeyOf } from '../src/core/columns';
import { headerText } from '../src/core/headerFormulas';

const FUNCTIONS: Record<string, number> = {
  ICP_SCORE: 3, ICP_EXPLAIN: 4, ICP_TIER: 3, COMPANY_SIZE: 2, SEGMENT_CLV: 4, CAC_PAYBACK: 3, LTV_CAC: 2, MONTHLY_CHURN: 3, ANNUAL_CHURN: 1,
};
const REQUIRED: Record<string, number> = { ICP_EXPLAIN: 3, ICP_TIER: 1, COMPANY_SIZE: 1, SEGMENT_CLV: 3, CAC_PAYBACK: 2, MONTHLY_CHURN: 2 };

type Address = { toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress };
type Arg = { type: string; start?: Address; end?: Address; reference?: Address; args?: Arg[][] };
type Ast = { procedureName: string; args: Arg[] };
type State = { formulaAddress: SimpleCellAddress };
/** Where an argument's values come from, when it is a cell or a range: sheet name, 0-based row and column. */
type Origin = { sheet: string; row: number; column: number } | null;

/** The scoring functions take a block of accounts: one result per row of the first argument. */
const PER_ACCOUNT = new Set(['ICP_SCORE', 'ICP_EXPLAIN']);
/** Functions that skip a first row holding column names (ICP_TIER(S1:S) from a header-row formula). */
const HEADER_AWARE = new Set(['ICP_TIER', 'COMPANY_SIZE']);
/** The engine's input of the workbook being computed, to see a range's first cell before computing. */
let raw: Record<string, unknown[][]> = {};
const rawCell = (sheet: string | undefined, row: number, column: number) => (sheet === undefined ? undefined : raw[sheet]?.[row]?.[column]);

let current: BundleContext | null = null;
/** Date cells of the workbook being computed (sheet → "row:column", 0-based): the engine holds them as serial
 * numbers, but Sheets hands Date objects to custom functions, so the plugin gives the bundle the Dates. */
let dates = new Map<string, Map<string, Date>>();

const toCell = (value: unknown): unknown => (typeof value === 'symbol' || value === null || value === undefined || value instanceof CellError ? '' : value);
const fromResult = (value: unknown) => (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : '');

class AddonFunctions extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    Object.entries(FUNCTIONS).map(([name, arity]) => [
      name,
      {
        method: 'call',
        sizeOfResultArrayMethod: 'size',
        parameters: Array.from({ length: arity }, (_, i) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: i >= (REQUIRED[name] ?? arity) })),
      },
    ]),
  );

  call(ast: Ast, state: State) {
    const name = ast.procedureName;
    const origins = ast.args.map((arg) => this.origin(arg, state));
    return this.runFunction(ast.args as never, state as never, this.metadata(name), (...args: unknown[]) => {
      const plain = args.map((arg, i) => (arg instanceof SimpleRangeValue
        ? arg.rawData().map((row, r) => row.map((value, c) => asArgument(value, origins[i], r, c)))
        : asArgument(arg, origins[i], 0, 0)));
      try {
        const result = current![name](...plain);
        if (!Array.isArray(result)) return fromResult(result);
        // The engine reserved `size` rows before the call; a header row the function skipped leaves one spare.
        const rows = this.size(ast, state).height;
        const values = Array.from({ length: rows }, (_, r) => ((result as unknown[][])[r] ?? ['']).map(fromResult));
        return SimpleRangeValue.onlyValues(values as never);
      } catch (error) {
        return new CellError(ErrorType.VALUE, error instanceof Error || (error as Error)?.message ? (error as Error).message : String(error));
      }
    });
  }

  /** The spill area HyperFormula reserves: one row per input row, as the bundle returns (ICP_SCORE and
   * ICP_EXPLAIN: the accounts argument; the others broadcast, so the tallest range). */
  size(ast: Ast, state: State) {
    const args = PER_ACCOUNT.has(ast.procedureName) ? ast.args.slice(0, 1) : ast.args;
    let rows = 0;
    for (const arg of args) {
      const range = firstRange(arg);
      if (!range) continue;
      const start = range.start!.toSimpleCellAddress(state.formulaAddress).row;
      rows = Math.max(rows, Math.abs(range.end!.toSimpleCellAddress(state.formulaAddress).row - start) + 1);
    }
    if (rows > 1 && this.startsAtHeader(ast, state)) rows -= 1;
    return rows > 1 ? new ArraySize(1, rows) : ArraySize.scalar();
  }

  /** Whether the function will skip its first row as a header, as the bundle decides (header-row formulas). */
  private startsAtHeader(ast: Ast, state: State): boolean {
    const ranges = ast.args.map(firstRange);
    const at = (arg: Arg | undefined) => arg?.start?.toSimpleCellAddress(state.formulaAddress);
    if (PER_ACCOUNT.has(ast.procedureName)) {
      const [accounts, headers] = [at(ranges[0]), at(ranges[1])];
      return !!accounts && !!headers && accounts.sheet === headers.sheet && accounts.row === headers.row;
    }
    if (!HEADER_AWARE.has(ast.procedureName)) return false;
    const firsts = ranges.map(at).filter((a): a is SimpleCellAddress => !!a).map((a) => rawCell(this.dependencyGraph.sheetMapping.getSheetName(a.sheet), a.row, a.col));
    const isName = (cell: unknown) => typeof cell === 'string' && columnKeyOf(headerText('', cell.startsWith('=') ? cell : '') || cell.replace(/^'/, '')) !== undefined;
    return firsts.some(isName) && firsts.every((cell) => cell === null || cell === undefined || isName(cell));
  }

  private origin(arg: Arg, state: State): Origin {
    const address = arg.type === 'CELL_RANGE' ? arg.start : arg.type === 'CELL_REFERENCE' ? arg.reference : undefined;
    if (!address) return null;
    const at = address.toSimpleCellAddress(state.formulaAddress);
    const sheet = this.dependencyGraph.sheetMapping.getSheetName(at.sheet);
    return sheet === undefined ? null : { sheet, row: at.row, column: at.col };
  }
}

/** The range an argument reads: itself, or the first range of an array literal such as `{A1:Q, U1:V}`. */
function firstRange(arg: Arg): Arg | undefined {
  if (arg.type === 'CELL_RANGE' && arg.start && arg.end) return arg;
  for (const row of arg.args ?? []) for (const item of row) if (firstRange(item)) return firstRange(item);
  return undefined;
}

/** A value the engine passes, as Sheets would pass it to a custom function: blanks '', date cells Dates. */
function asArgument(value: unknown, origin: Origin, r: number, c: number): unknown {
  if (typeof value === 'number' && origin) return dates.get(origin.sheet)?.get(`${origin.row + r}:${origin.column + c}`) ?? value;
  return toCell(value);
}

HyperFormula.registerFunctionPlugin(AddonFunctions as never, { enGB: Object.fromEntries(Object.keys(FUNCTIONS).map((n) => [n, n])) });

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

export interface Computed {
  /** Sheet name → rows of computed values (spilled results included). */
  values: Map<string, unknown[][]>;
  errors: Map<string, Array<[number, number, string]>>;
}

/** Computes every sheet of the workbook. */
export function computeWorkbook(workbook: Workbook, bundle: BundleContext): Computed {
  current = bundle;
  dates = new Map();
  const sheets: Record<string, unknown[][]> = {};
  for (const sheet of workbook.sheets) {
    const { lastRow, lastColumn } = sheet.grid.extent();
    const rows: unknown[][] = Array.from({ length: lastRow }, () => new Array(lastColumn).fill(null));
    const sheetDates = new Map<string, Date>();
    for (const [row, column, cell] of sheet.grid.entries()) {
      if (row > lastRow || column > lastColumn) continue;
      rows[row - 1][column - 1] = cell.formula ? closeOpenRanges(cell.formula, sheet.maxRows) : engineInput(cell.value);
      if (!cell.formula && isDate(cell.value)) sheetDates.set(`${row - 1}:${column - 1}`, cell.value as Date);
    }
    sheets[sheet.name] = rows;
    dates.set(sheet.name, sheetDates);
  }
  raw = sheets;
  const engine = HyperFormula.buildFromSheets(sheets as never, { licenseKey: 'gpl-v3', useArrayArithmetic: true, maxRows: 100_000 });
  const values = new Map<string, unknown[][]>();
  const errors = new Map<string, Array<[number, number, string]>>();
  for (const name of Object.keys(sheets)) {
    const id = engine.getSheetId(name)!;
    const computed = engine.getSheetValues(id) as unknown[][];
    const sheetErrors: Array<[number, number, string]> = [];
    computed.forEach((row, r) => row.forEach((value, c) => {
      if (value && typeof value === 'object' && 'type' in (value as object)) {
        sheetErrors.push([r, c, (value as { message?: string }).message || String((value as { value?: string }).value)]);
        row[c] = '#ERROR!';
      }
    }));
    values.set(name, computed);
    errors.set(name, sheetErrors);
  }
  engine.destroy();
  return { values, errors };
}
