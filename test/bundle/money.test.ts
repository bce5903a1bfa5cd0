// Revenue size bands follow the sheet's currency: 20 billion đồng (about 800,000 USD) is a small company.
import { createEmulation } from '../../emulation';
import { loadBundle } from '../helpers/bundle';
import { revenueBounds, sheetMoney } from '../../src/core/vocabulary';

test('the bands in VND and RON are the dollar bands at the documented rates', () => {
  // 50M and 1B USD × 25,000 VND/USD; × 4.6 RON/USD.
  expect(revenueBounds('VND')).toEqual({ midMarket: 1_250_000_000_000, enterprise: 25_000_000_000_000 });
  expect(revenueBounds('RON')).toEqual({ midMarket: 230_000_000, enterprise: 4_600_000_000 });
  expect(revenueBounds(undefined)).toEqual({ midMarket: 50_000_000, enterprise: 1_000_000_000 });
});

test('one rule for the sheet\'s money: the first money column format naming a currency, else the locale\'s', () => {
  // Formats of Annual revenue, MRR, CAC in that order.
  expect(sheetMoney(['#,##0', '#,##0 [$₫]', '[$$]#,##0.00'], 'en_US')).toEqual({ currency: 'VND', format: '#,##0 [$₫]' });
  expect(sheetMoney(['#,##0.00 [$€]', '#,##0.00 [$lei]'], 'ro_RO')).toEqual({ currency: 'EUR', format: '#,##0.00 [$€]' });
  expect(sheetMoney(['#,##0.00', undefined], 'ro_RO')).toEqual({ currency: 'RON', format: '#,##0.00 [$lei]' });
  expect(sheetMoney([], 'vi_VN')).toEqual({ currency: 'VND', format: '#,##0 [$₫]' });
  // A currency with no documented rate: its format is kept, sizes stay in dollars.
  expect(sheetMoney(['[$CHF] #,##0.00'], 'ro_RO')).toEqual({ currency: undefined, format: '[$CHF] #,##0.00' });
  expect(sheetMoney(['#,##0.00'], 'ko_KR')).toEqual({ currency: undefined, format: '#,##0.00' });
});

describe('COMPANY_SIZE with a currency', () => {
  const ctx = loadBundle(createEmulation({ locale: 'vi_VN' }));
  test('VND: 20 billion đồng with 30 staff is SMB, not Enterprise', () => {
    expect(ctx.COMPANY_SIZE(30, 20_000_000_000)).toBe('Enterprise'); // read as dollars
    expect(ctx.COMPANY_SIZE(30, 20_000_000_000, 'VND')).toBe('SMB');
    expect(ctx.COMPANY_SIZE(30, 2_000_000_000_000, 'VND')).toBe('Mid-market');
    expect(ctx.COMPANY_SIZE(30, 30_000_000_000_000, 'vnd')).toBe('Enterprise');
  });
  test('RON: 100 million lei is SMB, 1 billion lei Mid-market, 5 billion Enterprise', () => {
    expect([ctx.COMPANY_SIZE(30, 100_000_000, 'RON'), ctx.COMPANY_SIZE(30, 1_000_000_000, 'RON'), ctx.COMPANY_SIZE(30, 5_000_000_000, 'RON')])
      .toEqual(['SMB', 'Mid-market', 'Enterprise']);
  });
  test('an unknown currency is an error in the spreadsheet’s language', () => {
    expect(() => ctx.COMPANY_SIZE(30, 1, 'XYZ')).toThrow('COMPANY_SIZE currency: “XYZ” không phải là loại tiền hàm này hỗ trợ; hãy dùng một trong: USD, EUR');
  });
});

test('a vi_VN summary sizes companies by revenue in đồng', () => {
  const emu = createEmulation({ locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' });
  const ctx = loadBundle(emu);
  const started = new Date(Date.now() - 400 * 86_400_000);
  emu.setSheetValues('Tài khoản', [
    ['Tài khoản', 'Ngành', 'Số nhân viên', 'Doanh thu hàng năm', 'MRR', 'Ngày bắt đầu'],
    ['A', 'SaaS', 30, 20_000_000_000, 1_000_000, started],
    ['B', 'SaaS', 40, 30_000_000_000_000, 2_000_000, started],
  ]);
  ctx.refreshSegmentSummary();
  expect(emu.ui.alerts).toEqual([]);
  const segments = emu.sheetValues('Tổng hợp phân khúc').map((row) => row[0]).filter((cell) => typeof cell === 'string' && cell.startsWith('SaaS'));
  // A (20 billion) is a small business, B (30,000 billion) an enterprise: two segments by size.
  expect(segments.sort()).toEqual(['SaaS · Doanh nghiệp lớn (Enterprise)', 'SaaS · Doanh nghiệp nhỏ và vừa (SMB)'].sort());
});

describe('Create ICP worksheet formats the Accounts money columns in the locale’s currency', () => {
  // Annual revenue, MRR and CAC are columns D, M and O of a new Accounts sheet.
  const moneyFormats = (emu: ReturnType<typeof createEmulation>, sheet: string) =>
    ['D2', 'M2', 'O2', 'M500'].map((a1) => emu.spreadsheet.getSheetByName(sheet)!.getRange(a1).getNumberFormat());

  test('ro_RO: lei, as the summary shows them; a re-run keeps the format the user chose', () => {
    const emu = createEmulation({ locale: 'ro_RO', timeZone: 'Europe/Bucharest' });
    const ctx = loadBundle(emu);
    ctx.createIcpWorksheet();
    const accounts = emu.spreadsheet.getSheets().at(-1)!.getName();
    expect(moneyFormats(emu, accounts)).toEqual(['#,##0.00 [$lei]', '#,##0.00 [$lei]', '#,##0.00 [$lei]', '#,##0.00 [$lei]']);
    // The team keeps MRR in euros: Create again leaves that column alone, and the others in lei.
    emu.spreadsheet.getSheetByName(accounts)!.getRange('M2:M').setNumberFormat('#,##0.00 [$€]');
    ctx.createIcpWorksheet();
    expect(moneyFormats(emu, accounts)).toEqual(['#,##0.00 [$lei]', '#,##0.00 [$€]', '#,##0.00 [$lei]', '#,##0.00 [$€]']);
    // Other known columns keep their plain formats.
    expect(emu.spreadsheet.getSheetByName(accounts)!.getRange('C2').getNumberFormat()).toBe('#,##0');
  });

  test('vi_VN: đồng without decimals', () => {
    const emu = createEmulation({ locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' });
    const ctx = loadBundle(emu);
    ctx.createIcpWorksheet();
    expect(moneyFormats(emu, 'Tài khoản')).toEqual(['#,##0 [$₫]', '#,##0 [$₫]', '#,##0 [$₫]', '#,##0 [$₫]']);
  });

  test('a locale with no listed currency keeps plain numbers', () => {
    const emu = createEmulation({ locale: 'ko_KR' });
    const ctx = loadBundle(emu);
    ctx.createIcpWorksheet();
    const accounts = emu.spreadsheet.getSheets().at(-1)!.getName();
    expect(moneyFormats(emu, accounts)).toEqual(['#,##0', '#,##0.00', '#,##0.00', '#,##0.00']);
  });
});

test('vi_VN: Create gives ICP_SCORE the currency COMPANY_SIZE has, so the score sizes companies as the column shows them', () => {
  const emu = createEmulation({ locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' });
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  const accounts = emu.spreadsheet.getSheetByName('Tài khoản')!;
  expect(accounts.getRange('R1:S1').getFormulas()[0]).toEqual([
    '={"Quy mô công ty"; COMPANY_SIZE(C1:C, D1:D, "VND")}',
    `={"Điểm ICP"; ICP_SCORE(A1:Q, A1:Q1, 'Tiêu chí'!A1:D, "vi_VN", "VND")}`,
  ]);
  // 30 staff each; 20 billion đồng (SMB), 2,000 billion (Mid-market: from 1,250 billion), 30,000 billion
  // (Enterprise: above 25,000 billion). The criterion names SMB in Romanian (IMM): only the first matches.
  const header = accounts.getRange('A1:Q1').getValues();
  const rows = [['A', 30, 20_000_000_000], ['B', 30, 2_000_000_000_000], ['C', 30, 30_000_000_000_000]]
    .map(([name, staff, revenue]) => header[0].map((h) => (h === 'Tài khoản' ? name : h === 'Số nhân viên' ? staff : h === 'Doanh thu hàng năm' ? revenue : '')));
  const criteria = [['Quy mô công ty', 'là', 'IMM', 1]];
  expect(ctx.COMPANY_SIZE(rows.map((r) => [r[2]]), rows.map((r) => [r[3]]), 'VND')).toEqual([['SMB'], ['Mid-market'], ['Enterprise']]);
  expect(ctx.ICP_SCORE(rows, header, criteria, 'vi_VN', 'VND')).toEqual([[100], [0], [0]]);
  // Without the currency the đồng are read as dollars: every one is an Enterprise.
  expect(ctx.ICP_SCORE(rows, header, criteria, 'vi_VN')).toEqual([[0], [0], [0]]);
  expect(() => ctx.ICP_SCORE(rows, header, criteria, 'vi_VN', 'đồng')).toThrow('ICP_SCORE currency: “đồng” không phải là loại tiền hàm này hỗ trợ');
});

test('en_GB: pounds need the locale written before the currency; a re-run keeps a currency the user changed', () => {
  const emu = createEmulation({ locale: 'en_GB', timeZone: 'Europe/London' });
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  const accounts = emu.spreadsheet.getSheets().at(-1)!;
  expect(accounts.getRange('S1').getFormula()).toBe('={"ICP score"; ICP_SCORE(A1:Q, A1:Q1, Criteria!A1:D, "en_GB", "GBP")}');
  accounts.getRange('S1').setFormula('={"ICP score"; ICP_SCORE(A1:Q, A1:Q1, Criteria!A1:D, "en_GB", "EUR")}');
  ctx.createIcpWorksheet();
  expect(accounts.getRange('S1').getFormula()).toBe('={"ICP score"; ICP_SCORE(A1:Q, A1:Q1, Criteria!A1:D, "en_GB", "EUR")}');
});

test('the summary and the suggestions take the currency from the same place: an en_US sheet keeping revenue in đồng', () => {
  const emu = createEmulation({ locale: 'en_US', timeZone: 'UTC' });
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  const accounts = emu.spreadsheet.getSheetByName('Accounts')!;
  // Create formats the money columns in dollars; the team formats Annual revenue (D) in đồng, MRR stays in dollars.
  accounts.getRange('D2:D').setNumberFormat('#,##0 [$₫]');
  const day = 86_400_000;
  const started = new Date(Date.now() - 400 * day);
  const churned = new Date(Date.now() - 100 * day);
  // 60 small firms (20 billion đồng: SMB in đồng) of which 40 left, and 60 larger ones (2,000 billion:
  // Mid-market in đồng) of which 2 left. In dollars both would be Enterprise and their revenue one bin.
  const rows = Array.from({ length: 120 }, (_, i) => {
    const small = i < 60;
    const left = small ? i < 40 : i < 62;
    return [`Firm ${i}`, 'SaaS', 30, small ? 20_000_000_000 : 2_000_000_000_000, 'Vietnam', '', '', '', '', '', '', '', 100, 0.8, 500, started, left ? churned : ''];
  });
  accounts.getRange(2, 1, rows.length, 17).setValues(rows);

  ctx.refreshSegmentSummary();
  const summary = emu.spreadsheet.getSheetByName('Segment Summary')!;
  const segments = summary.getDataRange().getValues().map((row) => row[0]).filter((cell) => typeof cell === 'string' && cell.startsWith('SaaS'));
  expect(segments.sort()).toEqual(['SaaS · Mid-market', 'SaaS · SMB']);

  // The suggestions size and bin revenue in đồng too: the 60 firms from 1,250 billion (Mid-market) stay.
  const model = ctx.suggestLoad({ outcome: 'retention' }) as { items: Array<{ label: string }> };
  expect(model.items.map((item) => item.label)).toEqual(['Annual revenue at least 1,250,000,000,000', 'Company size is Mid-market']);
});
