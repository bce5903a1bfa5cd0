// The ICP review rows (Last reviewed, Review every, Owner, Criteria version reviewed) are laid out by Create
// ICP worksheet in the document's language, found by header wherever the user moved the columns, and no
// step writes over what the user typed.
import { createEmulation } from '../../emulation';
import { type Language, t } from '../../src/core/i18n';
import { loadBundle } from '../helpers/bundle';

const LOCALES: Array<[Language, string]> = [['en', 'en_US'], ['vi', 'vi_VN'], ['ro', 'ro_RO']];

function workbook(locale: string) {
  const emu = createEmulation({ locale, timeZone: 'UTC' });
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  // The worksheet is the first sheet Create adds (after the blank Sheet1).
  const sheet = emu.spreadsheet.getSheets()[1];
  const values = () => sheet.getDataRange().getValues();
  return { emu, ctx, sheet, values };
}

describe.each(LOCALES)('%s', (language, locale) => {
  const section = t(language, 'review.section');
  const expected = [
    [section, t(language, 'review.last'), '', '', '', 'reviewLast'],
    [section, t(language, 'review.every'), t(language, 'review.quarter'), '', '', 'reviewEvery'],
    [section, t(language, 'review.owner'), '', '', '', 'reviewOwner'],
    [section, t(language, 'review.version'), '', '', '', 'reviewVersion'],
  ];

  test('Create lays out the review rows after the questions; the review reads them; a second Create changes nothing', () => {
    const { ctx, values } = workbook(locale);
    expect(values().slice(-4)).toEqual(expected);
    expect(ctx.reviewLoad()).toMatchObject({ months: 3, owner: '' });
    const before = JSON.stringify(values());
    ctx.createIcpWorksheet();
    expect(JSON.stringify(values())).toBe(before);
  });

  test('what the user typed stays: an owner typed in the sheet, a period changed, a row deleted and made again', () => {
    const { ctx, sheet, values } = workbook(locale);
    const rowOf = (id: string) => values().findIndex((row) => row[5] === id) + 1;
    sheet.getRange(rowOf('reviewOwner'), 3).setValue('Ana Pop');
    sheet.getRange(rowOf('reviewEvery'), 3).setValue(t(language, 'review.month'));
    sheet.deleteRows(rowOf('reviewLast'), 1);
    ctx.createIcpWorksheet();
    const rows = values();
    expect(rows[rowOf('reviewOwner') - 1][2]).toBe('Ana Pop');
    expect(rows[rowOf('reviewEvery') - 1][2]).toBe(t(language, 'review.month'));
    // The deleted row comes back once, at the end.
    expect(rows.at(-1)).toEqual(expected[0]);
    expect(rows.filter((row) => row[5] === 'reviewLast')).toHaveLength(1);
    expect(ctx.reviewLoad()).toMatchObject({ months: 1, owner: 'Ana Pop' });
  });
});

test('a worksheet made before the review rows, with its columns moved: the first save adds them under their headers', () => {
  const { ctx, sheet, values } = workbook('ro_RO');
  const reviewRows = values().map((row, i) => (String(row[5]).startsWith('review') ? i + 1 : 0)).filter(Boolean);
  sheet.deleteRows(reviewRows[0], reviewRows.length);
  // The team put a column of its own first and dragged Answer (now D) to the far right.
  sheet.insertColumnsBefore(1, 1);
  sheet.getRange('A1').setValue('Echipa');
  const answers = sheet.getRange(1, 4, sheet.getLastRow(), 1).getValues();
  sheet.getRange(1, 8, answers.length, 1).setValues(answers);
  sheet.getRange(1, 4, answers.length, 1).clearContent();
  const header = values()[0];
  expect(header).toEqual(['Echipa', 'Secțiune', 'Întrebare', '', 'Importanță', 'Note', 'ID', 'Răspuns']);

  expect(ctx.reviewSave({ months: 6, owner: 'Ana' })).toEqual({ ok: true, message: t('ro', 'review.saved') });
  const rows = values();
  const added = rows.filter((row) => String(row[6]).startsWith('review'));
  // Section, Question, ID and the answers each under their header; the team's column and the emptied D stay blank.
  expect(added).toEqual([
    ['', 'Revizuirea ICP', 'Ultima revizuire', '', '', '', 'reviewLast', ''],
    ['', 'Revizuirea ICP', 'Revizuire la fiecare', '', '', '', 'reviewEvery', '6 luni'],
    ['', 'Revizuirea ICP', 'Responsabil', '', '', '', 'reviewOwner', 'Ana'],
    ['', 'Revizuirea ICP', 'Versiunea criteriilor revizuită', '', '', '', 'reviewVersion', ''],
  ]);
  expect(ctx.reviewLoad()).toMatchObject({ months: 6, owner: 'Ana' });
});
