// Refresh segment summary over a hand-built data set. As of 2025-01-01 00:00 UTC; a month is 365.25/12
// = 30.4375 days. Segments are Industry × Company size (derived from Employees).
import { installEmulation, snapshot } from '../helpers/globals';
import { refreshSummary } from '../../src/sheets/summary';
import { createWorksheet } from '../../src/sheets/template';

const D = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NOW = D('2025-01-01');
const HEADERS = ['Account', 'Industry', 'Employees', 'Country', 'MRR', 'Gross margin', 'CAC', 'Start date', 'Churn date'];
const ROWS = [
  // SaaS · SMB: a1 active 366 days, a2 churned after 92 days → 1 churn / (458 / 30.4375) months
  ['a1', 'SaaS', 100, 'VN', 1000, 0.8, 6000, D('2024-01-01'), ''],
  ['a2', 'SaaS', 100, 'RO', 500, 0.6, 3000, D('2024-07-01'), D('2024-10-01')],
  // Fintech · Mid-market: no churn (lifetime cap applies); text forms "90%", ISO text date and "1,200" are read
  ['b1', 'Fintech', 1000, 'DE', 2000, '90%', 5000, '2024-01-01', ''],
  ['b2', 'fintech', '1,200', 'DE', '', '', '', '', ''],
  // Retail · SMB: blank margins; c1's churn date is after the as-of date, so c1 is active
  ['c1', 'Retail', 10, 'FR', 300, '', 9000, D('2024-01-01'), D('2025-06-01')],
  ['c2', 'Retail', 10, 'FR', 100, '', 9000, D('2024-01-01'), D('2024-04-01')],
  // Healthcare · Enterprise: prospects only
  ['d1', 'Healthcare', 5000, 'US', '', '', '', '', ''],
  ['d2', 'Healthcare', 5000, 'US', '', '', '', '', ''],
  // Bad rows (sheet rows 10–17)
  ['e1', 'SaaS', 100, 'VN', 'abc', 0.8, 100, D('2024-01-01'), ''],
  ['e2', 'SaaS', -5, 'VN', 100, 0.8, 100, D('2024-01-01'), ''],
  ['e3', 'SaaS', 100, 'VN', 100, 1.5, 100, D('2024-01-01'), ''],
  ['e4', 'SaaS', 100, 'VN', 100, 0.8, 100, 'yesterday', ''],
  ['e5', 'SaaS', 100, 'VN', 100, 0.8, 100, D('2024-05-01'), D('2024-02-01')],
  ['e6', 'SaaS', 100, 'VN', 100, 0.8, 100, '', D('2024-02-01')],
  ['e7', 'SaaS', 100, 'VN', 100, 0.8, 100, D('2025-03-01'), ''],
  ['', 'SaaS', 100, '', '', '', '', '', ''],
];
const CRITERIA = [['Attribute', 'Rule', 'Value', 'Weight'], ['Industry', 'is', 'SaaS; Fintech', 1], ['Employees', 'at least', 500, 1]];

function setup() {
  const emu = installEmulation();
  emu.setSheetValues('Accounts', [HEADERS, ...ROWS]);
  emu.setSheetValues('Criteria', CRITERIA);
  return emu;
}

const MONTH = 365.25 / 12;

describe('a refresh over the hand-built data set', () => {
  const emu = setup();
  refreshSummary(emu.spreadsheet, 'en', NOW);
  const values = emu.sheetValues('Segment Summary');
  const header = values[4];
  const rowOf = (name: string) => values.find((r) => r[0] === name)!;
  const col = (name: string) => header.indexOf(name);
  const get = (segment: string, column: string) => rowOf(segment)[col(column)];

  test('heading block: title, as-of, four labelled counts', () => {
    expect(values[0][0]).toBe('Segment summary');
    expect(values[1].slice(0, 2)).toEqual(['As of', NOW]);
    expect(values[2].slice(0, 8)).toEqual(['Accounts', 8, 'Customers', 5, 'Segments', 4, 'Skipped rows', 8]);
  });

  test('the table has the documented headers in order, sorted by LTV:CAC with the blank last, then Total', () => {
    expect(header.slice(0, 18)).toEqual(['Segment', 'Industry', 'Company size', 'Accounts', 'Customers', 'Active', 'Churned', 'Monthly churn',
      'ARPA', 'Gross margin', 'CLV', 'Avg CAC', 'LTV:CAC', 'CAC payback (months)', 'Avg ICP score', 'A-tier share', 'Health', 'Notes']);
    expect(values.slice(5, 10).map((r) => r[0])).toEqual(['Fintech · Mid-market', 'SaaS · SMB', 'Retail · SMB', 'Healthcare · Enterprise', 'Total']);
  });

  test('SaaS · SMB: churn 1/(458/30.4375), ARPA of active only, CLV 800 × 15.047 months', () => {
    expect(get('SaaS · SMB', 'Monthly churn')).toBeCloseTo(MONTH / 458, 10); // 0.066457
    expect(get('SaaS · SMB', 'ARPA')).toBe(1000);
    expect(get('SaaS · SMB', 'Gross margin')).toBe(0.8);
    expect(get('SaaS · SMB', 'CLV')).toBeCloseTo(12037.78, 2); // 1000 × 0.8 × 458 / 30.4375
    expect(get('SaaS · SMB', 'Avg CAC')).toBe(4500);
    expect(get('SaaS · SMB', 'LTV:CAC')).toBeCloseTo(2.675, 3);
    expect(get('SaaS · SMB', 'CAC payback (months)')).toBeCloseTo(5.625, 10); // 4500 / 800
    expect(get('SaaS · SMB', 'Avg ICP score')).toBe(50);
    expect(get('SaaS · SMB', 'Health')).toBe('Watch'); // churn 6.6% above the SMB benchmark of 5%, not above 10%
  });

  test('Fintech · Mid-market: no churn → lifetime capped at 60 months, Healthy', () => {
    expect(rowOf('Fintech · Mid-market').slice(1, 8)).toEqual(['Fintech', 'Mid-market', 2, 1, 1, 0, 0]);
    expect(get('Fintech · Mid-market', 'Gross margin')).toBe(0.9);
    expect(get('Fintech · Mid-market', 'CLV')).toBeCloseTo(108000, 6); // 2000 × 0.9 × 60
    expect(get('Fintech · Mid-market', 'LTV:CAC')).toBeCloseTo(21.6, 10);
    expect(get('Fintech · Mid-market', 'CAC payback (months)')).toBeCloseTo(5000 / 1800, 10);
    expect([get('Fintech · Mid-market', 'Avg ICP score'), get('Fintech · Mid-market', 'A-tier share')]).toEqual([100, 1]);
    expect(get('Fintech · Mid-market', 'Health')).toBe('Healthy');
    expect(get('Fintech · Mid-market', 'Notes')).toBe('lifetime capped at 60 months');
  });

  test('Retail · SMB: blank margins use 100%; a churn date after the as-of date counts as active; At risk', () => {
    expect(rowOf('Retail · SMB').slice(3, 7)).toEqual([2, 2, 1, 1]);
    expect(get('Retail · SMB', 'Monthly churn')).toBeCloseTo(MONTH / 457, 10); // days 366 + 91
    expect(get('Retail · SMB', 'ARPA')).toBe(300);
    expect(get('Retail · SMB', 'Gross margin')).toBe('');
    expect(get('Retail · SMB', 'CLV')).toBeCloseTo(4504.31, 2); // 300 × 457 / 30.4375
    expect(get('Retail · SMB', 'LTV:CAC')).toBeCloseTo(0.50048, 4);
    expect(get('Retail · SMB', 'CAC payback (months)')).toBe(30);
    expect(get('Retail · SMB', 'Health')).toBe('At risk');
    expect(get('Retail · SMB', 'Notes')).toBe('no gross margin: CLV and payback use 100%');
  });

  test('Healthcare · Enterprise: no customers → zeros, blank metrics, Watch', () => {
    expect(rowOf('Healthcare · Enterprise').slice(3, 14)).toEqual([2, 0, 0, 0, '', '', '', '', '', '', '']);
    expect(get('Healthcare · Enterprise', 'Health')).toBe('Watch');
    expect(get('Healthcare · Enterprise', 'Notes')).toBe('no customers');
  });

  test('Total over all accounts', () => {
    expect(rowOf('Total').slice(1, 7)).toEqual(['', '', 8, 5, 3, 2]);
    expect(get('Total', 'Monthly churn')).toBeCloseTo((2 * MONTH) / 1281, 10); // 366+92+366+366+91 days
    expect(get('Total', 'ARPA')).toBe(1100); // (1000 + 2000 + 300) / 3
    expect(get('Total', 'Gross margin')).toBeCloseTo(2600 / 3000, 10); // MRR-weighted: (800 + 1800) / 3000
    expect(get('Total', 'CLV')).toBeCloseTo((1100 * (2600 / 3000) * 1281) / MONTH / 2, 6);
    expect(get('Total', 'Avg CAC')).toBe(6400);
    expect(get('Total', 'Health')).toBe('Healthy'); // SMB benchmark, churn 4.75%, LTV:CAC 3.13, payback 6.7
  });

  test('every bad row is listed with its row number and reason', () => {
    const start = values.findIndex((r, i) => i > 10 && r[0] === 'Skipped rows');
    expect(values.slice(start + 1).map((r) => r[0])).toEqual([
      'Row 10: MRR "abc" is not a number',
      'Row 11: Employees -5 is negative',
      'Row 12: Gross margin 1.5 is above 100%',
      'Row 13: Start date "yesterday" is not a date',
      'Row 14: churn date is before start date',
      'Row 15: churn date but no start date',
      'Row 16: start date is after today',
      'Row 17: data but no Account',
    ]);
  });

  test('formats, and a chart of CLV and LTV:CAC beside the table', () => {
    const sheet = emu.spreadsheet.getSheetByName('Segment Summary')!;
    expect(sheet.getRange(6, col('Monthly churn') + 1).getNumberFormat()).toBe('0.0%');
    // Money in the locale's currency (en_US; the Accounts MRR cells name none).
    expect(sheet.getRange(6, col('CLV') + 1).getNumberFormat()).toBe('[$$]#,##0.00');
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    expect(charts[0].getRanges().map((r) => r.getA1Notation())).toEqual(['A5:A9', 'K5:K9', 'M5:M9']);
  });
});

test('refreshing again gives the same sheet, touches no other sheet, and uses a fixed number of calls', () => {
  const emu = setup();
  refreshSummary(emu.spreadsheet, 'en', NOW);
  const first = snapshot(emu);
  // Without its history, a refresh is a first snapshot again: the same sheets, cell by cell.
  for (const name of ['Summary History', 'Tier Snapshot', 'Criteria Versions']) emu.spreadsheet.deleteSheet(emu.spreadsheet.getSheetByName(name)!);
  emu.resetCalls();
  refreshSummary(emu.spreadsheet, 'en', NOW);
  expect(snapshot(emu)).toEqual(first);
  expect(emu.spreadsheet.getSheetByName('Segment Summary')!.getCharts()).toHaveLength(1);
  expect(emu.calls.reads).toBeLessThanOrEqual(11); // 4 check the score formula and the Criteria dropdown, 3 read the history sheets
  emu.resetCalls();
  refreshSummary(emu.spreadsheet, 'en', NOW);
  const calls = emu.calls.total;
  // Ten times the rows: the same calls.
  const more = setup();
  more.setSheetValues('Accounts', [HEADERS, ...Array.from({ length: 10 }, () => ROWS).flat()]);
  refreshSummary(more.spreadsheet, 'en', NOW);
  more.resetCalls();
  refreshSummary(more.spreadsheet, 'en', NOW);
  expect({ total: more.calls.total, byMethod: more.calls.byMethod }).toEqual({ total: calls, byMethod: emu.calls.byMethod });
});

test('no accounts gives a clear message, not an exception', () => {
  const emu = installEmulation();
  refreshSummary(emu.spreadsheet, 'en', NOW);
  expect(emu.ui.alerts[0].message).toMatch(/^There are no accounts to summarize/);
  expect(emu.spreadsheet.getSheetByName('Segment Summary')).toBeNull();
});

test('chosen dimensions from document properties, and labels in Vietnamese', () => {
  const emu = setup();
  emu.globals.PropertiesService.getDocumentProperties().setProperty('icp-toolkit.segmentDimensions', JSON.stringify(['country']));
  refreshSummary(emu.spreadsheet, 'vi', NOW);
  const values = emu.sheetValues('Tổng hợp phân khúc');
  expect(values[4].slice(0, 3)).toEqual(['Phân khúc', 'Country', 'Tài khoản']);
  expect(values.slice(5).map((r) => r[0])).toContain('DE');
});

test('a workbook made in Romanian still scores and summarizes after the language changes to English', () => {
  const emu = installEmulation({ locale: 'ro_RO' });
  createWorksheet(emu.spreadsheet, 'ro');
  const accounts = emu.spreadsheet.getSheetByName('Conturi')!;
  accounts.getRange('A2:D3').setValues([['a1', 'SaaS', 100, ''], ['a2', 'Retail', 10, '']]);
  refreshSummary(emu.spreadsheet, 'en', NOW);
  const values = emu.sheetValues('Segment Summary');
  // Dimension headers are the sheet's own; labels follow the new language.
  expect(values[4].slice(0, 4)).toEqual(['Segment', 'Industrie', 'Dimensiunea companiei', 'Accounts']);
  const saas = values.find((r) => r[0] === 'SaaS · SMB')!;
  // The Romanian example criteria: SaaS (3 of 3) + 100 employees between 50..500 (2 of 2) + no HubSpot (0 of 1) → 5 of 6 = 83.3.
  expect(saas[values[4].indexOf('Avg ICP score')]).toBe(83);
});
