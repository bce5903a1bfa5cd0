// The add-on menu and its actions: thin wrappers that take the lock, pick the language and report errors.
import { t, languageFromLocale, type Language, type MessageKey } from './core/i18n';
import { requireAuthorization } from './sheets/authorization';
import { withDocumentLock, LockBusyError } from './sheets/lock';
import { documentLanguage } from './sheets/settings';
import { confirmSampleAccounts, createWorksheet, insertSampleAccounts } from './sheets/template';
import { refreshSummary } from './sheets/summary';
import { showIcpCheck, showSuggestions } from './sheets/suggest';
import { showSqlExport } from './sheets/sqlExport';
import { VERSION } from './core/version';

type AuthEvent = { authMode?: GoogleAppsScript.Script.AuthMode } | undefined;

const MENU: ReadonlyArray<[MessageKey, string] | null> = [
  ['menu.openGuide', 'openGuide'],
  null,
  ['menu.createWorksheet', 'createIcpWorksheet'],
  ['menu.insertSample', 'insertSampleAccountsFromMenu'],
  null,
  ['menu.refreshSummary', 'refreshSegmentSummary'],
  ['menu.suggestCriteria', 'suggestCriteriaFromBestCustomers'],
  ['menu.checkIcp', 'checkIcpFromMenu'],
  ['menu.exportSql', 'exportIcpAsSql'],
  null,
  ['menu.about', 'showAbout'],
];

/** Adds the add-on menu. In AuthMode.NONE it may not read properties or the sheet: use the user's locale. */
export function onOpen(event?: AuthEvent): void {
  const language = menuLanguage(event?.authMode === ScriptApp.AuthMode.NONE);
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU) {
    if (item) menu.addItem(t(language, item[0]), item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}

/** The menu's language; a menu in English beats no menu when a service is not allowed in this mode. */
function menuLanguage(limited: boolean): Language {
  try {
    return limited ? languageFromLocale(Session.getActiveUserLocale()) : documentLanguage(SpreadsheetApp.getActiveSpreadsheet());
  } catch {
    return 'en';
  }
}

export function onInstall(event?: AuthEvent): void {
  onOpen(event);
}

export function openGuide(): void {
  requireAuthorization();
  const language = documentLanguage(SpreadsheetApp.getActiveSpreadsheet());
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t(language, 'guide.title'));
  SpreadsheetApp.getUi().showSidebar(page);
}

/** Help / About: the version, what the add-on reads and writes, and that nothing leaves the spreadsheet. */
export function showAbout(): void {
  requireAuthorization();
  const language = documentLanguage(SpreadsheetApp.getActiveSpreadsheet());
  const ui = SpreadsheetApp.getUi();
  ui.alert(t(language, 'about.title', { version: VERSION }), t(language, 'about.body'), ui.ButtonSet.OK);
}

export function createIcpWorksheet(): void {
  requireAuthorization();
  runMenuAction((spreadsheet, language) => createWorksheet(spreadsheet, language));
}

export function insertSampleAccountsFromMenu(): void {
  requireAuthorization();
  runMenuAction((spreadsheet, language) => insertSampleAccounts(spreadsheet, language), confirmSampleAccounts);
}

export function refreshSegmentSummary(): void {
  requireAuthorization();
  runMenuAction((spreadsheet, language) => refreshSummary(spreadsheet, language));
}

export function suggestCriteriaFromBestCustomers(): void {
  requireAuthorization();
  runMenuAction((spreadsheet, language) => showSuggestions(spreadsheet, language));
}

export function checkIcpFromMenu(): void {
  requireAuthorization();
  runMenuAction((spreadsheet, language) => showIcpCheck(spreadsheet, language));
}

/** Reads only (the SQL is compiled in the dialog), so no lock: it opens even while another action runs. */
export function exportIcpAsSql(): void {
  requireAuthorization();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const language = documentLanguage(spreadsheet);
  try {
    showSqlExport(spreadsheet, language);
  } catch (error) {
    SpreadsheetApp.getUi().alert(t(language, 'message.failed', { message: errorText(error) }));
  }
}

type Action<T> = (spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, language: Language) => T;

/**
 * Runs a menu action under the document lock; any failure becomes an alert the user can read. A question
 * (`ask`) comes first, without the lock: a dialog waits for the user, and nobody else could act meanwhile.
 */
function runMenuAction(action: Action<void>, ask?: Action<boolean>): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const language = documentLanguage(spreadsheet);
  try {
    if (ask && !ask(spreadsheet, language)) return;
    withDocumentLock(() => action(spreadsheet, language), t(language, 'message.lockBusy'));
  } catch (error) {
    const message = error instanceof LockBusyError ? error.message : t(language, 'message.failed', { message: errorText(error) });
    SpreadsheetApp.getUi().alert(message);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
