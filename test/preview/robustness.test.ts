// Nothing a formula or a kept file holds takes the preview down: a cell the engine cannot compute shows
// #ERROR! with its message, the other cells and sheets keep computing, and Save as .xlsx still works.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { WorkbookJSON } from '../../emulation';
import { startPreview } from '../../preview/server';
import { keptText, parseKept } from '../../preview/store';
import { ensureBuilt } from '../helpers/bundle';
import { trimGrid } from '../helpers/grid';

const DIST = path.resolve(__dirname, '../../dist');
let preview: Awaited<ReturnType<typeof startPreview>>;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-preview-robust-'));

const post = async (route: string, body: unknown) => {
  const response = await fetch(preview.url + route.slice(1), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
};
const view = async (sheet: string, count = 300) => (await fetch(`${preview.url}api/sheet?name=${encodeURIComponent(sheet)}&count=${count}`)).json();
const exported = async () => {
  const response = await fetch(`${preview.url}api/export`);
  expect(response.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
  return book;
};

beforeAll(async () => {
  ensureBuilt();
  preview = await startPreview({ port: 0, stateFile: path.join(tmp, 'workbook.json'), distDir: DIST });
});
afterAll(() => preview.close());

test('a formula too long for the engine shows #ERROR! in its cell; its neighbours compute and the workbook saves', async () => {
  await post('/api/cell', { sheet: 'Sheet1', row: 1, column: 2, value: '5' });
  await post('/api/cell', { sheet: 'Sheet1', row: 2, column: 2, value: '=B1*2' });
  // 1,500 references (valid in Sheets and Excel): the engine's parser would overflow its stack.
  const long = `=${Array.from({ length: 1500 }, (_, i) => `B${i + 1}`).join('+')}`;
  expect((await post('/api/cell', { sheet: 'Sheet1', row: 1, column: 1, value: long })).status).toBe(200);
  const deep = `=${'('.repeat(400)}1${')'.repeat(400)}`;
  expect((await post('/api/cell', { sheet: 'Sheet1', row: 3, column: 1, value: deep })).status).toBe(200);
  const sheet = await view('Sheet1');
  expect(trimGrid(sheet.rows)).toEqual([['#ERROR!', '5'], ['', '10'], ['#ERROR!']]);
  expect(sheet.errors).toEqual([
    [0, 0, "This formula is too long or too deeply nested for the preview's formula engine."],
    [2, 0, "This formula is too long or too deeply nested for the preview's formula engine."],
  ]);
  // The formula bar still shows what was typed.
  expect(sheet.inputs).toContainEqual([0, 0, long]);
  const book = await exported();
  expect((book.getWorksheet('Sheet1')!.getCell('A1').value as ExcelJS.CellFormulaValue).formula).toBe(long.slice(1));
  expect((book.getWorksheet('Sheet1')!.getCell('B2').value as ExcelJS.CellFormulaValue).result).toBe(10);
  // Replacing the formula makes the cell compute again.
  await post('/api/cell', { sheet: 'Sheet1', row: 1, column: 1, value: '=B2+1' });
  expect(trimGrid((await view('Sheet1')).rows)[0]).toEqual(['11', '5']);
});

test('a typo in a Criteria attribute: the score column shows the error, ICP_TIER over it and every view keep working', async () => {
  await post('/api/menu', { functionName: 'createIcpWorksheet' });
  await post('/api/menu', { functionName: 'insertSampleAccountsFromMenu', answers: ['YES'] });
  await post('/api/cell', { sheet: 'Criteria', row: 2, column: 1, value: 'Industy' });
  const accounts = await view('Accounts');
  const header: string[] = accounts.rows[0];
  const score = header.indexOf('ICP score');
  const tier = header.indexOf('ICP tier');
  expect(accounts.rows[1][score]).toBe('#ERROR!');
  expect(accounts.errors.find(([r, c]: number[]) => r === 1 && c === score)[2]).toMatch(/Industy/);
  // Below the failed formula the column is blank (as Sheets shows a failed custom function), and the tier
  // formula reading it computes instead of failing the whole sheet.
  expect(accounts.rows[2][score]).toBe('');
  expect(accounts.errors.some(([, c]: number[]) => c === tier)).toBe(false);
  for (const name of ['ICP Worksheet', 'Criteria', 'Sheet1']) expect((await view(name)).rows.length).toBeGreaterThan(0);
  const summary = await post('/api/menu', { functionName: 'refreshSegmentSummary' });
  expect(summary.status).toBe(200);
  await exported();
  await post('/api/cell', { sheet: 'Criteria', row: 2, column: 1, value: 'Industry' });
  expect((await view('Accounts')).rows[1][score]).toMatch(/^\d+$/);
});

test.each([
  ['a date that is no date', (good: WorkbookJSON) => good.sheets[0].blocks.push({ row: 0, values: [null, [null, { d: 'garbage' } as never]] }), /could not be opened \(\{"d":"garbage"\} is not a saved cell value\)/],
  ['a cell far out', (good: WorkbookJSON) => good.sheets[0].blocks.push({ row: 0, values: [], formulas: [[1e12, 1, '=1']] }), /could not be opened \(1000000000000 is not a saved row\)/],
  ['a block cut short', (good: WorkbookJSON) => good.sheets[0].blocks.push({ row: 0 } as never), /could not be opened \(A saved block has no values\)/],
])('a kept workbook file that parses but holds nonsense (%s) is set aside at start, and the preview starts empty', async (_, spoil, message) => {
  const stateFile = path.join(tmp, `odd-${_.length}.json`);
  const good = restartable();
  spoil(good);
  fs.writeFileSync(stateFile, keptText(good));
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const again = await startPreview({ port: 0, stateFile, distDir: DIST });
  try {
    expect((await (await fetch(`${again.url}api/state`)).json()).sheets).toEqual(['Sheet1']);
    expect(fs.readdirSync(tmp).some((f) => f.startsWith(`${path.basename(stateFile)}.unreadable-`))).toBe(true);
    expect(warn.mock.calls[0][0]).toMatch(message);
  } finally {
    warn.mockRestore();
    await again.close();
  }
});

test('a kept file of the first format (one object per cell) with a date that is no date is set aside too', async () => {
  const stateFile = path.join(tmp, 'odd-legacy.json');
  const legacy = { locale: 'en_US', timeZone: 'Etc/UTC', name: 'Old', activeSheet: 'Sheet1', documentProperties: {}, metadata: [], sheets: [{ name: 'Sheet1', id: 0, maxRows: 1000, maxColumns: 26, frozenRows: 0, frozenColumns: 0, columnWidths: {}, charts: [], cells: [{ row: 1, column: 9, value: { date: 'garbage' } }] }] };
  fs.writeFileSync(stateFile, JSON.stringify(legacy));
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const again = await startPreview({ port: 0, stateFile, distDir: DIST });
  try {
    expect((await (await fetch(`${again.url}api/state`)).json()).sheets).toEqual(['Sheet1']);
    expect(warn.mock.calls[0][0]).toMatch(/could not be opened \(Invalid time value\)/);
  } finally {
    warn.mockRestore();
    await again.close();
  }
});

/** The running preview's workbook as kept in its file (a well-formed file to spoil). */
function restartable(): WorkbookJSON {
  preview.saveNow();
  return parseKept(fs.readFileSync(path.join(tmp, 'workbook.json'))).json as WorkbookJSON;
}

test('bad requests get a 400 with a message a person can act on', async () => {
  const raw = (route: string, body: string, headers: Record<string, string> = {}) =>
    fetch(preview.url + route.slice(1), { method: 'POST', headers, body }).then(async (r) => ({ status: r.status, error: (await r.json()).error }));
  expect(await raw('/api/run', '{"functionName":')).toEqual({ status: 400, error: 'The request is not valid JSON.' });
  expect(await raw('/api/menu', 'null')).toEqual({ status: 400, error: 'The request must be a JSON object.' });
  expect(await raw('/api/menu', '[]')).toEqual({ status: 400, error: 'The request must be a JSON object.' });
  expect(await raw('/api/menu', '{}')).toEqual({ status: 400, error: 'Unknown menu item undefined.' });
  expect(await raw('/api/menu', JSON.stringify({ functionName: 'x'.repeat(200_000) }))).toEqual({ status: 400, error: 'The request is larger than 100 kB.' });
  expect(await raw('/api/cell', JSON.stringify({ sheet: 'Sheet1', row: 0, column: 1, value: 'x' }))).toEqual({ status: 400, error: 'row must be a whole number from 1 to 1,000, got 0.' });
  expect(await raw('/api/cell', JSON.stringify({ sheet: 'Nope', row: 1, column: 1, value: 'x' }))).toEqual({ status: 404, error: 'No such sheet.' });
  const badName = await raw('/api/open', 'Account\nAcme\n', { 'x-file-name': '%E0%A4%A.csv' });
  expect(badName.status).toBe(200);
  // A null value empties the cell rather than writing the text "null".
  await post('/api/cell', { sheet: 'Sheet1', row: 5, column: 5, value: 'x' });
  await post('/api/cell', { sheet: 'Sheet1', row: 5, column: 5, value: null });
  expect((await view('Sheet1')).rows[4][4]).toBe('');
});

test('answers sent with a failed menu call do not answer a later question', async () => {
  expect((await post('/api/menu', { answers: ['YES'] })).status).toBe(400);
  const next = await post('/api/menu', { functionName: 'insertSampleAccountsFromMenu', answers: [] });
  expect(next.body.question.buttons).toBe('YES_NO');
});
