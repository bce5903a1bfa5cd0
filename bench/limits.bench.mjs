// How many rows ICP_SCORE and ICP_EXPLAIN can take before Sheets' limits: a custom function must answer in
// 30 s, and a result can be too large to return. Through the built dist/Code.js in a vm, with the
// arguments the worksheet's formula passes (=ICP_SCORE(A2:Q, A1:Q1, Criteria!A2:D): 17 columns of every
// row, the header row, the criteria). Prints time per 1,000 rows, and the size of the arguments and of
// the result as JSON, the closest local stand-in for what Sheets moves between the sheet and the script.
// Apps Script's own V8 and the transfer are slower than this machine: the README divides by a margin.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from './load.mjs';
import { CRITERIA, generateAccounts } from './score.bench.mjs';
import { median } from './stats.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HEADERS = ['Account', 'Industry', 'Employees', 'Annual revenue', 'Country', 'Growth stage', 'Business type', 'Tech stack',
  'Buyer role', 'Pain point', 'Trigger event', 'Acquisition channel', 'MRR', 'Gross margin', 'CAC', 'Start date', 'Churn date'];

const timed = (fn, runs) => {
  fn();
  const samples = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), result };
};

export async function run({ scoreRows = [10_000, 50_000, 100_000, 200_000], explainRows = [1_000, 10_000, 50_000] } = {}) {
  const { createEmulation } = await loadTs('emulation/index.ts');
  const { runBundle } = await loadTs('emulation/bundle.ts');
  const ctx = runBundle(createEmulation(), fs.readFileSync(path.join(root, 'dist/Code.js'), 'utf8'));
  const all = JSON.parse(JSON.stringify(generateAccounts(Math.max(...scoreRows, ...explainRows)).map((row) => row.slice(0, HEADERS.length))));
  const criteria = CRITERIA.slice(1);
  const measure = (fn, counts, runs) => counts.map((count) => {
    const rows = all.slice(0, count);
    const { ms, result } = timed(() => ctx[fn](rows, [HEADERS], criteria), runs);
    return { count, ms, perThousandMs: (ms / count) * 1000, argumentMB: JSON.stringify(rows).length / 1e6, resultMB: JSON.stringify(result).length / 1e6 };
  });
  return { score: measure('ICP_SCORE', scoreRows, 3), explain: measure('ICP_EXPLAIN', explainRows, 1) };
}

export function report(r) {
  const line = (name) => (m) => `${name} ${m.count.toLocaleString('en-US')} rows × 17 columns: ${m.ms.toFixed(0)} ms (${m.perThousandMs.toFixed(2)} ms per 1,000 rows); arguments ${m.argumentMB.toFixed(1)} MB, result ${m.resultMB.toFixed(2)} MB as JSON`;
  return [...r.score.map(line('ICP_SCORE')), ...r.explain.map(line('ICP_EXPLAIN'))].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(report(await run()));
