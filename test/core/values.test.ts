import { parseNumber, parseDate, describeValue, splitItems, isBlank, cellText } from '../../src/core/values';

describe('parseNumber (docs/rules.md, Numbers)', () => {
  test.each([
    [12, 12], ['1,200', 1200], ['80%', 0.8], ['-3.5', -3.5], ['+4', 4], [' 1,234,567.5 ', 1234567.5], ['.5', 0.5], ['12.5%', 0.125],
    // A comma before one or two digits can only be a decimal comma.
    ['1,2', 1.2],
  ])('%p → %p', (input, expected) => expect(parseNumber(input)).toBeCloseTo(expected as number, 12));

  test.each([['abc'], ['1.000'], ['12,34,567'], ['%'], [''], ['1e5'], ['--1'], [true], [null], [new Date(0)], [NaN], [Infinity]])(
    '%p is not a number',
    (input) => expect(parseNumber(input)).toBeUndefined(),
  );
});

test('parseDate reads date cells and ISO text, rejects impossible dates', () => {
  expect(parseDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  expect(parseDate('2023-02-29')).toBeUndefined();
  // Only day-first makes a date of 29/02: read in every locale.
  expect(parseDate('29/02/2024')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
  expect(parseDate('29/02/2023')).toBeUndefined();
  expect(parseDate('2024/02/29')).toBeUndefined();
  const d = new Date(2024, 0, 1);
  expect(parseDate(d)).toBe(d);
  expect(parseDate(new Date(NaN))).toBeUndefined();
});

test('describeValue quotes text and shows other values as Sheets would', () => {
  expect(describeValue('abc')).toBe('"abc"');
  expect(describeValue(3)).toBe('3');
  expect(describeValue(false)).toBe('FALSE');
  expect(describeValue('')).toBe('""');
});

test('splitItems and blanks', () => {
  expect(splitItems('HubSpot, Slack;Jira ;; ')).toEqual(['HubSpot', 'Slack', 'Jira']);
  expect(isBlank('  ')).toBe(true);
  expect(isBlank(0)).toBe(false);
  expect(cellText(true)).toBe('TRUE');
});
