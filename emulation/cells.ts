// Cell storage and the way Sheets turns typed input into values, formulas or text.
import type { DataValidation } from './validation';

export type CellValue = string | number | boolean | Date;

export interface Cell {
  value: CellValue;
  formula?: string;
  format?: string;
  validation?: DataValidation | null;
  style?: Record<string, unknown>;
}

/** Dates from any realm (the bundle runs in a vm context in tests, where `instanceof Date` fails). */
export function isDate(value: unknown): value is Date {
  // Most cells are numbers and text: only objects need the (slower) realm-proof check.
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Date]';
}

/** How the spreadsheet's locale writes numbers and dates (Sheets parses typed text by it). */
export interface LocaleRules {
  decimal: '.' | ',';
  group: ',' | '.';
  /** Order of day and month in slash dates: `1/15/2024` (en_US) or `15/01/2024` (vi_VN, ro_RO). */
  dayFirst: boolean;
}

// Languages whose locales write 1.234,5 (the common ones; Sheets has more nuance, e.g. fr uses spaces).
const COMMA_DECIMAL = new Set(['vi', 'ro', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'tr', 'id', 'pl', 'cs', 'da', 'fi', 'nb', 'sv', 'uk', 'el', 'hu', 'sk', 'sl', 'hr', 'bg', 'lt', 'lv', 'et']);

export function localeRules(locale: string): LocaleRules {
  const [language, country] = locale.split(/[_-]/);
  const comma = COMMA_DECIMAL.has(language.toLowerCase()) && !(language === 'es' && country === 'MX');
  const dayFirst = !(language === 'en' && (country === 'US' || country === undefined));
  return comma ? { decimal: ',', group: '.', dayFirst } : { decimal: '.', group: ',', dayFirst };
}

/** Wall-clock parts in a time zone; one formatter per zone (building one costs more than formatting). */
const zoneFormats = new Map<string, Intl.DateTimeFormat>();
export function wallClock(time: Date | number, timeZone: string): Record<string, number> {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    zoneFormats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(time)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return parts;
}

// One pattern per separator pair: parseInput runs for every cell written.
const numberPatterns = new Map<string, RegExp>();
const numberPattern = (r: LocaleRules) => numberPatterns.get(r.decimal) ?? numberPatterns.set(r.decimal, buildNumberPattern(r)).get(r.decimal)!;
const buildNumberPattern = (r: LocaleRules) => {
  const g = r.group === ',' ? ',' : '\\.';
  const d = r.decimal === '.' ? '\\.' : ',';
  return new RegExp(`^[+-]?(?:(?:\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}\\d*)?|${d}\\d+)(?:[eE][+-]?\\d+)?$`);
};

/** Milliseconds since the epoch of a wall-clock time in an IANA time zone. */
export function zonedTime(year: number, month: number, day: number, timeZone: string, hours = 0, minutes = 0, seconds = 0): number {
  const wall = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  const offset = (t: number) => {
    const parts = wallClock(t, timeZone);
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - t;
  };
  const first = wall - offset(wall);
  return wall - offset(first);
}

function parseDate(text: string, rules: LocaleRules, timeZone: string): Date | undefined {
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = (rules.decimal === ',' ? /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/ : /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/).exec(text);
    if (!match) return undefined;
    const [a, b] = [Number(match[1]), Number(match[2])];
    [y, m, d] = rules.dayFirst ? [Number(match[3]), b, a] : [Number(match[3]), a, b];
  }
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  return new Date(zonedTime(y, m, d, timeZone));
}

export interface ParseContext {
  locale: string;
  timeZone: string;
}

/**
 * What Sheets stores when a value is written with setValue(s): `=…` becomes a formula; number-like text
 * (in the spreadsheet locale's separators) becomes a number, `80%` a fraction; `TRUE`/`FALSE` booleans;
 * date-like text (`2024-01-15`, locale slash dates) a Date at midnight in the spreadsheet's time zone;
 * `'…` is text without the apostrophe; other text starting with `+`, `-` or `@` is parsed as a formula and
 * fails (#ERROR!). In a cell formatted as plain text (`@`) every string stays text, exactly.
 */
export function parseInput(input: unknown, format: string | undefined, context: ParseContext = { locale: 'en_US', timeZone: 'Etc/UTC' }): Pick<Cell, 'value' | 'formula'> {
  if (input === null || input === undefined) return { value: '' };
  // A copy: the caller's Date object must not alias the stored value (Apps Script copies too).
  if (isDate(input)) return { value: new Date(input.getTime()) };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  const text = String(input);
  if (format === '@') return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const trimmed = text.trim();
  const rules = localeRules(context.locale);
  if (/\d/.test(trimmed)) {
    const percent = trimmed.endsWith('%');
    const body = percent ? trimmed.slice(0, -1).trim() : trimmed;
    if (numberPattern(rules).test(body)) {
      const plain = body.split(rules.group).join('').replace(rules.decimal, '.');
      const number = Number(plain);
      return { value: percent ? number / 100 : number };
    }
    const date = parseDate(trimmed, rules, context.timeZone);
    if (date) return { value: date };
  }
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  if (/^[+\-@]/.test(text)) return { value: '#ERROR!', formula: `=${text.slice(text.startsWith('@') ? 1 : 0)}` };
  return { value: text };
}

/** Sparse grid of cells, 1-based. */
export class Grid {
  private rows: (Cell | undefined)[][] = [];

  get(row: number, column: number): Cell | undefined {
    return this.rows[row]?.[column];
  }

  cell(row: number, column: number): Cell {
    const cells = (this.rows[row] ??= []);
    return (cells[column] ??= { value: '' });
  }

  /** Puts (or removes) a whole cell, e.g. when a sort moves it to another row. */
  set(row: number, column: number, cell: Cell | undefined): void {
    if (cell) (this.rows[row] ??= [])[column] = cell;
    else if (this.rows[row]) this.rows[row][column] = undefined;
  }

  /** The cells of one row (index = column), for loops over large blocks; do not modify it. */
  rowCells(row: number): ReadonlyArray<Cell | undefined> | undefined {
    return this.rows[row];
  }

  /** Last row / column holding a value or formula (0 when empty). Rows are scanned from the end, and
   * each row only past the widest found so far, so a large sheet costs about one look per row. */
  extent(): { lastRow: number; lastColumn: number } {
    let lastRow = 0;
    let lastColumn = 0;
    const filled = (cell: Cell | undefined) => !!cell && (cell.value !== '' || !!cell.formula);
    for (let row = this.rows.length - 1; row > 0; row--) {
      const cells = this.rows[row];
      if (!cells) continue;
      for (let column = cells.length - 1; column > lastColumn; column--) {
        if (filled(cells[column])) {
          lastColumn = column;
          break;
        }
      }
      if (lastRow === 0 && cells.some(filled)) lastRow = row;
    }
    return { lastRow, lastColumn };
  }

  /** Calls `visit` for every stored cell, row by row (no list of millions of entries is built). */
  forEach(visit: (row: number, column: number, cell: Cell) => void): void {
    for (let row = 0; row < this.rows.length; row++) {
      const cells = this.rows[row];
      if (!cells) continue;
      for (let column = 0; column < cells.length; column++) {
        const cell = cells[column];
        if (cell) visit(row, column, cell);
      }
    }
  }

  insertRows(after: number, count: number): void {
    if (this.rows.length > after + 1) this.rows.splice(after + 1, 0, ...new Array(count).fill(undefined));
  }

  deleteRows(row: number, count: number): void {
    this.rows.splice(row, count);
  }

  insertColumns(after: number, count: number): void {
    for (const cells of this.rows) if (cells && cells.length > after + 1) cells.splice(after + 1, 0, ...new Array(count).fill(undefined));
  }

  deleteColumns(column: number, count: number): void {
    for (const cells of this.rows) cells?.splice(column, count);
  }

  /** One past the last row that ever held a cell (rows are 1-based; may be an over-estimate after deletes). */
  get rowLimit(): number {
    return this.rows.length;
  }
}
