// A column the user adds to Accounts is scored: the score formula, the Criteria dropdown and the summary
// agree on what ICP_SCORE reads; until Create or Refresh widens the formula, a criterion on the new
// column says how to fix it. Through the built bundle, formulas computed as in the preview.
import { createEmulation } from '../../emulation';
import { computeWorkbook } from '../../preview/formulas';
import { loadBundle } from '../helpers/bundle';
import { sampleWorkbook } from '../helpers/formulas';

test('a column added after the formula columns is scored once Refresh repairs the formula', () => {
  const { emu, ctx } = sampleWorkbook();
  const accounts = emu.spreadsheet.getSheetByName('Accounts')!;
  const criteria = emu.spreadsheet.getSheetByName('Criteria')!;
  const rows = accounts.getLastRow() - 1;
  accounts.getRange(1, 21, rows + 1, 1).setValues([['Owner'], ...Array.from({ length: rows }, (_, i) => [i % 2 ? 'Minh' : 'Ana'])]);
  criteria.getRange('A6:D6').setValues([['Owner', 'is', 'Ana', 5]]);

  // The formula still reads A:Q: every score errors, and the message says how to fix it.
  expect(accounts.getRange('S2').getValue()).toBe('#ERROR!');
  const message = String(computeWorkbook(emu.workbook, ctx).errors.get('Accounts'));
  expect(message).toContain('Criterion 6 ("Owner"): unknown attribute'); // its sheet row: the range starts at row 1
  expect(message).toContain('Create ICP worksheet or Refresh segment summary');

  ctx.refreshSegmentSummary();
  expect(accounts.getRange('S1').getFormula()).toBe('={"ICP score"; ICP_SCORE({A1:Q, U1:U}, {A1:Q1, U1:U1}, Criteria!A1:D)}');
  expect(criteria.getRange('A7').getDataValidation()!.getCriteriaValues()[0]).toContain('Owner');
  expect(criteria.getRange('A7').getDataValidation()!.getCriteriaValues()[0]).not.toContain('ICP score');
  const block = accounts.getRange(2, 19, rows, 3).getValues();
  const mean = (owner: string) => {
    const scores = block.filter((r) => r[2] === owner).map((r) => r[0] as number);
    return scores.reduce((a, b) => a + b, 0) / scores.length;
  };
  expect(block.every((r) => typeof r[0] === 'number')).toBe(true);
  // Owner is worth 5 of 11 points: Ana's accounts score at least 5/11 ≈ 45 more on average than they did.
  expect(mean('Ana') - mean('Minh')).toBeGreaterThan(30);
  expect(emu.ui.alerts.map((a) => a.message)).toHaveLength(1); // only the sample question
});

test('ICP_SCORE, ICP_TIER and COMPANY_SIZE skip the header row they are given; ICP_EXPLAIN takes its language', () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  const headers = [['Account', 'Industry', 'Employees']];
  const criteria = [['Attribute', 'Rule', 'Value', 'Weight'], ['Industry', 'is', 'SaaS', 1]];
  const block = [headers[0], ['Acme', 'SaaS', 10], ['Beta', 'Retail', 20]];
  expect(ctx.ICP_SCORE(block, headers, criteria)).toEqual([[100], [0]]);
  expect(ctx.ICP_SCORE(block.slice(1), headers, criteria)).toEqual([[100], [0]]);
  expect(ctx.ICP_TIER([['ICP score'], [100], [0]])).toEqual([['A'], ['C']]);
  expect(ctx.ICP_TIER([['Điểm ICP'], [60]], 85, 60)).toBe('B'); // one row left: one value, as for a one-row range
  expect(() => ctx.ICP_TIER([['Total'], [60]])).toThrow('ICP_TIER score row 1: "Total" is not a number');
  expect(ctx.COMPANY_SIZE([['Employees'], [10], [900]], [['Annual revenue'], [''], ['']])).toEqual([['SMB'], ['Mid-market']]);
  expect(ctx.ICP_EXPLAIN(block, headers, criteria, 'vi')).toEqual([['✔ Industry là SaaS (+1)'], ['✘ Industry là SaaS (0 of 1)'.replace('of', 'trên')]]);
  expect(ctx.ICP_EXPLAIN(block, headers, criteria)).toEqual([['✔ Industry is SaaS (+1)'], ['✘ Industry is SaaS (0 of 1)']]);
  expect(() => ctx.ICP_EXPLAIN(block, headers, criteria, 'fr')).toThrow('ICP_EXPLAIN language: "fr" is not one of en, vi, ro');
});

test('ICP_EXPLAIN no longer depends on the document language setting (Sheets would not recompute it)', () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  const args = [[['Acme', 'SaaS']], [['Account', 'Industry']], [['Industry', 'is', 'SaaS', 1]]];
  const before = ctx.ICP_EXPLAIN(...args);
  emu.documentProperties.set('icp-toolkit.language', 'ro');
  expect(ctx.ICP_EXPLAIN(...args)).toEqual(before);
  expect(ctx.ICP_EXPLAIN(...args, 'ro')).not.toEqual(before);
});
