// The preview behaves like a spreadsheet: a sort moves whole rows and every score stays with its account,
// rows can be inserted and deleted, the locale switch changes the display and the add-on menu's language.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPreview } from '../../preview/server';
import { ensureBuilt } from '../helpers/bundle';
import { trimGrid } from '../helpers/grid';

let preview: Awaited<ReturnType<typeof startPreview>>;

beforeAll(async () => {
  ensureBuilt();
  const stateFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'icp-preview-sheet-')), 'workbook.json');
  preview = await startPreview({ port: 0, stateFile, distDir: path.resolve(__dirname, '../../dist') });
});
afterAll(() => preview.close());

const post = async (route: string, body: unknown) => (await fetch(preview.url + route.slice(1), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();
const grid = async (sheet: string) => trimGrid((await (await fetch(`${preview.url}api/sheet?name=${encodeURIComponent(sheet)}&count=1000`)).json()).rows);

test('sorting Accounts by a column keeps every score with its account; rows insert and delete', async () => {
  await post('/api/menu', { functionName: 'createIcpWorksheet' });
  await post('/api/menu', { functionName: 'insertSampleAccountsFromMenu', answers: ['YES'] });
  const before = await grid('Accounts');
  const header = before[0];
  const [account, industry, score] = ['Account', 'Industry', 'ICP score'].map((name) => header.indexOf(name));
  const scoreOf = (rows: string[][]) => new Map(rows.slice(1).map((r) => [r[account], r[score]]));
  expect(await post('/api/sort', { sheet: 'Accounts', fromRow: 2, column: industry + 1, ascending: true })).toEqual({ ok: true });
  const sorted = await grid('Accounts');
  const industries = sorted.slice(1).map((r) => r[industry]);
  expect(industries).toEqual([...industries].sort((a, b) => a.localeCompare(b)));
  expect(sorted.slice(1).map((r) => r[account])).not.toEqual(before.slice(1).map((r) => r[account]));
  expect(scoreOf(sorted)).toEqual(scoreOf(before));
  await post('/api/rows', { sheet: 'Accounts', row: 2, action: 'insertBefore' });
  const inserted = await grid('Accounts');
  expect(inserted[1].slice(0, 17).every((v) => v === '')).toBe(true);
  expect(inserted[2][account]).toBe(sorted[1][account]);
  await post('/api/rows', { sheet: 'Accounts', row: 2, action: 'delete' });
  expect(await grid('Accounts')).toEqual(sorted);
});

test('the locale switch shows numbers and dates the Romanian way and the menu in Romanian', async () => {
  const state = await post('/api/settings', { locale: 'ro_RO' });
  expect(state).toMatchObject({ locale: 'ro_RO', timeZone: 'Europe/Bucharest' });
  expect(state.menu.filter(Boolean).map((item: { caption: string }) => item.caption)[1]).toMatch(/^Creează /); // "Create …" in Romanian
  await post('/api/cell', { sheet: 'Sheet1', row: 1, column: 1, value: '1234,5' });
  expect((await grid('Sheet1'))[0][0]).toBe('1234,5');
  expect(await post('/api/settings', { locale: 'xx' })).toEqual({ error: 'locale must be one of en_US, vi_VN, ro_RO.' });
});
