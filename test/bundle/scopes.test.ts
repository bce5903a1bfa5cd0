// Granular consent through the real bundle: a user may grant only some scopes. Every menu action and page
// call asks for all of them before touching any service; onOpen and custom functions never ask.
import fs from 'node:fs';
import path from 'node:path';
import { AUTHORIZATION_REQUIRED_MESSAGE, REQUESTED_SCOPES, SCOPES, createEmulation } from '../../emulation';
import { callAsScriptRun, loadBundle } from '../helpers/bundle';

const CUSTOM_FUNCTIONS = ['ICP_SCORE', 'ICP_EXPLAIN', 'ICP_TIER', 'COMPANY_SIZE', 'SEGMENT_CLV', 'CAC_PAYBACK', 'LTV_CAC', 'MONTHLY_CHURN', 'ANNUAL_CHURN'];
const TRIGGERS = ['onOpen', 'onInstall'];

/** Every top-level function of the bundle that a user starts: menu items and google.script.run calls. */
function entryPoints(): string[] {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  return Object.keys(ctx).filter((name) => typeof ctx[name] === 'function' && !(name in emu.globals)
    && !CUSTOM_FUNCTIONS.includes(name) && !TRIGGERS.includes(name));
}

test('the emulation requests exactly the scopes of appsscript.json', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../appsscript.json'), 'utf8'));
  expect([...REQUESTED_SCOPES].sort()).toEqual([...manifest.oauthScopes].sort());
});

test('every menu action and page call asks for all scopes first (a new entry point must call requireAuthorization first)', () => {
  const names = entryPoints();
  expect(names).toEqual(expect.arrayContaining(['openGuide', 'createIcpWorksheet', 'refreshSegmentSummary', 'guideLoad', 'settingsSave', 'suggestAcceptCriteria']));
  for (const name of names) {
    const emu = createEmulation();
    const ctx = loadBundle(emu);
    emu.resetCalls();
    try { ctx[name]({}); } catch { /* only the order of service calls matters here */ }
    expect([name, emu.serviceLog[0]]).toEqual([name, 'ScriptApp.requireAllScopes']);
  }
});

test.each([
  ['the spreadsheet scope', SCOPES.spreadsheet],
  ['the dialog scope', SCOPES.ui],
])('without %s, every entry point stops at the authorization prompt having touched nothing', (_label, withheld) => {
  for (const name of entryPoints()) {
    const emu = createEmulation({ grantedScopes: REQUESTED_SCOPES.filter((s) => s !== withheld) });
    const ctx = loadBundle(emu);
    emu.resetCalls();
    const sheetsBefore = emu.workbook.sheets.length;
    // As a menu click: the execution ends with the prompt (before: Sheets' raw "Specified permissions are
    // not sufficient" error, or half the action done and then a failing alert).
    expect(() => ctx[name]({})).toThrow(AUTHORIZATION_REQUIRED_MESSAGE);
    expect([name, emu.authorizationPrompts]).toEqual([name, [[withheld]]]);
    expect([name, emu.serviceLog]).toEqual([name, ['ScriptApp.requireAllScopes']]);
    expect(emu.workbook.sheets.length).toBe(sheetsBefore);
    expect(emu.ui.alerts).toEqual([]);
    expect(emu.lockWaits).toEqual([]);
    // As a google.script.run call from a page: the failure handler gets the message.
    expect(callAsScriptRun(ctx, name, {})).toEqual({ ok: false, message: AUTHORIZATION_REQUIRED_MESSAGE });
  }
});

test('a partial grant that is completed lets the action run', () => {
  const emu = createEmulation({ grantedScopes: [SCOPES.ui] });
  const ctx = loadBundle(emu);
  expect(() => ctx.createIcpWorksheet()).toThrow(AUTHORIZATION_REQUIRED_MESSAGE);
  emu.grantScopes(REQUESTED_SCOPES);
  ctx.createIcpWorksheet();
  expect(emu.spreadsheet.getSheets().length).toBeGreaterThan(1);
});

test('onOpen and custom functions never ask for scopes, so a partial grant still shows the menu and the scores', () => {
  const emu = createEmulation({ grantedScopes: [] });
  const ctx = loadBundle(emu);
  ctx.onOpen({ authMode: 'FULL' });
  expect(emu.ui.menus[0].items.length).toBeGreaterThan(4);
  emu.asCustomFunctionContext();
  expect(ctx.ICP_SCORE([['Acme', 'SaaS']], [['Account', 'Industry']], [['Industry', 'is', 'SaaS', 1]])).toEqual([[100]]);
  expect(ctx.SEGMENT_CLV(100, 0.8, 0.02)).toBeCloseTo(4000, 9);
  expect(emu.serviceLog).not.toContain('ScriptApp.requireAllScopes');
  expect(emu.authorizationPrompts).toEqual([]);
});
