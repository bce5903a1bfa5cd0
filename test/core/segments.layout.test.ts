// The Segment Summary block (core/summaryLayout): heading, table, Total, skipped rows, formats and the
// columns the chart reads, in every language; and the currency format of money cells.
import { buildSummary, currencyFormat, skipText } from '../../src/core/summaryLayout';
import { type SegmentFigures, segmentFigures } from '../../src/core/segments';
import type { Skip } from '../../src/core/accounts';

const AS_OF = new Date(Date.UTC(2025, 0, 1, 9, 30));
const segment = (name: string, values: string[], figures: Partial<SegmentFigures>): SegmentFigures => ({
  ...segmentFigures(name, values, [], AS_OF.getTime()), ...figures,
});
const A = segment('SaaS · SMB', ['SaaS', 'SMB'], {
  accounts: 3, customers: 2, active: 1, churned: 1, monthlyChurn: 0.03, arpa: 1000, grossMargin: 0.8, clv: 20000, avgCac: 4000,
  ltvCac: 5, payback: 5, avgScore: 72.5, aTierShare: 0.5, health: 'Healthy', notes: [],
});
const B = segment('Retail · SMB', ['Retail', 'SMB'], { accounts: 2, notes: ['noCustomers'] });
const TOTAL = segment('Total', [], { accounts: 5, customers: 2, active: 1, churned: 1, health: 'Watch', notes: ['noMargin', 'capped'] });
const SKIPPED: Skip[] = [{ row: 17, key: 'skip.notNumber', params: { column: 'MRR', value: '"abc"' } }, { row: 20, key: 'skip.churnBeforeStart', params: {} }];

const build = (language: 'en' | 'vi' | 'ro' = 'en', extra = {}) => buildSummary({
  language, asOf: AS_OF, dimensionNames: ['Industry', 'Company size'], segments: [A, B], total: TOTAL, accounts: 5, customers: 2,
  skipped: SKIPPED, moneyFormat: '[$€]#,##0.00', ...extra,
});

test('heading, table, Total and the skipped rows, each row as wide as the table', () => {
  const block = build();
  expect(block.values.slice(0, 4).map((r) => r.slice(0, 8))).toEqual([
    ['Segment summary', '', '', '', '', '', '', ''],
    ['As of', AS_OF, '', '', '', '', '', ''],
    ['Accounts', 5, 'Customers', 2, 'Segments', 2, 'Skipped rows', 2],
    ['', '', '', '', '', '', '', ''],
  ]);
  expect(block.tableHeaderRow).toBe(5);
  expect(block.values[4]).toEqual(['Segment', 'Industry', 'Company size', 'Accounts', 'Customers', 'Active', 'Churned', 'Monthly churn', 'ARPA',
    'Gross margin', 'CLV', 'Avg CAC', 'LTV:CAC', 'CAC payback (months)', 'Avg ICP score', 'A-tier share', 'Health', 'Notes']);
  expect(block.values[5]).toEqual(['SaaS · SMB', 'SaaS', 'SMB', 3, 2, 1, 1, 0.03, 1000, 0.8, 20000, 4000, 5, 5, 72.5, 0.5, 'Healthy', '']);
  expect(block.values[6]).toEqual(['Retail · SMB', 'Retail', 'SMB', 2, 0, 0, 0, '', '', '', '', '', '', '', '', '', 'Watch', 'no customers']);
  expect(block.values[7]).toEqual(['Total', '', '', 5, 2, 1, 1, '', '', '', '', '', '', '', '', '', 'Watch',
    'no gross margin: CLV and payback use 100%; lifetime capped at 60 months']);
  expect(block.lastSegmentRow).toBe(7);
  expect(block.values.slice(8).map((r) => r[0])).toEqual(['', 'Skipped rows', 'Row 17: MRR "abc" is not a number', 'Row 20: churn date is before start date']);
  expect(block.values.every((r) => r.length === block.width)).toBe(true);
  for (const grid of [block.formats, block.fontWeights, block.backgrounds]) expect(grid.map((r) => r.length)).toEqual(block.values.map(() => block.width));
});

test('formats: money in the given currency, fractions as percent, text columns as text', () => {
  const { formats, values } = build();
  const header = values[4] as string[];
  const format = (name: string) => formats[5][header.indexOf(name)];
  expect(['ARPA', 'CLV', 'Avg CAC'].map(format)).toEqual(['[$€]#,##0.00', '[$€]#,##0.00', '[$€]#,##0.00']);
  expect(['Monthly churn', 'Gross margin', 'A-tier share'].map(format)).toEqual(['0.0%', '0.0%', '0.0%']);
  expect(['Segment', 'Industry', 'Health', 'Notes'].map(format)).toEqual(['@', '@', '@', '@']);
  expect(formats[1][1]).toBe('yyyy-mm-dd hh:mm');
  expect(formats[7]).toEqual(formats[5]); // the Total row like the segments
});

test('bold heading, header row and Total; health coloured; the chart reads Segment, CLV and LTV:CAC', () => {
  const block = build();
  expect(block.fontWeights.map((r) => r[0])).toEqual(['bold', 'normal', 'bold', 'normal', 'bold', 'normal', 'normal', 'bold', 'normal', 'bold', 'normal', 'normal']);
  const health = (block.values[4] as string[]).indexOf('Health');
  expect([block.backgrounds[5][health], block.backgrounds[6][health]]).toEqual(['#d9ead3', '#fff2cc']);
  expect(block.backgrounds[5][0]).toBe('#ffffff');
  expect(new Set(block.backgrounds[4])).toEqual(new Set(['#cfe2f3']));
  expect([block.segmentColumn, block.clvColumn, block.ltvCacColumn].map((c) => block.values[4][c - 1])).toEqual(['Segment', 'CLV', 'LTV:CAC']);
});

test('a criteria error is shown above the table; no skipped rows, no list', () => {
  const block = build('en', { criteriaError: 'Criterion 2 ("Industy"): unknown attribute', skipped: [] });
  expect(block.values[3][0]).toBe('Criteria: Criterion 2 ("Industy"): unknown attribute');
  expect(block.values.at(-1)![0]).toBe('Total');
});

test('Vietnamese and Romanian labels; dimension headers as the sheet names them', () => {
  const vi = build('vi');
  expect(vi.values[0][0]).toBe('Tổng hợp phân khúc');
  expect(vi.values[4].slice(0, 4)).toEqual(['Phân khúc', 'Industry', 'Company size', 'Tài khoản']);
  expect(vi.values[5][16]).toBe('Khỏe mạnh');
  expect(vi.values[7][0]).toBe('Tổng');
  const ro = build('ro');
  expect(ro.values[2].slice(0, 8)).toEqual(['Conturi', 5, 'Clienți', 2, 'Segmente', 2, 'Rânduri omise', 2]);
  expect(ro.values[6].slice(-2)).toEqual(['De urmărit', 'niciun client']);
  expect(skipText('ro', SKIPPED[0])).toBe('Rândul 17: MRR "abc" nu este un număr');
});

test('one dimension: the table is narrower and the chart columns move', () => {
  const block = buildSummary({
    language: 'en', asOf: AS_OF, dimensionNames: ['Country'], segments: [], total: TOTAL, accounts: 5, customers: 2, skipped: [],
  });
  expect(block.width).toBe(17);
  expect([block.clvColumn, block.ltvCacColumn]).toEqual([10, 12]);
  expect([block.values[4][7], block.formats[5][7]]).toEqual(['ARPA', '#,##0.00']); // no currency given: plain money
});

describe('currencyFormat', () => {
  test.each([
    ['[$€]#,##0.00', 'en_US', '[$€]#,##0.00'],
    ['"$"#,##0.00', 'vi_VN', '"$"#,##0.00'],
    ['#,##0.00 [$lei-418]', 'en_US', '#,##0.00 [$lei-418]'],
    ['#,##0 "VND"', 'en_US', '#,##0 "VND"'],
    ['#,##0.00', 'en_US', '[$$]#,##0.00'],
    ['General', 'en_GB', '[$£]#,##0.00'],
    [undefined, 'vi_VN', '#,##0 [$₫]'],
    [undefined, 'ro_RO', '#,##0.00 [$lei]'],
    [undefined, 'de_DE', '#,##0.00 [$€]'],
    [undefined, 'pt_BR', '[$R$]#,##0.00'],
    [undefined, 'sv_SE', '#,##0.00'],
  ])('MRR format %s, locale %s → %s', (format, locale, expected) => {
    expect(currencyFormat(format, locale)).toBe(expected);
  });
});

test('past 1,000 skipped rows the list stops with a count of the rest, in each language', () => {
  // 100,000 junk rows: 1,000 listed, then one line for the other 99,000; the count in the heading stays 100,000.
  const many: Skip[] = Array.from({ length: 100_000 }, (_, i) => ({ row: i + 2, key: 'skip.churnBeforeStart', params: {} }));
  for (const [language, more] of [
    ['en', '… and 99,000 more rows (fix the rows above and refresh to see them)'],
    ['vi', '… và 99.000 dòng khác (sửa các dòng trên rồi làm mới để xem tiếp)'],
    ['ro', '… și încă 99.000 de rânduri (corectați rândurile de mai sus și reîmprospătați pentru a le vedea)'],
  ] as const) {
    const block = build(language, { skipped: many });
    const texts = block.values.map((r) => r[0]);
    expect(texts[texts.length - 1]).toBe(more);
    expect(texts[texts.length - 2]).toBe(skipText(language, many[999]));
    expect(block.values.length).toBeLessThan(1_100);
    expect(block.values[2][7]).toBe(100_000);
  }
});
