// docs/rules.md, Performance: Refresh segment summary at 1,000 / 10,000 / 100,000 accounts — compute time (median of warm
// runs, with the history and without it) and spreadsheet calls, which must not grow with rows. The refresh runs for
// real over the in-memory emulation (bundled from TypeScript with esbuild), so its time includes the
// emulation's getValues/setValues; the core phases (parse, score, segment + layout) are timed apart too.
// `node bench/summary.bench.mjs` prints the figures; `run()` returns them for bench/run.mjs.
import { fileURLToPath } from 'node:url';
import { loadTs, seeded } from './load.mjs';
import { timeMedian } from './stats.mjs';
import { generateAccounts, CRITERIA } from './score.bench.mjs';

const HEADERS = ['Account', 'Industry', 'Employees', 'Annual revenue', 'Country', 'Growth stage', 'Business type', 'Tech stack',
  'Buyer role', 'Pain point', 'Trigger event', 'Acquisition channel', 'MRR', 'Gross margin', 'CAC', 'Start date', 'Churn date',
  'Company size', 'Notes', 'Owner'];
const START = 15;
const CHURN = 16;
const DAY = 86_400_000;
const NOW = new Date(Date.UTC(2025, 0, 1, 9, 30));

/** The score benchmark's accounts with dates as a sheet hands them over: Date cells (1 in 20 ISO text), spread over 3 years, and 1 row in 500 bad. */
function accounts(count) {
  const random = seeded(7);
  const rows = generateAccounts(count);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const start = Date.UTC(2022, 0, 1) + Math.floor(random() * 1090) * DAY;
    row[START] = new Date(start);
    row[CHURN] = random() < 0.2 ? new Date(start + Math.floor(random() * (NOW.getTime() - start) / DAY) * DAY) : '';
    if (i % 20 === 7) row[START] = row[START].toISOString().slice(0, 10);
    if (random() < 0.3) row[START] = ''; // prospects
    if (row[START] === '') row[CHURN] = '';
    if (i % 500 === 250) row[12] = 'n/a';
  }
  return rows;
}

// The refresh as it was before the summary kept a history: the history module replaced by one that does nothing.
const NO_HISTORY = `
export const isTrendChart = () => false;
export const prepareHistory = () => ({ decorate: (block) => ({ ...block, trendHeaderRow: 0, trendRows: 0, trendColumns: 0 }), commit() {} });
export const lastMovers = () => null;
export const appendVersion = () => {};`;

/** Median of warm refreshes over a fresh emulation (the first refresh creates the sheets and is not timed). */
function timeRefresh(module, rows, runs) {
  const emu = module.createEmulation();
  Object.assign(globalThis, emu.globals);
  emu.setSheetValues('Accounts', [HEADERS, ...rows]);
  emu.setSheetValues('Criteria', CRITERIA);
  module.refreshSummary(emu.spreadsheet, 'en', NOW);
  return timeMedian(() => module.refreshSummary(emu.spreadsheet, 'en', NOW), runs);
}

export async function run({ sizes = [1_000, 10_000, 100_000], runs = 5 } = {}) {
  const core = await loadTs('bench/summary-entry.ts');
  const withoutHistory = await loadTs('bench/summary-entry.ts', { replace: { 'src/sheets/history.ts': NO_HISTORY } });
  const { createEmulation, refreshSummary } = core;
  const results = [];
  for (const size of sizes) {
    const rows = accounts(size);
    const baseMs = timeRefresh(withoutHistory, rows, runs);
    const emu = createEmulation();
    Object.assign(globalThis, emu.globals);
    emu.setSheetValues('Accounts', [HEADERS, ...rows]);
    emu.setSheetValues('Criteria', CRITERIA);
    emu.resetCalls();
    refreshSummary(emu.spreadsheet, 'en', NOW); // creates the sheet and the chart
    const first = { reads: emu.calls.reads, writes: emu.calls.writes };
    const ms = timeMedian(() => {
      emu.resetCalls();
      refreshSummary(emu.spreadsheet, 'en', NOW);
    }, runs);
    const steady = { reads: emu.calls.reads, writes: emu.calls.writes, calls: emu.calls.total, byMethod: { ...emu.calls.byMethod } };

    // The core phases on the same rows, outside the emulation.
    const asOf = NOW.getTime();
    const options = { asOf, timeZone: 'Etc/UTC' };
    const parseMs = timeMedian(() => core.parseAccounts(HEADERS, rows, options), runs);
    const parsed = core.parseAccounts(HEADERS, rows, options);
    let scores;
    const scoreMs = timeMedian(() => {
      const scorer = core.compileCriteria(CRITERIA, HEADERS);
      scores = new Map();
      for (const account of parsed.accounts) scores.set(account, scorer.score(account.cells));
    }, runs);
    const dims = [(a) => a.cells[1], (a) => a.size ?? ''];
    const segmentMs = timeMedian(() => {
      const segments = core.segmentAccounts(parsed.accounts, dims, asOf, scores);
      const total = core.segmentFigures('Total', [], parsed.accounts, asOf, scores);
      core.buildSummary({ language: 'en', asOf: NOW, dimensionNames: ['Industry', 'Company size'], segments, total,
        accounts: parsed.accounts.length, customers: total.customers, skipped: parsed.skipped });
    }, runs);
    results.push({ size, ms, baseMs, parseMs, scoreMs, segmentMs, skipped: parsed.skipped.length, first, ...steady });
  }
  return results;
}

export function report(results) {
  return results
    .map((r) => `${r.size.toLocaleString('en-US').padStart(7)} accounts: refresh ${r.ms.toFixed(0)} ms median with history ` +
      `(${r.baseMs.toFixed(0)} ms without, ×${(r.ms / r.baseMs).toFixed(2)}; target < 2000 ms at 100,000; ` +
      `parse ${r.parseMs.toFixed(0)}, score ${r.scoreMs.toFixed(0)}, segments + layout ${r.segmentMs.toFixed(0)} ms); ` +
      `spreadsheet calls ${r.calls} (${r.reads} reads, ${r.writes} writes, ${r.byMethod.toast ?? 0} toasts: progress from 5,000 rows; first refresh ${r.first.reads} reads, ${r.first.writes} writes); ` +
      `${r.skipped} rows skipped`)
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(report(await run()));
