// Reading .xlsx files row by row with exceljs' streaming reader (whatever order a writer stored the parts in),
// and Save as .xlsx with one style per distinct look of a cell.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { createEmulation } from '../../emulation';
import { FileError, readFile, writeXlsx } from '../../preview/files';
import { partsFirst } from '../../preview/xlsx-reader';

const fullWriter = async (book: ExcelJS.Workbook) => Buffer.from(await book.xlsx.writeBuffer());
const streamingWriter = async (fill: (book: ExcelJS.stream.xlsx.WorkbookWriter) => void) => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: true });
  fill(book);
  await book.commit();
  return Buffer.concat(chunks);
};
/** Names of a zip's entries in stored order, from their local headers. */
const storedNames = (zip: Buffer) => {
  const names: string[] = [];
  for (let at = zip.indexOf('PK\x03\x04'); at >= 0; at = zip.indexOf('PK\x03\x04', at + 4)) {
    const length = zip.readUInt16LE(at + 26);
    const name = zip.toString('utf8', at + 30, at + 30 + length);
    if (/^[\w[\]./]+$/.test(name)) names.push(name);
  }
  return names;
};

/** Every kind of cell a CRM export or a spreadsheet holds, on a sheet that is not the first tab in the file. */
function richBook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const notes = book.addWorksheet('Notes');
  const accounts = book.addWorksheet('Accounts');
  book.addWorksheet('Empty');
  notes.getCell('A1').value = 'second tab';
  accounts.getRow(1).values = ['Account', 'MRR', 'Double', 'Start', 'Price', 'Site', 'Active', 'Check'];
  accounts.getCell('A2').value = { richText: [{ text: 'Acme ' }, { font: { bold: true }, text: 'Corp' }] };
  accounts.getCell('A3').value = '=HYPERLINK("http://evil.example")';
  accounts.getCell('A4').value = '+84 912 345 678';
  accounts.getCell('B2').value = 10;
  accounts.getCell('B3').value = 20;
  accounts.getCell('B4').value = 30;
  accounts.fillFormula('C2:C4', 'B2*2', [20, 40, 60]); // one shared formula
  accounts.getCell('D2').value = new Date(Date.UTC(2024, 2, 1));
  accounts.getCell('D2').numFmt = 'yyyy-mm-dd';
  accounts.getCell('E2').value = 1234.5;
  accounts.getCell('E2').numFmt = '"$"#,##0.00';
  accounts.getCell('F2').value = { text: 'acme.example', hyperlink: 'https://acme.example' };
  accounts.getCell('G2').value = true;
  accounts.getCell('H2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  // Tabs in another order than the sheets are stored: Accounts first.
  book.worksheets.forEach((sheet) => ((sheet as unknown as { orderNo: number }).orderNo = sheet.name === 'Accounts' ? 0 : sheet.name === 'Notes' ? 1 : 2));
  return book;
}

test('an .xlsx reads row by row into what the spreadsheet holds: text stays text, only formula cells are formulas', async () => {
  const sheets = await readFile('crm.xlsx', await fullWriter(richBook()));
  expect(sheets.map((s) => s.name)).toEqual(['Accounts', 'Notes']); // tab order; the empty sheet is dropped
  const [accounts] = sheets;
  expect(accounts.textCells).toBe(true);
  expect(accounts.rows).toEqual([
    ['Account', 'MRR', 'Double', 'Start', 'Price', 'Site', 'Active', 'Check'],
    // rich text is its text; the first cell of a shared formula is the formula, the others keep their results
    ['Acme Corp', 10, { formula: '=B2*2' }, new Date(Date.UTC(2024, 2, 1)), 1234.5, 'acme.example', true, '#N/A'],
    ['=HYPERLINK("http://evil.example")', 20, 40],
    ['+84 912 345 678', 30, 60],
  ]);
  expect(accounts.formats[1]).toEqual([undefined, undefined, undefined, 'yyyy-mm-dd', '"$"#,##0.00']);
  expect(accounts.formats[2]).toBeUndefined(); // General everywhere: nothing kept
});

test('a workbook from a streaming writer (sheets stored before the workbook part and shared strings) reads the same', async () => {
  const bytes = await streamingWriter((book) => {
    const sheet = book.addWorksheet('Accounts');
    sheet.addRow(['Account', 'Start', 'MRR']).commit();
    const row = sheet.addRow(['Acme', new Date(Date.UTC(2023, 11, 31)), 0.25]);
    row.getCell(3).numFmt = '0%';
    row.commit();
    sheet.commit();
  });
  // The stored order the reader would otherwise meet: the sheet before the parts it needs.
  const stored = storedNames(bytes);
  expect(stored.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(stored.indexOf('xl/workbook.xml'));
  const [sheet] = await readFile('stream.xlsx', bytes);
  expect(sheet.rows).toEqual([['Account', 'Start', 'MRR'], ['Acme', new Date(Date.UTC(2023, 11, 31)), 0.25]]);
  expect(sheet.formats[1]?.[2]).toBe('0%');
});

test('the parts worksheets need are handed to the reader first, the sheets then in their stored order', async () => {
  const bytes = await fullWriter(richBook());
  const reordered = Buffer.concat(partsFirst(bytes));
  const names = storedNames(reordered);
  expect(names.slice(0, 4)).toEqual(['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml']);
  const sheets = (list: string[]) => list.filter((n) => /^xl\/worksheets\/sheet\d\.xml$/.test(n));
  expect(sheets(names)).toEqual(sheets(storedNames(bytes)));
  expect(sheets(names)).toHaveLength(3);
  expect(reordered.length).toBe(bytes.length); // the same entries, moved, not copied or decompressed
  expect(() => partsFirst(Buffer.from('PK not really a zip'))).toThrow('it is not a zip archive');
});

test('a sheet past 1,000,000 rows is refused at its first row past the limit, before the rest of the file is read', async () => {
  const book = new ExcelJS.Workbook();
  const big = book.addWorksheet('Big');
  big.getCell('A1').value = 'Account';
  big.getCell('A1000001').value = 'one too many';
  // Read after Big, this sheet would be refused for its cell; the message shows reading stopped before it.
  book.addWorksheet('Later').getCell('A1').value = 'x'.repeat(60_000);
  const bytes = await fullWriter(book);
  await expect(readFile('big.xlsx', bytes)).rejects.toThrow(new FileError('big.xlsx: Big has more than 1,000,000 rows; the preview opens up to 1,000,000 rows per sheet.'));
});

test('a cell over 50,000 characters names the file and the cell', async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Data').getCell('C7').value = 'y'.repeat(50_001);
  await expect(readFile('long.xlsx', await fullWriter(book))).rejects.toThrow('long.xlsx: cell C7 has 50,001 characters; a cell holds at most 50,000.');
});

const saved = async (fill: (spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) => void, results: unknown[][] = []) => {
  const emulation = createEmulation();
  fill(emulation.spreadsheet);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeXlsx(emulation.workbook, (_sheet, first, count) => results.slice(first - 1, first - 1 + count), out);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.concat(chunks) as never);
  return book;
};

test('Save as .xlsx keeps values, formulas with results, formats, colours and frozen rows; text stays text', async () => {
  const book = await saved((spreadsheet) => {
    const sheet = spreadsheet.getSheetByName('Sheet1')!;
    sheet.getRange('A1:D1').setValues([['Account', 'MRR', 'Start', 'Double']]).setFontWeight('bold').setBackground('#1F4E79').setFontColor('#ffffff');
    sheet.getRange('A2:C3').setValues([["'=SUM(1,2)", 0.25, new Date(Date.UTC(2024, 2, 1))], ['Beta', 0.5, new Date(Date.UTC(2024, 5, 30))]]);
    sheet.getRange('B2:B3').setNumberFormat('0%');
    sheet.getRange('D2').setFormula('=B2*2');
    sheet.getRange('A3').setBackground('#f4cccc');
    sheet.setFrozenRows(1);
  }, [[], ['=SUM(1,2)', 0.25, null, 0.5]]);
  const sheet = book.getWorksheet('Sheet1')!;
  expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
  expect(sheet.getCell('A2').value).toBe('=SUM(1,2)');
  expect(sheet.getCell('D2').value).toEqual({ formula: 'B2*2', result: 0.5 });
  expect([sheet.getCell('B2').numFmt, sheet.getCell('B3').numFmt]).toEqual(['0%', '0%']);
  // A date without a format of its own still saves as a date, next to numbers sharing the unformatted style.
  expect(sheet.getCell('C2').value).toEqual(new Date(Date.UTC(2024, 2, 1)));
  expect(sheet.getCell('A1').font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' } });
  expect(sheet.getCell('D1').fill).toMatchObject({ fgColor: { argb: 'FF1F4E79' } });
  expect(sheet.getCell('A3').fill).toMatchObject({ fgColor: { argb: 'FFF4CCCC' } });
  expect(sheet.getCell('B3').fill).toEqual({ type: 'pattern', pattern: 'none' });
  expect(sheet.getCell('A3').font?.bold).toBeFalsy();
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
});

test('a saved workbook opens again in the preview as it was', async () => {
  const book = await saved((spreadsheet) => {
    const sheet = spreadsheet.getSheetByName('Sheet1')!;
    sheet.getRange('A1:C2').setValues([['Account', 'Price', 'Start'], ["'+84 912 345 678", 1234.5, new Date(Date.UTC(2024, 0, 5))]]);
    sheet.getRange('B2').setNumberFormat('"$"#,##0.00');
  });
  const [sheet] = await readFile('again.xlsx', await fullWriter(book));
  expect(sheet.rows).toEqual([['Account', 'Price', 'Start'], ['+84 912 345 678', 1234.5, new Date(Date.UTC(2024, 0, 5))]]);
  expect(sheet.formats[1]?.[1]).toBe('"$"#,##0.00');
});
