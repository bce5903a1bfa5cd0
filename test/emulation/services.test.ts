// Properties, locks, Ui and HtmlService as Apps Script behaves, with what was shown recorded.
import { createEmulation, LOCK_TIMEOUT_MESSAGE } from '../../emulation';

test('properties: strings only, null when missing, bulk set, delete, quotas', () => {
  const emu = createEmulation();
  const props = emu.globals.PropertiesService.getDocumentProperties();
  props.setProperty('n', 5 as never).setProperty('flag', true as never);
  expect([props.getProperty('n'), props.getProperty('flag'), props.getProperty('missing')]).toEqual(['5', 'true', null]);
  props.setProperties({ a: '1', b: '2' });
  expect(props.getProperties()).toEqual({ n: '5', flag: 'true', a: '1', b: '2' });
  props.setProperties({ only: 'x' }, true);
  expect(props.getKeys()).toEqual(['only']);
  props.deleteProperty('only');
  expect(props.getProperties()).toEqual({});
  expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
  props.setProperty('k', 'v');
  // Each store is separate; document properties are shared by every getDocumentProperties() call.
  expect(emu.globals.PropertiesService.getUserProperties().getProperty('k')).toBeNull();
  expect(emu.globals.PropertiesService.getDocumentProperties().getProperty('k')).toBe('v');
  emu.globals.PropertiesService.getDocumentProperties().deleteAllProperties();
  expect(props.getProperties()).toEqual({});
});

test('locks: free lock is taken and released; held elsewhere, tryLock is false and waitLock times out', () => {
  const emu = createEmulation();
  const { LockService } = emu.globals;
  const lock = LockService.getDocumentLock();
  expect(lock.hasLock()).toBe(false);
  expect(lock.tryLock(1000)).toBe(true);
  expect([lock.hasLock(), lock.tryLock(10)]).toEqual([true, true]);
  lock.releaseLock();
  expect(lock.hasLock()).toBe(false);
  emu.holdDocumentLockElsewhere(true);
  const other = LockService.getDocumentLock();
  expect(other.tryLock(30000)).toBe(false);
  expect(() => other.waitLock(30000)).toThrow(LOCK_TIMEOUT_MESSAGE);
  expect(LOCK_TIMEOUT_MESSAGE).toBe('Exception: Lock timeout: another process was holding the lock for too long.');
  expect(other.hasLock()).toBe(false);
  emu.holdDocumentLockElsewhere(false);
  other.waitLock(30000);
  expect(other.hasLock()).toBe(true);
  expect(emu.lockWaits).toEqual([1000, 10, 30000, 30000, 30000]);
});

test('ui: menus with separators and submenus are recorded', () => {
  const emu = createEmulation();
  const ui = emu.globals.SpreadsheetApp.getUi();
  const sub = ui.createMenu('Language').addItem('English', 'setEnglish');
  ui.createAddonMenu().addItem('Open guide', 'openGuide').addSeparator().addSubMenu(sub).addToUi();
  ui.createMenu('Custom').addItem('Refresh', 'refresh').addToUi();
  expect(emu.ui.menus).toEqual([
    {
      caption: 'ICP Toolkit',
      items: [
        { caption: 'Open guide', functionName: 'openGuide' },
        null,
        { caption: 'Language', functionName: '', subMenu: { caption: 'Language', items: [{ caption: 'English', functionName: 'setEnglish' }] } },
      ],
    },
    { caption: 'Custom', items: [{ caption: 'Refresh', functionName: 'refresh' }] },
  ]);
});

test('ui: alerts and prompts answer from the scripted queue, else OK/YES', () => {
  const emu = createEmulation();
  const ui = emu.globals.SpreadsheetApp.getUi();
  emu.respondToAlerts('NO', 'Fintech', { button: 'CANCEL', text: 'typed' });
  expect(ui.alert('Replace?', 'Overwrite the sheet?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
  const prompt = ui.prompt('Industry', 'Which industry?', ui.ButtonSet.OK_CANCEL);
  expect([prompt.getResponseText(), prompt.getSelectedButton()]).toEqual(['Fintech', 'OK']);
  const cancelled = ui.prompt('Name?');
  expect([cancelled.getResponseText(), cancelled.getSelectedButton()]).toEqual(['typed', 'CANCEL']);
  expect(ui.alert('Just so you know')).toBe('OK');
  expect(ui.alert('Continue?', ui.ButtonSet.YES_NO_CANCEL)).toBe('YES');
  expect(emu.ui.alerts).toEqual([
    { title: 'Replace?', message: 'Overwrite the sheet?', buttons: 'YES_NO' },
    { title: 'Industry', message: 'Which industry?', buttons: 'OK_CANCEL' },
    { title: '', message: 'Name?', buttons: 'OK' },
    { title: '', message: 'Just so you know', buttons: 'OK' },
    { title: '', message: 'Continue?', buttons: 'YES_NO_CANCEL' },
  ]);
});

test('ui: sidebars and dialogs keep their HtmlOutput; HtmlService files, outputs and templates', () => {
  const emu = createEmulation({ files: { Sidebar: '<p>guide</p>', Dialog: '<h1><?= title ?></h1><?!= raw ?><? for (const n of [1, 2]) { ?><i><?= n ?></i><? } ?>' } });
  const { HtmlService, SpreadsheetApp } = emu.globals;
  const ui = SpreadsheetApp.getUi();
  const output = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('ICP worksheet guide').setWidth(320).setHeight(600)
    .setSandboxMode(HtmlService.SandboxMode.IFRAME as never).setXFrameOptionsMode(HtmlService.XFrameOptionsMode.DEFAULT as never).append('<p>more</p>');
  ui.showSidebar(output);
  expect([emu.ui.sidebars[0].getTitle(), emu.ui.sidebars[0].getContent(), emu.ui.sidebars[0].width, emu.ui.sidebars[0].height]).toEqual(['ICP worksheet guide', '<p>guide</p><p>more</p>', 320, 600]);
  const template = HtmlService.createTemplateFromFile('Dialog');
  Object.assign(template, { title: '<Suggest>', raw: '<b>x</b>' });
  ui.showModalDialog(template.evaluate(), 'Suggestions');
  ui.showModelessDialog(HtmlService.createHtmlOutput('<p>x</p>'), 'Note');
  expect(emu.ui.dialogs.map((d) => [d.title, d.modal, d.output.getContent()])).toEqual([
    ['Suggestions', true, '<h1>&#60;Suggest&#62;</h1><b>x</b><i>1</i><i>2</i>'],
    ['Note', false, '<p>x</p>'],
  ]);
  expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  expect(HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<p>guide</p>');
});

test('data validation builder and rules', () => {
  const emu = createEmulation();
  const { SpreadsheetApp } = emu.globals;
  const rule = SpreadsheetApp.newDataValidation().requireValueInList(['1', '2', '3'], true).setAllowInvalid(false).setHelpText('1 to 3').build();
  const range = emu.spreadsheet.getSheets()[0].getRange('D2:D4');
  range.setDataValidation(rule as never);
  const read = range.getDataValidations()[2][0]!;
  expect([String(read.getCriteriaType()), read.getCriteriaValues(), read.getAllowInvalid(), read.getHelpText()]).toEqual(['VALUE_IN_LIST', [['1', '2', '3'], true], false, '1 to 3']);
  expect(String(read.getCriteriaType())).toBe(String(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST));
  const copy = read.copy().requireNumberBetween(1, 5).build();
  expect([String(copy.getCriteriaType()), copy.getCriteriaValues(), copy.getAllowInvalid(), copy.getHelpText()]).toEqual(['NUMBER_BETWEEN', [1, 5], false, '1 to 3']);
  const more = [
    SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build(),
    SpreadsheetApp.newDataValidation().requireFormulaSatisfied('=A1>0').build(),
    SpreadsheetApp.newDataValidation().requireCheckbox().build(),
  ];
  expect(more.map((r) => [String(r.getCriteriaType()), r.getCriteriaValues(), r.getAllowInvalid()])).toEqual([
    ['NUMBER_GREATER_THAN_OR_EQUAL_TO', [0], true], ['CUSTOM_FORMULA', ['=A1>0'], true], ['CHECKBOX', [], true],
  ]);
  expect(() => SpreadsheetApp.newDataValidation().build()).toThrow('You must specify criteria');
  expect(range.getDataValidations().map((r) => r[0] !== null)).toEqual([true, true, true]);
  expect(emu.spreadsheet.getSheets()[0].getRange('D1').getDataValidation()).toBeNull();
});
