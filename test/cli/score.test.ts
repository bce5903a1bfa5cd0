// The score and sql commands on real files: outputs, Parquet input, and every error a user can fix.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listFlag, parseFlags } from '../../src/cli/args';
import { parseCsv } from '../../src/cli/csv';
import { scoreCommand } from '../../src/cli/score';
import { sqlCommand } from '../../src/cli/sql';
import { openDuckDB, rowsOf } from '../helpers/duckdb';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-cli-'));
const file = (name: string, text?: string) => {
  const full = path.join(dir, name);
  if (text !== undefined) fs.writeFileSync(full, text);
  return full;
};
const CRITERIA = file('criteria.csv', [
  'Attribute,Rule,Value,Weight,Notes',
  'Industry,is,SaaS; Fintech,3,"our best, by far"',
  'Employees,between,50..500,2,',
  'Tech stack,contains,HubSpot,1,',
  'Country,is,Russia,exclude,',
].join('\r\n'));
const ACCOUNTS = file('accounts.csv', [
  'Account,Industry,Employees,Country,Tech stack,MRR,Gross margin,CAC,Start date,Churn date',
  // 3 + 2 + 1 of 6 → 100, A
  'Acme,SaaS,120,Vietnam,"HubSpot, Slack",1000,0.8,5000,2024-01-01,',
  // 3 of 6 → 50, B ("1,200" is 1200: outside 50..500)
  'Beta,fintech,"1,200",Romania,Jira,500,80%,3000,2024-03-01,2024-09-01',
  // excluded → 0, C
  'Gamma,SaaS,100,Russia,HubSpot,,,,,',
  // a blank account name: scored, left out of the summary
  ',Retail,10,France,,,,,,',
].join('\n'));
const quiet = () => undefined;
const readCsv = (name: string) => parseCsv(fs.readFileSync(name, 'utf8'));

test('scores a CSV file: every input column, then icp_score, icp_tier, icp_explain, criteria_version; and the summary', async () => {
  const out = file('scored.csv');
  const summary = file('summary.csv');
  const log: string[] = [];
  const result = await scoreCommand(['--accounts', ACCOUNTS, '--criteria', CRITERIA, '--out', out, '--summary', summary, '--as-of', '2025-07-01', '--by', 'Industry'], (line) => log.push(line));
  const rows = readCsv(out);
  expect(rows[0]).toEqual(['Account', 'Industry', 'Employees', 'Country', 'Tech stack', 'MRR', 'Gross margin', 'CAC', 'Start date', 'Churn date', 'icp_score', 'icp_tier', 'icp_explain', 'criteria_version']);
  expect(rows.slice(1).map((r) => [r[0], r[2], r[10], r[11]])).toEqual([['Acme', '120', '100', 'A'], ['Beta', '1,200', '50', 'B'], ['Gamma', '100', '0', 'C'], ['', '10', '0', 'C']]);
  expect(rows[3][12]).toBe('⛔ Excluded: Country is Russia');
  expect(rows[1][13]).toMatch(/^[0-9a-f]{12}$/);
  expect(result).toMatchObject({ rows: 4, version: rows[1][13], segments: 2, leftOut: 1 });
  const table = readCsv(summary);
  expect(table[0].slice(0, 4)).toEqual(['Segment', 'Industry', 'Accounts', 'Customers']);
  // "SaaS" and "fintech"…: Acme and Gamma are SaaS; Beta fintech; the nameless row is left out.
  expect(table.slice(1).map((r) => [r[0], r[2]])).toEqual(expect.arrayContaining([['SaaS', '2'], ['fintech', '1'], ['Total', '3']]));
  expect(log.join('\n')).toContain('4 accounts scored');
});

test('a Parquet file with typed columns scores the same', async () => {
  const parquet = file('accounts.parquet');
  const connection = await openDuckDB();
  await connection.run(`COPY (SELECT * REPLACE (TRY_CAST(MRR AS DOUBLE) AS MRR, TRY_CAST("Start date" AS DATE) AS "Start date") FROM read_csv('${ACCOUNTS}', header = true, all_varchar = true)) TO '${parquet}' (FORMAT parquet)`);
  const out = file('from-parquet.csv');
  await scoreCommand(['--accounts', parquet, '--criteria', CRITERIA, '--out', out], quiet);
  expect(readCsv(out).slice(1).map((r) => r[10])).toEqual(['100', '50', '0', '0']);
  const written = file('scored.parquet');
  await scoreCommand(['--accounts', parquet, '--criteria', CRITERIA, '--out', written], quiet);
  expect((await rowsOf(connection, `SELECT icp_score FROM '${written}'`)).map((r) => r.icp_score)).toEqual([100, 50, 0, 0]);
});

test.each([
  [['--accounts', file('missing.csv'), '--criteria', CRITERIA, '--out', file('x1.csv')], 'accounts file not found: '],
  [['--accounts', ACCOUNTS, '--criteria', file('none.csv'), '--out', file('x2.csv')], 'criteria file not found: '],
  [['--accounts', ACCOUNTS, '--criteria', file('unknown.csv', 'Attribute,Rule,Value,Weight\nSeats,at least,10,1\n'), '--out', file('x3.csv')], 'ICP_SCORE: Criterion 2 ("Seats"): unknown attribute; columns are Account, Industry'],
  [['--accounts', ACCOUNTS, '--criteria', file('bad.csv', 'Industry,is,SaaS,1\nEmployees,between,lots,2\n'), '--out', file('x4.csv')], 'ICP_SCORE: Criterion 2 ("Employees"): "between" needs min..max, got "lots"'],
  [['--accounts', ACCOUNTS, '--criteria', CRITERIA, '--out', ACCOUNTS, '--force'], 'is the accounts file'],
  [['--accounts', ACCOUNTS, '--criteria', CRITERIA, '--out', file('x5.csv'), '--summary', file('s5.csv')], '--summary needs --as-of'],
  [['--accounts', ACCOUNTS, '--criteria', CRITERIA, '--out', file('x6.csv'), '--summary', file('s6.csv'), '--as-of', '2025-02-30'], '--as-of needs a date as YYYY-MM-DD'],
  [['--accounts', ACCOUNTS, '--criteria', CRITERIA, '--out', file('x7.csv'), '--summary', file('s7.csv'), '--as-of', '2025-07-01', '--by', 'Industy'], 'the segment dimension "Industy" is not a column'],
  [['--accounts', ACCOUNTS, '--criteria', CRITERIA, '--out', file('x8.csv'), '--a-min', '40', '--b-min', '60'], 'a_min 40 is below b_min 60'],
  [['--accounts', ACCOUNTS, '--criteria', CRITERIA, '--oops', 'x'], 'unknown flag --oops'],
])('error %#: a message that names the problem', async (argv, message) => {
  await expect(scoreCommand(argv, quiet)).rejects.toThrow(message);
  expect(fs.existsSync(file('s7.csv')) || fs.existsSync(file('x7.csv'))).toBe(false);
});

test('an output that exists is kept unless --force', async () => {
  const out = file('kept.csv', 'precious');
  await expect(scoreCommand(['--accounts', ACCOUNTS, '--criteria', CRITERIA, '--out', out], quiet)).rejects.toThrow(`${out} exists; add --force to overwrite it`);
  expect(fs.readFileSync(out, 'utf8')).toBe('precious');
  await scoreCommand(['--accounts', ACCOUNTS, '--criteria', CRITERIA, '--out', out, '--force'], quiet);
  expect(readCsv(out)[1][10]).toBe('100');
});

test('sql prints the query for each dialect; the DuckDB summary sets its as-of date', () => {
  let printed = '';
  sqlCommand(['--criteria', CRITERIA, '--dialect', 'bigquery', '--table', 'proj.crm.accounts'], (text) => (printed = text));
  expect(printed).toContain('FROM `proj.crm.accounts`');
  expect(printed).toContain('-- row 2: Industry is SaaS; Fintech (weight 3)');
  sqlCommand(['--criteria', CRITERIA, '--dialect', 'duckdb', '--accounts', ACCOUNTS, '--summary', '--as-of', '2025-07-01'], (text) => (printed = text));
  expect(printed.startsWith("SET VARIABLE as_of = DATE '2025-07-01';")).toBe(true);
  expect(() => sqlCommand(['--criteria', CRITERIA, '--dialect', 'postgres'], quiet)).toThrow('--dialect must be bigquery or duckdb');
});

test('flags and CSV reading', () => {
  expect(listFlag('Industry,"Company size", "A ""quoted"", name"')).toEqual(['Industry', 'Company size', 'A "quoted", name']);
  expect(parseFlags(['--a=1', '--b', '2', '--force'], { values: ['a', 'b'], switches: ['force'] })).toEqual({ values: new Map([['a', '1'], ['b', '2']]), switches: new Set(['force']) });
  expect(() => parseFlags(['--a'], { values: ['a'], switches: [] })).toThrow('--a needs a value');
  expect(parseCsv('\uFEFFa,"b, c","d ""e"""\r\n"multi\nline",,\n')).toEqual([['a', 'b, c', 'd "e"'], ['multi\nline', '', '']]);
});

test('--currency gives the derived Company size the revenue bands of that currency', async () => {
  const criteria = file('size.csv', 'Attribute,Rule,Value,Weight\nCompany size,is,SMB,1\n');
  const accounts = file('revenue.csv', 'Account,Employees,Annual revenue\nLei,30,200000000\nMore,30,300000000\n');
  const scored = async (currency?: string) => {
    const out = file(`size-${currency ?? 'USD'}.csv`);
    await scoreCommand(['--accounts', accounts, '--criteria', criteria, '--out', out, '--force', ...(currency ? ['--currency', currency] : [])], quiet);
    return readCsv(out).slice(1).map((row) => row[3]);
  };
  // Dollars: 200M and 300M are both above 50M, Mid-market, so neither is SMB. Lei: 200M is below the
  // 230M edge (50M × 4.6), SMB; 300M is Mid-market.
  expect(await scored()).toEqual(['0', '0']);
  expect(await scored('ron')).toEqual(['100', '0']);
  await expect(scored('lei')).rejects.toThrow('--currency must be one of USD, EUR, GBP, RON, VND, INR, JPY, BRL, got "lei"');
  const printed: string[] = [];
  sqlCommand(['--criteria', criteria, '--dialect', 'duckdb', '--columns', 'Account,Employees,Annual revenue', '--currency', 'VND'], (text) => printed.push(text));
  expect(printed.join('\n')).toContain('Annual revenue (Mid-market from 1,250,000,000,000 VND, Enterprise above 25,000,000,000,000 VND)');
});
