// `npm run score`: scores a CSV or Parquet file of accounts with the Criteria sheet (saved as CSV) through
// embedded DuckDB, with the same SQL the add-on exports: every input column plus icp_score, icp_tier,
// icp_explain and criteria_version; optionally the segment summary. DuckDB streams the file: memory stays
// flat whatever the number of rows.
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { duckdb } from '../core/sql/duckdb';
import { planCriteria } from '../core/sql/plan';
import { renderScoring } from '../core/sql/render';
import { AS_OF_PARAMETER, renderSummary } from '../core/sql/summary';
import { InputError } from '../core/values';
import { currencyFlag, dateFlag, listFlag, parseFlags, thresholdFlag } from './args';
import { readCriteriaFile, required } from './sql';

export const SCORE_USAGE = `npm run score -- --accounts accounts.csv|accounts.parquet --criteria criteria.csv --out scored.csv
  [--summary summary.csv --by Industry,"Company size" --as-of 2025-07-01] [--a-min 80 --b-min 50] [--locale ro_RO] [--currency RON] [--force]`;

/** From this long on, a progress line every few seconds. */
const PROGRESS_AFTER_MS = 2_000;

export interface ScoreResult {
  rows: number;
  version: string;
  segments?: number;
  leftOut?: number;
}

export async function scoreCommand(argv: readonly string[], log: (line: string) => void): Promise<ScoreResult> {
  const flags = parseFlags(argv, { values: ['accounts', 'criteria', 'out', 'summary', 'by', 'as-of', 'a-min', 'b-min', 'locale', 'currency', 'threads'], switches: ['force'] });
  const accounts = required(flags.values, 'accounts');
  const out = required(flags.values, 'out');
  const summary = flags.values.get('summary');
  if (!fs.existsSync(accounts)) throw new InputError(`accounts file not found: ${accounts}`);
  const criteria = readCriteriaFile(required(flags.values, 'criteria'));
  const asOf = flags.values.get('as-of');
  if (summary && !asOf) throw new InputError('--summary needs --as-of YYYY-MM-DD: the date the figures are as of');
  if (asOf) dateFlag('as-of', asOf);
  if (!summary && (asOf || flags.values.has('by'))) throw new InputError('--as-of and --by belong to --summary FILE');
  for (const file of [out, summary]) {
    if (file && fs.existsSync(file) && !flags.switches.has('force')) throw new InputError(`${file} exists; add --force to overwrite it`);
    if (file && path.resolve(file) === path.resolve(accounts)) throw new InputError(`${file} is the accounts file; choose another output`);
  }
  const tiers = { a: thresholdFlag('a-min', flags.values.get('a-min'), 80), b: thresholdFlag('b-min', flags.values.get('b-min'), 50) };

  const instance = await DuckDBInstance.create(':memory:', flags.values.has('threads') ? { threads: flags.values.get('threads')! } : {});
  const connection = await instance.connect();
  try {
    await connection.run(`CREATE VIEW accounts AS SELECT * FROM ${reader(accounts)}`);
    const headers = (await connection.runAndReadAll('SELECT column_name FROM (DESCRIBE accounts)')).getRows().map((row) => String(row[0]));
    const plan = planCriteria(criteria, { headers, tiers, locale: flags.values.get('locale'), currency: currencyFlag(flags.values.get('currency')) });
    // The summary's dimensions are checked before the long part starts.
    const dimensions = flags.values.has('by') ? listFlag(flags.values.get('by')!) : undefined;
    const summaryQuery = summary ? renderSummary(duckdb, 'accounts', { headers, plan, dimensions }) : undefined;
    const started = Date.now();
    const rows = await withProgress(log, out, started, () => copy(connection, renderScoring(plan, duckdb, 'accounts').sql, out));
    log(`${rows.toLocaleString('en-US')} accounts scored into ${out} (criteria version ${plan.version}) in ${seconds(started)}`);
    const result: ScoreResult = { rows, version: plan.version };
    if (summary && summaryQuery) {
      await connection.run(duckdb.setParam(AS_OF_PARAMETER, `DATE '${dateFlag('as-of', asOf!)}'`)!);
      const summaryRows = await copy(connection, summaryQuery.sql, summary);
      const totals = await connection.runAndReadAll(`SELECT "Accounts" FROM read_csv(${duckdb.string(summary)}, header = true, all_varchar = true) WHERE "Segment" = 'Total'`);
      const counted = Number(totals.getRows()[0]?.[0] ?? 0);
      result.segments = summaryRows - 1;
      result.leftOut = rows - counted;
      log(`${result.segments} segments as of ${asOf} into ${summary}; ${result.leftOut.toLocaleString('en-US')} rows left out (blank Account, unreadable number or date, churn before start, start after the as-of date)`);
    }
    return result;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The DuckDB reader of an accounts file: Parquet as typed; CSV as text, so `1,200` and `80%` read as the sheet reads them. */
function reader(file: string): string {
  if (/\.parquet$/i.test(file)) return `read_parquet(${duckdb.string(file)})`;
  return `read_csv(${duckdb.string(file)}, header = true, all_varchar = true)`;
}

/** Writes a query's rows to a CSV (or .parquet) file; the number of rows written. */
async function copy(connection: DuckDBConnection, sql: string, file: string): Promise<number> {
  const format = /\.parquet$/i.test(file) ? 'FORMAT parquet' : 'FORMAT csv, HEADER true';
  const result = await connection.run(`COPY (\n${sql}\n) TO ${duckdb.string(file)} (${format})`);
  return Number(result.rowsChanged);
}

/** Runs the copy, printing elapsed time and bytes written every few seconds once it runs long. */
async function withProgress<T>(log: (line: string) => void, out: string, started: number, work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => {
    if (Date.now() - started < PROGRESS_AFTER_MS) return;
    const size = fs.existsSync(out) ? fs.statSync(out).size : 0;
    log(`scoring… ${seconds(started)}, ${(size / 1e6).toFixed(0)} MB written to ${out}`);
  }, 5_000);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
