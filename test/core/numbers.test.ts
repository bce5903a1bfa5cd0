// Numbers typed as text, read the way the spreadsheet's locale writes them.
import {
  formatNumberFor, formatNumberValue, isAmbiguousNumber, numberStyle, parseNumber, parseRange,
} from '../../src/core/vocabulary';

describe('the locale’s separators', () => {
  test('ro_RO and vi_VN group with a dot and decimal with a comma; en_US the other way', () => {
    expect(numberStyle('ro_RO')).toEqual({ group: '.', decimal: ',' });
    expect(numberStyle('vi')).toEqual({ group: '.', decimal: ',' });
    expect(numberStyle('en_US')).toEqual({ group: ',', decimal: '.' });
    expect(numberStyle(undefined)).toEqual({ group: ',', decimal: '.' });
    expect(numberStyle('de_DE')).toEqual({ group: '.', decimal: ',' });
  });
});

describe('reading', () => {
  test.each([
    // ro_RO: as a Romanian reads them.
    ['1.000', 'ro_RO', 1000], ['0,5', 'ro_RO', 0.5], ['1.234,5', 'ro_RO', 1234.5], ['50.000.000', 'ro_RO', 50_000_000],
    ['2,5%', 'ro_RO', 0.025], ['1 000 000', 'ro_RO', 1_000_000], ['-1.500', 'vi_VN', -1500], ['12', 'vi_VN', 12],
    // Forms only one convention can read are read in every locale.
    ['1,234.5', 'ro_RO', 1234.5], ['1.234,5', 'en_US', 1234.5], ['1,000,000', 'vi_VN', 1_000_000], ['0.5', 'ro_RO', 0.5],
    ['1,5', 'en_US', 1.5], ['0,125', 'ro_RO', 0.125], ['1234,567', 'ro_RO', 1234.567],
    // en_US as before.
    ['1,200', 'en_US', 1200], ['80%', undefined, 0.8], ['.5', undefined, 0.5],
  ])('%p in %p is %p', (text, locale, expected) => expect(parseNumber(text, locale)).toBeCloseTo(expected, 12));

  test('a lone decimal mark before three digits is ambiguous, not a number', () => {
    // ro_RO "1,000": one (the locale's decimal comma) or a US-style thousand? en_US "1.000" likewise.
    for (const [text, locale] of [['1,000', 'ro_RO'], ['2,500', 'vi_VN'], ['1.000', 'en_US'], ['1.000', undefined]] as const) {
      expect(parseNumber(text, locale)).toBeUndefined();
      expect(isAmbiguousNumber(text, locale)).toBe(true);
    }
    expect(isAmbiguousNumber('abc', 'ro_RO')).toBe(false);
    expect(isAmbiguousNumber('1.000', 'ro_RO')).toBe(false);
  });

  test.each([['1.00.000'], ['1,2,3'], ['12.34.567'], ['1 00'], ['abc'], ['1e5'], [''], ['%'], ['1.000,5.5']])('%p is no number', (text) => {
    expect(parseNumber(text, 'ro_RO')).toBeUndefined();
  });

  test('ranges: .. or -, with local numbers', () => {
    expect(parseRange('1.000-5.000', 'ro_RO')).toEqual([1000, 5000]);
    expect(parseRange('1.000..5.000', 'vi_VN')).toEqual([1000, 5000]);
    expect(parseRange('0,5..2', 'ro_RO')).toEqual([0.5, 2]);
    expect(parseRange('5.000.000–50.000.000', 'ro_RO')).toEqual([5_000_000, 50_000_000]);
    expect(parseRange('-5..5', 'ro_RO')).toEqual([-5, 5]);
    expect(parseRange('50..500')).toEqual([50, 500]);
    // en_US reads 1.000 as ambiguous: no range rather than 1..5.
    expect(parseRange('1.000-5.000', 'en_US')).toBeUndefined();
    expect(parseRange('5..1', 'ro_RO')).toBeUndefined();
  });
});

describe('writing', () => {
  test('for people: the locale’s grouping and decimal mark', () => {
    expect(formatNumberFor(1744.5, 'ro_RO')).toBe('1.744,5');
    expect(formatNumberFor(1744.5, 'en_US')).toBe('1,744.5');
    expect(formatNumberFor(-1234567, 'vi_VN')).toBe('-1.234.567');
  });

  test('for cells read back: grouped only from a million, never ambiguous, read the same in every locale', () => {
    const cases: [number, string, string][] = [
      [50_000, 'ro_RO', '50000'], [1_000_000, 'ro_RO', '1.000.000'], [0.5, 'ro_RO', '0,5'], [12.125, 'ro_RO', '12,1250'],
      [1_000_000, 'en_US', '1,000,000'], [775.2, 'en_US', '775.2'],
    ];
    for (const [value, locale, text] of cases) {
      expect(formatNumberValue(value, locale)).toBe(text);
      for (const reader of ['ro_RO', 'vi_VN', 'en_US', undefined]) expect(parseNumber(text, reader)).toBe(value);
    }
  });
});
