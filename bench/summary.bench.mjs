// SPEC §9: Refresh segment summary at 1,000 / 10,000 / 100,000 accounts — compute time and spreadsheet
// calls (which must not grow with rows), with a bare loop over the same cells as the baseline.
import { loadTs } from './load.mjs';
import { median } from './stats.mjs';
import { generateAccounts, CRITERIA } from './score.bench.mjs';

const HEADERS = ['Account', 'Industry', 'Employees', 'Annual revenue', 'Country', 'Growth stage', 'Business type', 'Tech stack',
  'Buyer role', 'Pain point', 'Trigger event', 'Acquisition channel', 'MRR', 'Gross margin', 'CAC', 'Start date', 'Churn date',
  'Company size', 'Notes', 'Owner'];

export async function run({ sizes = [1_000, 10_000, 100_000], runs = 5 } = {}) {
  const { createEmulation, refreshSummary } = await loadTs('bench/summary-entry.ts');
  const now = new Date(Date.UTC(2025, 0, 1));
  const results = [];
  for (const size of sizes) {
    const emu = createEmulation();
    Object.assign(globalThis, emu.globals);
    const rows = generateAccounts(size);
    emu.setSheetValues('Accounts', [HEADERS, ...rows]);
    emu.setSheetValues('Criteria', CRITERIA);
    refreshSummary(emu.spreadsheet, 'en', now); // creates the sheet and chart; later runs are steady state
    const samples = [];
    for (let i = 0; i < runs; i++) {
      emu.resetCalls();
      const start = performance.now();
      refreshSummary(emu.spreadsheet, 'en', now);
      samples.push(performance.now() - start);
    }
    const loop = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      let total = 0;
      for (const row of rows) for (const cell of row) total += String(cell).length;
      loop.push(performance.now() - start);
      if (total < 0) console.log(total);
    }
    results.push({ size, ms: median(samples), loopMs: median(loop), reads: emu.calls.reads, writes: emu.calls.writes, calls: emu.calls.total });
  }
  return results;
}

export function report(results) {
  return results
    .map((r) => `${r.size.toLocaleString('en-US').padStart(7)} accounts: refresh ${r.ms.toFixed(0)} ms median (target < 2000 ms at 100,000), ` +
      `bare loop ${r.loopMs.toFixed(1)} ms → ${(r.ms / r.loopMs).toFixed(1)}×; spreadsheet calls ${r.calls} (${r.reads} reads, ${r.writes} writes)`)
    .join('\n');
}
