// Romanian and Vietnamese spreadsheets through the built bundle: numbers, ranges and dates typed the local
// way are read as a person there reads them, and a criterion in any language matches data in any.
import { createEmulation } from '../../emulation';
import { callAsScriptRun, loadBundle } from '../helpers/bundle';

function setup(locale: string, timeZone = 'Europe/Bucharest') {
  const emu = createEmulation({ locale, timeZone });
  const ctx = loadBundle(emu);
  const run = (name: string, ...args: unknown[]) => {
    const result = callAsScriptRun(ctx, name, ...args);
    if (!result.ok) throw new Error(result.message);
    return result.value as never;
  };
  return { emu, ctx, run };
}

const headers = [['Cont', 'Angajați', 'Venituri anuale', 'Stadiu de creștere']];
const accounts = [
  ['A', 500, '', 'Startup'],
  ['B', 1500, '', 'Khởi nghiệp'],
  ['C', 6000, '', 'Consacrată (matură)'],
  ['D', '1.200', '', 'Mature'], // typed as text in a ro_RO sheet: one thousand two hundred
];

describe('ICP_SCORE with the locale argument', () => {
  const { ctx } = setup('ro_RO');

  test('at least 1.000 is one thousand, not one', () => {
    // A (500) fails; B (1500), C (6000) and D ("1.200" = 1200) pass. Read as 1, every account would pass.
    expect(ctx.ICP_SCORE(accounts, headers, [['Angajați', 'cel puțin', '1.000', 1]], 'ro_RO')).toEqual([[0], [100], [100], [100]]);
  });

  test('a range 1.000-5.000 is one to five thousand, and a weight 0,5 is one half', () => {
    // Employees 1.000-5.000 weight 0,5 + Growth stage is Startup weight 1 (any language):
    // A: 0 + 1 of 1.5 → 67; B: 0.5 + 1 → 100; C: 0 + 0 → 0; D: 0.5 + 0 → 33.
    const criteria = [['Angajați', 'între', '1.000-5.000', '0,5'], ['Stadiu de creștere', 'este', 'Startup', 1]];
    expect(ctx.ICP_SCORE(accounts, headers, criteria, 'ro_RO')).toEqual([[67], [100], [0], [33]]);
  });

  test('vi_VN reads numbers the same way; en_US reads 1,000', () => {
    expect(ctx.ICP_SCORE(accounts, headers, [['Angajați', 'cel puțin', '1.000', 1]], 'vi_VN')).toEqual([[0], [100], [100], [100]]);
    // In en_US the text cell "1.200" is ambiguous, so account D is no number and fails.
    expect(ctx.ICP_SCORE(accounts, headers, [['Angajați', 'at least', '1,000', 1]], 'en_US')).toEqual([[0], [100], [100], [0]]);
  });

  test('without the locale, an ambiguous number stops with how to write it, in the document language', () => {
    expect(() => ctx.ICP_SCORE(accounts, headers, [['Angajați', 'cel puțin', '1.000', 1]])).toThrow(
      'ICP_SCORE: Criteriul 1 („Angajați”): „1.000” se poate citi în două feluri: scrieți 1000 / 1,000 pentru o mie, 1.5 pentru unu virgulă cinci',
    );
    // Unambiguous numbers need no locale.
    expect(ctx.ICP_SCORE(accounts, headers, [['Angajați', 'cel puțin', '1.000.000', 1]])).toEqual([[0], [0], [0], [0]]);
  });
});

describe('a criterion written in each language matches data written in any', () => {
  const { ctx } = setup('vi_VN', 'Asia/Ho_Chi_Minh');
  test.each([['Startup'], ['Khởi nghiệp']])('growth stage %p', (stage) => {
    expect(ctx.ICP_SCORE(accounts, headers, [['Giai đoạn phát triển', 'là', stage, 1]])).toEqual([[100], [100], [0], [0]]);
  });
  test.each([['Mature'], ['Trưởng thành'], ['Consacrată (matură)']])('growth stage %p', (stage) => {
    expect(ctx.ICP_SCORE(accounts, headers, [['Growth stage', 'is', stage, 1]])).toEqual([[0], [0], [100], [100]]);
  });
});

describe('menu actions read the spreadsheet’s locale', () => {
  test('ro_RO: the summary scores local numbers, reads text numbers and dates typed the local way', () => {
    const { emu, ctx } = setup('ro_RO');
    const now = Date.now();
    const day = (days: number) => new Date(now - days * 86_400_000);
    const ro = (date: Date) => `${String(date.getDate()).padStart(2, '0')}.${String(date.getMonth() + 1).padStart(2, '0')}.${date.getFullYear()}`;
    emu.setSheetValues('Conturi', [
      ['Cont', 'Industrie', 'Angajați', 'MRR', 'Data începerii'],
      ['A', 'SaaS', 500, 100, day(400)],
      ['B', 'SaaS', '2.000', '1.000,5', ro(day(300))],
    ]);
    emu.setSheetValues('Criterii', [['Atribut', 'Regulă', 'Valoare', 'Pondere'], ['Angajați', 'cel puțin', '1.000', 1]]);
    ctx.refreshSegmentSummary();
    expect(emu.ui.alerts).toEqual([]);
    const values = emu.sheetValues('Rezumatul segmentelor');
    // Nothing skipped: "2.000", "1.000,5" and the dd.mm.yyyy date are read.
    expect(values[2].slice(0, 8)).toEqual(['Conturi', 2, 'Clienți', 2, 'Segmente', 1, 'Rânduri omise', 0]);
    const header = values.find((row) => row.includes('Scor ICP mediu'))!;
    const total = values.find((row) => row[0] === 'Total')!;
    // A (500) scores 0, B (2000) 100: the mean is 50.
    expect(total[header.indexOf('Scor ICP mediu')]).toBe(50);
  });

  test('vi_VN: the guide accepts 1.000-5.000 and proposes one to five thousand; en_US refuses it as ambiguous', () => {
    const { run } = setup('vi_VN', 'Asia/Ho_Chi_Minh');
    const answer = (text: string) => ({ answers: [{ id: 'employeeRange', answer: text, importance: 0 }] });
    expect(run('guideSaveStep', answer('1.000-5.000'))).toEqual({ ok: true, value: { saved: 1 } });
    expect(run('guideProposeCriteria')).toEqual([{ attribute: 'Số nhân viên', rule: 'between', value: '1000..5000', weight: '2' }]);
    const us = setup('en_US', 'America/New_York');
    expect(us.run('guideSaveStep', answer('1.000-5.000'))).toEqual({ ok: false, errors: [{ id: 'employeeRange', field: 'answer', code: 'range' }] });
  });
});
