// Opening .xlsx / .csv files into the preview's workbook and saving it as .xlsx, with exceljs (MIT).
// A file is data: text that looks like a formula stays text, and only an .xlsx's real formula cells are
// formulas; sizes are checked while reading, so a huge file is refused with a message, not a crash.
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { isDate } from '../emulation/cells';
import type { SheetModel } from '../emulation/sheet';
import type { Workbook } from '../emulation/spreadsheet';
import { readXlsx } from './xlsx-reader';

/** 500,000 accounts × 20 columns of a CRM export is about 70 MB of CSV. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Sheets' own limits: 10 million cells per spreadsheet, 50,000 characters per cell. */
export const MAX_CELLS = 10_000_000;
export const MAX_ROWS = 1_000_000;
export const MAX_CELL_CHARS = 50_000;
/** All text of a workbook: what the preview can keep on disk (JSON strings have a length limit). */
export const MAX_TEXT_CHARS = 150_000_000;

export interface ImportedSheet {
  name: string;
  rows: unknown[][];
  /** Number formats as the file has them (missing: General). */
  formats: Array<Array<string | undefined> | undefined>;
  /** Cells that are text in the file and must stay text (an .xlsx's string cells). */
  textCells?: boolean;
}

export class FileError extends Error {}

const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** Counts what a file holds while it is read, and stops it at the first limit. */
export class Budget {
  cells = 0;
  chars = 0;
  constructor(private readonly file: string) {}
  rows(count: number, sheet: string) {
    if (count > MAX_ROWS) throw new FileError(`${this.file}: ${sheet} has more than ${MAX_ROWS.toLocaleString('en-US')} rows; the preview opens up to ${MAX_ROWS.toLocaleString('en-US')} rows per sheet.`);
  }
  cell(value: unknown, where: () => string) {
    if (++this.cells > MAX_CELLS) throw new FileError(`${this.file} has more than ${MAX_CELLS.toLocaleString('en-US')} cells, the most a Google spreadsheet holds.`);
    if (typeof value !== 'string') return;
    if (value.length > MAX_CELL_CHARS) throw new FileError(`${this.file}: cell ${where()} has ${value.length.toLocaleString('en-US')} characters; a cell holds at most ${MAX_CELL_CHARS.toLocaleString('en-US')}.`);
    this.chars += value.length;
    if (this.chars > MAX_TEXT_CHARS) throw new FileError(`${this.file} holds more than ${MAX_TEXT_CHARS.toLocaleString('en-US')} characters of text, more than the preview can keep.`);
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:Z)?)?$/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A CSV field as the spreadsheet gets it, like Sheets' import: blank, a number, an ISO date (midnight UTC, the
 * emulation's default zone), TRUE/FALSE, else the text (`1,200` and `80%` are then made numbers by the
 * emulation's setValues, as in Sheets). Text starting with `=`, `+`, `-` or `@` is data, not a formula: it gets
 * the leading `'` that keeps it text (`+84 912 345 678` stays a phone number).
 */
export function csvValue(field: string): unknown {
  const text = field.trim();
  if (text === '') return null;
  if (PLAIN_NUMBER.test(text)) return Number(text);
  const date = ISO_DATE.exec(text);
  if (date) {
    const [, y, mo, d, h = '0', mi = '0', sec = '0'] = date;
    const value = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec)));
    if (value.getUTCMonth() === Number(mo) - 1 && value.getUTCDate() === Number(d)) return value;
  }
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  if (/^[=+\-@']/.test(field)) return `'${field}`;
  return field;
}

/** The separator of a CSV: comma, or the semicolon / tab a spreadsheet in a comma-decimal locale writes. */
function separatorOf(text: string): string {
  const end = text.indexOf('\n');
  const first = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  const count = (ch: string) => first.split(ch).length - 1;
  const [best] = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
  return count(best) > 0 ? best : ',';
}

/** RFC 4180 CSV, read in one pass without recursion: quoted fields, doubled quotes, CRLF or LF. */
export function parseCsv(text: string, budget: Budget, sheet: string): unknown[][] {
  const separator = separatorOf(text);
  const rows: unknown[][] = [];
  let row: unknown[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const where = () => `row ${rows.length + 1}, column ${row.length + 1}`;
  const push = (field: string) => {
    const value = csvValue(field);
    budget.cell(value, where);
    row.push(value ?? '');
  };
  while (i < n) {
    let field: string;
    if (text[i] === '"') {
      let end = i + 1;
      let parts = '';
      for (;;) {
        const quote = text.indexOf('"', end);
        if (quote < 0) throw new FileError(`a quoted field starting at row ${rows.length + 1} is never closed`);
        parts += text.slice(end, quote);
        if (text[quote + 1] === '"') {
          parts += '"';
          end = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      field = parts;
      // Anything between the closing quote and the separator is kept, as spreadsheets do.
      while (i < n && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
    } else {
      let end = i;
      while (end < n && text[end] !== separator && text[end] !== '\n' && text[end] !== '\r') end++;
      field = text.slice(i, end);
      i = end;
    }
    push(field);
    if (text[i] === separator) {
      i++;
      if (i >= n) push(''); // a separator ending the file ends with a blank field
      continue;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    rows.push(row);
    budget.rows(rows.length, sheet);
    row = [];
  }
  if (row.length) rows.push(row);
  return rows;
}

/** A sheet name from a file name that Sheets and Excel both take: no `[ ] : * ? / \`, no quote at either
 * end, not `History` (Excel keeps it), at most 31 characters, and unlike every name in `taken` (any case). */
export function validSheetName(wanted: string, taken: Iterable<string>): string {
  let base = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '').trim();
  if (!base) base = 'Imported';
  if (base.toLowerCase() === 'history') base = 'History data';
  base = base.slice(0, 31).trim();
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = base.slice(0, 31 - suffix.length).trim() + suffix;
  }
  return name;
}

/** Reads an uploaded file; throws FileError with a message for the page when it cannot be used. */
export async function readFile(name: string, bytes: Buffer): Promise<ImportedSheet[]> {
  if (bytes.length > MAX_FILE_BYTES) throw new FileError(`${name} is ${megabytes(bytes.length)}; the preview opens files up to ${megabytes(MAX_FILE_BYTES)}.`);
  const lower = name.toLowerCase();
  const budget = new Budget(name);
  let sheets: ImportedSheet[];
  try {
    if (lower.endsWith('.csv')) {
      const sheet = name.replace(/\.csv$/i, '');
      sheets = [{ name: sheet, rows: parseCsv(bytes.toString('utf8'), budget, sheet), formats: [] }];
    } else if (lower.endsWith('.xlsx')) {
      sheets = await readXlsx(bytes, budget);
    } else {
      throw new FileError(`${name} is not a .xlsx or .csv file.`);
    }
  } catch (error) {
    if (error instanceof FileError && (error.message.startsWith(name) || !lower.match(/\.(csv|xlsx)$/))) throw error;
    const why = error instanceof RangeError ? 'it is too large to read' : (error as Error).message;
    throw new FileError(`${name} could not be read as ${lower.endsWith('.csv') ? 'CSV' : 'an Excel workbook'}: ${why}`);
  }
  sheets = sheets.filter((s) => s.rows.some((r) => r?.some((v) => v !== '' && v !== null && v !== undefined)));
  if (sheets.length === 0) throw new FileError(`${name} has no data.`);
  return sheets;
}

export type Look = { bold?: true; background?: string; color?: string };

/** Bold, background and text colours the add-on set on a cell (setFontWeight(s), setBackground(s),
 * setFontColor(s)), for the grid; only #rrggbb colours pass, and white backgrounds / black text are the default. */
export function cellLook(style: Record<string, unknown> | undefined): Look | null {
  if (!style) return null;
  const look: Look = {};
  const colour = (value: unknown, plain: string) => {
    const text = typeof value === 'string' ? value.toLowerCase() : '';
    return /^#[0-9a-f]{6}$/.test(text) && text !== plain ? text : undefined;
  };
  if (style.fontWeight === 'bold') look.bold = true;
  const background = colour(style.background, '#ffffff');
  if (background) look.background = background;
  const color = colour(style.fontColor, '#000000');
  if (color) look.color = color;
  return look.bold || look.background || look.color ? look : null;
}

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/**
 * One exceljs style object per distinct look of a cell, shared by every cell that has it. exceljs' writer
 * remembers the style id of each style object it has seen (a WeakMap keyed by the object), so a shared object
 * is turned into a style once; a style object per cell made it build and compare every cell's style XML
 * (a third of the time of saving 100,000 accounts). Shared objects are never changed after they are made.
 * A date without a format gets its own object: exceljs gives it a date format by the cell's type, and the
 * id it remembers must not be a number cell's.
 */
class Styles {
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>();

  /** The style of a cell with `format` and the emulation's `style` (bold, colours), a date or not. */
  of(format: string | undefined, cellStyle: Record<string, unknown> | undefined, date: boolean): Partial<ExcelJS.Style> {
    const numFmt = format && format !== 'General' ? format : undefined;
    // NUL never occurs in a format (XML cannot hold it), so keys of different looks never meet.
    const kind = numFmt ?? (date ? '\0date' : '');
    const look = cellStyle ? cellLook(cellStyle) : null;
    const key = look ? `${kind}\0${look.bold ?? ''}\0${look.color ?? ''}\0${look.background ?? ''}` : kind;
    let style = this.byKey.get(key);
    if (!style) {
      style = {};
      if (numFmt) style.numFmt = numFmt;
      if (look?.bold || look?.color) style.font = { ...(look.bold ? { bold: true } : {}), ...(look.color ? { color: { argb: argb(look.color) } } : {}) };
      if (look?.background) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(look.background) } };
      this.byKey.set(key, style);
    }
    return style;
  }
}

/** Computed results of a block of a sheet (1-based rows), from the preview's formula engine. */
export type Results = (sheet: SheetModel, firstRow: number, numRows: number, numColumns: number) => unknown[][];

const ROWS_PER_BLOCK = 5_000;
/** Rows have no style of their own; one shared object, turned into a style once (see Styles). */
const ROW_STYLE: Partial<ExcelJS.Style> = {};

/**
 * The workbook as .xlsx, written row by row to `out` (exceljs' streaming writer: memory stays flat however
 * large the sheet): values, formulas with their computed results, number formats, colours, frozen rows. Only a
 * formula cell is written as a formula; text is always text.
 */
export async function writeXlsx(workbook: Workbook, results: Results, out: Writable): Promise<void> {
  // The zip is written at zlib's fastest level (exceljs' default); shared strings made the file no smaller for
  // 100,000 accounts and saving slower, so text stays in its cells.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const styles = new Styles();
  const names: string[] = [];
  for (const sheet of workbook.sheets) {
    const name = validSheetName(sheet.name, names);
    names.push(name);
    const worksheet = book.addWorksheet(name, sheet.frozenRows ? { views: [{ state: 'frozen', ySplit: sheet.frozenRows }] } : {});
    const { lastRow, lastColumn } = sheet.grid.extent();
    for (let first = 1; first <= lastRow; first += ROWS_PER_BLOCK) {
      const count = Math.min(ROWS_PER_BLOCK, lastRow - first + 1);
      const computed = results(sheet, first, count, lastColumn);
      for (let r = first; r < first + count; r++) {
        const row = worksheet.getRow(r);
        (row as unknown as { style: Partial<ExcelJS.Style> }).style = ROW_STYLE; // a style of its own per row otherwise
        for (let column = 1; column <= lastColumn; column++) {
          const cell = sheet.grid.get(r, column);
          if (!cell || (!cell.formula && cell.value === '')) continue;
          const target = row.getCell(column);
          const result = computed[r - first]?.[column - 1];
          const date = !cell.formula && isDate(cell.value);
          target.value = cell.formula
            ? { formula: cell.formula.slice(1), result: typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean' ? result : undefined } as ExcelJS.CellFormulaValue
            : date ? new Date((cell.value as Date).getTime()) // exceljs knows Dates of its own realm only
            : (cell.value as ExcelJS.CellValue);
          target.style = styles.of(cell.format, cell.style, date);
        }
        row.commit();
      }
      // Let other requests in between blocks of a large sheet.
      await new Promise((resolve) => setImmediate(resolve));
    }
    worksheet.commit();
  }
  await book.commit();
}
