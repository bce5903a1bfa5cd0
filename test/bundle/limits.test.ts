// The worksheet says how far one score formula goes (README, Limits), once, in the document language.
import { createEmulation } from '../../emulation';
import { loadBundle } from '../helpers/bundle';

/** The header cell holding the score formula (`={"ICP score"; ICP_SCORE(…)}`, its label in the document language). */
function scoreHeader(emu: ReturnType<typeof createEmulation>, sheetName: string, header: string) {
  const sheet = emu.spreadsheet.getSheetByName(sheetName)!;
  const formulas = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getFormulas()[0];
  const column = formulas.findIndex((f) => f.includes('ICP_SCORE(') && f.includes(`"${header}"`));
  return sheet.getRange(1, column + 1);
}

test.each([
  ['en_US', 'Accounts', 'ICP score', 'about 50,000 accounts'],
  ['vi_VN', 'Tài khoản', 'Điểm ICP', 'khoảng 50.000 tài khoản'],
  ['ro_RO', 'Conturi', 'Scor ICP', 'circa 50.000 de conturi'],
])('%s: the ICP score header notes the 30 s limit, the row limit and ICP_EXPLAIN for a few rows', (locale, sheetName, header, rows) => {
  const emu = createEmulation({ locale });
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  const note = scoreHeader(emu, sheetName, header).getNote();
  expect(note).toContain(rows);
  expect(note).toContain('30');
  expect(note).toContain('ICP_EXPLAIN');
  expect(note).toContain('1');
});

test('a note the user deleted is not put back when Create runs again', () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  scoreHeader(emu, 'Accounts', 'ICP score').setNote('');
  emu.resetCalls();
  ctx.createIcpWorksheet();
  expect(scoreHeader(emu, 'Accounts', 'ICP score').getNote()).toBe('');
  expect(emu.calls.byMethod.setNote ?? 0).toBe(0);
});
