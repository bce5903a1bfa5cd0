// Reading the Accounts table (docs/rules.md, Accounts and Segment summary): columns by name, valid text forms, every skip reason with
// its row number, customers and churn as of a moment, ISO dates at midnight in the sheet's time zone.
import { canonicalBand, knownColumns, parseAccounts, readDate, zoneOffset } from '../../src/core/accounts';
import { skipText } from '../../src/core/summaryLayout';
import type { CellValue } from '../../src/core/values';

const UTC = 'Etc/UTC';
const D = (iso: string) => new Date(`${iso}T00:00:00Z`);
// As of 2025-01-01 10:00 UTC.
const AS_OF = Date.UTC(2025, 0, 1, 10);
const HEADERS = ['Account', 'Industry', 'Employees', 'Annual revenue', 'MRR', 'Gross margin', 'CAC', 'Start date', 'Churn date', 'Company size', 'ICP score', 'ICP tier'];

/** One Accounts row from the fields that matter; the rest blank. */
function row(fields: Partial<Record<'account' | 'industry' | 'employees' | 'revenue' | 'mrr' | 'margin' | 'cac' | 'start' | 'churn' | 'size' | 'score' | 'tier', CellValue>>): CellValue[] {
  const f = fields;
  return [f.account ?? '', f.industry ?? '', f.employees ?? '', f.revenue ?? '', f.mrr ?? '', f.margin ?? '', f.cac ?? '', f.start ?? '', f.churn ?? '', f.size ?? '', f.score ?? '', f.tier ?? ''];
}

const parse = (rows: CellValue[][], options: Partial<{ asOf: number; timeZone: string; firstRow: number }> = {}) =>
  parseAccounts(HEADERS, rows, { asOf: AS_OF, timeZone: UTC, ...options });

describe('columns', () => {
  test('found by name in any order, case, spacing, punctuation and language; the first of two wins', () => {
    const columns = knownColumns(['notes', 'gross-margin', ' ACCOUNT ', 'Ngày bắt đầu', 'Data plecării', 'MRR', 'mrr']);
    expect(Object.fromEntries(columns)).toEqual({ grossMargin: 1, account: 2, startDate: 3, churnDate: 4, mrr: 5 });
  });

  test('reordered columns read the same account', () => {
    const { accounts } = parseAccounts(['MRR', 'Start date', 'Account'], [[100, D('2024-01-01'), 'a']], { asOf: AS_OF, timeZone: UTC });
    expect(accounts[0]).toMatchObject({ row: 2, mrr: 100, start: D('2024-01-01').getTime(), customer: true, churned: false });
  });
});

describe('valid values are read, not skipped', () => {
  test('"1,200", "80%", "$"-free money text, ISO dates and date cells', () => {
    const { accounts, skipped } = parse([
      row({ account: 'a', employees: '1,200', revenue: '2,500,000.50', mrr: '1,000', margin: '80%', cac: '300', start: '2024-01-01', churn: D('2024-06-01') }),
    ]);
    expect(skipped).toEqual([]);
    expect(accounts[0]).toMatchObject({
      employees: 1200, annualRevenue: 2_500_000.5, mrr: 1000, grossMargin: 0.8, cac: 300,
      start: Date.UTC(2024, 0, 1), churn: Date.UTC(2024, 5, 1), customer: true, churned: true, size: 'Mid-market',
    });
  });

  test('a margin of exactly 100% and zero money are fine', () => {
    const { accounts, skipped } = parse([row({ account: 'a', margin: 1, mrr: 0, cac: '0', employees: 0 })]);
    expect(skipped).toEqual([]);
    expect(accounts[0]).toMatchObject({ grossMargin: 1, mrr: 0, cac: 0, employees: 0, size: 'SMB' });
  });
});

describe('customers and churn as of the refresh moment', () => {
  const { accounts } = parse([
    row({ account: 'prospect' }),
    row({ account: 'active', start: D('2024-01-01') }),
    row({ account: 'churned', start: D('2024-01-01'), churn: D('2024-06-01') }),
    // The churn date is the as-of day itself (midnight ≤ 10:00): churned.
    row({ account: 'today', start: D('2024-01-01'), churn: D('2025-01-01') }),
    // A churn date after the as-of moment is notice given, not churn yet: active.
    row({ account: 'later', start: D('2024-01-01'), churn: D('2025-03-01') }),
    // Started the as-of day: a customer.
    row({ account: 'new', start: '2025-01-01' }),
  ]);
  test.each([
    ['prospect', false, false],
    ['active', true, false],
    ['churned', true, true],
    ['today', true, true],
    ['later', true, false],
    ['new', true, false],
  ])('%s: customer %s, churned %s', (name, customer, churned) => {
    expect(accounts.find((a) => a.cells[0] === name)).toMatchObject({ customer, churned });
  });
});

describe('every skip reason, with its row number (row 1 is the header)', () => {
  const rows = [
    row({ account: 'ok', mrr: 100 }), // row 2
    row({ account: 'e1', mrr: 'abc' }), // row 3
    row({ account: 'e2', cac: true }), // row 4: booleans are not numbers
    row({ account: 'e3', cac: -100 }), // row 5
    row({ account: 'e4', employees: '-5' }), // row 6
    row({ account: 'e5', margin: 1.5 }), // row 7
    row({ account: 'e6', margin: '120%' }), // row 8
    row({ account: 'e7', start: 'yesterday' }), // row 9
    row({ account: 'e8', start: '2024-02-30' }), // row 10: no such day
    row({ account: 'e9', churn: 45000, start: D('2024-01-01') }), // row 11: a plain number is not a date
    row({ account: 'e10', start: D('2024-05-01'), churn: D('2024-02-01') }), // row 12
    row({ account: 'e11', churn: D('2024-02-01') }), // row 13
    row({ account: 'e12', start: D('2025-01-02') }), // row 14: the day after the as-of date
    row({ industry: 'SaaS', employees: 100 }), // row 15
    row({}), // row 16: empty, ignored
    row({ size: 'SMB', score: 0, tier: 'C' }), // row 17: only the spilled formula columns, ignored
    row({ account: 'e13', mrr: D('2024-01-01') }), // row 18: a date is not a number
  ];
  const { accounts, skipped } = parse(rows);
  const texts = skipped.map((s) => skipText('en', s));

  test('English reasons, in row order', () => {
    expect(texts).toEqual([
      'Row 3: MRR "abc" is not a number',
      'Row 4: CAC TRUE is not a number',
      'Row 5: CAC -100 is negative',
      'Row 6: Employees "-5" is negative',
      'Row 7: Gross margin 1.5 is above 100%',
      'Row 8: Gross margin "120%" is above 100%',
      'Row 9: Start date "yesterday" is not a date',
      'Row 10: Start date "2024-02-30" is not a date',
      'Row 11: Churn date 45000 is not a date',
      'Row 12: churn date is before start date',
      'Row 13: churn date but no start date',
      'Row 14: start date is after today',
      'Row 15: data but no Account',
      'Row 18: MRR 2024-01-01 is not a number',
    ]);
  });

  test('skipped rows are left out; the rest are kept', () => {
    expect(accounts.map((a) => a.row)).toEqual([2]);
  });

  test('skips carry a message key and parameters, so they can be worded in any language', () => {
    expect(skipped[0]).toEqual({ row: 3, key: 'skip.notNumber', params: { column: 'MRR', value: '"abc"' } });
    expect(skipText('vi', skipped[0])).toBe('Dòng 3: MRR "abc" không phải là số');
    expect(skipText('ro', skipped[9])).toBe('Rândul 12: data pierderii este înainte de data începerii');
  });

  test('the column is named as the sheet spells it', () => {
    const { skipped: ro } = parseAccounts(['Cont', 'mrr'], [['a', 'x']], { asOf: AS_OF, timeZone: UTC });
    expect(skipText('en', ro[0])).toBe('Row 2: mrr "x" is not a number');
  });

  test('firstRow numbers the rows of a block that does not start at row 2', () => {
    expect(parse([row({ account: 'x', mrr: 'abc' })], { firstRow: 41 }).skipped[0].row).toBe(41);
  });
});

describe('company size', () => {
  test('from the column when it holds a band in any language, else derived from employees and revenue', () => {
    const { accounts } = parse([
      row({ account: 'a', size: 'Enterprise', employees: 10 }),
      row({ account: 'b', size: 'IMM' }), // Romanian SMB
      row({ account: 'c', employees: 2001 }),
      row({ account: 'd', revenue: 60_000_000, employees: 120 }),
      row({ account: 'e' }),
    ]);
    expect(accounts.map((a) => a.size)).toEqual(['Enterprise', 'SMB', 'Enterprise', 'Mid-market', undefined]);
    expect(canonicalBand('mid market')).toBe('Mid-market');
    expect(canonicalBand('huge')).toBeUndefined();
  });
});

describe('dates in the spreadsheet time zone', () => {
  test('ISO text is midnight in the zone, not in UTC', () => {
    // Ho Chi Minh City is UTC+7: local midnight of 1 Jan is 17:00 UTC on 31 Dec.
    expect(readDate('2024-01-01', 'Asia/Ho_Chi_Minh')).toBe(Date.UTC(2023, 11, 31, 17));
    // New York in July is UTC−4 (daylight time), in January UTC−5.
    expect(readDate('2024-07-01', 'America/New_York')).toBe(Date.UTC(2024, 6, 1, 4));
    expect(readDate('2024-01-15', 'America/New_York')).toBe(Date.UTC(2024, 0, 15, 5));
    // Bucharest moves to summer time at 03:00 on 31 March 2024; midnight that day is still UTC+2.
    expect(readDate('2024-03-31', 'Europe/Bucharest')).toBe(Date.UTC(2024, 2, 30, 22));
    expect(readDate('2024-04-01', 'Europe/Bucharest')).toBe(Date.UTC(2024, 2, 31, 21));
    expect(readDate(' 2024-01-01 ', UTC)).toBe(Date.UTC(2024, 0, 1));
  });

  test('date cells are already instants in the sheet\'s zone and are kept as they are', () => {
    const cell = new Date(Date.UTC(2023, 11, 31, 17));
    expect(readDate(cell, 'Asia/Ho_Chi_Minh')).toBe(cell.getTime());
    expect(readDate(new Date(NaN), UTC)).toBeUndefined();
    expect(readDate(45000, UTC)).toBeUndefined();
  });

  test('zone offsets', () => {
    expect(zoneOffset(Date.UTC(2024, 0, 1), 'Asia/Ho_Chi_Minh')).toBe(7 * 3_600_000);
    expect(zoneOffset(Date.UTC(2024, 0, 1), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
    expect(zoneOffset(Date.UTC(2024, 0, 1), UTC)).toBe(0);
  });

  test('a start date of tomorrow in the zone is after the as-of date even when it is still today in UTC', () => {
    // 2025-01-01 20:00 UTC is already 2 Jan 03:00 in Ho Chi Minh City: a start of "2025-01-02" is today there,
    // and a start of "2025-01-03" is in the future.
    const asOf = Date.UTC(2025, 0, 1, 20);
    const { accounts, skipped } = parseAccounts(['Account', 'Start date'], [['a', '2025-01-02'], ['b', '2025-01-03']], { asOf, timeZone: 'Asia/Ho_Chi_Minh' });
    expect(accounts.map((a) => a.cells[0])).toEqual(['a']);
    expect(skipped).toEqual([{ row: 3, key: 'skip.startAfterAsOf', params: {} }]);
  });
});
