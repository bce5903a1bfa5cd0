// The preview's workbook file: kept across restarts (cell edits and menu actions alike), written whole or
// not at all, and a file that cannot be read is moved aside, not overwritten.
import { trimGrid } from '../helpers/grid';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPreview } from '../../preview/server';
import { ensureBuilt } from '../helpers/bundle';

const DIST = path.resolve(__dirname, '../../dist');
const post = (url: string, route: string, body: unknown) =>
  fetch(url + route, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
const view = (url: string, sheet: string) => fetch(`${url}api/sheet?name=${encodeURIComponent(sheet)}`).then((r) => r.json()).then((v) => ({ ...v, rows: trimGrid(v.rows) }));

let dir: string;
beforeAll(() => ensureBuilt());
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-preview-state-'))));

test('cell edits (values and formulas) and menu actions survive a restart', async () => {
  const stateFile = path.join(dir, 'nested', 'workbook.json');
  const first = await startPreview({ port: 0, stateFile, distDir: DIST });
  try {
    await post(first.url, 'api/cell', { sheet: 'Sheet1', row: 1, column: 1, value: '40' });
    await post(first.url, 'api/cell', { sheet: 'Sheet1', row: 2, column: 1, value: '2' });
    await post(first.url, 'api/cell', { sheet: 'Sheet1', row: 3, column: 1, value: '=SUM(A1:A2)' });
    await post(first.url, 'api/menu', { functionName: 'createIcpWorksheet' });
    expect((await view(first.url, 'Sheet1')).rows).toEqual([['40'], ['2'], ['42']]);
  } finally {
    await first.close();
  }
  expect(fs.readdirSync(path.dirname(stateFile))).toEqual(['workbook.json']); // nothing half-written left beside it
  const second = await startPreview({ port: 0, stateFile, distDir: DIST });
  try {
    expect((await view(second.url, 'Sheet1')).rows).toEqual([['40'], ['2'], ['42']]);
    expect((await fetch(`${second.url}api/state`).then((r) => r.json())).sheets).toEqual(['Sheet1', 'ICP Worksheet', 'Criteria', 'Accounts']);
  } finally {
    await second.close();
  }
});

test.each([
  ['is not JSON', '{"sheets": [ half a fi'],
  ['is JSON but not a workbook', '{"sheets": 42}'],
])('a workbook file that %s is moved aside, kept, and the preview starts empty', async (_, content) => {
  const stateFile = path.join(dir, 'workbook.json');
  fs.writeFileSync(stateFile, content);
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const preview = await startPreview({ port: 0, stateFile, distDir: DIST });
  try {
    expect((await fetch(`${preview.url}api/state`).then((r) => r.json())).sheets).toEqual(['Sheet1']);
    const aside = fs.readdirSync(dir).filter((f) => f.startsWith('workbook.json.unreadable-'));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, aside[0]), 'utf8')).toBe(content);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`it is kept as ${path.join(dir, aside[0])} and the preview starts from an empty spreadsheet`));
  } finally {
    warn.mockRestore();
    await preview.close();
  }
});

test('a workbook kept in the first format (one object per cell) opens, and is kept in the compact format from then on', async () => {
  const stateFile = path.join(dir, 'workbook.json');
  const legacy = {
    locale: 'en_US', timeZone: 'Etc/UTC', name: 'Kept before', activeSheet: 'Sheet1', documentProperties: {}, metadata: [],
    sheets: [{
      name: 'Sheet1', id: 0, maxRows: 1000, maxColumns: 26, frozenRows: 0, frozenColumns: 0, columnWidths: {}, charts: [],
      cells: [{ row: 1, column: 1, value: 40 }, { row: 2, column: 1, value: 2, format: '0.00' }, { row: 3, column: 1, formula: '=SUM(A1:A2)' }, { row: 4, column: 1, value: { date: '2024-01-15T00:00:00.000Z' }, format: 'yyyy-mm-dd' }],
    }],
  };
  fs.writeFileSync(stateFile, JSON.stringify(legacy));
  const expected = [['40'], ['2.00'], ['42'], ['2024-01-15']];
  const first = await startPreview({ port: 0, stateFile, distDir: DIST });
  try {
    expect((await view(first.url, 'Sheet1')).rows).toEqual(expected);
  } finally {
    await first.close();
  }
  expect(fs.readFileSync(stateFile, 'utf8').split('\n')[0]).toMatch(/^\{"version":2,/);
  const converted = fs.statSync(stateFile).ino;
  const second = await startPreview({ port: 0, stateFile, distDir: DIST });
  try {
    expect((await view(second.url, 'Sheet1')).rows).toEqual(expected);
  } finally {
    await second.close();
  }
  // A file of this format holds the workbook as it is: opening and viewing it writes nothing.
  expect(fs.statSync(stateFile).ino).toBe(converted);
});
