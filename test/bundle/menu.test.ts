// Menu actions through the real bundle: the user clicks, the lock is taken, the sheets appear.
import { createEmulation } from '../../emulation';
import { loadBundle } from '../helpers/bundle';

test('Create ICP worksheet then Insert sample accounts, in Romanian, and the sample scores', () => {
  const emu = createEmulation({ locale: 'ro_RO' });
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  expect(emu.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Fișa ICP', 'Criterii', 'Conturi']);
  expect(emu.lockWaits.length).toBe(1);
  ctx.insertSampleAccountsFromMenu();
  expect(emu.ui.alerts[0].title).toBe('Inserează conturi de exemplu');
  const accounts = emu.spreadsheet.getSheetByName('Conturi')!;
  const block = accounts.getRange(1, 1, 201, 17).getValues();
  const criteria = emu.spreadsheet.getSheetByName('Criterii')!.getRange('A2:D').getValues();
  // The sample is valid input for ICP_SCORE as the template's formula passes it.
  const scores = (ctx.ICP_SCORE(block.slice(1), [block[0]], criteria) as number[][]).map((r) => r[0]);
  expect(scores).toHaveLength(200);
  expect(scores.every((s) => Number.isInteger(s) && s >= 0 && s <= 100)).toBe(true);
  expect(new Set(scores).size).toBeGreaterThan(5);
});

test('a menu action that cannot get the document lock tells the user and writes nothing', () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  emu.holdDocumentLockElsewhere(true);
  ctx.createIcpWorksheet();
  expect(emu.ui.alerts.map((a) => a.message)).toEqual(['Another ICP Toolkit action is still running in this spreadsheet. Try again in a minute.']);
  expect(emu.spreadsheet.getSheets()).toHaveLength(1);
});

test('Refresh segment summary from the menu over the sample accounts, and while another refresh holds the lock', () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  ctx.insertSampleAccountsFromMenu();
  const before = emu.spreadsheet.getSheetByName('Accounts')!.getDataRange().getValues();
  ctx.refreshSegmentSummary();
  const summary = emu.spreadsheet.getSheetByName('Segment Summary')!;
  const values = summary.getDataRange().getValues();
  expect(values[2].slice(0, 8)).toEqual(['Accounts', 200, 'Customers', expect.any(Number), 'Segments', expect.any(Number), 'Skipped rows', 0]);
  const header = values[4];
  const total = values.find((r) => r[0] === 'Total')!;
  expect(typeof total[header.indexOf('CLV')]).toBe('number');
  expect(typeof total[header.indexOf('Avg ICP score')]).toBe('number');
  expect(['Healthy', 'Watch', 'At risk']).toContain(total[header.indexOf('Health')]);
  expect(emu.spreadsheet.getSheetByName('Accounts')!.getDataRange().getValues()).toEqual(before);

  emu.holdDocumentLockElsewhere(true);
  const alerts = emu.ui.alerts.length;
  ctx.refreshSegmentSummary();
  expect(emu.ui.alerts[alerts].message).toMatch(/still running/);
  expect(summary.getDataRange().getValues()).toEqual(values);
});
