// Date cells are calendar days in the spreadsheet's time zone everywhere: a Start date typed as 2024-01-15
// in Vietnam is the instant 2024-01-14T17:00Z, and still reads as 2024-01-15 in scores, segments,
// suggestions and skip messages. Through the built bundle, east and west of UTC.
import { createEmulation } from '../../emulation';
import { callAsScriptRun, loadBundle } from '../helpers/bundle';

const ZONES = ['Asia/Ho_Chi_Minh', 'Europe/Bucharest', 'America/Los_Angeles'];

function workbook(timeZone: string) {
  const emu = createEmulation({ timeZone });
  const ctx = loadBundle(emu);
  emu.setSheetValues('Accounts', [
    ['Account', 'Industry', 'MRR', 'Start date', 'Renewal'],
    ['Acme', 'SaaS', 100, '2024-01-15', '2025-01-15'],
    ['Beta', 'SaaS', '2024-02-01', '2024-01-16', ''],
  ]);
  emu.setSheetValues('Criteria', [['Attribute', 'Rule', 'Value', 'Weight'], ['Start date', 'is', '2024-01-15', 1]]);
  return { emu, ctx };
}

test.each(ZONES)('%s: a date cell reads as the day typed in ICP_SCORE and ICP_EXPLAIN', (timeZone) => {
  const { emu, ctx } = workbook(timeZone);
  const accounts = emu.sheetValues('Accounts');
  expect(Object.prototype.toString.call(accounts[1][3])).toBe('[object Date]');
  const criteria = emu.sheetValues('Criteria');
  const score = emu.runAs('customFunction', () => ctx.ICP_SCORE(accounts.slice(1, 2), [accounts[0]], criteria));
  expect(score).toEqual([[100]]);
  const explain = emu.runAs('customFunction', () => ctx.ICP_EXPLAIN(accounts.slice(1, 2), [accounts[0]], criteria));
  expect(explain).toEqual([['✔ Start date is 2024-01-15 (+1)']]);
});

test.each(ZONES)('%s: the summary groups by the day, scores by it, and skip messages quote it', (timeZone) => {
  const { emu, ctx } = workbook(timeZone);
  expect(callAsScriptRun(ctx, 'settingsSave', { language: 'en', dimensions: ['Renewal'] }).ok).toBe(true);
  ctx.refreshSegmentSummary();
  const summary = emu.sheetValues('Segment Summary').map((row) => row.join('|'));
  expect(summary.some((row) => row.startsWith('2025-01-15|'))).toBe(true);
  // Beta's MRR holds a date: the skip message names that day, not the day before.
  expect(summary.some((row) => row.includes('MRR 2024-02-01 is not a number'))).toBe(true);
  expect(summary.some((row) => row.includes('Avg ICP score'))).toBe(true);
  const segment = emu.sheetValues('Segment Summary').find((row) => row[0] === '2025-01-15')!;
  const header = emu.sheetValues('Segment Summary').find((row) => row.includes('Avg ICP score'))!;
  expect(segment[header.indexOf('Avg ICP score')]).toBe(100);
});
