// `npm run bench -- sql`: `npm run score` (embedded DuckDB) on 1 million and 10 million generated accounts
// read from Parquet, as rows per second and as a ratio to ICP_SCORE in JavaScript on the same first 100,000
// rows, with the command's peak memory (its process's maximum resident set, DuckDB included).
//
// Honesty notes: each size runs once (the machine's two cores are shared); the command runs in its own
// process, so its time includes starting Node and DuckDB, reading the Parquet file and writing the scored
// Parquet file. The JavaScript baseline scores rows already in memory (medians of warm runs): it measures
// ICP_SCORE alone, not reading or writing a file, which flatters JavaScript.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadTs } from './load.mjs';
import { CRITERIA } from './score.bench.mjs';
import { timeMedian } from './stats.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = (process.env.SQL_BENCH_SIZES ?? '1000000,10000000').split(',').map(Number);
const BASELINE_ROWS = 100_000;

/** The accounts of score.bench.mjs, generated inside DuckDB (hashes for randomness), all cells text as a CSV export gives them. */
function accountsSql(count) {
  const pick = (list, salt) => `[${list.map((v) => `'${v}'`).join(', ')}][1 + CAST(hash(i, ${salt}) % ${list.length} AS BIGINT)]`;
  return `SELECT
    'Account ' || i AS "Account",
    ${pick(['SaaS', 'Fintech', 'Retail', 'Healthcare', 'Manufacturing', 'Logistics', 'Education', 'Media'], 1)} AS "Industry",
    CASE WHEN i % 10 = 3 THEN format('{:,}', 5 + hash(i, 2) % 5000) ELSE CAST(5 + hash(i, 2) % 5000 AS VARCHAR) END AS "Employees",
    CAST((5 + hash(i, 2) % 5000) * (50000 + hash(i, 3) % 150000) AS VARCHAR) AS "Annual revenue",
    ${pick(['Vietnam', 'Romania', 'Germany', 'United States', 'France', 'Singapore', 'Russia'], 4)} AS "Country",
    ${pick(['Startup', 'Scale-up', 'Mature'], 5)} AS "Growth stage",
    ${pick(['B2B', 'B2C', 'B2B2C'], 6)} AS "Business type",
    ${pick(['HubSpot', 'Salesforce', 'Slack', 'Jira'], 7)} || ', ' || ${pick(['Zendesk', 'Shopify', 'SAP', 'Intercom', 'HubSpot'], 8)} AS "Tech stack",
    ${pick(['CMO', 'VP Sales', 'CTO', 'Head of RevOps'], 9)} AS "Buyer role",
    ${pick(['Low conversion', 'Manual reporting', 'Churn'], 10)} AS "Pain point",
    ${pick(['Funding', 'New CMO', 'Expansion'], 11)} AS "Trigger event",
    ${pick(['Inbound', 'Outbound', 'Partner'], 12)} AS "Acquisition channel",
    CAST(100 + hash(i, 13) % 5000 AS VARCHAR) AS "MRR",
    CAST(0.6 + (hash(i, 14) % 300) / 1000.0 AS VARCHAR) AS "Gross margin",
    CAST(1000 + hash(i, 15) % 20000 AS VARCHAR) AS "CAC",
    '2023-01-15' AS "Start date",
    CASE WHEN hash(i, 16) % 5 = 0 THEN '2024-03-01' ELSE NULL END AS "Churn date",
    CAST(NULL AS VARCHAR) AS "Company size",
    'note' AS "Notes",
    ${pick(['Ana', 'Minh', 'Ion'], 17)} AS "Owner"
  FROM range(${count}) AS t(i)`;
}

async function writeParquet(connection, file, count) {
  await connection.run(`COPY (${accountsSql(count)}) TO '${file}' (FORMAT parquet)`);
}

/** Runs `npm run score`'s code in a child process; its wall time and peak resident memory. */
function runCommand(args) {
  const started = performance.now();
  const out = execFileSync(process.execPath, [path.join(root, 'bench/sql-child.mjs'), ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const wall = performance.now() - started;
  return { wallMs: wall, ...JSON.parse(out.trim().split('\n').pop()) };
}

export async function run() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-sql-bench-'));
  const criteriaFile = path.join(dir, 'criteria.csv');
  fs.writeFileSync(criteriaFile, CRITERIA.map((row) => row.map((cell) => `"${String(cell).replace(/"/g, '""')}"`).join(',')).join('\n'));
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  // Builds the command's bundle once (npm run score does the same).
  execFileSync(process.execPath, [path.join(root, 'scripts/cli.mjs'), 'sql', '--criteria', criteriaFile, '--dialect', 'duckdb'], { cwd: root, stdio: 'ignore' });

  // JavaScript: ICP_SCORE's scorer over the first 100,000 rows, in memory.
  const baselineFile = path.join(dir, `accounts-${BASELINE_ROWS}.parquet`);
  await writeParquet(connection, baselineFile, BASELINE_ROWS);
  const reader = await connection.runAndReadAll(`SELECT * FROM '${baselineFile}'`);
  const headers = reader.columnNames();
  const rows = reader.getRowsJS().map((row) => row.map((cell) => (cell === null ? '' : cell)));
  const { compileCriteria } = await loadTs('src/core/scoring.ts');
  const jsMs = timeMedian(() => {
    const scorer = compileCriteria(CRITERIA, headers);
    for (const row of rows) scorer.score(row);
  }, 3);
  const jsRowsPerSecond = BASELINE_ROWS / (jsMs / 1000);
  const small = runCommand(['--accounts', baselineFile, '--criteria', criteriaFile, '--out', path.join(dir, 'scored-100k.parquet')]);

  const results = [];
  for (const size of SIZES) {
    const file = path.join(dir, `accounts-${size}.parquet`);
    await writeParquet(connection, file, size);
    const measured = runCommand(['--accounts', file, '--criteria', criteriaFile, '--out', path.join(dir, `scored-${size}.parquet`)]);
    results.push({ rows: size, ...measured, rowsPerSecond: size / (measured.wallMs / 1000) });
    fs.rmSync(path.join(dir, `scored-${size}.parquet`), { force: true });
    fs.rmSync(file, { force: true });
  }
  connection.closeSync();
  instance.closeSync();
  fs.rmSync(dir, { recursive: true, force: true });
  return { jsRowsPerSecond, jsMs, small: { ...small, rowsPerSecond: BASELINE_ROWS / (small.wallMs / 1000) }, results };
}

export function report({ jsRowsPerSecond, jsMs, small, results }) {
  const rate = (n) => `${Math.round(n).toLocaleString('en-US')} rows/s`;
  const lines = [
    `ICP_SCORE in JavaScript, ${BASELINE_ROWS.toLocaleString('en-US')} rows in memory: ${jsMs.toFixed(0)} ms, ${rate(jsRowsPerSecond)}`,
    `npm run score, the same ${BASELINE_ROWS.toLocaleString('en-US')} rows from Parquet: ${(small.wallMs / 1000).toFixed(1)} s, ${rate(small.rowsPerSecond)} (${(small.rowsPerSecond / jsRowsPerSecond).toFixed(2)}× JavaScript), peak ${small.maxRssMb.toFixed(0)} MB`,
  ];
  for (const r of results) {
    lines.push(`npm run score, ${r.rows.toLocaleString('en-US')} rows from Parquet: ${(r.wallMs / 1000).toFixed(1)} s, ${rate(r.rowsPerSecond)} (${(r.rowsPerSecond / jsRowsPerSecond).toFixed(2)}× JavaScript's rate), peak ${r.maxRssMb.toFixed(0)} MB`);
  }
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(report(await run()));
