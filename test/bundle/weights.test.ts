// Huge weights through the real bundle: a score is never NaN or Infinity, in a cell or in the summary.
import { createEmulation } from '../../emulation';
import { loadBundle } from '../helpers/bundle';

const headers = [['Account', 'Industry', 'Employees', 'Country']];
const accounts = [['A', 'SaaS', 10, 'VN']];

test('a weight above 1,000,000 is an error naming the row and the limit; 1,000,000 itself still scores', () => {
  const ctx = loadBundle(createEmulation());
  // Before the bound: 1e308 + 1e308 overflowed to Infinity and 100 × Infinity / Infinity gave NaN.
  expect(() => ctx.ICP_SCORE(accounts, headers, [['Industry', 'is', 'SaaS', 1e308], ['Country', 'is', 'VN', 1e308]]))
    .toThrow('ICP_SCORE: Criterion 1 ("Industry"): weight 1e+308 is too large; use at most 1,000,000');
  expect(() => ctx.ICP_SCORE(accounts, headers, [['Industry', 'is', 'SaaS', 1], ['Country', 'is', 'VN', 1e307]]))
    .toThrow('Criterion 2 ("Country"): weight 1e+307 is too large');
  // 1,000,000 for Industry (satisfied) and 1 for Country (not): round(100 × 1000000 / 1000001) = 100.
  expect(ctx.ICP_SCORE(accounts, headers, [['Industry', 'is', 'SaaS', 1_000_000], ['Country', 'is', 'RO', 1]])).toEqual([[100]]);
});

test('Refresh segment summary with a huge weight shows the error in the document language, never NaN', () => {
  const emu = createEmulation({ locale: 'ro_RO' });
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  ctx.insertSampleAccountsFromMenu();
  const criteria = emu.spreadsheet.getSheetByName('Criterii')!;
  criteria.getRange(2, 4).setValue(1e307);
  ctx.refreshSegmentSummary();
  const values = emu.spreadsheet.getSheetByName('Rezumatul segmentelor')!.getDataRange().getValues();
  const cells = values.flat();
  expect(cells.some((v) => typeof v === 'number' && !Number.isFinite(v))).toBe(false);
  expect(cells.some((v) => typeof v === 'string' && v.includes('ponderea 1e+307 este prea mare'))).toBe(true);
});
