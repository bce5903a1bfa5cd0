// The preview's kept workbook file (preview/store.ts): every kind of cell and setting comes back; a file of
// the first format opens; only changed blocks are serialised again; a change during a write never gives a
// file that mixes two moments; a failed write leaves the previous file; a sync write at exit wins.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEmulation, type Emulation, type LegacyWorkbookJSON } from '../../emulation';
import { BLOCK_ROWS } from '../../emulation/persist';
import { WorkbookStore, parseKept } from '../../preview/store';

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-store-'))));
afterEach(() => jest.restoreAllMocks());

const chartType = (chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) => (chart as unknown as { getType(): string }).getType();

/** A workbook holding every kind of thing the file keeps, over several blocks (with an empty one between). */
function everything(): Emulation {
  const emu = createEmulation({ locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh' });
  const { SpreadsheetApp, PropertiesService } = emu.globals;
  const ss = emu.spreadsheet;
  const sheet = ss.insertSheet('Accounts');
  sheet.insertRowsAfter(1000, 5000);
  sheet.getRange('A1:F2').setValues([
    ['Khách hàng', 1.5, new Date(Date.UTC(2024, 1, 29, 17)), true, -0.25, 'text with "quotes", \\ and\nnewline'],
    ['=SUM(1, 2)', "'007", '', false, 1e21, "'+84 912 345 678"],
  ]);
  sheet.getRange('B2').setNumberFormat('@');
  sheet.getRange('A1:F1').setFontWeight('bold').setBackground('#cfe2f3');
  sheet.getRange('D2').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['x', 'y'], false).setAllowInvalid(false).setHelpText('x or y').build());
  // A number format down a column, broken by a different one, crossing a block boundary.
  sheet.getRange(990, 3, 30, 1).setNumberFormat('#,##0.00');
  sheet.getRange(1000, 3).setNumberFormat('0%');
  sheet.getRange(990, 3, 30, 1).setValues(Array.from({ length: 30 }, (_, i) => [i * 1000.5]));
  // Nothing in rows 2000–2999; a far block with only a format, and one with a formula that failed.
  sheet.getRange(4500, 7).setNumberFormat('yyyy-mm-dd');
  sheet.getRange(5999, 2).setValue('+oops'); // a formula Sheets could not parse
  sheet.getRange(6000, 26).setValue('last');
  sheet.setFrozenRows(1);
  sheet.setFrozenColumns(2);
  sheet.setColumnWidth(1, 220);
  sheet.setTabColor('#00ff00');
  sheet.hideColumns(5, 2);
  sheet.addDeveloperMetadata('icp-toolkit.role', 'accounts');
  ss.addDeveloperMetadata('icp-toolkit.version', '3');
  sheet.insertChart(sheet.newChart().asColumnChart().addRange(sheet.getRange('A1:B2')).setPosition(5, 2, 0, 0).setOption('title', 'T').setOption('series', { 1: { targetAxisIndex: 1 } }).build());
  const hidden = ss.insertSheet('Tier Snapshot');
  hidden.getRange('A1').setValue('kept');
  hidden.hideSheet();
  PropertiesService.getDocumentProperties().setProperty('dimensions', '["Industry","Country"]');
  ss.setActiveSheet(sheet);
  return emu;
}

async function keep(emu: Emulation, file = path.join(dir, 'workbook.json')) {
  const store = new WorkbookStore(file);
  store.attach(emu);
  store.changed();
  await store.flush();
  expect(store.lastError).toBeNull();
  return store;
}

const reopen = (file = path.join(dir, 'workbook.json')) => createEmulation({ workbook: new WorkbookStore(file).read()!.json });

test('every value type, formula, format run, style, validation, chart, metadata, property and sheet setting comes back', async () => {
  const emu = everything();
  await keep(emu);
  const copy = reopen();
  expect(copy.toJSON()).toEqual(emu.toJSON());
  const accounts = copy.spreadsheet.getSheetByName('Accounts')!;
  expect(accounts.getRange('A1:F2').getValues()).toEqual([
    ['Khách hàng', 1.5, new Date(Date.UTC(2024, 1, 29, 17)), true, -0.25, 'text with "quotes", \\ and\nnewline'],
    ['', '007', '', false, 1e21, '+84 912 345 678'],
  ]);
  expect(accounts.getRange('C1').getValue()).toBeInstanceOf(Date);
  expect([accounts.getRange('A2').getFormula(), accounts.getRange('B5999').getFormula(), accounts.getRange('B5999').getValue()]).toEqual(['=SUM(1, 2)', '=+oops', '#ERROR!']);
  expect(accounts.getRange(988, 3, 34, 1).getNumberFormats().flat()).toEqual([
    'General', 'General', ...new Array(10).fill('#,##0.00'), '0%', ...new Array(19).fill('#,##0.00'), 'General', 'General',
  ]);
  expect([accounts.getRange('G4500').getNumberFormat(), accounts.getRange('Z6000').getValue(), accounts.getMaxRows()]).toEqual(['yyyy-mm-dd', 'last', 6000]);
  expect([accounts.getRange('A1').getFontWeight(), accounts.getRange('F1').getBackground(), accounts.getRange('A2').getFontWeight()]).toEqual(['bold', '#cfe2f3', 'normal']);
  const rule = accounts.getRange('D2').getDataValidation()!;
  expect([String(rule.getCriteriaType()), rule.getCriteriaValues(), rule.getAllowInvalid(), rule.getHelpText()]).toEqual(['VALUE_IN_LIST', [['x', 'y'], false], false, 'x or y']);
  expect([accounts.getFrozenRows(), accounts.getFrozenColumns(), accounts.getColumnWidth(1), accounts.getTabColor(), accounts.isColumnHiddenByUser(6), accounts.isColumnHiddenByUser(7)]).toEqual([1, 2, 220, '#00ff00', true, false]);
  const [chart] = accounts.getCharts();
  expect([chartType(chart), chart.getRanges().map((r) => r.getA1Notation()), chart.getOptions().get('title'), chart.getOptions().get('series')]).toEqual(['COLUMN', ['A1:B2'], 'T', { 1: { targetAxisIndex: 1 } }]);
  expect(copy.spreadsheet.getSheetByName('Tier Snapshot')!.isSheetHidden()).toBe(true);
  expect(copy.spreadsheet.createDeveloperMetadataFinder().withKey('icp-toolkit.role').find().map((m) => m.getLocation().getSheet()!.getName())).toEqual(['Accounts']);
  expect(copy.globals.PropertiesService.getDocumentProperties().getProperty('dimensions')).toBe('["Industry","Country"]');
  expect([copy.spreadsheet.getActiveSheet().getName(), copy.spreadsheet.getSpreadsheetLocale(), copy.spreadsheet.getSpreadsheetTimeZone()]).toEqual(['Accounts', 'vi_VN', 'Asia/Ho_Chi_Minh']);
});

test('the file is compact: a row of values is one array, formats are runs, and blocks hold BLOCK_ROWS rows', async () => {
  const emu = createEmulation();
  const sheet = emu.spreadsheet.getActiveSheet();
  sheet.insertRowsAfter(1000, 2000);
  sheet.getRange(1, 1, 2500, 3).setValues(Array.from({ length: 2500 }, (_, i) => [`Account ${i}`, i, new Date(Date.UTC(2024, 0, 1 + (i % 28)))]));
  sheet.getRange(1, 2, 2500, 1).setNumberFormat('#,##0');
  await keep(emu);
  const lines = fs.readFileSync(path.join(dir, 'workbook.json'), 'utf8').trimEnd().split('\n');
  // header, the sheet's settings, rows 1–999, 1000–1999, 2000–2500, end
  expect(lines).toHaveLength(6);
  expect(JSON.parse(lines[0])).toMatchObject({ version: 2, blockRows: BLOCK_ROWS, locale: 'en_US' });
  const second = JSON.parse(lines[3]);
  expect(second.row).toBe(1000);
  expect(second.values[0]).toEqual(['Account 999', 999, { d: Date.UTC(2024, 0, 1 + (999 % 28)) }]);
  expect(second.formats).toEqual([[2, 1000, 1000, '#,##0']]);
  expect(JSON.parse(lines[5])).toEqual({ end: true });
});

test('a file of the first format (one object per cell) opens, and the next write turns it into this one', async () => {
  const legacy: LegacyWorkbookJSON = {
    locale: 'ro_RO', timeZone: 'Europe/Bucharest', name: 'Old', activeSheet: 'Accounts', documentProperties: { dimensions: '["Industry"]' },
    metadata: [{ key: 'icp-toolkit.role', value: 'accounts', sheet: 'Accounts' }, { key: 'icp-toolkit.version', value: '1', sheet: null }],
    sheets: [{
      name: 'Accounts', id: 3, maxRows: 1000, maxColumns: 26, frozenRows: 1, frozenColumns: 0, columnWidths: { 1: 180 }, hiddenColumns: [4], tabColor: '#ff0000',
      charts: [{ type: 'BAR', ranges: ['A1:B3'], options: { title: 'Old chart' }, position: [6, 1, 0, 0] }],
      cells: [
        { row: 1, column: 1, value: 'Account', style: { fontWeight: 'bold' } },
        { row: 2, column: 1, value: 'Acme' },
        { row: 2, column: 2, value: 1200, format: '#,##0' },
        { row: 2, column: 3, value: { date: '2024-02-28T22:00:00.000Z' }, format: 'dd/mm/yyyy' },
        { row: 3, column: 1, formula: '=A2' },
        { row: 3, column: 2, value: true, validation: ['CHECKBOX', [], true, ''] },
      ],
    }],
  };
  const file = path.join(dir, 'workbook.json');
  fs.writeFileSync(file, JSON.stringify(legacy));
  const store = new WorkbookStore(file);
  const kept = store.read()!;
  expect(kept.blocks).toBeUndefined();
  const emu = createEmulation({ workbook: kept.json });
  const sheet = emu.spreadsheet.getSheetByName('Accounts')!;
  expect(sheet.getRange('A1:C3').getValues()).toEqual([['Account', '', ''], ['Acme', 1200, new Date('2024-02-28T22:00:00.000Z')], ['', true, '']]);
  expect([sheet.getRange('A3').getFormula(), sheet.getRange('B2').getNumberFormat(), sheet.getRange('A1').getFontWeight(), String(sheet.getRange('B3').getDataValidation()!.getCriteriaType())]).toEqual(['=A2', '#,##0', 'bold', 'CHECKBOX']);
  expect([sheet.getFrozenRows(), sheet.getColumnWidth(1), sheet.isColumnHiddenByUser(4), sheet.getTabColor(), chartType(sheet.getCharts()[0])]).toEqual([1, 180, true, '#ff0000', 'BAR']);
  expect(emu.globals.PropertiesService.getDocumentProperties().getProperty('dimensions')).toBe('["Industry"]');
  store.attach(emu);
  store.changed();
  await store.flush();
  expect(JSON.parse(fs.readFileSync(file, 'utf8').split('\n')[0]).version).toBe(2);
  expect(reopen(file).toJSON()).toEqual(emu.toJSON());
});

test('after a write, only the blocks a change touched are serialised again; the others are copied from the file', async () => {
  const emu = createEmulation();
  const sheet = emu.spreadsheet.getActiveSheet();
  sheet.insertRowsAfter(1000, 4000);
  sheet.getRange(1, 1, 5000, 2).setValues(Array.from({ length: 5000 }, (_, i) => [`Account ${i}`, i]));
  const store = await keep(emu);
  // Written behind the listeners' back: a block re-serialised would show it, a copied block does not.
  emu.workbook.sheets[0].grid.get(10, 1)!.value = 'not told';
  emu.workbook.sheets[0].grid.get(4500, 1)!.value = 'not told either';
  sheet.getRange(4501, 2).setValue(-1); // block 4 (rows 4000–4999) changed
  store.changed();
  await store.flush();
  const kept = reopen().spreadsheet.getActiveSheet();
  expect([kept.getRange('A10').getValue(), kept.getRange('A4500').getValue(), kept.getRange('B4501').getValue()]).toEqual(['Account 9', 'not told either', -1]);
});

/** Runs `during` once, when the write of the aside file first puts bytes in it (i.e. mid-write). */
function duringFirstWrite(during: () => void) {
  const open = fs.promises.open;
  let done = false;
  return jest.spyOn(fs.promises, 'open').mockImplementation(async (...args: Parameters<typeof open>) => {
    const handle = await open(...args);
    const write = handle.write.bind(handle) as (...a: unknown[]) => Promise<unknown>;
    (handle as unknown as { write: unknown }).write = async (...a: unknown[]) => {
      const result = await write(...a);
      if (!done) {
        done = true;
        during();
      }
      return result;
    };
    return handle;
  });
}

test('a change while a write is under way abandons it: no file ever mixes the workbook before and after', async () => {
  const emu = createEmulation();
  const sheet = emu.spreadsheet.getActiveSheet();
  sheet.insertRowsAfter(1000, 9000);
  // Large enough that the write goes to the file in several pieces.
  sheet.getRange(1, 1, 10000, 3).setValues(Array.from({ length: 10000 }, (_, i) => [`before ${i}`, 'x'.repeat(100), i]));
  const file = path.join(dir, 'workbook.json');
  const store = new WorkbookStore(file);
  store.attach(emu);
  const committed: string[] = [];
  const rename = fs.renameSync;
  jest.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
    committed.push(fs.readFileSync(from, 'utf8'));
    rename(from, to);
  });
  duringFirstWrite(() => {
    sheet.getRange('A1').setValue('after 0');
    sheet.getRange('A9999').setValue('after 9998');
    store.changed();
  });
  store.changed();
  await store.flush();
  expect(store.lastError).toBeNull();
  expect(committed).toHaveLength(1); // the write under way was abandoned, the next one kept
  for (const text of committed) {
    const kept = createEmulation({ workbook: parseKept(Buffer.from(text)).json }).spreadsheet.getActiveSheet();
    const marks = [kept.getRange('A1').getValue(), kept.getRange('A9999').getValue()];
    expect([['before 0', 'before 9998'], ['after 0', 'after 9998']]).toContainEqual(marks);
  }
  expect(reopen().spreadsheet.getActiveSheet().getRange('A9999').getValue()).toBe('after 9998');
  expect(fs.readdirSync(dir)).toEqual(['workbook.json']);
});

test('a write that fails leaves the previous file whole and says why; the next one succeeds', async () => {
  const emu = createEmulation();
  const sheet = emu.spreadsheet.getActiveSheet();
  sheet.getRange('A1').setValue('first');
  const store = await keep(emu);
  const file = path.join(dir, 'workbook.json');
  const before = fs.readFileSync(file);
  const open = fs.promises.open;
  const failing = jest.spyOn(fs.promises, 'open').mockImplementation(async (...args: Parameters<typeof open>) => {
    const handle = await open(...args);
    (handle as unknown as { write: unknown }).write = async () => {
      throw new Error('ENOSPC: no space left on device, write');
    };
    return handle;
  });
  sheet.getRange('A1').setValue('second');
  store.changed();
  await store.flush();
  expect(store.lastError).toBe('The workbook could not be kept on disk: ENOSPC: no space left on device, write');
  expect(fs.readFileSync(file)).toEqual(before);
  expect(fs.readdirSync(dir)).toEqual(['workbook.json']);
  failing.mockRestore();
  store.changed();
  await store.flush();
  expect(store.lastError).toBeNull();
  expect(reopen().spreadsheet.getActiveSheet().getRange('A1').getValue()).toBe('second');
});

test('a synchronous write (the preview stopping) while a write is under way: the file ends with the latest workbook', async () => {
  const emu = createEmulation();
  const sheet = emu.spreadsheet.getActiveSheet();
  sheet.insertRowsAfter(1000, 4000);
  sheet.getRange(1, 1, 5000, 2).setValues(Array.from({ length: 5000 }, (_, i) => [`v1 ${i}`, 'y'.repeat(200)]));
  const store = await keep(emu);
  duringFirstWrite(() => {
    sheet.getRange('A4000').setValue('latest');
    store.flushSync();
  });
  sheet.getRange('A2').setValue('v2');
  store.changed();
  await store.flush();
  const kept = reopen().spreadsheet.getActiveSheet();
  expect([kept.getRange('A2').getValue(), kept.getRange('A4000').getValue(), kept.getRange('A4999').getValue()]).toEqual(['v2', 'latest', 'v1 4998']);
  expect(fs.readdirSync(dir)).toEqual(['workbook.json']);
});

test('a snapshot refers to the file and serialises only what changed since; restored, it is the workbook as it was', async () => {
  const emu = everything();
  const store = await keep(emu);
  const sheet = emu.spreadsheet.getSheetByName('Accounts')!;
  sheet.getRange('B1500').setValue('changed, not yet written');
  const expected = emu.toJSON();
  const snapshot = store.snapshot();
  const accounts = snapshot.sheets.find((s) => s.sheet.name === 'Accounts')!;
  expect(accounts.blocks.filter(([, entry]) => 'text' in entry).map(([index]) => index)).toEqual([1]);
  expect(store.unchangedSince(snapshot)).toBe(true);
  sheet.getRange('A1').setValue('after the snapshot');
  sheet.setFrozenRows(3);
  expect(store.unchangedSince(snapshot)).toBe(false);
  expect(createEmulation({ workbook: store.restore(snapshot).json }).toJSON()).toEqual(expected);
});
