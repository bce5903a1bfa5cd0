// The preview's kept workbook file at 100,000 accounts: its size, how long a write takes and the longest
// the event loop is held meanwhile (perf_hooks.monitorEventLoopDelay), after opening and after a one-cell
// edit, a rollback snapshot, and reading the file back. Baseline, in the same run: the first format (one
// object per cell), serialised whole and written synchronously as the preview used to.
// `node bench/store.bench.mjs [rows]` prints the table; `run()` returns it for bench/run.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadTs } from './load.mjs';
import { generateAccounts } from './score.bench.mjs';

const HEADERS = ['Account', 'Industry', 'Employees', 'Annual revenue', 'Country', 'Growth stage', 'Business type', 'Tech stack',
  'Buyer role', 'Pain point', 'Trigger event', 'Acquisition channel', 'MRR', 'Gross margin', 'CAC', 'Start date', 'Churn date'];
const MB = (bytes) => (bytes / 1048576).toFixed(1);

/** Wall time of `step` and the longest stall of the event loop while it ran (ms). */
async function watched(step) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  await new Promise((resolve) => setTimeout(resolve, 20)); // the monitor's timer runs from the next turn on
  const start = performance.now();
  const result = await step();
  const ms = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 20)); // the histogram records a stall once the loop turns
  delay.disable();
  return { ms, stallMs: Number(delay.max) / 1e6, result };
}

/** The first format: every cell an object, the whole workbook one string (what the preview wrote before). */
function legacyText(workbook) {
  const sheets = workbook.sheets.map((sheet) => ({
    name: sheet.name,
    cells: sheet.grid.entries().map(([row, column, cell]) => ({
      row, column,
      ...(cell.value !== '' ? { value: Object.prototype.toString.call(cell.value) === '[object Date]' ? { date: cell.value.toISOString() } : cell.value } : {}),
      ...(cell.formula ? { formula: cell.formula } : {}),
      ...(cell.format ? { format: cell.format } : {}),
    })),
  }));
  return JSON.stringify({ locale: workbook.locale, sheets });
}

export async function run({ size = 100_000 } = {}) {
  const { createEmulation, WorkbookStore } = await loadTs('bench/store-entry.ts');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-bench-store-'));
  const emulation = createEmulation();
  const rows = generateAccounts(size).map((row) => row.slice(0, HEADERS.length));
  const sheet = emulation.setSheetValues('Accounts', [HEADERS, ...rows]);
  sheet.getRange(2, 13, size, 1).setNumberFormat('$#,##0.00');
  sheet.getRange(2, 16, size, 2).setNumberFormat('yyyy-mm-dd');
  sheet.getRange(1, 1, 1, HEADERS.length).setFontWeight('bold');
  const steps = [];
  const heap = () => Math.round(process.memoryUsage().heapUsed / 1048576);

  const legacyFile = path.join(dir, 'legacy.json');
  const legacy = await watched(() => {
    const text = legacyText(emulation.workbook);
    fs.writeFileSync(legacyFile, text);
    return text.length;
  });
  steps.push({ name: 'first format: serialise + write (synchronous)', ms: legacy.ms, stallMs: legacy.stallMs, bytes: fs.statSync(legacyFile).size });
  const legacyRead = await watched(() => JSON.parse(fs.readFileSync(legacyFile, 'utf8')).sheets.length);
  steps.push({ name: 'first format: read + parse', ms: legacyRead.ms, stallMs: legacyRead.stallMs });
  fs.rmSync(legacyFile);

  const file = path.join(dir, 'workbook.json');
  const store = new WorkbookStore(file);
  store.attach(emulation);
  const write = () => {
    store.changed();
    return store.flush();
  };
  const whole = await watched(write);
  steps.push({ name: 'write the whole workbook (after opening a file)', ms: whole.ms, stallMs: whole.stallMs, bytes: fs.statSync(file).size, heapMB: heap() });

  sheet.getRange(Math.ceil(size / 2), 4).setValue(123);
  const snapshot = await watched(() => store.snapshot());
  steps.push({ name: 'snapshot before an action (one block changed)', ms: snapshot.ms, stallMs: snapshot.stallMs });
  const restored = await watched(() => store.restore(snapshot.result).json.sheets.length);
  steps.push({ name: 'rollback: the workbook from the snapshot', ms: restored.ms, stallMs: restored.stallMs });
  const edit = await watched(write);
  steps.push({ name: 'write after a one-cell edit', ms: edit.ms, stallMs: edit.stallMs, bytes: fs.statSync(file).size, heapMB: heap() });

  sheet.getRange(2, 1, size, HEADERS.length).sort({ column: 3, ascending: true });
  const sorted = await watched(write);
  steps.push({ name: 'write after sorting every row', ms: sorted.ms, stallMs: sorted.stallMs });

  const reader = new WorkbookStore(file);
  const read = await watched(() => reader.read().json.sheets.length);
  steps.push({ name: 'read the file back (parse)', ms: read.ms, stallMs: read.stallMs });
  fs.rmSync(dir, { recursive: true, force: true });
  return { size, steps };
}

export function report({ size, steps }) {
  const lines = [
    `${size.toLocaleString('en-US')} accounts × ${HEADERS.length} columns (number formats on 3 columns, bold header); the longest event-loop stall from perf_hooks.monitorEventLoopDelay`,
    '| step | ms | longest stall ms | file MB | heap MB |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const s of steps) lines.push(`| ${s.name} | ${Math.round(s.ms).toLocaleString('en-US')} | ${Math.round(s.stallMs).toLocaleString('en-US')} | ${s.bytes ? MB(s.bytes) : ''} | ${s.heapMB ?? ''} |`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = Number(process.argv[2] ?? 100_000);
  console.log(report(await run({ size })));
}
