// A sheet longer than the grid shows: the page gets the first 2,000 rows and is told how many there are;
// nothing is dropped from the workbook or from Save as .xlsx.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { startPreview } from '../../preview/server';
import { ensureBuilt } from '../helpers/bundle';

let preview: Awaited<ReturnType<typeof startPreview>>;

beforeAll(async () => {
  ensureBuilt();
  const stateFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'icp-preview-lim-')), 'workbook.json');
  preview = await startPreview({ port: 0, stateFile, distDir: path.resolve(__dirname, '../../dist') });
});
afterAll(() => preview.close());

test('2,500 rows: the grid shows 2,000 and says so; the saved .xlsx has all of them', async () => {
  const csv = ['Account,MRR', ...Array.from({ length: 2499 }, (_, i) => `Account ${i + 1},${i}`)].join('\n');
  const opened = await fetch(`${preview.url}api/open`, { method: 'POST', headers: { 'x-file-name': 'long.csv' }, body: csv });
  expect(opened.status).toBe(200);
  const view = await (await fetch(`${preview.url}api/sheet?name=long`)).json();
  expect(view.rows).toHaveLength(2000);
  expect(view).toMatchObject({ truncated: true, lastRow: 2500 });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await (await fetch(`${preview.url}api/export`)).arrayBuffer()) as never);
  expect(book.getWorksheet('long')!.getCell('A2500').value).toBe('Account 2499');
});
