// Bold, background and text colours the add-on sets reach the grid and the saved .xlsx.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { cellLook } from '../../preview/files';
import { startPreview } from '../../preview/server';
import { ensureBuilt } from '../helpers/bundle';

let preview: Awaited<ReturnType<typeof startPreview>>;
const menu = (functionName: string, answers?: string[]) =>
  fetch(`${preview.url}api/menu`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ functionName, answers }) }).then((r) => r.json());

beforeAll(async () => {
  ensureBuilt();
  const stateFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'icp-preview-sty-')), 'workbook.json');
  preview = await startPreview({ port: 0, stateFile, distDir: path.resolve(__dirname, '../../dist') });
});
afterAll(() => preview.close());

test('only #rrggbb colours pass, and the defaults (white background, black text) are not sent', () => {
  expect(cellLook(undefined)).toBeNull();
  expect(cellLook({ fontWeight: 'normal', background: '#FFFFFF', fontColor: '#000000' })).toBeNull();
  expect(cellLook({ fontWeight: 'bold', background: '#1F4E79', fontColor: '#ffffff' })).toEqual({ bold: true, background: '#1f4e79', color: '#ffffff' });
  expect(cellLook({ background: 'red;background:url(x)', fontColor: 'expression(1)' })).toBeNull();
});

test('the worksheet headers and the summary keep their look in the grid and in the .xlsx', async () => {
  await menu('createIcpWorksheet');
  await menu('insertSampleAccountsFromMenu', ['YES']);
  await menu('refreshSegmentSummary');
  const accounts = await (await fetch(`${preview.url}api/sheet?name=Accounts`)).json();
  expect(accounts.styles).toContainEqual([0, 0, { bold: true, background: '#1f4e79', color: '#ffffff' }]);
  const summary = await (await fetch(`${preview.url}api/sheet?name=${encodeURIComponent('Segment Summary')}`)).json();
  const health = summary.rows.findIndex((row: string[]) => row.includes('Health'));
  const column = summary.rows[health].indexOf('Health');
  const verdicts = summary.styles.filter(([r, c]: [number, number]) => r > health && c === column).map(([, , look]: [number, number, { background: string }]) => look.background);
  expect(new Set(verdicts)).toEqual(new Set(['#d9ead3', '#fff2cc', '#f4cccc']));

  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await (await fetch(`${preview.url}api/export`)).arrayBuffer()) as never);
  const a1 = book.getWorksheet('Accounts')!.getCell('A1');
  expect(a1.font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' } });
  expect(a1.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } });
});
