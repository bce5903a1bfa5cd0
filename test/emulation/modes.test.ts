// Custom functions are read-only and cannot show UI; onOpen in AuthMode.NONE may only build menus.
import { createEmulation, CUSTOM_FUNCTION_UI_MESSAGE } from '../../emulation';

test('custom function context: reads work; writes, UI, toasts and property writes throw', () => {
  const emu = createEmulation();
  const sheet = emu.spreadsheet.getSheets()[0];
  sheet.getRange('A1').setValue(7);
  const props = emu.globals.PropertiesService.getDocumentProperties();
  props.setProperty('k', 'v');
  emu.asCustomFunctionContext();
  expect(emu.mode).toBe('customFunction');
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  expect(ss.getSheets()[0].getRange('A1').getValue()).toBe(7);
  expect(() => ss.getSheets()[0].getRange('A1').setValue(1)).toThrow('You do not have permission to call Range.setValue');
  expect(() => ss.getSheets()[0].getRange('A1').setFontWeight('bold')).toThrow('You do not have permission to call Range.setFontWeight');
  expect(() => ss.insertSheet('X')).toThrow('You do not have permission to call Spreadsheet.insertSheet');
  expect(() => ss.toast('hi')).toThrow('You do not have permission to call Spreadsheet.toast');
  expect(() => emu.globals.SpreadsheetApp.getUi()).toThrow(CUSTOM_FUNCTION_UI_MESSAGE);
  expect(CUSTOM_FUNCTION_UI_MESSAGE).toBe('Exception: Cannot call SpreadsheetApp.getUi() from this context.');
  expect(props.getProperty('k')).toBe('v');
  expect(() => props.setProperty('k', 'w')).toThrow('You do not have permission to call Properties.setProperty');
  expect(() => props.deleteAllProperties()).toThrow('You do not have permission to call Properties.deleteAllProperties');
  // Locks still work in custom functions (Apps Script allows them there).
  expect(emu.globals.LockService.getDocumentLock().tryLock(100)).toBe(true);
  emu.setMode('full');
  sheet.getRange('A1').setValue(8);
  expect(sheet.getRange('A1').getValue()).toBe(8);
});

test('AuthMode.NONE: menus only; no spreadsheet, no properties, no dialogs', () => {
  const emu = createEmulation({ mode: 'authModeNone' });
  const { SpreadsheetApp, PropertiesService } = emu.globals;
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open guide', 'openGuide').addToUi();
  expect(emu.ui.menus[0].items).toEqual([{ caption: 'Open guide', functionName: 'openGuide' }]);
  expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
  expect(() => PropertiesService.getDocumentProperties()).toThrow('You do not have permission to call PropertiesService.getDocumentProperties');
  expect(() => SpreadsheetApp.getUi().alert('hi')).toThrow('You do not have permission to call Ui.alert');
  // A spreadsheet object obtained earlier cannot write either.
  expect(() => emu.spreadsheet.getSheets()[0].getRange('A1').setValue(1)).toThrow('You do not have permission to call Range.setValue');
});

test('runAs switches for one action and restores the mode even when it throws', () => {
  const emu = createEmulation();
  expect(() => emu.runAs('customFunction', () => emu.spreadsheet.insertSheet('X'))).toThrow('permission');
  expect(emu.mode).toBe('full');
  expect(emu.spreadsheet.insertSheet('X').getName()).toBe('X');
});
