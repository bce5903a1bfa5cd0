// How custom-function arguments become per-row values (docs/rules.md, Custom functions): a single cell is one value, a range
// arrives as a 2D array and yields one output row per input row, so `=F(A2:A)` spills down.
import { columnKeyOf } from './columns';
import { type Language, type MessageKey, t } from './i18n';
import { type CellValue, InputError, describeValue, isBlank, parseNumber } from './values';
import { numberStyle } from './vocabulary/numbers';

let errorLanguage: Language = 'en';

/**
 * Runs a custom function with its error messages in `language`. Functions are first run in English and
 * run again this way only when they fail, so a working sheet never looks its language up.
 */
export function inLanguage<T>(language: Language, run: () => T): T {
  const before = errorLanguage;
  errorLanguage = language;
  try {
    return run();
  } finally {
    errorLanguage = before;
  }
}

/** The language of the custom function's messages now. */
export const messageLanguage = (): Language => errorLanguage;

/** An InputError in the message language. */
/** Where a value was read (`ICP_TIER score, row 7`): worked out only when a message needs it, since a
 * column of 100,000 rows would otherwise build 100,000 of them. */
export type Where = string | (() => string);

export function fail(key: MessageKey, params: Record<string, string | number | (() => string)>): never {
  const resolved = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'function' ? value() : value]));
  throw new InputError(t(errorLanguage, key, resolved));
}

/** A value as the message language quotes it. */
export const quoted = (value: unknown) => describeValue(value, errorLanguage);

export type ArgValue = CellValue | CellValue[][];
export type Output = string | number;

interface ColumnArg {
  name: string;
  rows?: readonly CellValue[]; // undefined for a single value
  value: CellValue;
}

/** Where a value came from, for error messages: `MONTHLY_CHURN customers_lost row 3`. */
export type Locate = (argIndex: number) => Where;

function toColumnArg(fn: string, name: string, arg: ArgValue): ColumnArg {
  if (!Array.isArray(arg)) return { name, value: arg };
  const rows = arg.map((row, index) => {
    if (!Array.isArray(row)) return row as CellValue;
    if (row.length > 1) {
      fail('fn.oneColumn', { fn, arg: name, width: row.length, row: index + 1 });
    }
    return row[0];
  });
  return rows.length === 1 ? { name, value: rows[0] } : { name, rows, value: undefined };
}

/**
 * Applies `compute` to each row of the arguments. Single values (and one-row ranges) repeat for every
 * row; ranges must agree on their row count. All single values → a single value; otherwise a column.
 */
export function mapRows(
  fn: string,
  names: readonly string[],
  args: readonly ArgValue[],
  compute: (cells: CellValue[], locate: Locate) => Output,
): Output | Output[][] {
  const columns = names.map((name, i) => toColumnArg(fn, name, args[i]));
  const ranged = columns.filter((column) => column.rows !== undefined);
  if (ranged.length === 0) {
    return compute(columns.map((c) => c.value), (i) => t(errorLanguage, 'fn.where', { fn, arg: columns[i].name }));
  }
  const rowCount = ranged[0].rows!.length;
  const mismatch = ranged.find((column) => column.rows!.length !== rowCount);
  if (mismatch) {
    fail('fn.heights', { fn, first: ranged[0].name, rows: rowCount, other: mismatch.name, otherRows: mismatch.rows!.length });
  }
  const out: Output[][] = new Array(rowCount);
  const cells: CellValue[] = new Array(columns.length);
  let row = 0;
  const locate: Locate = (i) => () => t(errorLanguage, columns[i].rows ? 'fn.whereRow' : 'fn.where', { fn, arg: columns[i].name, row: row + 1 });
  for (; row < rowCount; row++) {
    for (let i = 0; i < columns.length; i++) cells[i] = columns[i].rows ? columns[i].rows![row] : columns[i].value;
    out[row] = [compute(cells, locate)];
  }
  return out;
}

/** What a numeric argument may hold (docs/rules.md, Numbers: money, counts and months ≥ 0; rates in [0, 1]). */
export interface NumberBounds {
  kind: 'nonNegative' | 'fraction' | 'positive' | 'any';
}

/** Reads a numeric argument; blank gives `fallback` (undefined when the argument is required). */
export function readNumber(value: CellValue, where: Where, bounds: NumberBounds, fallback?: number): number | undefined {
  if (isBlank(value)) return fallback;
  const number = parseNumber(value);
  if (number === undefined) fail('fn.notNumber', { where, value: quoted(value) });
  switch (bounds.kind) {
    case 'nonNegative':
      if (number < 0) fail('fn.negative', { where, value: quoted(value) });
      break;
    case 'positive':
      if (number <= 0) fail('fn.notPositive', { where, value: quoted(value) });
      break;
    case 'fraction':
      if (number < 0 || number > 1) {
        fail('fn.notRate', { where, value: quoted(value), example: `0${numberStyle(errorLanguage).decimal}8` });
      }
      break;
    case 'any':
      break;
  }
  return number;
}

/** Any result that is not a finite number is a bug in a formula's guards; never hand it to Sheets. */
export function finite(fn: string, result: number): number {
  if (!Number.isFinite(result)) fail('fn.notFinite', { fn });
  return result;
}

/**
 * The arguments without their header row, when the ranges start at it (the worksheet's header-row formulas
 * read `S1:S`): every range's first cell is blank or a column name (`ICP score`, `Employees`, in any
 * language), and at least one is a name. Anything else is left as it is, so a bad first value still errors.
 */
export function withoutHeaderRow(args: readonly ArgValue[]): ArgValue[] {
  const ranges = args.filter((arg): arg is CellValue[][] => Array.isArray(arg) && arg.length > 1);
  const firsts = ranges.map((range) => (Array.isArray(range[0]) ? range[0][0] : (range[0] as CellValue)));
  const isName = (cell: CellValue) => typeof cell === 'string' && columnKeyOf(cell) !== undefined;
  if (!firsts.some(isName) || !firsts.every((cell) => isBlank(cell) || isName(cell))) return [...args];
  return args.map((arg) => (Array.isArray(arg) && arg.length > 1 ? arg.slice(1) : arg));
}
