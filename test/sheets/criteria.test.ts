// mergeCriteria: the guide and "Suggest criteria" add rows to Criteria; duplicates are skipped, user rows kept.
import { installEmulation, snapshot } from '../helpers/globals';
import { mergeCriteria } from '../../src/sheets/criteria';
import { createWorksheet } from '../../src/sheets/template';
import type { CriterionRow } from '../../src/core/schemas';

const row = (attribute: string, rule: CriterionRow['rule'], value: string, weight = '1'): CriterionRow => ({ attribute, rule, value, weight });

test('appends only new rows below the last row, keeping every user row and the examples', () => {
  const emu = installEmulation();
  const ss = emu.spreadsheet;
  createWorksheet(ss, 'en');
  const sheet = ss.getSheetByName('Criteria')!;
  // A user row after a gap, with a note.
  sheet.getRange('A8:E8').setValues([['Buyer role', 'is', 'CMO', 2, 'from interviews']]);
  const before = sheet.getRange('A1:E8').getValues();
  emu.resetCalls();

  const result = mergeCriteria(ss, [
    row('industry', 'is', 'fintech;  saas', '3'), // the first example, written differently
    row('Tech stack', 'contains', 'HUBSPOT'), // the third example
    row('Buyer Role', 'is', 'cmo', '5'), // the user's row: same attribute, rule and value, another weight
    row('Country', 'is', 'Vietnam', '2'),
    row('Country', 'is', 'Vietnam', '4'), // twice in the same batch
    row('Employees', 'between', '-5..5', '0'),
    row('Notes', 'is', '=HYPERLINK("x")', 'exclude'),
  ], 'en');

  expect(result).toEqual({ added: 3, duplicates: 4 });
  // One read of the table, one format and one value write.
  expect([emu.calls.reads, emu.calls.writes]).toEqual([1, 2]);
  const values = sheet.getDataRange().getValues();
  expect(values.slice(0, 8)).toEqual(before);
  expect(values.slice(8)).toEqual([
    ['Country', 'is', 'Vietnam', 2, ''],
    ['Employees', 'between', '-5..5', 0, ''],
    ['Notes', 'is', '=HYPERLINK("x")', 'exclude', ''],
  ]);
  // Text stays text: nothing became a formula.
  expect(sheet.getRange('A9:D11').getFormulas().flat().every((f) => f === '')).toBe(true);
});

test('a rule written in another language is the same rule; rows are written in the sheet language', () => {
  const emu = installEmulation({ locale: 'ro_RO' });
  const ss = emu.spreadsheet;
  createWorksheet(ss, 'ro');
  const sheet = ss.getSheetByName('Criterii')!;
  expect(sheet.getRange('A2:D2').getValues()[0]).toEqual(['Industrie', 'este', 'SaaS; Fintech', 3]);
  const result = mergeCriteria(ss, [row('Industry', 'is', 'SaaS; Fintech', '3'), row('Country', 'is', 'Russia', 'exclude'), row('Țară', 'isNot', 'Russia', '1')], 'ro');
  expect(result).toEqual({ added: 1, duplicates: 2 });
  expect(sheet.getRange('A6:D6').getValues()[0]).toEqual(['Țară', 'nu este', 'Russia', 1]);
});

test('nothing new writes nothing', () => {
  const emu = installEmulation();
  createWorksheet(emu.spreadsheet, 'en');
  const before = snapshot(emu);
  emu.resetCalls();
  expect(mergeCriteria(emu.spreadsheet, [row('Industry', 'is', 'SaaS; Fintech', '3')], 'en')).toEqual({ added: 0, duplicates: 1 });
  expect(emu.calls.writes).toBe(0);
  expect(snapshot(emu)).toEqual(before);
});

test('without a Criteria sheet it creates the sheets first, then adds only the accepted rows (no example rows)', () => {
  const emu = installEmulation({ locale: 'vi_VN' });
  const ss = emu.spreadsheet;
  expect(mergeCriteria(ss, [row('Quốc gia', 'is', 'Vietnam', '2')], 'vi')).toEqual({ added: 1, duplicates: 0 });
  const values = emu.sheetValues('Tiêu chí');
  expect(values[0].slice(0, 4)).toEqual(['Thuộc tính', 'Quy tắc', 'Giá trị', 'Trọng số']);
  expect(values).toHaveLength(2);
  expect(values[1].slice(0, 4)).toEqual(['Quốc gia', 'là', 'Vietnam', 2]);
});

test('a renamed Criteria tab is found by its tag', () => {
  const emu = installEmulation();
  const ss = emu.spreadsheet;
  createWorksheet(ss, 'en');
  ss.getSheetByName('Criteria')!.setName('Scorecard');
  mergeCriteria(ss, [row('Country', 'is', 'Romania', '2')], 'en');
  expect(emu.sheetValues('Scorecard').at(-1)!.slice(0, 4)).toEqual(['Country', 'is', 'Romania', 2]);
  expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'ICP Worksheet', 'Scorecard', 'Accounts']);
});
