// Help / About through the real bundle, in each language: the menu item and what the dialog says.
import fs from 'node:fs';
import path from 'node:path';
import { createEmulation } from '../../emulation';
import { VERSION } from '../../src/core/version';
import { loadBundle } from '../helpers/bundle';

test('the version shown is package.json\'s', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));
  expect(VERSION).toBe(pkg.version);
});

test.each([
  ['en_US', 'Help / About', ['Reads:', 'Writes, only when', 'Nothing leaves this spreadsheet', 'README']],
  ['vi_VN', 'Trợ giúp / Giới thiệu', ['Đọc:', 'Ghi, chỉ khi', 'Không có gì rời khỏi bảng tính này', 'README']],
  ['ro_RO', 'Ajutor / Despre', ['Citește:', 'Scrie, doar când', 'Nimic nu părăsește această foaie de calcul', 'README']],
])('%s: the last menu item opens About with the version, what is read and written, and that nothing leaves', (locale, caption, phrases) => {
  const emu = createEmulation({ locale });
  const ctx = loadBundle(emu);
  ctx.onOpen({ authMode: 'FULL' });
  const items = emu.ui.menus[0].items;
  expect(items[items.length - 1]).toEqual({ caption, functionName: 'showAbout' });
  expect(items[items.length - 2]).toBeNull();
  ctx.showAbout();
  expect(emu.ui.alerts).toHaveLength(1);
  const [about] = emu.ui.alerts;
  expect(about.title).toBe(`ICP Toolkit ${VERSION}`);
  for (const phrase of phrases) expect(about.message).toContain(phrase);
  // It only shows: no sheet, no property, no lock.
  expect(emu.spreadsheet.getSheets()).toHaveLength(1);
  expect(emu.lockWaits).toEqual([]);
});

test('in AuthMode.NONE the menu still has Help / About, in the user\'s language', () => {
  const emu = createEmulation({ locale: 'ro_RO', mode: 'authModeNone' });
  loadBundle(emu).onOpen({ authMode: 'NONE' });
  expect(emu.ui.menus[0].items.at(-1)).toEqual({ caption: 'Ajutor / Despre', functionName: 'showAbout' });
});
