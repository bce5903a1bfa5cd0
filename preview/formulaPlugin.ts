// The add-on's custom functions as a HyperFormula plugin (GPL-3.0, used only by the local preview), for the
// formulas the preview does not compute itself (`=ICP_TIER(S2:S)*2`, `=IF(COMPANY_SIZE(…)="SMB", …)`): each
// call reaches the real bundle with the cells as Sheets gives them to a custom function.
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue, type SimpleCellAddress } from 'hyperformula';
import type { BundleContext } from '../emulation/bundle';
import type { Workbook } from '../emulation/spreadsheet';
import { columnKeyOf } from '../src/core/columns';
import { headerText } from '../src/core/headerFormulas';

/** What the plugin needs of the engine being computed: the bundle, the workbook and its Date cells. */
export interface PluginHost {
  bundle: BundleContext;
  workbook: Workbook;
  dates: Map<string, Map<number, Date>>;
}

/** The custom functions with their number of arguments (src/functions.ts; a test keeps the two in step). */
export const FUNCTIONS: Record<string, number> = {
  ICP_SCORE: 5, ICP_EXPLAIN: 5, ICP_TIER: 3, COMPANY_SIZE: 3, SEGMENT_CLV: 4, CAC_PAYBACK: 3, LTV_CAC: 2, MONTHLY_CHURN: 3, ANNUAL_CHURN: 1,
};
export const NATIVE_FUNCTIONS: ReadonlySet<string> = new Set(Object.keys(FUNCTIONS));
/** How many of those arguments are required (the others are optional). */
export const REQUIRED: Record<string, number> = { ICP_SCORE: 3, ICP_EXPLAIN: 3, ICP_TIER: 1, COMPANY_SIZE: 1, SEGMENT_CLV: 3, CAC_PAYBACK: 2, LTV_CAC: 2, MONTHLY_CHURN: 2, ANNUAL_CHURN: 1 };

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

/** The engine being computed: the plugin reaches the bundle and the Date cells through it. */
export const computing: { engine: PluginHost | null } = { engine: null };

/** A cell's key in the Date maps (0-based row and column). */
export const dateKey = (row: number, column: number) => row * 20_000 + column;
const toCell = (value: unknown): unknown => (typeof value === 'symbol' || value === null || value === undefined || value instanceof CellError ? '' : value);
/** A custom function's result as a cell holds it: numbers, text and booleans; anything else blank. */
export const fromResult = (value: unknown) => (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : '');

class AddonFunctions extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    Object.entries(FUNCTIONS).map(([name, arity]) => [
      name,
      {
        method: 'call',
        sizeOfResultArrayMethod: 'size',
        parameters: Array.from({ length: arity }, (_, i) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: i >= REQUIRED[name] })),
      },
    ]),
  );

  call(ast: Ast, state: State) {
    const name = ast.procedureName;
    const origins = ast.args.map((arg) => this.origin(arg, state));
    const height = this.rows(ast, state);
    return this.runFunction(ast.args as never, state as never, this.metadata(name), (...args: unknown[]) => {
      const plain = args.map((arg, i) => (arg instanceof SimpleRangeValue
        ? arg.rawData().map((row, r) => row.map((value, c) => asArgument(value, origins[i], r, c)))
        : asArgument(arg, origins[i], 0, 0)));
      let result: unknown;
      try {
        result = computing.engine!.bundle[name](...plain);
      } catch (error) {
        const message = error instanceof Error || (error as Error)?.message ? (error as Error).message : String(error);
        // The engine reserved `height` rows: the answer keeps that shape (the error on top, blanks under it,
        // as Sheets shows a failed custom function), so formulas reading the column never meet a missing array.
        const failed = new CellError(ErrorType.ERROR, message);
        return height > 1 ? SimpleRangeValue.onlyValues([[failed], ...Array.from({ length: height - 1 }, () => [''])] as never) : failed;
      }
      if (!Array.isArray(result)) return height > 1 ? SimpleRangeValue.onlyValues([[fromResult(result)], ...Array.from({ length: height - 1 }, () => [''])] as never) : fromResult(result);
      const rows = (result as unknown[][]).map((row) => (Array.isArray(row) ? row : [row]).map(fromResult));
      if (height <= 1) return rows[0]?.[0] ?? '';
      const width = rows.reduce((widest, row) => Math.max(widest, row.length), 1);
      const shaped = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (__, c) => rows[r]?.[c] ?? ''));
      return SimpleRangeValue.onlyValues(shaped as never);
    });
  }

  /** The spill area HyperFormula reserves: one row per input row, as the bundle returns (ICP_SCORE and
   * ICP_EXPLAIN: the accounts argument; the others broadcast, so the tallest range). */
  size(ast: Ast, state: State) {
    const rows = this.rows(ast, state);
    return rows > 1 ? new ArraySize(1, rows) : ArraySize.scalar();
  }

  /** Rows of the answer: those of the tallest range read (the accounts for ICP_SCORE / ICP_EXPLAIN), less a
   * header row the function skips. */
  private rows(ast: Ast, state: State): number {
    const args = PER_ACCOUNT.has(ast.procedureName) ? ast.args.slice(0, 1) : ast.args;
    let rows = 0;
    for (const arg of args) {
      const range = firstRange(arg);
      if (!range) continue;
      const start = range.start!.toSimpleCellAddress(state.formulaAddress).row;
      rows = Math.max(rows, Math.abs(range.end!.toSimpleCellAddress(state.formulaAddress).row - start) + 1);
    }
    if (rows > 1 && this.startsAtHeader(ast, state)) rows -= 1;
    return rows;
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
    const firsts = ranges.map(at).filter((a): a is SimpleCellAddress => !!a).map((a) => storedCell(this.dependencyGraph.sheetMapping.getSheetName(a.sheet), a.row, a.col));
    const isName = (cell: unknown) => typeof cell === 'string' && columnKeyOf(headerText('', cell.startsWith('=') ? cell : '') || cell) !== undefined;
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

/** A cell of the workbook being computed as typed (formula, or value; blank as null), 0-based. */
function storedCell(sheet: string | undefined, row: number, column: number): unknown {
  const cell = sheet === undefined ? undefined : computing.engine?.workbook.sheetNamed(sheet)?.grid.get(row + 1, column + 1);
  if (!cell) return null;
  return cell.formula ?? (cell.value === '' ? null : cell.value);
}

/** A value the engine passes, as Sheets would pass it to a custom function: blanks '', date cells Dates. */
function asArgument(value: unknown, origin: Origin, r: number, c: number): unknown {
  if (typeof value === 'number' && origin) return computing.engine?.dates.get(origin.sheet)?.get(dateKey(origin.row + r, origin.column + c)) ?? value;
  return toCell(value);
}

HyperFormula.registerFunctionPlugin(AddonFunctions as never, { enGB: Object.fromEntries(Object.keys(FUNCTIONS).map((n) => [n, n])) });
