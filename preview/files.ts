// Opening .xlsx / .csv files into the preview's workbook and saving it as .xlsx, with exceljs (MIT).
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { isDate } from '../emulation/cells';
import type { Workbook } from '../emulation/spreadsheet';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface ImportedSheet {
  name: string;
  rows: unknown[][];
  /** Number formats as the file has them ('General' where none). */
  formats: string[][];
}

export class FileError extends Error {}

/** A cell of exceljs as the spreadsheet would hold it: formulas keep their `=`, rich text becomes text. */
function cellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return '';
  if (isDate(value) || typeof value !== 'object') return value;
  if ('formula' in value && value.formula) return `=${value.formula}`;
  if ('sharedFormula' in value) return value.result ?? '';
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return value.result ?? '';
  return '';
}

function sheetContent(worksheet: ExcelJS.Worksheet): { rows: unknown[][]; formats: string[][] } {
  const rows: unknown[][] = [];
  const formats: string[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: unknown[] = [];
    const numFmts: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      values[column - 1] = cellValue(cell.value);
      numFmts[column - 1] = cell.numFmt || 'General';
    });
    rows[rowNumber - 1] = Array.from(values, (v) => v ?? '');
    formats[rowNumber - 1] = Array.from(numFmts, (f) => f ?? 'General');
  });
  return { rows: Array.from(rows, (r) => r ?? []), formats: Array.from(formats, (f) => f ?? []) };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:Z)?)?$/;

/**
 * A CSV field as the spreadsheet gets it, like Sheets' import: blank, a number, an ISO date (midnight UTC, the
 * emulation's default zone), TRUE/FALSE, else the text (`1,200` and `80%` are then made numbers by the
 * emulation's setValues, as in Sheets). It replaces exceljs' default, which tries four date formats through
 * dayjs on every text field and takes over a minute for a 6 MB file.
 */
export function csvValue(field: string): unknown {
  const text = field.trim();
  if (text === '') return null;
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return Number(text);
  const date = ISO_DATE.exec(text);
  if (date) {
    const [, y, mo, d, h = '0', mi = '0', sec = '0'] = date;
    const value = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec)));
    if (value.getUTCMonth() === Number(mo) - 1 && value.getUTCDate() === Number(d)) return value;
  }
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  return field;
}

/** Reads an uploaded file; throws FileError with a message for the page when it cannot be used. */
export async function readFile(name: string, bytes: Buffer): Promise<ImportedSheet[]> {
  if (bytes.length > MAX_FILE_BYTES) throw new FileError(`${name} is ${(bytes.length / 1048576).toFixed(1)} MB; the preview opens files up to 10 MB.`);
  const book = new ExcelJS.Workbook();
  const lower = name.toLowerCase();
  try {
    if (lower.endsWith('.csv')) {
      const worksheet = await book.csv.read(Readable.from([bytes]), { sheetName: name.replace(/\.csv$/i, '').slice(0, 90) || 'Imported', map: csvValue });
      worksheet.name = name.replace(/\.csv$/i, '').slice(0, 90) || 'Imported';
    } else if (lower.endsWith('.xlsx')) {
      await book.xlsx.load(bytes as never);
    } else {
      throw new FileError(`${name} is not a .xlsx or .csv file.`);
    }
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(`${name} could not be read as ${lower.endsWith('.csv') ? 'CSV' : 'an Excel workbook'}: ${(error as Error).message}`);
  }
  const sheets = book.worksheets.map((worksheet) => ({ name: worksheet.name, ...sheetContent(worksheet) })).filter((s) => s.rows.some((r) => r.some((v) => v !== '')));
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

/** The workbook as .xlsx: values, formulas with their computed results, number formats, frozen rows. */
export async function writeXlsx(workbook: Workbook, computed: Map<string, unknown[][]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const sheet of workbook.sheets) {
    const worksheet = book.addWorksheet(sheet.name, sheet.frozenRows ? { views: [{ state: 'frozen', ySplit: sheet.frozenRows }] } : {});
    const results = computed.get(sheet.name) ?? [];
    for (const [row, column, cell] of sheet.grid.entries()) {
      if (!cell.formula && cell.value === '') continue;
      const target = worksheet.getCell(row, column);
      const result = results[row - 1]?.[column - 1];
      target.value = cell.formula
        ? { formula: cell.formula.slice(1), result: typeof result === 'number' || typeof result === 'string' ? result : undefined } as ExcelJS.CellFormulaValue
        : isDate(cell.value) ? new Date((cell.value as Date).getTime()) // exceljs knows Dates of its own realm only
        : (cell.value as ExcelJS.CellValue);
      if (cell.format && cell.format !== 'General') target.numFmt = cell.format;
      const look = cellLook(cell.style);
      if (look?.bold || look?.color) target.font = { ...(look.bold ? { bold: true } : {}), ...(look.color ? { color: { argb: argb(look.color) } } : {}) };
      if (look?.background) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(look.background) } };
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
