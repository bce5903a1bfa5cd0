// What "Export ICP as SQL" reads from the sheet: the scored columns, the criteria cells, the tier thresholds
// of the Accounts tier formula; and the dialog's words in every language.
import { installEmulation } from '../helpers/globals';
import { scoreSettings, sqlExportModel, tierThresholds } from '../../src/sheets/sqlExport';
import { sqlDialogTexts } from '../../client/sql/texts';

test('tier thresholds come from the ICP_TIER formula in either form, else 80 and 50', () => {
  expect(tierThresholds(['', '={"ICP tier"; ICP_TIER(S1:S, 85, 60)}'])).toEqual({ a: 85, b: 60 });
  expect(tierThresholds(['=ICP_TIER(S2:S, 70)'])).toEqual({ a: 70, b: 50 });
  expect(tierThresholds(['={"ICP score"; ICP_SCORE(A1:Q, A1:Q1, Criteria!A1:D)}', '={"ICP tier"; ICP_TIER(R1:R)}'])).toEqual({ a: 80, b: 50 });
  expect(tierThresholds(['=SUM(A1:A3)', ''])).toEqual({ a: 80, b: 50 });
});

test('the locale and currency come from the ICP_SCORE formula\'s fourth and fifth arguments', () => {
  expect(scoreSettings(['={"ICP score"; ICP_SCORE(A1:Q, A1:Q1, Criteria!A1:D, "ro_RO")}'])).toEqual({ locale: 'ro_RO', currency: undefined });
  expect(scoreSettings(['={"ICP score"; ICP_SCORE(A1:Q, A1:Q1, Criteria!A1:D, "vi_VN", "vnd")}'])).toEqual({ locale: 'vi_VN', currency: 'VND' });
  expect(scoreSettings(['={"ICP score"; ICP_SCORE(A1:Q, A1:Q1, Criteria!A1:D, "", "RON")}'])).toEqual({ locale: undefined, currency: 'RON' });
  expect(scoreSettings(['={"ICP score"; ICP_SCORE(A1:Q, A1:Q1, Criteria!A1:D)}'])).toEqual({ locale: undefined, currency: undefined });
});

test('the model: Accounts headers but the formula columns, criteria dates as ISO text, dimensions chosen by default', () => {
  const emu = installEmulation({ timeZone: 'UTC' });
  emu.setSheetValues('Accounts', [['Account', 'Industry', 'Employees', 'Seats', 'Company size', 'ICP score', 'ICP tier'], ['Acme', 'SaaS', 10, 3, '', '', '']]);
  emu.spreadsheet.getSheetByName('Accounts')!.getRange(1, 7).setFormula('={"ICP tier"; ICP_TIER(F1:F, 90, 40)}');
  emu.setSheetValues('Criteria', [['Attribute', 'Rule', 'Value', 'Weight'], ['Industry', 'is', 'SaaS', 3], ['Start date', 'is', new Date(Date.UTC(2024, 0, 2)), 1]]);
  const model = sqlExportModel(emu.spreadsheet, 'en');
  expect(model.headers).toEqual(['Account', 'Industry', 'Employees', 'Seats']);
  expect(model.criteria[2]).toEqual(['Start date', 'is', '2024-01-02', 1]);
  expect(model.tiers).toEqual({ a: 90, b: 40 });
  // No money format on the Accounts columns: the summary's currency is the locale's.
  expect(model.summaryCurrency).toBe('USD');
  expect(model.dimensions).toEqual({ available: ['Industry', 'Employees', 'Seats', 'Company size'], chosen: ['Industry', 'Company size'] });
  expect(JSON.parse(JSON.stringify(model))).toEqual(model);
});

test('every dialog text is written in English, Vietnamese and Romanian', () => {
  for (const [key, texts] of Object.entries(sqlDialogTexts)) {
    expect([key, texts.length, texts.every((text) => text.trim() !== '')]).toEqual([key, 3, true]);
  }
});
