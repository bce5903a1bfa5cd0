// What differs between the SQL dialects the criteria compile to. Everything else in ./render is written
// once; each difference here is pinned by a table-driven test (test/core/sql/dialects.test.ts).

export type DialectName = 'duckdb' | 'bigquery';

export interface Dialect {
  name: DialectName;
  /** A quoted column name. */
  ident(name: string): string;
  /** A table name, `dataset.table` or `project.dataset.table` quoted as the dialect needs. */
  table(name: string): string;
  /** A string literal holding `text` exactly (quotes, backslashes and line breaks included). */
  string(text: string): string;
  /** A regular-expression literal (both dialects use RE2 syntax). */
  regex(pattern: string): string;
  /** A number literal whose value is exactly the JavaScript number, as a floating-point value. */
  float(value: number): string;
  /** Any value as text (numbers, dates and booleans as the dialect prints them). */
  text(expr: string): string;
  /** Text to a floating-point number, NULL when it is not one (never an error). */
  tryNumber(expr: string): string;
  /** `YYYY-MM-DD` text to a date, NULL when it is not a calendar date (never an error). */
  tryDate(expr: string): string;
  /** Whether the regular expression matches somewhere in the text. */
  matches(expr: string, pattern: string): string;
  /** Replaces every match (BigQuery's REGEXP_REPLACE always does; DuckDB's only with the 'g' flag). */
  replaceAll(expr: string, pattern: string, replacement: string): string;
  /** a / b, NULL when b is 0 (DuckDB would give ±Infinity). */
  safeDivide(a: string, b: string): string;
  /** The larger of non-NULL values (callers COALESCE first: BigQuery's GREATEST is NULL if any argument is). */
  greatest(...exprs: string[]): string;
  /** Whole days from `start` to `end` (DuckDB: unit first, start first; BigQuery: end first, unit last). */
  daysBetween(start: string, end: string): string;
  /** Rows of a group where the condition holds. */
  countIf(condition: string): string;
  /** A query parameter (DuckDB: a SET VARIABLE; BigQuery: a named @parameter, as Connected Sheets binds them). */
  param(name: string): string;
  /** Statement that gives a parameter a value before the query (DuckDB), or undefined (BigQuery: set by the caller). */
  setParam(name: string, valueSql: string): string | undefined;
  /** `*` minus helper columns. */
  starExcept(columns: readonly string[]): string;
  /** The floating-point type. */
  floatType: string;
  /** A whole-number result type. */
  integerType: string;
  /** Natural logarithm (DuckDB's LOG is base 10; BigQuery's LOG is natural, LOG(x, b) any base). */
  ln(expr: string): string;
  /** Base-10 logarithm. */
  log10(expr: string): string;
  /** Text with accents taken off letters (NFD without combining marks). */
  stripAccents(expr: string): string;
  /** Text composed (NFC) as JavaScript's normalize('NFC'): a letter and a combining accent become one character. */
  composed(expr: string): string;
  /** Whether some item of text split on `separators` (a regex character class) satisfies `test(item)`. */
  anyItem(expr: string, separators: string, test: (item: string) => string): string;
  /** Text split on a separator into an array. */
  split(expr: string, separator: string): string;
  /** Joins the non-NULL texts with a separator ('' when all are NULL). */
  joinNonNull(exprs: readonly string[], separator: string): string;
  /** Joins texts of a list of (sort keys…, text) entries, ordered by the keys: list_sort in DuckDB, UNNEST … ORDER BY in BigQuery. */
  joinSorted(entries: readonly SortedEntry[], separator: string): string;
}

/** One entry of joinSorted: keys compared in order (each ascending), then the text that is joined. */
export interface SortedEntry {
  keys: string[];
  text: string;
}

/** JavaScript's String.prototype.trim whitespace, as an RE2 character class. */
export const WHITESPACE_CLASS = '[\\t\\n\\v\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]';

/** The shortest decimal text of a number JavaScript prints (`0.1`, `1e-7`, `12`). */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(value);
}
