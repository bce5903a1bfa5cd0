// `npm run sql`: prints the scoring (or summary) query for BigQuery or DuckDB from a Criteria CSV file.
import fs from 'node:fs';
import { bigquery } from '../core/sql/bigquery';
import type { Dialect } from '../core/sql/dialect';
import { duckdb } from '../core/sql/duckdb';
import { planCriteria } from '../core/sql/plan';
import { renderScoring } from '../core/sql/render';
import { AS_OF_PARAMETER, renderSummary } from '../core/sql/summary';
import { InputError } from '../core/values';
import { isWeightHeader } from '../core/criteria';
import { type ColumnKey, columnHeader, nameIdentity } from '../core/vocabulary';
import { currencyFlag, dateFlag, listFlag, parseFlags, thresholdFlag } from './args';
import { parseCsv } from './csv';

export const SQL_USAGE = `npm run sql -- --criteria criteria.csv --dialect bigquery|duckdb --table accounts
  [--columns "Account,Industry,…" | --accounts accounts.csv] [--summary --by Industry,"Company size" --as-of 2025-07-01]
  [--a-min 80 --b-min 50] [--locale ro_RO] [--currency RON]`;

export function sqlCommand(argv: readonly string[], print: (text: string) => void): void {
  const flags = parseFlags(argv, { values: ['criteria', 'dialect', 'table', 'columns', 'accounts', 'by', 'as-of', 'a-min', 'b-min', 'locale', 'currency'], switches: ['summary'] });
  const criteriaPath = required(flags.values, 'criteria');
  const dialect = dialectOf(flags.values.get('dialect') ?? 'bigquery');
  const table = flags.values.get('table') ?? 'accounts';
  const criteria = readCriteriaFile(criteriaPath);
  const columns = flags.values.get('columns');
  const accounts = flags.values.get('accounts');
  const summary = flags.switches.has('summary');
  const dimensions = flags.values.has('by') ? listFlag(flags.values.get('by')!) : undefined;
  const headers = columns ? listFlag(columns) : accounts ? csvHeader(accounts) : assumedHeaders(criteria, summary, dimensions ?? [columnHeader('en', 'industry')]);
  const tiers = { a: thresholdFlag('a-min', flags.values.get('a-min'), 80), b: thresholdFlag('b-min', flags.values.get('b-min'), 50) };
  const plan = planCriteria(criteria, { headers, tiers, locale: flags.values.get('locale'), currency: currencyFlag(flags.values.get('currency')) });
  if (!summary) {
    print(renderScoring(plan, dialect, table).sql);
    return;
  }
  const asOf = flags.values.get('as-of');
  const { sql } = renderSummary(dialect, table, { headers, plan, dimensions });
  const set = asOf ? dialect.setParam(AS_OF_PARAMETER, `DATE '${dateFlag('as-of', asOf)}'`) : undefined;
  const note = dialect.name === 'bigquery' ? `-- Set the query parameter @${AS_OF_PARAMETER} (DATE${asOf ? `, e.g. ${asOf}` : ''}).` : undefined;
  print([set ?? (dialect.name === 'duckdb' ? `SET VARIABLE ${AS_OF_PARAMETER} = DATE '2025-07-01';  -- the as-of date` : undefined), note, sql].filter(Boolean).join('\n'));
}

export function dialectOf(name: string): Dialect {
  if (name === 'bigquery') return bigquery;
  if (name === 'duckdb') return duckdb;
  throw new InputError(`--dialect must be bigquery or duckdb, got ${JSON.stringify(name)}`);
}

export function required(values: Map<string, string>, name: string): string {
  const value = values.get(name);
  if (value === undefined) throw new InputError(`--${name} is required`);
  return value;
}

export function readCriteriaFile(path: string): string[][] {
  if (!fs.existsSync(path)) throw new InputError(`criteria file not found: ${path}`);
  return parseCsv(fs.readFileSync(path, 'utf8'));
}

/** The first line of a CSV file, without reading the rest. */
function csvHeader(path: string): string[] {
  if (!fs.existsSync(path)) throw new InputError(`accounts file not found: ${path}`);
  const fd = fs.openSync(path, 'r');
  const buffer = Buffer.alloc(64 * 1024);
  const read = fs.readSync(fd, buffer, 0, buffer.length, 0);
  fs.closeSync(fd);
  const [header] = parseCsv(buffer.subarray(0, read).toString('utf8').split(/\r?\n/)[0]);
  return header ?? [];
}

/**
 * Without --columns or --accounts: the columns the criteria name, as written (Company size derived from
 * Employees and Annual revenue), plus for the summary the Accounts sheet's English money and date columns
 * and the dimensions.
 */
function assumedHeaders(criteria: string[][], summary: boolean, dimensions: readonly string[]): string[] {
  const headers: string[] = [];
  const seen = new Set<string>();
  const add = (name: string) => {
    const identity = nameIdentity(name);
    if (name && identity !== '#companySize' && !seen.has(identity)) {
      seen.add(identity);
      headers.push(name);
    }
  };
  const english = (key: ColumnKey) => columnHeader('en', key);
  if (summary) (['account', 'employees', 'annualRevenue', 'mrr', 'grossMargin', 'cac', 'startDate', 'churnDate'] as const).forEach((key) => add(english(key)));
  for (const [i, row] of criteria.entries()) {
    const attribute = (row[0] ?? '').trim();
    if (i === 0 && isWeightHeader(row[3] ?? '')) continue;
    if (nameIdentity(attribute) === '#companySize') ['employees', 'annualRevenue'].forEach((key) => add(english(key as ColumnKey)));
    add(attribute);
  }
  dimensions.forEach(add);
  return headers;
}
