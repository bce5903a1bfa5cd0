// The local preview at 100,000 accounts, driven over HTTP as the page drives it (`npm start` in a child
// process, so the memory figures are the server's own): open a 100,000-row .xlsx, score it (Create ICP
// worksheet puts the score formulas in), edit a criterion, refresh the summary, sort the accounts, save as .xlsx; after each
// step the page's next grid page is timed too. The same steps over the bare emulation in this process (no
// formula engine, no HTTP, no file) are the baseline: the ratio is what the preview adds.
// `node bench/preview.bench.mjs [rows]` prints the table; `run()` returns it for bench/run.mjs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { loadTs } from './load.mjs';
import { generateAccounts } from './score.bench.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HEADERS = ['Account', 'Industry', 'Employees', 'Annual revenue', 'Country', 'Growth stage', 'Business type', 'Tech stack',
  'Buyer role', 'Pain point', 'Trigger event', 'Acquisition channel', 'MRR', 'Gross margin', 'CAC', 'Start date', 'Churn date'];

const accounts = (count) => generateAccounts(count).map((row) => row.slice(0, HEADERS.length));

async function writeXlsx(file, rows) {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = book.addWorksheet('Accounts');
  sheet.addRow(HEADERS).commit();
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await book.commit();
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
function memory(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: Math.round(field('VmRSS')), peak: Math.round(field('VmHWM')) };
}

async function startServer(stateFile) {
  const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env: { ...process.env, PORT: '0', PREVIEW_WORKBOOK: stateFile }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const found = /ICP Toolkit preview: (http:\S+)/.exec(output);
      if (found) resolve(found[1]);
    });
    child.on('exit', (code) => reject(new Error(`the preview stopped (${code})`)));
  });
  return { child, url };
}

async function timed(step) {
  const start = performance.now();
  const result = await step();
  return { ms: performance.now() - start, result };
}

async function preview(rows, file) {
  const stateFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'icp-bench-preview-')), 'workbook.json');
  const { child, url } = await startServer(stateFile);
  const call = async (route, options) => {
    const response = await fetch(url + route.slice(1), options);
    const body = route === '/api/export' ? Buffer.from(await response.arrayBuffer()) : await response.json();
    if (!response.ok) throw new Error(`${route}: ${body.error}`);
    return body;
  };
  const post = (route, body) => call(route, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const grid = (sheet) => call(`/api/sheet?name=${encodeURIComponent(sheet)}&start=1&count=300`);
  const steps = [];
  const step = async (name, action, sheet) => {
    const done = await timed(action);
    const page = sheet ? await timed(() => grid(sheet)) : null;
    steps.push({ name, ms: done.ms, gridMs: page?.ms ?? null, ...memory(child.pid) });
    return done.result;
  };
  try {
    steps.push({ name: 'started', ms: 0, gridMs: null, ...memory(child.pid) });
    await step('open .xlsx', () => call('/api/open', { method: 'POST', headers: { 'x-file-name': 'accounts.xlsx' }, body: fs.readFileSync(file) }), 'Accounts');
    await step('score (Create ICP worksheet)', () => post('/api/menu', { functionName: 'createIcpWorksheet' }), 'Accounts');
    await step('grid page again', () => Promise.resolve(), 'Accounts');
    await step('edit a criterion weight', () => post('/api/cell', { sheet: 'Criteria', row: 2, column: 4, value: '5' }), 'Accounts');
    await step('Refresh segment summary', () => post('/api/menu', { functionName: 'refreshSegmentSummary' }), 'Segment Summary');
    await step('sort Accounts by Employees', () => post('/api/sort', { sheet: 'Accounts', fromRow: 2, column: 3, ascending: false }), 'Accounts');
    const saved = await step('Save as .xlsx', () => call('/api/export'));
    const first = (await grid('Accounts')).rows;
    const score = first[0].indexOf('ICP score');
    return { steps, savedBytes: saved.length, scoredRow: first[1][score], stateBytes: fs.existsSync(stateFile) ? fs.statSync(stateFile).size : 0 };
  } finally {
    child.kill('SIGTERM');
  }
}

async function bare(rows) {
  const { createEmulation, runBundle, workbookToJSON } = await loadTs('bench/preview-entry.ts');
  const code = fs.readFileSync(path.join(root, 'dist/Code.js'), 'utf8');
  const emulation = createEmulation({ files: { Sidebar: '<html></html>', Suggest: '<html></html>' } });
  const bundle = runBundle(emulation, code);
  const score = () => {
    const sheet = emulation.spreadsheet.getSheetByName('Accounts');
    const block = sheet.getRange(2, 1, rows.length, HEADERS.length).getValues();
    const criteria = emulation.spreadsheet.getSheetByName('Criteria').getRange('A2:D').getValues();
    return bundle.ICP_SCORE(block, [HEADERS], criteria);
  };
  const steps = [];
  const step = async (name, action) => {
    const done = await timed(action);
    steps.push({ name, ms: done.ms, gridMs: null, rss: Math.round(process.memoryUsage().rss / 1048576), peak: null });
    return done.result;
  };
  await step('open .xlsx', () => emulation.setSheetValues('Accounts', [HEADERS, ...rows]));
  await step('score (Create ICP worksheet)', () => { bundle.createIcpWorksheet(); return score(); });
  await step('grid page again', () => emulation.spreadsheet.getSheetByName('Accounts').getRange(1, 1, 300, 26).getDisplayValues());
  await step('edit a criterion weight', () => { emulation.spreadsheet.getSheetByName('Criteria').getRange(2, 4).setValue('5'); return score(); });
  await step('Refresh segment summary', () => bundle.refreshSegmentSummary());
  await step('sort Accounts by Employees', () => { emulation.spreadsheet.getSheetByName('Accounts').getRange(2, 1, rows.length, HEADERS.length + 3).sort({ column: 3, ascending: false }); return score(); });
  await step('Save as .xlsx', () => JSON.stringify(workbookToJSON(emulation.workbook, emulation.documentProperties)).length);
  return { steps };
}

export async function run({ size = 100_000 } = {}) {
  const rows = accounts(size);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'icp-bench-xlsx-')), 'accounts.xlsx');
  await writeXlsx(file, rows);
  const fileBytes = fs.statSync(file).size;
  const inPreview = await preview(rows, file);
  const baseline = await bare(rows);
  return { size, fileBytes, preview: inPreview, bare: baseline };
}

export function report({ size, fileBytes, preview: p, bare: b }) {
  const ms = (v) => (v === null || v === undefined ? '' : Math.round(v).toLocaleString('en-US'));
  const lines = [
    `${size.toLocaleString('en-US')} accounts × ${HEADERS.length} columns, .xlsx of ${(fileBytes / 1048576).toFixed(1)} MB; preview = npm start over HTTP (server memory from /proc), bare = the emulation and the bundle in-process`,
    '| step | preview ms | then grid page ms | server RSS MB | server peak MB | bare emulation ms | preview / bare |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const step of p.steps) {
    const base = b.steps.find((s) => s.name === step.name);
    const ratio = base && base.ms > 0.5 && step.ms > 0 ? `${(step.ms / base.ms).toFixed(1)}×` : '';
    lines.push(`| ${step.name} | ${ms(step.ms)} | ${ms(step.gridMs)} | ${step.rss} | ${step.peak} | ${ms(base?.ms)} | ${ratio} |`);
  }
  lines.push(`Saved .xlsx ${(p.savedBytes / 1048576).toFixed(1)} MB; kept workbook file ${(p.stateBytes / 1048576).toFixed(1)} MB; first account's score in the grid: ${p.scoredRow}`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = Number(process.argv[2] ?? 100_000);
  console.log(report(await run({ size })));
}
