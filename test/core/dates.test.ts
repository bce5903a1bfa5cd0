// Dates typed as text in the locale's order.
import { parseAccounts } from '../../src/core/accounts';
import { dayFirst, parseDateText } from '../../src/core/vocabulary';

const iso = (date: Date | undefined) => date?.toISOString().slice(0, 10);

test('vi_VN and ro_RO put the day first; en_US the month', () => {
  expect([dayFirst('vi_VN'), dayFirst('ro_RO'), dayFirst('en_GB'), dayFirst('en_US'), dayFirst(undefined)]).toEqual([true, true, true, false, false]);
});

test.each([
  ['15/01/2024', 'vi_VN', '2024-01-15'], ['15.01.2024', 'ro_RO', '2024-01-15'], ['5.1.2024', 'ro_RO', '2024-01-05'],
  // Both orders make a date: the locale decides.
  ['05/01/2024', 'vi_VN', '2024-01-05'], ['05/01/2024', 'en_US', '2024-05-01'],
  // Only one order makes a date: that one, in any locale.
  ['15/01/2024', 'en_US', '2024-01-15'], ['01/15/2024', 'ro_RO', '2024-01-15'],
  // ISO everywhere.
  ['2024-01-15', 'ro_RO', '2024-01-15'], [' 2024-01-15 ', 'vi_VN', '2024-01-15'],
])('%p in %p is %p', (text, locale, expected) => expect(iso(parseDateText(text, locale))).toBe(expected));

test.each([['31.02.2024'], ['15/13/2024'], ['15/01/24'], ['15/01-2024'], ['2024-1-5'], ['today']])('%p is no date', (text) => {
  expect(parseDateText(text, 'ro_RO')).toBeUndefined();
});

test('Accounts dates typed as text are read in the locale, at midnight in the sheet’s zone', () => {
  const headers = ['Account', 'Start date', 'Churn date'];
  const rows = [['A', '15.01.2024', '01.03.2024'], ['B', '2024-01-15', '']];
  const parsed = parseAccounts(headers, rows, { asOf: Date.UTC(2025, 0, 1), timeZone: 'Europe/Bucharest', locale: 'ro_RO' });
  expect(parsed.skipped).toEqual([]);
  // Midnight in Bucharest (UTC+2 in winter) is 22:00 UTC the day before.
  expect(new Date(parsed.accounts[0].start!).toISOString()).toBe('2024-01-14T22:00:00.000Z');
  expect(new Date(parsed.accounts[0].churn!).toISOString()).toBe('2024-02-29T22:00:00.000Z');
  expect(parsed.accounts[1].start).toBe(parsed.accounts[0].start);
});
