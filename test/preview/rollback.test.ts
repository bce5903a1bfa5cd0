// An action that asks a question is run again with the answer on the workbook as it was before. The
// workbook is not written to disk before each action for that: an action that asked before changing
// anything needs nothing undone, and one that changed cells first is rolled back from a snapshot (the
// blocks in the kept file and the blocks changed since), also at 20,000 accounts. Reopening the workbook
// (the locale switch) goes the same way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Workbooks } from '../../preview/session';
import { CODE_PATH, SIDEBAR_PATH, SUGGEST_PATH, ensureBuilt } from '../helpers/bundle';

let dir: string;
let books: Workbooks;
beforeAll(() => ensureBuilt());
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-rollback-'));
  books = new Workbooks(path.join(dir, 'workbook.json'), fs.readFileSync(CODE_PATH, 'utf8'), { Sidebar: fs.readFileSync(SIDEBAR_PATH, 'utf8'), Suggest: fs.readFileSync(SUGGEST_PATH, 'utf8') });
});
afterEach(() => jest.restoreAllMocks());

const ask = (books: Workbooks) => books.session.emulation.globals.SpreadsheetApp.getUi().alert('Go on?', books.session.emulation.globals.SpreadsheetApp.getUi().ButtonSet.YES_NO);

/** 20,000 accounts in Sheet1, kept on disk. */
async function accounts(count = 20_000) {
  const sheet = books.session.emulation.spreadsheet.getSheetByName('Sheet1')!;
  sheet.insertRowsAfter(1000, count);
  sheet.getRange(1, 1, count, 3).setValues(Array.from({ length: count }, (_, i) => [`Account ${i}`, i * 10, i % 2 === 0]));
  books.changed();
  await books.store.flush();
  return sheet;
}

test('a question asked before anything changed leaves the workbook, its formula engine and the file as they are', async () => {
  await accounts();
  const session = books.session;
  const rename = jest.spyOn(fs, 'renameSync');
  const open = jest.spyOn(fs.promises, 'open');
  const outcome = await books.act(() => ask(books));
  expect(outcome).toEqual({ question: expect.objectContaining({ message: 'Go on?', buttons: 'YES_NO' }) });
  expect(books.session).toBe(session);
  expect(rename).not.toHaveBeenCalled();
  expect(open).not.toHaveBeenCalled();
  const answered = await books.act(() => ask(books), ['YES']);
  expect(answered).toMatchObject({ result: 'YES' });
});

test('the add-on asking before it inserts sample accounts: nothing to undo, the same session answers', async () => {
  await books.act((bundle) => bundle.createIcpWorksheet());
  const session = books.session;
  const outcome = await books.act((bundle) => bundle.insertSampleAccountsFromMenu());
  expect(outcome).toEqual({ question: expect.objectContaining({ buttons: 'YES_NO' }) });
  expect(books.session).toBe(session);
  await books.act((bundle) => bundle.insertSampleAccountsFromMenu(), ['YES']);
  expect(books.session.emulation.sheetValues('Accounts')).toHaveLength(201);
});

test('cells, settings and properties an action changed before asking are rolled back, including a change not yet written', async () => {
  const sheet = await accounts();
  sheet.getRange('B15000').setValue('typed, not yet on disk');
  const before = books.session.emulation.toJSON();
  const outcome = await books.act(() => {
    const { spreadsheet, globals } = books.session.emulation;
    const live = spreadsheet.getSheetByName('Sheet1')!;
    live.getRange('A1').setValue('changed');
    live.getRange(12_000, 1, 2, 2).setValues([['x', 'y'], ['z', 'w']]);
    live.setFrozenRows(2);
    spreadsheet.insertSheet('Made by the action');
    globals.PropertiesService.getDocumentProperties().setProperty('dimensions', '["Country"]');
    return ask(books);
  });
  expect(outcome).toHaveProperty('question');
  expect(books.session.emulation.toJSON()).toEqual(before);
  // The store goes on from the restored workbook: what is written next is that workbook and later edits.
  books.editCell(books.session.emulation.workbook.sheetNamed('Sheet1')!, 3, 3, 'after');
  await books.store.flush();
  const kept = books.store.read()!.json;
  const again = new Workbooks(path.join(dir, 'workbook.json'), fs.readFileSync(CODE_PATH, 'utf8'), {});
  const restarted = again.session.emulation.spreadsheet.getSheetByName('Sheet1')!;
  expect([restarted.getRange('A1').getValue(), restarted.getRange('B15000').getValue(), restarted.getRange('A12000').getValue(), restarted.getRange('C3').getValue(), restarted.getFrozenRows()])
    .toEqual(['Account 0', 'typed, not yet on disk', 'Account 11999', 'after', 0]);
  expect(kept.sheets.map((s) => s.name)).toEqual(['Sheet1']);
});

test('reopening the workbook as it is (the locale switch) keeps every cell, a change not yet written too, and the next write copies the rest', async () => {
  const sheet = await accounts(5000);
  sheet.getRange('B3500').setValue('typed, not yet on disk');
  books.session.emulation.spreadsheet.setSpreadsheetLocale('ro_RO');
  const before = books.session.emulation.toJSON();
  const session = books.session;
  books.reload();
  expect(books.session).not.toBe(session);
  expect(books.session.emulation.toJSON()).toEqual(before);
  // Written behind the listeners' back: the copied blocks do not show it, the changed one was serialised.
  books.session.emulation.workbook.sheetNamed('Sheet1')!.grid.get(10, 1)!.value = 'not told';
  await books.store.flush();
  const kept = new Workbooks(path.join(dir, 'workbook.json'), fs.readFileSync(CODE_PATH, 'utf8'), {}).session.emulation.spreadsheet;
  expect([kept.getSpreadsheetLocale(), kept.getSheetByName('Sheet1')!.getRange('A10').getValue(), kept.getSheetByName('Sheet1')!.getRange('B3500').getValue()])
    .toEqual(['ro_RO', 'Account 9', 'typed, not yet on disk']);
});
