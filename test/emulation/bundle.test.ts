// The bundle runs in its own vm realm over the emulation; google.script.run crosses as JSON.
import fs from 'node:fs';
import { createEmulation } from '../../emulation';
import { callAsScriptRun, CODE_PATH, loadBundle, runAsync, scriptRun } from '../helpers/bundle';

const CODE = `
function readA1() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue(); }
function isRealmDate() { return readA1() instanceof Date; }
function writeDate() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('B1').setValue(new Date(Date.UTC(2020, 0, 2))); }
function echo(x) { return { got: x, kind: typeof x }; }
function today() { return { when: new Date(0) }; }
function fail() { throw new Error('Criterion 2 ("Industy"): unknown attribute'); }
function nothing() {}
`;

test('dates read inside the bundle are Dates of its realm; dates it writes are stored as Dates', () => {
  const emu = createEmulation();
  emu.setSheetValues('Sheet1', [[new Date(Date.UTC(2024, 0, 15))]]);
  const ctx = loadBundle(emu, { code: CODE });
  expect(ctx.isRealmDate()).toBe(true);
  expect((ctx.readA1() as Date) instanceof Date).toBe(false); // our realm's Date differs: use Object.prototype.toString
  expect(Object.prototype.toString.call(ctx.readA1())).toBe('[object Date]');
  ctx.writeDate();
  expect((emu.sheetValues('Sheet1')[0][1] as Date).getTime()).toBe(Date.UTC(2020, 0, 2));
});

test('callAsScriptRun: JSON round trip, undefined and Date results become null, Date arguments refused', () => {
  const ctx = loadBundle(createEmulation(), { code: CODE });
  expect(callAsScriptRun(ctx, 'echo', { a: [1, 'x', null] })).toEqual({ ok: true, value: { got: { a: [1, 'x', null] }, kind: 'object' } });
  expect(callAsScriptRun(ctx, 'today')).toEqual({ ok: true, value: null });
  expect(callAsScriptRun(ctx, 'nothing')).toEqual({ ok: true, value: null });
  expect(callAsScriptRun(ctx, 'echo', { when: new Date() })).toEqual({ ok: false, message: 'Failed due to illegal value in property: 0.when' });
  expect(callAsScriptRun(ctx, 'fail')).toEqual({ ok: false, message: 'Criterion 2 ("Industy"): unknown attribute' });
  expect(callAsScriptRun(ctx, 'missing')).toEqual({ ok: false, message: 'Script function not found: missing' });
});

test('scriptRun mimics google.script.run: chained handlers, user object, asynchronous answers', async () => {
  const ctx = loadBundle(createEmulation(), { code: CODE });
  const run = scriptRun(ctx);
  const seen: unknown[] = [];
  const returned = run.withSuccessHandler((value, user) => seen.push(['ok', value, user])).withUserObject('u1').echo(3);
  expect(returned).toBeUndefined();
  expect(seen).toEqual([]); // nothing answers synchronously
  run.withFailureHandler((error) => seen.push(['failed', (error as Error).message])).fail();
  expect(() => run.echo(new Date())).toThrow('Failed due to illegal value in property: 0');
  await run.pending();
  expect(seen).toEqual([['ok', { got: 3, kind: 'number' }, 'u1'], ['failed', 'Criterion 2 ("Industy"): unknown attribute']]);
  await expect(runAsync(ctx, 'echo', 'x')).resolves.toEqual({ got: 'x', kind: 'string' });
  await expect(runAsync(ctx, 'fail')).rejects.toThrow('unknown attribute');
});

test('the built dist/Code.js loads and exposes the custom functions', () => {
  const ctx = loadBundle(createEmulation());
  expect(fs.existsSync(CODE_PATH)).toBe(true);
  expect(ctx.SEGMENT_CLV(100, 0.8, 0.02)).toBeCloseTo(4000, 9);
  expect(typeof ctx.onOpen).toBe('function');
});
