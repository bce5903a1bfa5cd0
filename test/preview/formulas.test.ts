// The preview's formula cells: HyperFormula with the add-on's custom functions calling the real bundle,
// given the cells as Sheets gives them to custom functions (Dates as Dates, text as text).
import { createEmulation } from '../../emulation';
import fs from 'node:fs';
import path from 'node:path';
import { FUNCTIONS, FormulaEngine, REQUIRED, closeOpenRanges, computeWorkbook } from '../../preview/formulas';
import { loadBundle } from '../helpers/bundle';

function setup() {
  const emulation = createEmulation();
  const bundle = loadBundle(emulation);
  const sheet = emulation.spreadsheet.getSheetByName('Sheet1')!;
  const compute = () => computeWorkbook(emulation.workbook, bundle);
  return { emulation, bundle, sheet, compute };
}

test('open-ended ranges are closed at the last row; other references are left alone', () => {
  expect(closeOpenRanges('=ICP_SCORE(A2:Q, A1:Q1, Criteria!A2:D)', 1000)).toBe('=ICP_SCORE(A2:Q1000, A1:Q1, Criteria!A2:D1000)');
  expect(closeOpenRanges('=SUM($B$2:$B)+COUNT(C2:C9)', 50)).toBe('=SUM($B$2:$B50)+COUNT(C2:C9)');
});

test('built-in and custom functions both compute, and a range result spills down like in Sheets', () => {
  const { sheet, compute } = setup();
  sheet.getRange('A1:B3').setValues([[100, 0.8], [200, 0.5], [300, 0.25]]);
  sheet.getRange('C1').setFormula('=SUM(A1:A3)');
  sheet.getRange('D1').setFormula('=SEGMENT_CLV(100, 0.8, 0.02)');
  sheet.getRange('E1').setFormula('=ANNUAL_CHURN(B1:B3)');
  sheet.getRange('F1').setFormula('=COMPANY_SIZE(A1:A3)');
  const values = compute().values.get('Sheet1')!;
  expect(values[0][2]).toBe(600);
  expect(values[0][3]).toBeCloseTo(4000, 6);
  // One formula in E1, three results: E1:E3 (and the same from COMPANY_SIZE in F1:F3). The engine
  // rounds what it reports to 10 significant digits (HyperFormula's precisionRounding).
  expect(values.map((r) => r[4])).toEqual([1 - 0.2 ** 12, 1 - 0.5 ** 12, 1 - 0.75 ** 12].map((v) => expect.closeTo(v, 9)));
  expect(values.map((r) => r[5])).toEqual(['SMB', 'SMB', 'SMB']);
});

test('a custom function error shows #ERROR! with its message for the hover text', () => {
  const { sheet, compute } = setup();
  sheet.getRange('A1').setValue('abc');
  sheet.getRange('B1').setFormula('=MONTHLY_CHURN(100, A1)');
  const { values, errors } = compute();
  expect(values.get('Sheet1')![0][1]).toBe('#ERROR!');
  expect(errors.get('Sheet1')).toEqual([[0, 1, 'MONTHLY_CHURN customers_lost: "abc" is not a number']]);
});

test('date cells reach custom functions as Dates, as in Sheets, while built-ins still see serial numbers', () => {
  const { sheet, compute } = setup();
  sheet.getRange('A1:B2').setValues([['Account', 'Start date'], ['Acme', new Date(Date.UTC(2024, 2, 1))]]);
  sheet.getRange('D1:G2').setValues([['Start date', 'is', '2024-03-01', 1], ['Start date', 'at least', 1, 1]]);
  sheet.getRange('C2').setFormula('=ICP_EXPLAIN(A2:B2, A1:B1, D1:G1)');
  sheet.getRange('C3').setFormula('=ICP_EXPLAIN(A2:B2, A1:B1, D2:G2)');
  sheet.getRange('C4').setFormula('=YEAR(B2)');
  // Inside another formula, the custom function is called by the formula engine: it gets the Date too.
  sheet.getRange('C5').setFormula('=IFERROR(ICP_EXPLAIN(A2:B2, A1:B1, D1:G1), "")');
  let values = compute().values.get('Sheet1')!;
  // A Date is matched as its ISO date and is not a number; a serial 45352 would do the opposite.
  expect(values[1][2]).toBe('✔ Start date is 2024-03-01 (+1)');
  expect(values[2][2]).toBe('✘ Start date at least 1 (0 of 1)');
  expect(values[3][2]).toBe(2024);
  expect(values[4][2]).toBe('✔ Start date is 2024-03-01 (+1)');
  sheet.getRange('B2').setValue(new Date(Date.UTC(2024, 2, 2)));
  values = compute().values.get('Sheet1')!;
  expect([values[1][2], values[4][2]]).toEqual(['✘ Start date is 2024-03-01 (0 of 1)', '✘ Start date is 2024-03-01 (0 of 1)']);
});

test('text stays text: 00123, TRUE and 05/01/2024 typed as text are not read as a number, boolean or date', () => {
  const { sheet, compute } = setup();
  const texts = sheet.getRange('A1:A3');
  texts.setNumberFormat('@');
  texts.setValues([['00123'], ['TRUE'], ['05/01/2024']]);
  sheet.getRange('B1').setFormula('=ISTEXT(A1)');
  sheet.getRange('B2').setFormula('=ISTEXT(A2)');
  sheet.getRange('B3').setFormula('=ISTEXT(A3)');
  sheet.getRange('C1').setFormula('=COMPANY_SIZE(A1)');
  const values = compute().values.get('Sheet1')!;
  expect(values.map((r) => r[0])).toEqual(['00123', 'TRUE', '05/01/2024']);
  expect(values.map((r) => r[1])).toEqual([true, true, true]);
  expect(values[0][2]).toBe('SMB');
});

test('the sample Accounts formulas give exactly what the bundle gives for the same cells', () => {
  const { emulation, bundle, compute } = setup();
  bundle.createIcpWorksheet();
  bundle.insertSampleAccountsFromMenu();
  const accounts = emulation.spreadsheet.getSheetByName('Accounts')!;
  const block = accounts.getRange(1, 1, 201, 17).getValues();
  const criteria = emulation.spreadsheet.getSheetByName('Criteria')!.getRange('A2:D').getValues();
  const header = block[0].map(String);
  const formulas = accounts.getRange(1, 1, 1, accounts.getLastColumn()).getFormulas()[0];
  const scoreColumn = formulas.findIndex((f) => f.startsWith('={"ICP score"; ICP_SCORE('));
  expect(scoreColumn).toBeGreaterThan(16);
  const expected = (bundle.ICP_SCORE(block.slice(1), [header], criteria) as number[][]).map((r) => r[0]);
  const values = compute().values.get('Accounts')!;
  expect(values.slice(1, 201).map((r) => r[scoreColumn])).toEqual(expected);
  expect(new Set(expected).size).toBeGreaterThan(5);
});

test('the kept engine follows each written block: a header-row formula over the data recomputes when rows are added', () => {
  const { sheet, emulation, bundle } = setup();
  const engine = new FormulaEngine(emulation.workbook, bundle);
  sheet.getRange('A1:B1').setValues([['Employees', 'Size']]);
  sheet.getRange('B1').setFormula('={"Size"; COMPANY_SIZE(A2:A4)}');
  sheet.getRange('C1').setFormula('={"Twice"; A2:A4*2}');
  expect(engine.block(emulation.workbook.sheetNamed('Sheet1')!, 1, 1, 4, 3).values.map((r) => r.slice(1))).toEqual([['Size', 'Twice'], ['', 0], ['', 0], ['', 0]]);
  sheet.getRange('A2:A3').setValues([[10], [700]]);
  // COMPANY_SIZE by employees (docs/rules.md): under 500 SMB, 500–2,000 Mid-market.
  expect(engine.block(emulation.workbook.sheetNamed('Sheet1')!, 1, 1, 3, 3).values.map((r) => r.slice(1))).toEqual([['Size', 'Twice'], ['SMB', 20], ['Mid-market', 1400]]);
  engine.dispose();
});

test('the formula engine knows every custom function with the arguments src/functions.ts declares', () => {
  const source = fs.readFileSync(path.resolve(__dirname, '../../src/functions.ts'), 'utf8');
  const declared: Record<string, [number, number]> = {};
  for (const [, name, params] of source.matchAll(/^export function ([A-Z_]+)\(([^)]*)\)/gm)) {
    const list = params.split(',').map((p) => p.trim()).filter(Boolean);
    declared[name] = [list.length, list.filter((p) => !/^\w+\?:/.test(p)).length];
  }
  expect(Object.fromEntries(Object.keys(FUNCTIONS).map((name) => [name, [FUNCTIONS[name], REQUIRED[name]]]))).toEqual(declared);
});

test('a custom function inside another formula takes its optional arguments too', () => {
  const { sheet, compute } = setup();
  sheet.getRange('A1:B2').setValues([['Employees', 'Annual revenue'], [10, 20_000_000_000]]);
  // 20 billion đồng is under the first revenue edge in VND (25 billion, docs/rules.md, Money); 20 billion
  // dollars is far over it.
  sheet.getRange('C2').setFormula('=IF(COMPANY_SIZE(A2, B2, "VND")="SMB", "small", "larger")');
  sheet.getRange('D2').setFormula('=IF(COMPANY_SIZE(A2, B2)="SMB", "small", "larger")');
  const row = compute().values.get('Sheet1')![1];
  expect([row[2], row[3]]).toEqual(['small', 'larger']);
  expect(compute().errors.get('Sheet1')).toEqual([]);
});
