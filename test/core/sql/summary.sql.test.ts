// The summary query in DuckDB gives the figures "Refresh segment summary" writes (to 1e-9), on the sample
// accounts and on hand-made data with every kind of skipped row, with and without criteria.
import { type ColumnKey } from '../../../src/core/columns';
import { sampleAccounts } from '../../../src/core/sample';
import { duckdb } from '../../../src/core/sql/duckdb';
import { planCriteria } from '../../../src/core/sql/plan';
import { AS_OF_PARAMETER, renderSummary } from '../../../src/core/sql/summary';
import { columnHeader, exampleCriteria } from '../../../src/core/template';
import type { CellValue } from '../../../src/core/values';
import { refreshSummary } from '../../../src/sheets/summary';
import { installEmulation } from '../../helpers/globals';
import { loadTable, openDuckDB, rowsOf } from '../../helpers/duckdb';

const D = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The Segment Summary table (header row to Total, Segment to Notes) as the refresh wrote it; the change columns after Notes compare with the history, which SQL does not keep. */
function refreshed(headers: string[], rows: CellValue[][], criteria: CellValue[][] | null, asOf: Date, locale?: string): unknown[][] {
  const emu = installEmulation(locale ? { locale } : {});
  emu.setSheetValues('Accounts', [headers, ...rows]);
  if (criteria) emu.setSheetValues('Criteria', criteria);
  refreshSummary(emu.spreadsheet, 'en', asOf);
  const values = emu.sheetValues('Segment Summary');
  const start = values.findIndex((row) => row[0] === 'Segment');
  const end = values.findIndex((row, i) => i > start && row[0] === 'Total');
  return values.slice(start, end + 1).map((row) => row.slice(0, values[start].indexOf('Notes') + 1));
}

async function queried(headers: string[], rows: CellValue[][], criteria: CellValue[][] | null, asOf: string, locale?: string): Promise<unknown[][]> {
  const connection = await openDuckDB();
  await loadTable(connection, 'accounts', headers, rows);
  const plan = criteria ? planCriteria(criteria, { headers, locale }) : undefined;
  const { sql, columns } = renderSummary(duckdb, 'accounts', { headers, plan, locale });
  const result = await rowsOf(connection, `${duckdb.setParam(AS_OF_PARAMETER, `DATE '${asOf}'`)}\n${sql}`);
  return [columns, ...result.map((row) => columns.map((c) => row[c] ?? ''))];
}

/** Same header, same segments in any order, numbers equal to 1e-9 (relative above 1), texts equal. */
function expectSameSummary(actual: unknown[][], expected: unknown[][]): void {
  expect(actual[0]).toEqual(expected[0]);
  const bySegment = (table: unknown[][]) => new Map(table.slice(1).map((row) => [String(row[0]), row]));
  const [a, e] = [bySegment(actual), bySegment(expected)];
  expect([...a.keys()].sort()).toEqual([...e.keys()].sort());
  for (const [segment, row] of e) {
    const got = a.get(segment)!;
    row.forEach((cell, i) => {
      const value = got[i];
      if (typeof cell === 'number') {
        expect(typeof value).toBe('number');
        if (Math.abs((value as number) - cell) > 1e-9 * Math.max(1, Math.abs(cell))) {
          throw new Error(`${segment} · ${String(expected[0][i])}: ${String(value)} ≠ ${cell}`);
        }
      } else {
        expect([segment, expected[0][i], value]).toEqual([segment, expected[0][i], cell]);
      }
    });
  }
  // Segments in the sheet's order wherever LTV:CAC differs (the names break ties).
  const ltv = expected[0].indexOf('LTV:CAC');
  const ranked = (table: unknown[][]) => table.slice(1).filter((row) => row[ltv] !== '').map((row) => row[0]);
  expect(ranked(actual)).toEqual(ranked(expected));
}

describe('the sample accounts', () => {
  const samples = sampleAccounts();
  const keys = [...new Set(samples.flatMap((s) => Object.keys(s)))] as ColumnKey[];
  const headers = keys.map((key) => columnHeader('en', key));
  const rows = samples.map((s) => keys.map((key) => (s[key] ?? '') as CellValue));
  const criteria = [['Attribute', 'Rule', 'Value', 'Weight', 'Notes'], ...exampleCriteria('en')];

  test('with the example criteria', async () => {
    const expected = refreshed(headers, rows, criteria, D('2025-07-01'));
    expect(expected.length).toBeGreaterThan(10);
    expectSameSummary(await queried(headers, rows, criteria, '2025-07-01'), expected);
  });

  test('without criteria, as of another date', async () => {
    expectSameSummary(await queried(headers, rows, null, '2024-03-15'), refreshed(headers, rows, null, D('2024-03-15')));
  });
});

test('skipped rows, text numbers, ISO text dates, future churn, prospects-only and zero-CAC segments', async () => {
  const headers = ['Account', 'Industry', 'Employees', 'Country', 'MRR', 'Gross margin', 'CAC', 'Start date', 'Churn date', 'Company size'];
  const rows: CellValue[][] = [
    ['a1', 'SaaS', 100, 'VN', 1000, 0.8, 6000, D('2024-01-01'), '', ''],
    ['a2', 'saas', 100, 'RO', 500, 0.6, 3000, D('2024-07-01'), D('2024-10-01'), ''],
    ['b1', 'Fintech', 1000, 'DE', 2000, '90%', 5000, '2024-01-01', '', ''],
    ['b2', 'Fintech', '1,200', 'DE', '', '', '', '', '', ''],
    ['c1', 'Retail', 10, 'FR', 300, '', 9000, D('2024-01-01'), D('2025-06-01'), 'IMM'],
    ['c2', 'Retail', 10, 'FR', 100, '', 9000, D('2024-01-01'), D('2024-04-01'), ''],
    ['d1', 'Healthcare', 5000, 'US', '', '', '', '', '', ''],
    ['f1', 'Logistics', 300, 'US', 0, '', 0, D('2024-01-01'), '', 'Enterprise'],
    ['f2', 'Logistics', 300, 'US', 0, 0.5, '', D('2025-01-01'), '', ''],
    ['g1', '', 20, 'US', 100, 0.7, 500, D('2023-01-01'), '', ''],
    ['e1', 'SaaS', 100, 'VN', 'abc', 0.8, 100, D('2024-01-01'), '', ''],
    ['e2', 'SaaS', -5, 'VN', 100, 0.8, 100, D('2024-01-01'), '', ''],
    ['e3', 'SaaS', 100, 'VN', 100, 1.5, 100, D('2024-01-01'), '', ''],
    ['e4', 'SaaS', 100, 'VN', 100, 0.8, 100, 'yesterday', '', ''],
    ['e5', 'SaaS', 100, 'VN', 100, 0.8, 100, D('2024-05-01'), D('2024-02-01'), ''],
    ['e6', 'SaaS', 100, 'VN', 100, 0.8, 100, '', D('2024-02-01'), ''],
    ['e7', 'SaaS', 100, 'VN', 100, 0.8, 100, D('2025-03-01'), '', ''],
    ['e8', 'SaaS', 100, 'VN', 100, 0.8, 100, '2024-02-30', '', ''],
    ['', 'SaaS', 100, '', '', '', '', '', '', ''],
  ];
  const criteria = [['Attribute', 'Rule', 'Value', 'Weight'], ['Industry', 'is', 'SaaS; Fintech', 1], ['Employees', 'at least', 500, 1], ['Country', 'is', 'FR', 'exclude']];
  expectSameSummary(await queried(headers, rows, criteria, '2025-01-01'), refreshed(headers, rows, criteria, D('2025-01-01')));
});

describe.each(['ro_RO', 'en_US', 'en_GB'])('dates typed as text the %s way', (locale) => {
  test('are read as the refresh reads them: the locale\'s order where both make a date, else the one that does', async () => {
    const headers = ['Account', 'Industry', 'MRR', 'Start date', 'Churn date'];
    const rows: CellValue[][] = [
      // Only day-first makes a date: 15 January in every locale.
      ['h1', 'SaaS', 100, '15.01.2024', ''],
      // Both orders make a date: 5 January and 1 June day first, 1 May and 6 January month first (churn before start: skipped).
      ['h2', 'SaaS', 200, '05/01/2024', '01-06-2024'],
      ['h3', 'Fintech', 300, '1.2.2024', '2024-09-30'],
      ['h4', 'Fintech', 400, '12/31/2023', ''],
      // No such day, mixed separators, a two-digit year: unreadable, skipped.
      ['h5', 'Retail', 500, '31/02/2024', ''],
      ['h6', 'Retail', 600, '15.01-2024', ''],
      ['h7', 'Retail', 700, '15.01.24', ''],
    ];
    const criteria = [['Attribute', 'Rule', 'Value', 'Weight'], ['Industry', 'is', 'SaaS', 1]];
    expectSameSummary(await queried(headers, rows, criteria, '2025-01-01', locale), refreshed(headers, rows, criteria, D('2025-01-01'), locale));
  });
});
