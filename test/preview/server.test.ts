// The preview server in-process: menu actions and google.script.run reach the real bundle over the shared
// emulation; files open and save; the workbook survives a restart; bad files change nothing.
import { trimGrid } from '../helpers/grid';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { startPreview } from '../../preview/server';
import { ensureBuilt } from '../helpers/bundle';

const DIST = path.resolve(__dirname, '../../dist');
let stateFile: string;
let preview: Awaited<ReturnType<typeof startPreview>>;

const post = async (route: string, body: unknown) => (await fetch(preview.url + route.slice(1), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();
const get = async (route: string) => (await fetch(preview.url + route.slice(1))).json();
const grid = async (sheet: string) => trimGrid((await get(`/api/sheet?name=${encodeURIComponent(sheet)}&count=1000`)).rows);
const upload = (name: string, bytes: Buffer | Uint8Array) => fetch(`${preview.url}api/open`, { method: 'POST', headers: { 'x-file-name': encodeURIComponent(name) }, body: bytes as unknown as BodyInit });

beforeAll(async () => {
  ensureBuilt();
  stateFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'icp-preview-')), 'workbook.json');
  preview = await startPreview({ port: 0, stateFile, distDir: DIST });
});
afterAll(() => preview.close());

test('it binds to localhost and shows the add-on menu the bundle added', async () => {
  expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const state = await get('/api/state');
  expect(state.sheets).toEqual(['Sheet1']);
  expect(state.menu.filter(Boolean).map((i: { caption: string }) => i.caption)).toEqual([
    'Open ICP worksheet guide', 'Create ICP worksheet', 'Insert sample accounts', 'Refresh segment summary', 'Suggest criteria from best customers',
    'Is the ICP working?', 'Export ICP as SQL', 'Help / About',
  ]);
  const page = await (await fetch(preview.url)).text();
  expect(page).toContain('ICP Toolkit preview');
});

test('menu actions run the bundle; a question goes to the page and the action runs again with the answer', async () => {
  const created = await post('/api/menu', { functionName: 'createIcpWorksheet' });
  expect(created.toasts[0].message).toMatch(/^Created: ICP Worksheet, Criteria, Accounts/);
  const asked = await post('/api/menu', { functionName: 'insertSampleAccountsFromMenu' });
  expect(asked.question.buttons).toBe('YES_NO');
  expect(await grid('Accounts')).toHaveLength(1); // nothing written before the answer
  const done = await post('/api/menu', { functionName: 'insertSampleAccountsFromMenu', answers: ['YES'] });
  expect(done.toasts[0].message).toBe('Added 200 sample accounts from row 2.');
  const accounts = { rows: await grid('Accounts') };
  expect(accounts.rows).toHaveLength(201);
  const header: string[] = accounts.rows[0];
  const scores = accounts.rows.slice(1).map((r: string[]) => r[header.indexOf('ICP score')]);
  // The formula engine spilled =ICP_SCORE(A2:Q, …) down the column through the real custom function.
  expect(scores.every((s: string) => /^\d+$/.test(s) && Number(s) <= 100)).toBe(true);
  expect(accounts.rows.slice(1).every((r: string[]) => ['A', 'B', 'C'].includes(r[header.indexOf('ICP tier')]))).toBe(true);
  const summary = await post('/api/menu', { functionName: 'refreshSegmentSummary' });
  expect(summary.toasts.at(-1).message).toMatch(/^Segment summary refreshed: \d+ segments, 0 skipped rows\.$/);
  expect((await get('/api/state')).sheets).toContain('Segment Summary');
});

test('google.script.run calls go through the same bundle', async () => {
  const load = await post('/api/run', { name: 'guideLoad', args: [] });
  expect(load.ok).toBe(true);
  expect(load.value.steps).toHaveLength(5);
  const saved = await post('/api/run', { name: 'guideSaveStep', args: [{ answers: [{ id: 'crm', answer: 'HubSpot', importance: 4 }] }] });
  expect(saved).toEqual({ ok: true, value: { ok: true, value: { saved: 1 } } });
  expect(await post('/api/run', { name: 'nope', args: [] })).toEqual({ ok: false, message: 'Script function not found: nope' });
});

test('the workbook saves as .xlsx with formulas and opens again; it also survives a restart', async () => {
  const response = await fetch(`${preview.url}api/export`);
  expect(response.headers.get('content-type')).toContain('spreadsheetml');
  const bytes = Buffer.from(await response.arrayBuffer());
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as never);
  const sheet = book.getWorksheet('Accounts')!;
  expect(sheet.getCell('A1').value).toBe('Account');
  expect((sheet.getCell('S1').value as ExcelJS.CellFormulaValue).formula).toBe('{"ICP score"; ICP_SCORE(A1:Q, A1:Q1, Criteria!A1:D)}');
  const before = await get('/api/sheet?name=Accounts');

  const reopened = await (await upload('icp-toolkit.xlsx', bytes)).json();
  expect(reopened.replaced).toBe(true);
  const after = await get('/api/sheet?name=Accounts');
  expect(after.rows.slice(0, 20)).toEqual(before.rows.slice(0, 20));

  const again = await startPreview({ port: 0, stateFile, distDir: DIST });
  try {
    const state = await (await fetch(`${again.url}api/state`)).json();
    expect(state.sheets).toEqual((await get('/api/state')).sheets);
  } finally {
    await again.close();
  }
});

test('a .csv export from a CRM opens as a new sheet', async () => {
  const csv = 'Account,Industry,Employees\nAcme,SaaS,"1,200"\nBeta,Retail,15\n';
  const result = await (await upload('crm export.csv', Buffer.from(csv))).json();
  expect(result).toEqual({
    added: ['crm export'], replaced: false,
    notes: ['crm export: 3 of the Accounts columns found in the first row; paste its rows into Accounts to score and summarize them.'],
  });
  expect(await grid('crm export')).toEqual([['Account', 'Industry', 'Employees'], ['Acme', 'SaaS', '1200'], ['Beta', 'Retail', '15']]);
});

test('a file without the Accounts columns opens as a plain sheet and says so', async () => {
  const result = await (await upload('budget.csv', Buffer.from('Month,Spend\nJan,100\n'))).json();
  expect(result.notes).toEqual(['budget: no Account column in the first row, so the add-on will not read it as accounts; it is kept as a plain sheet.']);
});

test('bad files get a clear message and nothing in the workbook is lost', async () => {
  const before = await get('/api/state');
  const accounts = await get('/api/sheet?name=Accounts');
  const notXlsx = await upload('notes.txt', Buffer.from('hello'));
  expect(notXlsx.status).toBe(400);
  expect((await notXlsx.json()).error).toBe('notes.txt is not a .xlsx or .csv file.');
  const broken = await upload('broken.xlsx', Buffer.from('PK not really a zip'));
  expect(broken.status).toBe(400);
  expect((await broken.json()).error).toMatch(/^broken\.xlsx could not be read as an Excel workbook/);
  const huge = await upload('huge.csv', Buffer.alloc(60_000, 'a'));
  expect(huge.status).toBe(400);
  expect((await huge.json()).error).toBe('huge.csv: cell row 1, column 1 has 60,000 characters; a cell holds at most 50,000.');
  const empty = await upload('empty.csv', Buffer.from(''));
  expect((await empty.json()).error).toBe('empty.csv has no data.');
  expect(await get('/api/state')).toEqual(before);
  expect(await get('/api/sheet?name=Accounts')).toEqual(accounts);
});
