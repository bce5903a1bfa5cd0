// "Create ICP worksheet" and "Insert sample accounts" through the built dist/Code.js, as the menu runs them.
import { createEmulation } from '../../emulation';
import { loadBundle } from '../helpers/bundle';
import { QUESTIONS } from '../../src/core/worksheet';
import { REVIEW_FIELDS } from '../../src/core/review';

test('a blank Vietnamese spreadsheet: one click gives the three sheets in Vietnamese, the second click changes nothing', () => {
  const emu = createEmulation({ locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' });
  const ctx = loadBundle(emu);
  ctx.onOpen({ authMode: 'FULL' });
  ctx.createIcpWorksheet();
  const ss = emu.spreadsheet;
  expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Bảng câu hỏi ICP', 'Tiêu chí', 'Tài khoản']);
  expect(emu.ui.alerts).toEqual([]);
  expect(emu.toasts.at(-1)!.message).toMatch(/^Đã tạo: Bảng câu hỏi ICP, Tiêu chí, Tài khoản\./);

  const ws = emu.sheetValues('Bảng câu hỏi ICP');
  expect(ws[0]).toEqual(['Phần', 'Câu hỏi', 'Câu trả lời', 'Mức độ quan trọng', 'Ghi chú', 'ID']);
  expect(ws).toHaveLength(QUESTIONS.length + REVIEW_FIELDS.length + 1);
  expect(ws[1].slice(0, 2)).toEqual(['Đặc điểm doanh nghiệp', 'Ngành chính (phân cách bằng ;)']);
  expect(ws.slice(1).map((row) => row[5])).toEqual([...QUESTIONS, ...REVIEW_FIELDS].map((q) => q.id));

  const criteria = emu.sheetValues('Tiêu chí');
  expect(criteria.map((row) => row.slice(0, 4))).toEqual([
    ['Thuộc tính', 'Quy tắc', 'Giá trị', 'Trọng số'],
    ['Ngành', 'là', 'SaaS; Fintech', 3],
    ['Số nhân viên', 'trong khoảng', '50..500', 2],
    ['Công nghệ sử dụng', 'chứa', 'HubSpot', 1],
    ['Quốc gia', 'là', 'Russia', 'loại trừ'],
  ]);
  const accounts = ss.getSheetByName('Tài khoản')!;
  expect(accounts.getRange('A1:T1').getValues()[0].slice(0, 3)).toEqual(['Tài khoản', 'Ngành', 'Số nhân viên']);
  expect(accounts.getRange('R1:T1').getFormulas()[0]).toEqual([
    '={"Quy mô công ty"; COMPANY_SIZE(C1:C, D1:D, "VND")}', `={"Điểm ICP"; ICP_SCORE(A1:Q, A1:Q1, 'Tiêu chí'!A1:D, "vi_VN", "VND")}`, '={"Hạng ICP"; ICP_TIER(S1:S)}',
  ]);
  expect(accounts.getFrozenRows()).toBe(1);

  // The sample asks in Vietnamese; its rows score with the Vietnamese criteria.
  emu.respondToAlerts('YES');
  ctx.insertSampleAccountsFromMenu();
  expect(emu.ui.alerts[0].title).toBe('Chèn tài khoản mẫu');
  const block = accounts.getRange(1, 1, 201, 17).getValues();
  const scores = (ctx.ICP_SCORE(block.slice(1), [block[0]], ss.getSheetByName('Tiêu chí')!.getRange('A2:D').getValues()) as number[][]).flat();
  expect(scores.every((s) => Number.isInteger(s) && s >= 0 && s <= 100)).toBe(true);

  const before = JSON.stringify(emu.toJSON());
  ctx.createIcpWorksheet();
  expect(emu.toasts.at(-1)!.message).toMatch(/đã đầy đủ/);
  const after = emu.toJSON();
  // Same cells in every sheet (formats, validation and styles re-applied identically).
  expect(JSON.stringify({ ...after, toasts: undefined })).toBe(JSON.stringify({ ...JSON.parse(before), toasts: undefined }));
});
