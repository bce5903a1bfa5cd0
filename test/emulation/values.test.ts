// Writing with setValue(s) must store what Sheets stores, or tests would pass code that breaks user text.
import { createEmulation } from '../../emulation';

const row = (emu: ReturnType<typeof createEmulation>, input: unknown[]) => {
  const range = emu.spreadsheet.getSheets()[0].getRange(1, 1, 1, input.length);
  range.setValues([input]);
  return { values: range.getValues()[0], formulas: range.getFormulas()[0] };
};

describe('typed text becomes numbers, booleans and dates by the spreadsheet locale', () => {
  test('en_US numbers: thousands commas, signs, decimals, exponents, percents, spaces', () => {
    const { values, formulas } = row(createEmulation(), ['123', '1,200', '-5', '+5', '.5', '1e3', '80%', ' 42 ', '1,2345']);
    expect(values).toEqual([123, 1200, -5, 5, 0.5, 1000, 0.8, 42, '1,2345']);
    expect(formulas).toEqual(['', '', '', '', '', '', '', '', '']);
  });

  test('ro_RO reads a comma as the decimal point and a dot as thousands', () => {
    expect(row(createEmulation({ locale: 'ro_RO' }), ['1,5', '1.200', '1,200', '-2,25', '12,5%']).values).toEqual([1.5, 1200, 1.2, -2.25, 0.125]);
  });

  test('TRUE/FALSE in any case are booleans', () => {
    expect(row(createEmulation(), ['TRUE', 'false', 'True ', 'yes']).values).toEqual([true, false, true, 'yes']);
  });

  test('ISO and locale slash dates become Dates at midnight in the spreadsheet time zone', () => {
    const utc = row(createEmulation({ locale: 'en_US' }), ['2024-01-15', '1/15/2024', '15/01/2024', '2024-02-30']).values;
    expect(utc.slice(0, 2).map((d) => (d as Date).toISOString())).toEqual(['2024-01-15T00:00:00.000Z', '2024-01-15T00:00:00.000Z']);
    expect(utc.slice(2)).toEqual(['15/01/2024', '2024-02-30']);
    const vi = row(createEmulation({ locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' }), ['15/01/2024', '2024-07-01']).values;
    expect(vi.map((d) => (d as Date).toISOString())).toEqual(['2024-01-14T17:00:00.000Z', '2024-06-30T17:00:00.000Z']);
    const ro = row(createEmulation({ locale: 'ro_RO', timeZone: 'Europe/Bucharest' }), ['15.01.2024', '2024-07-01']).values;
    expect(ro.map((d) => (d as Date).toISOString())).toEqual(['2024-01-14T22:00:00.000Z', '2024-06-30T21:00:00.000Z']);
  });

  test('a leading apostrophe keeps the rest as text', () => {
    expect(row(createEmulation(), ["'007", "'=1+1", "'TRUE", "'+84 90"]).values).toEqual(['007', '=1+1', 'TRUE', '+84 90']);
  });
});

describe('formulas', () => {
  test('= starts a formula; without an evaluator its value reads ""', () => {
    const { values, formulas } = row(createEmulation(), ['=SUM(1,2)', '=', 'a=b']);
    expect(formulas).toEqual(['=SUM(1,2)', '', '']);
    expect(values).toEqual(['', '=', 'a=b']);
  });

  test('text starting with + - @ that is not a number is parsed as a formula that fails', () => {
    const { values, formulas } = row(createEmulation(), ['+84 90 123', '-abc', '@mention', '- 5']);
    expect(formulas).toEqual(['=+84 90 123', '=-abc', '=mention', '=- 5']);
    expect(values).toEqual(['#ERROR!', '#ERROR!', '#ERROR!', '#ERROR!']);
  });

  test('setFormula(s) always store formulas, adding the missing =', () => {
    const emu = createEmulation();
    const range = emu.spreadsheet.getSheets()[0].getRange('A1:B1');
    range.setNumberFormat('@');
    range.setFormulas([['SUM(1,2)', '=A1']]);
    expect(range.getFormulas()).toEqual([['=SUM(1,2)', '=A1']]);
    range.setFormula('');
    expect(range.getFormulas()).toEqual([['', '']]);
  });
});

test('in a plain-text (@) cell every string stays exactly as written', () => {
  const emu = createEmulation();
  const range = emu.spreadsheet.getSheets()[0].getRange('A1:F1');
  range.setNumberFormat('@');
  range.setValues([['=HYPERLINK("x")', '007', 'TRUE', '2024-01-15', '+84 90', "'quoted"]]);
  expect(range.getValues()).toEqual([['=HYPERLINK("x")', '007', 'TRUE', '2024-01-15', '+84 90', "'quoted"]]);
  expect(range.getFormulas()).toEqual([['', '', '', '', '', '']]);
  // Numbers and booleans written as such stay numbers and booleans.
  range.setValues([[5, true, '', '', '', '']]);
  expect(range.getValues()[0].slice(0, 2)).toEqual([5, true]);
});

test('null and undefined clear the cell; a written Date is copied, not aliased', () => {
  const emu = createEmulation();
  const range = emu.spreadsheet.getSheets()[0].getRange('A1:C1');
  const date = new Date(Date.UTC(2024, 1, 29));
  range.setValues([['x', 'y', date]]);
  range.setValues([[null, undefined, date]]);
  date.setUTCFullYear(2000);
  const read = range.getValues()[0];
  expect(read.slice(0, 2)).toEqual(['', '']);
  expect((read[2] as Date).toISOString()).toBe('2024-02-29T00:00:00.000Z');
  (read[2] as Date).setUTCFullYear(1999);
  expect((range.getValues()[0][2] as Date).toISOString()).toBe('2024-02-29T00:00:00.000Z');
});

describe('display values follow the number format and locale', () => {
  test('en_US', () => {
    const emu = createEmulation();
    const range = emu.spreadsheet.getSheets()[0].getRange('A1:G1');
    range.setValues([[0.8, 1234.5, 1234.5, new Date(Date.UTC(2024, 0, 15)), new Date(Date.UTC(2024, 0, 15)), true, 1 / 3]]);
    range.setNumberFormats([['0%', '#,##0.00', '#,##0', 'yyyy-mm-dd', 'General', 'General', 'General']]);
    expect(range.getDisplayValues()).toEqual([['80%', '1,234.50', '1,235', '2024-01-15', '1/15/2024', 'TRUE', '0.3333333333']]);
  });

  test('ro_RO and vi_VN separators and default dates', () => {
    const ro = createEmulation({ locale: 'ro_RO' });
    const r = ro.spreadsheet.getSheets()[0].getRange('A1:C1');
    r.setValues([[1234.5, 0.125, new Date(Date.UTC(2024, 0, 15))]]);
    r.setNumberFormats([['#,##0.00', '0.0%', 'General']]);
    expect(r.getDisplayValues()).toEqual([['1.234,50', '12,5%', '15.01.2024']]);
    const vi = createEmulation({ locale: 'vi_VN' });
    const v = vi.spreadsheet.getSheets()[0].getRange('A1:B1');
    v.setValues([[2.5, new Date(Date.UTC(2024, 0, 15))]]);
    expect(v.getDisplayValues()).toEqual([['2,5', '15/01/2024']]);
  });
});
