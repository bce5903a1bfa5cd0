// Every difference between DuckDB and BigQuery the compiler handles, one row each: the text each dialect
// gets, what DuckDB computes from it, and what the naive DuckDB spelling would have computed instead.
// BigQuery cannot run here, so its text is pinned and parsed by node-sql-parser's BigQuery grammar.
import { Parser } from 'node-sql-parser';
import { bigquery } from '../../../src/core/sql/bigquery';
import { duckdb } from '../../../src/core/sql/duckdb';
import type { Dialect } from '../../../src/core/sql/dialect';
import { sizeBand } from '../../../src/core/sql/cells';
import { revenueBounds } from '../../../src/core/vocabulary/money';
import { openDuckDB, rowsOf } from '../../helpers/duckdb';

interface Difference {
  name: string;
  sql: (d: Dialect) => string;
  duckdb: string;
  bigquery: string;
  /** What DuckDB computes from our text. */
  value: unknown;
  /** The naive DuckDB spelling and what it computes: why the difference matters. */
  naive?: [sql: string, value: unknown];
}

const DIFFERENCES: Difference[] = [
  {
    name: 'division by zero', sql: (d) => d.safeDivide('1', '0'),
    duckdb: '1 / NULLIF(0, 0)', bigquery: 'SAFE_DIVIDE(1, 0)', value: null, naive: ['1 / 0', Infinity],
  },
  {
    name: 'natural logarithm (DuckDB LOG is base 10, BigQuery LOG is natural)', sql: (d) => `ROUND(${d.ln('100')}, 6)`,
    duckdb: 'ROUND(ln(100), 6)', bigquery: 'ROUND(LN(100), 6)', value: 4.60517, naive: ['log(100)', 2],
  },
  { name: 'base-10 logarithm', sql: (d) => d.log10('1000'), duckdb: 'log10(1000)', bigquery: 'LOG10(1000)', value: 3 },
  {
    name: 'REGEXP_REPLACE replaces every match', sql: (d) => d.replaceAll("'1,200,300'", '[,%]', ''),
    duckdb: "regexp_replace('1,200,300', '[,%]', '', 'g')", bigquery: "REGEXP_REPLACE('1,200,300', r'[,%]', '')",
    value: '1200300', naive: ["regexp_replace('1,200,300', '[,%]', '')", '1200,300'],
  },
  {
    name: 'GREATEST with NULL (BigQuery gives NULL): size bands never pass NULL', sql: (d) => sizeBand(d, 'NULL', '60000000', revenueBounds('USD')),
    duckdb: "CASE WHEN NULL >= 0 OR 60000000 >= 0 THEN CASE greatest(CASE WHEN NULL > 2000 THEN 2 WHEN NULL >= 500 THEN 1 ELSE 0 END, CASE WHEN 60000000 > 1000000000 THEN 2 WHEN 60000000 >= 50000000 THEN 1 ELSE 0 END) WHEN 2 THEN 'enterprise' WHEN 1 THEN 'mid-market' ELSE 'smb' END END",
    bigquery: "CASE WHEN NULL >= 0 OR 60000000 >= 0 THEN CASE GREATEST(CASE WHEN NULL > 2000 THEN 2 WHEN NULL >= 500 THEN 1 ELSE 0 END, CASE WHEN 60000000 > 1000000000 THEN 2 WHEN 60000000 >= 50000000 THEN 1 ELSE 0 END) WHEN 2 THEN 'enterprise' WHEN 1 THEN 'mid-market' ELSE 'smb' END END",
    value: 'mid-market', naive: ['greatest(1, NULL)', 1],
  },
  {
    name: 'DATE_DIFF argument order', sql: (d) => d.daysBetween("DATE '2024-01-01'", "DATE '2024-02-01'"),
    duckdb: "date_diff('day', DATE '2024-01-01', DATE '2024-02-01')", bigquery: "DATE_DIFF(DATE '2024-02-01', DATE '2024-01-01', DAY)",
    value: 31, naive: ["date_diff('day', DATE '2024-02-01', DATE '2024-01-01')", -31],
  },
  {
    name: 'string splitting', sql: (d) => d.split("'HubSpot,Slack'", ','),
    duckdb: "string_split('HubSpot,Slack', ',')", bigquery: "SPLIT('HubSpot,Slack', ',')", value: ['HubSpot', 'Slack'],
  },
  {
    name: 'accents off (BigQuery: NORMALIZE to NFD, then drop the marks)', sql: (d) => d.stripAccents("'Întreprinderi mari, Doanh nghiệp'"),
    duckdb: "strip_accents('Întreprinderi mari, Doanh nghiệp')", bigquery: "REGEXP_REPLACE(NORMALIZE('Întreprinderi mari, Doanh nghiệp', NFD), r'\\p{M}', '')",
    value: 'Intreprinderi mari, Doanh nghiep',
  },
  {
    name: 'composing accents (NFC) as JavaScript does: e + a combining acute is é', sql: (d) => d.composed("'Cafe\u0301'"),
    duckdb: "nfc_normalize('Cafe\u0301')", bigquery: "NORMALIZE('Cafe\u0301', NFC)", value: 'Caf\u00e9',
  },
  {
    name: 'some item of a list cell (UNNEST in BigQuery, a lambda in DuckDB)', sql: (d) => d.anyItem("'HubSpot, Slack;Jira'", '[,;]', (item) => `TRIM(${item}) = 'Slack'`),
    duckdb: "len(list_filter(string_split_regex('HubSpot, Slack;Jira', '[,;]'), icp__item -> TRIM(icp__item) = 'Slack')) > 0",
    bigquery: "EXISTS(SELECT 1 FROM UNNEST(SPLIT(REGEXP_REPLACE('HubSpot, Slack;Jira', r'[,;]', ','), ',')) AS icp__item WHERE TRIM(icp__item) = 'Slack')",
    value: true,
  },
  {
    name: 'sorting and joining a list (UNNEST in BigQuery)', sql: (d) => d.joinSorted([{ keys: ['2', '0'], text: "'b'" }, { keys: ['1', '1'], text: "'a'" }], ' · '),
    duckdb: "array_to_string(list_transform(list_sort([{k0: 2, k1: 0, text: 'b'}, {k0: 1, k1: 1, text: 'a'}]), entry -> entry.text), ' · ')",
    bigquery: "ARRAY_TO_STRING(ARRAY(SELECT entry.text FROM UNNEST([STRUCT(2 AS k0, 0 AS k1, 'b' AS text), STRUCT(1 AS k0, 1 AS k1, 'a' AS text)]) AS entry ORDER BY entry.k0, entry.k1), ' · ')",
    value: 'a · b',
  },
  {
    name: 'joining texts, leaving NULLs out', sql: (d) => d.joinNonNull(["'a'", 'NULL', "'b'"], '; '),
    duckdb: "concat_ws('; ', 'a', NULL, 'b')", bigquery: "ARRAY_TO_STRING(['a', NULL, 'b'], '; ')", value: 'a; b',
  },
  {
    name: 'safe cast to a number', sql: (d) => d.tryNumber("'abc'"),
    duckdb: "TRY_CAST('abc' AS DOUBLE)", bigquery: "SAFE_CAST('abc' AS FLOAT64)", value: null,
  },
  {
    name: 'safe cast to a date', sql: (d) => d.tryDate("'2024-02-30'"),
    duckdb: "TRY_CAST('2024-02-30' AS DATE)", bigquery: "SAFE_CAST('2024-02-30' AS DATE)", value: null,
  },
  { name: 'counting rows where a condition holds', sql: (d) => d.countIf('1 < 2'), duckdb: 'count_if(1 < 2)', bigquery: 'COUNTIF(1 < 2)', value: 1 },
  {
    name: 'a decimal weight is a floating-point number (DuckDB reads 0.1 as DECIMAL)', sql: (d) => `${d.float(0.1)} + ${d.float(0.2)}`,
    duckdb: "CAST('0.1' AS DOUBLE) + CAST('0.2' AS DOUBLE)", bigquery: '0.1 + 0.2', value: 0.1 + 0.2, naive: ['0.1 + 0.2', 0.3],
  },
  {
    name: 'text of a value', sql: (d) => d.text('12'), duckdb: 'CAST(12 AS VARCHAR)', bigquery: 'CAST(12 AS STRING)', value: '12',
  },
  {
    name: 'regular-expression match', sql: (d) => d.matches("'1,200'", '^[0-9,]+$'),
    duckdb: "regexp_matches('1,200', '^[0-9,]+$')", bigquery: "REGEXP_CONTAINS('1,200', r'^[0-9,]+$')", value: true,
  },
  {
    name: 'string literal with a quote, a backslash and a line break', sql: (d) => d.string("it's C:\\x\nnext"),
    duckdb: "'it''s C:\\x\nnext'", bigquery: "'it\\'s C:\\\\x\\nnext'", value: "it's C:\\x\nnext",
  },
];

const NAMES: Array<{ name: string; sql: (d: Dialect) => string; duckdb: string; bigquery: string }> = [
  { name: 'identifier quoting', sql: (d) => d.ident('Tech "stack" `x`'), duckdb: '"Tech ""stack"" `x`"', bigquery: '`Tech "stack" \\`x\\``' },
  { name: 'table names', sql: (d) => d.table('proj.sales.accounts'), duckdb: '"proj"."sales"."accounts"', bigquery: '`proj.sales.accounts`' },
  { name: 'parameters', sql: (d) => d.param('as_of'), duckdb: "getvariable('as_of')", bigquery: '@as_of' },
  { name: 'setting a parameter', sql: (d) => d.setParam('as_of', "DATE '2025-07-01'") ?? '(by the caller)', duckdb: "SET VARIABLE as_of = DATE '2025-07-01';", bigquery: '(by the caller)' },
  { name: 'all columns but helpers', sql: (d) => d.starExcept(['icp__a']), duckdb: '* EXCLUDE ("icp__a")', bigquery: '* EXCEPT (`icp__a`)' },
  { name: 'types', sql: (d) => `${d.floatType} ${d.integerType}`, duckdb: 'DOUBLE INTEGER', bigquery: 'FLOAT64 INT64' },
];

let connection: Awaited<ReturnType<typeof openDuckDB>>;
beforeAll(async () => {
  connection = await openDuckDB();
});
const evaluate = async (sql: string) => (await rowsOf(connection, `SELECT ${sql} AS value`))[0].value;

describe.each(DIFFERENCES)('$name', (row) => {
  test('each dialect gets its own text', () => {
    expect(row.sql(duckdb)).toBe(row.duckdb);
    expect(row.sql(bigquery)).toBe(row.bigquery);
  });
  test('DuckDB computes the meaning; the naive spelling would not', async () => {
    expect(await evaluate(row.duckdb)).toEqual(row.value);
    if (row.naive) {
      expect(await evaluate(row.naive[0])).toEqual(row.naive[1]);
      expect(row.naive[1]).not.toEqual(row.value);
    }
  });
  test('BigQuery grammar accepts it', () => {
    expect(() => new Parser().astify(`SELECT ${row.bigquery} AS value`, { database: 'BigQuery' })).not.toThrow();
  });
});

test.each(NAMES)('$name', (row) => {
  expect(row.sql(duckdb)).toBe(row.duckdb);
  expect(row.sql(bigquery)).toBe(row.bigquery);
});

test('quoted names and parameters work in DuckDB', async () => {
  await connection.run(`CREATE TABLE ${duckdb.ident('Tech "stack" `x`')} (${duckdb.ident('a"b')} INTEGER)`);
  await connection.run(`INSERT INTO ${duckdb.ident('Tech "stack" `x`')} VALUES (7)`);
  await connection.run(duckdb.setParam('as_of', "DATE '2025-07-01'")!);
  expect(await rowsOf(connection, `SELECT ${duckdb.ident('a"b')} AS v, CAST(${duckdb.param('as_of')} AS VARCHAR) AS d FROM ${duckdb.ident('Tech "stack" `x`')}`)).toEqual([{ v: 7, d: '2025-07-01' }]);
});
