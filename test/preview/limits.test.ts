// A long sheet reaches the page a window of rows at a time, with the sheet's size; nothing is dropped from
// the workbook or from Save as .xlsx.
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

test('2,500 rows: the grid gets them a window at a time; the saved .xlsx has all of them', async () => {
  const csv = ['Account,MRR', ...Array.from({ length: 2499 }, (_, i) => `Account ${i + 1},${i}`)].join('\n');
  const opened = await fetch(`${preview.url}api/open`, { method: 'POST', headers: { 'x-file-name': 'long.csv' }, body: csv });
  expect(opened.status).toBe(200);
  const view = await (await fetch(`${preview.url}api/sheet?name=long`)).json();
  expect(view.rows).toHaveLength(200);
  expect(view).toMatchObject({ start: 1, lastRow: 2500, totalRows: 2500, totalColumns: 26 });
  const last = await (await fetch(`${preview.url}api/sheet?name=long&start=2401&count=200`)).json();
  expect(last.rows).toHaveLength(100); // the sheet has the file's 2,500 rows, as an import into Sheets makes it
  expect(last.rows[99].slice(0, 3)).toEqual(['Account 2499', '2498', '']);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await (await fetch(`${preview.url}api/export`)).arrayBuffer()) as never);
  expect(book.getWorksheet('long')!.getCell('A2500').value).toBe('Account 2499');
});
