// Reading an .xlsx with exceljs' streaming reader: rows arrive one at a time and go straight into the
// imported sheet, so exceljs never builds its model of the whole workbook (that model took most of the
// memory and time of opening a 100,000-row file).
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { isDate } from '../emulation/cells';
import type { Budget, ImportedSheet } from './files';

/** The parts a worksheet needs (sheet names, number formats, shared strings), in the order they are read. */
const FIRST = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml'];

/**
 * The zip's entries with the parts worksheets need first. The streaming reader takes entries in the order they
 * are stored; writers store `xl/workbook.xml`, the styles and the shared strings after the sheets (exceljs
 * stores the workbook last), so the reader would copy each sheet to a temporary file, and may parse a sheet
 * before it knows the sheet names (exceljs issue 3064: "Cannot read properties of undefined (reading 'sheets')").
 * Each entry is a slice of the file from its local header to the next entry (data descriptor included):
 * nothing is decompressed or copied here. The central directory is read for the entries' offsets only.
 */
export function partsFirst(zip: Buffer): Buffer[] {
  const END = 0x06054b50;
  const ENTRY = 0x02014b50;
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 65_557); at--) {
    if (zip.readUInt32LE(at) === END) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error('it is not a zip archive');
  const count = zip.readUInt16LE(end + 10);
  const directory = zip.readUInt32LE(end + 16);
  // A ZIP64 archive (entries over 4 GB) keeps its offsets elsewhere: read it in stored order.
  if (count === 0xffff || directory === 0xffffffff || directory > end) return [zip];
  const entries: Array<{ name: string; offset: number }> = [];
  for (let at = directory, i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== ENTRY) throw new Error('its zip directory is damaged');
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({ name, offset: zip.readUInt32LE(at + 42) });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  entries.sort((a, b) => a.offset - b.offset);
  const slices = entries.map((entry, i) => ({ name: entry.name, bytes: zip.subarray(entry.offset, entries[i + 1]?.offset ?? directory) }));
  const rank = (name: string) => (FIRST.includes(name) ? FIRST.indexOf(name) : FIRST.length);
  slices.sort((a, b) => rank(a.name) - rank(b.name)); // stable: the sheets keep their stored order
  return [...slices.map((slice) => slice.bytes), zip.subarray(directory)];
}

/** A cell of exceljs as the spreadsheet would hold it: formulas keep their `=`, rich text becomes text; a cell
 * of a shared formula other than its first has no formula text of its own and keeps its result. */
export function cellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return '';
  if (isDate(value) || typeof value !== 'object') return value;
  if ('formula' in value && value.formula) return { formula: `=${value.formula}` };
  if ('sharedFormula' in value) return value.result ?? '';
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  if ('result' in value) return value.result ?? '';
  return '';
}

type SheetReader = ExcelJS.stream.xlsx.WorksheetReader & { name: string };

async function readSheet(worksheet: SheetReader, budget: Budget): Promise<ImportedSheet> {
  const rows: unknown[][] = [];
  const formats: Array<Array<string | undefined> | undefined> = [];
  for await (const row of worksheet) {
    // Row numbers are in the file: a sheet over the limit is refused at its first row past it.
    budget.rows(row.number, worksheet.name);
    const values: unknown[] = [];
    let numFmts: Array<string | undefined> | undefined;
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = cellValue(cell.value);
      budget.cell(value, () => cell.address);
      values[column - 1] = value;
      const format = cell.numFmt;
      if (format && format !== 'General') (numFmts ??= [])[column - 1] = format;
    });
    rows[row.number - 1] = values;
    if (numFmts) formats[row.number - 1] = numFmts;
  }
  return { name: worksheet.name, rows, formats, textCells: true };
}

/** The sheets of an .xlsx in the workbook's tab order, read row by row; hyperlinks and other parts are ignored. */
export async function readXlsx(bytes: Buffer, budget: Budget): Promise<ImportedSheet[]> {
  const source = Readable.from(partsFirst(bytes));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  const sheets: ImportedSheet[] = [];
  try {
    for await (const worksheet of reader) sheets.push(await readSheet(worksheet as SheetReader, budget));
  } finally {
    source.destroy();
  }
  const tabs: string[] = ((reader as unknown as { model?: { sheets?: Array<{ name: string }> } }).model?.sheets ?? []).map((sheet) => sheet.name);
  const tab = (name: string) => (tabs.includes(name) ? tabs.indexOf(name) : tabs.length);
  return sheets.sort((a, b) => tab(a.name) - tab(b.name));
}
