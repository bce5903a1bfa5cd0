// A user's own "Segment Summary" is never wiped, and a duplicated tab is not mistaken for the original:
// through the built bundle.
import { createEmulation } from '../../emulation';
import { loadBundle } from '../helpers/bundle';

function accounts(emu: ReturnType<typeof createEmulation>) {
  emu.setSheetValues('Accounts', [['Account', 'Industry', 'MRR', 'Start date'], ['A', 'SaaS', 100, '2023-01-01'], ['B', 'Retail', 50, '2023-02-01']]);
}

test.each(['Segment Summary', 'segment summary', 'Tổng hợp phân khúc', 'Rezumat segmente'])('Refresh leaves a user sheet named %s alone and writes a tagged one', (name) => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  emu.setSheetValues(name, [['My board summary', 'Q3'], ['Revenue', 12345], ['Keep me', 'please']]);
  accounts(emu);
  ctx.refreshSegmentSummary();
  expect(emu.sheetValues(name)).toEqual([['My board summary', 'Q3'], ['Revenue', 12345], ['Keep me', 'please']]);
  const ours = emu.spreadsheet.getSheets().filter((s) => s.getDeveloperMetadata().some((m) => m.getValue() === 'summary'));
  expect(ours.map((s) => s.getName())).toEqual([name.toLowerCase() === 'segment summary' ? 'Segment Summary (2)' : 'Segment Summary']);
  // A second refresh rewrites the tagged sheet, still not the user's.
  ctx.refreshSegmentSummary();
  expect(emu.sheetValues(name)[1]).toEqual(['Revenue', 12345]);
  // Sheet1, the user's sheet and Accounts, then the summary's own history sheets (Summary History and the
  // hidden Tier Snapshot; no Criteria, so no Criteria Versions).
  expect(emu.spreadsheet.getSheets().map((s) => s.getName()).slice(-2)).toEqual(['Summary History', 'Tier Snapshot']);
  expect(emu.spreadsheet.getSheets()).toHaveLength(ours.length + 5);
});

test('a duplicated Accounts tab: the one named Accounts is read, and a toast says so', () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  const sheet = emu.spreadsheet.getSheetByName('Accounts')!;
  sheet.getRange('A2:C2').setValues([['Original', 'SaaS', 100]]);
  emu.spreadsheet.setActiveSheet(sheet);
  const copy = emu.spreadsheet.duplicateActiveSheet();
  expect(copy.getName()).toBe('Copy of Accounts');
  copy.getRange('A2').setValue('From the copy');
  // The copy moved to the front: leftmost alone would pick it; the name decides first.
  emu.spreadsheet.moveActiveSheet(1);
  expect(copy.getIndex()).toBe(1);
  emu.respondToAlerts('YES');
  ctx.insertSampleAccountsFromMenu();
  expect(sheet.getLastRow()).toBe(202);
  expect(copy.getLastRow()).toBe(2);
  expect(emu.toasts.map((t) => t.message)).toContain('Several sheets act as Accounts: using Accounts.');
});

test('two tagged copies, neither named for the role: the leftmost is used', () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  const sheet = emu.spreadsheet.getSheetByName('Accounts')!;
  sheet.setName('Clients');
  emu.spreadsheet.setActiveSheet(sheet);
  const copy = emu.spreadsheet.duplicateActiveSheet();
  copy.setName('Clients 2024');
  emu.respondToAlerts('YES');
  ctx.insertSampleAccountsFromMenu();
  expect(sheet.getLastRow()).toBe(201);
  expect(copy.getLastRow()).toBe(1);
  expect(emu.toasts.map((t) => t.message)).toContain('Several sheets act as Accounts: using Clients.');
});

test('Insert sample accounts asks before it takes the document lock (no question waits under the lock)', () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  emu.respondToAlerts('YES');
  ctx.insertSampleAccountsFromMenu();
  expect(emu.ui.alerts.map((a) => a.title)).toEqual(['Insert sample accounts']);
  expect(emu.ui.alertsUnderLock).toEqual([]);
  expect(emu.spreadsheet.getSheetByName('Accounts')!.getLastRow()).toBe(201);
  // Another user's action holds the lock: the question is still asked, then the busy message, nothing written.
  emu.holdDocumentLockElsewhere(true);
  emu.respondToAlerts('YES');
  ctx.insertSampleAccountsFromMenu();
  expect(emu.ui.alerts.map((a) => a.message).at(-1)).toMatch(/Another ICP Toolkit action is still running/);
  expect(emu.spreadsheet.getSheetByName('Accounts')!.getLastRow()).toBe(201);
});
