// "Create ICP worksheet" and "Insert sample accounts" over the strict in-memory spreadsheet.
import { installEmulation, snapshot } from '../helpers/globals';
import { confirmSampleAccounts, createWorksheet, insertSampleAccounts } from '../../src/sheets/template';
import { findSheet } from '../../src/sheets/roles';
import { QUESTIONS } from '../../src/core/worksheet';
import { parseDate, parseNumber } from '../../src/core/values';

const ENGLISH_ACCOUNT_HEADERS = ['Account', 'Industry', 'Employees', 'Annual revenue', 'Country', 'Growth stage', 'Business type',
  'Tech stack', 'Buyer role', 'Pain point', 'Trigger event', 'Acquisition channel', 'MRR', 'Gross margin', 'CAC', 'Start date',
  'Churn date', 'Company size', 'ICP score', 'ICP tier'];

describe('Create ICP worksheet on a blank spreadsheet', () => {
  const emu = installEmulation();
  createWorksheet(emu.spreadsheet, 'en');
  const ss = emu.spreadsheet;

  test('creates the three sheets, tagged by role, with frozen headers', () => {
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'ICP Worksheet', 'Criteria', 'Accounts']);
    for (const role of ['worksheet', 'criteria', 'accounts'] as const) expect(findSheet(ss, role)!.getFrozenRows()).toBe(1);
    expect(emu.toasts.at(-1)!.message).toBe('Created: ICP Worksheet, Criteria, Accounts. Fill in the worksheet, or open the guide from the add-on menu.');
  });

  test('the worksheet has one row per question with its id, and dropdowns for choices and importance', () => {
    const values = emu.sheetValues('ICP Worksheet');
    expect(values[0]).toEqual(['Section', 'Question', 'Answer', 'Importance', 'Notes', 'ID']);
    expect(values).toHaveLength(QUESTIONS.length + 4 + 1);
    // The ICP review rows follow the questions, Review every with its dropdown of periods.
    expect(values.slice(-4)).toEqual([
      ['ICP review', 'Last reviewed', '', '', '', 'reviewLast'], ['ICP review', 'Review every', 'quarter', '', '', 'reviewEvery'],
      ['ICP review', 'Owner', '', '', '', 'reviewOwner'], ['ICP review', 'Criteria version reviewed', '', '', '', 'reviewVersion'],
    ]);
    expect(ss.getSheetByName('ICP Worksheet')!.getRange(values.length - 2, 3).getDataValidation()!.getCriteriaValues()[0]).toEqual(['month', 'quarter', '6 months', 'year']);
    expect(values[1]).toEqual(['Firmographics', 'Primary industries (separate with ;)', '', '', '', 'industriesPrimary']);
    const sheet = ss.getSheetByName('ICP Worksheet')!;
    const sizeRow = QUESTIONS.findIndex((q) => q.id === 'sizeBand') + 2;
    expect(sheet.getRange(sizeRow, 3).getDataValidation()!.getCriteriaValues()[0]).toEqual(['SMB', 'Mid-market', 'Enterprise']);
    expect(sheet.getRange(2, 3).getDataValidation()).toBeNull();
    expect(sheet.getRange(5, 4).getDataValidation()!.getCriteriaValues()[0]).toEqual(['1', '2', '3', '4', '5']);
    expect(sheet.getRange(2, 3).getNumberFormat()).toBe('@');
  });

  test('Accounts has the documented headers, formats, and one spilling formula per formula column', () => {
    const sheet = ss.getSheetByName('Accounts')!;
    // The formula columns' header cells are formulas showing their label (no evaluator here: read as '').
    expect(sheet.getRange(1, 1, 1, 17).getValues()[0]).toEqual(ENGLISH_ACCOUNT_HEADERS.slice(0, 17));
    expect(sheet.getRange('R1:T1').getFormulas()[0]).toEqual([
      '={"Company size"; COMPANY_SIZE(C1:C, D1:D)}', '={"ICP score"; ICP_SCORE(A1:Q, A1:Q1, Criteria!A1:D)}', '={"ICP tier"; ICP_TIER(S1:S)}',
    ]);
    expect(sheet.getRange('R2:T2').getFormulas()[0]).toEqual(['', '', '']);
    expect(sheet.getRange('N5').getNumberFormat()).toBe('0.0%');
    expect(sheet.getRange('P5').getNumberFormat()).toBe('yyyy-mm-dd');
    expect(sheet.getRange('A5').getNumberFormat()).toBe('@');
  });

  test('Criteria has headers, examples and validation of Rule and Weight', () => {
    expect(emu.sheetValues('Criteria')).toEqual([
      ['Attribute', 'Rule', 'Value', 'Weight', 'Notes'],
      ['Industry', 'is', 'SaaS; Fintech', 3, ''],
      ['Employees', 'between', '50..500', 2, ''],
      ['Tech stack', 'contains', 'HubSpot', 1, ''],
      ['Country', 'is', 'Russia', 'exclude', ''],
    ]);
    const sheet = ss.getSheetByName('Criteria')!;
    expect(sheet.getRange('B9').getDataValidation()!.getCriteriaValues()[0]).toContain('does not contain');
    expect(String(sheet.getRange('D9').getDataValidation()!.getCriteriaValues()[0])).toContain('LOWER(TRIM(D2))="exclude"');
  });
});

test('running again keeps every cell a user typed, follows renamed tabs and repairs blank headers', () => {
  const emu = installEmulation();
  const ss = emu.spreadsheet;
  createWorksheet(ss, 'en');
  const ws = ss.getSheetByName('ICP Worksheet')!;
  ws.getRange('C2:E3').setValues([['=HYPERLINK("http://x","y")', 5, 'our note'], ['SaaS', 3, '-not a formula']]);
  ws.getRange('B1').setValue('');
  ss.getSheetByName('Criteria')!.getRange('A6:D6').setValues([['Country', 'is', 'Vietnam', 2]]);
  const accounts = ss.getSheetByName('Accounts')!;
  accounts.setName('Our accounts');
  accounts.getRange('A2:C3').setValues([['Acme', 'SaaS', 120], ['Beta', 'Retail', 15]]);
  accounts.getRange('U1').setValue('Owner');
  const before = snapshot(emu);
  emu.resetCalls();

  createWorksheet(ss, 'en');

  const after = snapshot(emu);
  expect(Object.keys(after)).toEqual(Object.keys(before));
  before['ICP Worksheet'].values[0][1] = 'Question'; // the repairs: the blank header…
  // …and the score formula now reads the user's new column U too (scored like any other).
  before['Our accounts'].formulas[0][18] = '={"ICP score"; ICP_SCORE({A1:Q, U1:U}, {A1:Q1, U1:U1}, Criteria!A1:D)}';
  expect(after).toEqual(before);
  expect(ws.getRange('C2').getFormula()).toBe('');
  expect(emu.toasts.at(-1)!.message).toMatch(/up to date/);
  // Two read the header formulas of ICP Worksheet and Criteria (never written over), one the formula
  // columns, three the money columns' formats (one column each, not the whole sheet's).
  expect(emu.calls.reads).toBeLessThanOrEqual(11);
  expect(emu.calls.writes).toBeLessThanOrEqual(72);
});

test('in Vietnamese the sheets, headers and the criteria reference follow the language', () => {
  const emu = installEmulation({ locale: 'vi_VN' });
  createWorksheet(emu.spreadsheet, 'vi');
  const names = emu.spreadsheet.getSheets().map((s) => s.getName());
  expect(names).toEqual(['Sheet1', 'Bảng câu hỏi ICP', 'Tiêu chí', 'Tài khoản']);
  const accounts = emu.spreadsheet.getSheetByName('Tài khoản')!;
  expect(accounts.getRange('A1:C1').getValues()[0]).toEqual(['Tài khoản', 'Ngành', 'Số nhân viên']);
  expect(accounts.getRange('S1').getFormula()).toBe(`={"Điểm ICP"; ICP_SCORE(A1:Q, A1:Q1, 'Tiêu chí'!A1:D, "vi_VN", "VND")}`);
});

describe('Insert sample accounts', () => {
  test('asks first; NO writes nothing', () => {
    const emu = installEmulation();
    createWorksheet(emu.spreadsheet, 'en');
    const before = snapshot(emu);
    emu.respondToAlerts('NO');
    expect(confirmSampleAccounts(emu.spreadsheet, 'en')).toBe(false);
    expect(emu.ui.alerts[0].buttons).toBe('YES_NO');
    expect(snapshot(emu)).toEqual(before);
  });

  test('appends 200 valid accounts below existing rows, never into formula columns, in a constant number of calls', () => {
    const emu = installEmulation();
    const ss = emu.spreadsheet;
    createWorksheet(ss, 'en');
    const sheet = ss.getSheetByName('Accounts')!;
    sheet.getRange('A2:B2').setValues([['Mine', 'SaaS']]);
    emu.resetCalls();
    insertSampleAccounts(ss, 'en');
    expect(emu.calls.writes).toBeLessThanOrEqual(3);
    insertSampleAccounts(ss, 'en');
    const values = sheet.getDataRange().getValues();
    expect(values[1].slice(0, 2)).toEqual(['Mine', 'SaaS']);
    expect(values).toHaveLength(402);
    expect(sheet.getRange('R1:T1').getFormulas()[0][1]).toMatch(/^=\{"ICP score"; ICP_SCORE/);
    expect(sheet.getRange('R3:T402').getValues().flat().every((v) => v === '')).toBe(true);
    const today = new Date();
    const industries = new Set<string>();
    for (const row of values.slice(2)) {
      expect(String(row[0])).not.toBe('');
      industries.add(String(row[1]));
      expect(parseNumber(row[2])).toBeGreaterThanOrEqual(0);
      const start = parseDate(row[15]);
      if (start) {
        expect(start.getTime()).toBeLessThan(today.getTime());
        expect(row[13]).toBeGreaterThanOrEqual(0);
        expect(row[13]).toBeLessThanOrEqual(1);
        const churn = parseDate(row[16]);
        if (churn) expect(churn.getTime()).toBeGreaterThan(start.getTime());
      } else {
        expect(row[16]).toBe('');
      }
    }
    expect(industries.size).toBeGreaterThanOrEqual(6);
    expect(values.slice(2).filter((r) => r[16] !== '').length).toBeGreaterThan(20);
  });
});
