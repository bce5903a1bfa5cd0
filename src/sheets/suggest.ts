// "Suggest criteria from best customers" (docs/rules.md, Suggestions): reads Accounts and Criteria once each, computes the
// suggestions in core, and shows them in a modal dialog. Nothing is written until the user accepts; then
// the accepted rows are merged into Criteria (no duplicates, the user's rows untouched).
import { type Account, parseAccounts } from '../core/accounts';
import { type Language, t } from '../core/i18n';
import { compileCriteria } from '../core/scoring';
import { SIZE_BANDS, type SizeBand } from '../core/size';
import { FORMULA_START, sizeBandName } from '../core/vocabulary';
import { type SuggestResult, compileCurrent, criteriaCells, separation, splitByOutcome, suggestCriteria } from '../core/suggest';
import { type AcceptRow, aucText, dialogModel, pageWithModel } from '../core/suggestReport';
import { columnHeader } from '../core/template';
import { scoringHeaders } from '../core/headerFormulas';
import { type CellValue, InputError, parseNumber } from '../core/values';
import { mergeCriteria } from './criteria';
import { readAccountsBlock, readCriteriaBlock } from './accounts';
import { findSheet } from './roles';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;


interface SheetData {
  sheetName: string;
  headers: CellValue[];
  accounts: Account[];
  skipped: number;
  criteria?: CellValue[][];
  /** The spreadsheet locale: how text numbers and dates are written. */
  locale: string;
}

/** One read of Accounts and one of Criteria. */
function readSheets(spreadsheet: Spreadsheet, language: Language, now: Date): SheetData {
  const { sheetName, headers, rows, firstRow } = readAccountsBlock(spreadsheet, language);
  const locale = spreadsheet.getSpreadsheetLocale();
  const parsed = parseAccounts(headers, rows, { asOf: now.getTime(), timeZone: spreadsheet.getSpreadsheetTimeZone(), firstRow, locale });
  // What the score formula reads: not the formula columns (their names are blanked; positions stay).
  return { sheetName, headers: scoringHeaders(headers), accounts: parsed.accounts, skipped: parsed.skipped.length, criteria: readCriteriaBlock(spreadsheet), locale };
}

/** The suggestions for the spreadsheet as it is now (the dialog's content), computed without writing anything. */
export function computeSuggestions(spreadsheet: Spreadsheet, language: Language, now: Date = new Date()): { data: SheetData; result: SuggestResult } {
  const data = readSheets(spreadsheet, language, now);
  const sizeNames = Object.fromEntries(SIZE_BANDS.map((band) => [band, sizeBandName(band, language)])) as Record<SizeBand, string>;
  const result = suggestCriteria(
    { headers: data.headers, accounts: data.accounts, criteria: data.criteria, locale: data.locale, language },
    { companySizeName: columnHeader(language, 'companySize'), sizeNames, timeZone: spreadsheet.getSpreadsheetTimeZone() },
  );
  return { data, result };
}

export function showSuggestions(spreadsheet: Spreadsheet, language: Language, now: Date = new Date()): void {
  const ui = SpreadsheetApp.getUi();
  const { data, result } = computeSuggestions(spreadsheet, language, now);
  if (result.groups.customers === 0) {
    ui.alert(t(language, 'suggest.noCustomers', { sheet: data.sheetName }));
    return;
  }
  const model = dialogModel(result, language, { skipped: data.skipped });
  const file = HtmlService.createHtmlOutputFromFile('Suggest').getContent();
  const page = HtmlService.createHtmlOutput(pageWithModel(file, model)).setWidth(640).setHeight(600);
  ui.showModalDialog(page, model.title);
}

/**
 * Merges the accepted rows into Criteria. Each row must still make a valid criterion against the Accounts
 * headers (the sheets may have changed since the dialog opened) and no value may start like a formula.
 * Returns the message the dialog shows, with the separation before and after.
 */
export function acceptSuggestions(spreadsheet: Spreadsheet, language: Language, rows: readonly AcceptRow[], now: Date = new Date()): { ok: boolean; message: string } {
  const data = readSheets(spreadsheet, language, now);
  const cells = rows.map((row) => criteriaCells({ ...row, weight: row.weight === 'exclude' ? 'exclude' : parseNumber(row.weight) ?? NaN }));
  const options = { locale: data.locale, language };
  const fail = () => ({ ok: false, message: t(language, 'suggest.failed', { message: t(language, 'suggest.invalid') }) });
  if (rows.length === 0 || rows.some((row) => FORMULA_START.test(row.value) || FORMULA_START.test(row.attribute))) return fail();
  try {
    compileCriteria(cells, data.headers, options);
  } catch (error) {
    if (error instanceof InputError) return fail();
    throw error;
  }
  const { best, worst } = splitByOutcome(data.accounts);
  const current = compileCurrent({ headers: data.headers, accounts: data.accounts, criteria: data.criteria, ...options });
  const { added, duplicates } = mergeCriteria(spreadsheet, rows, language);
  const sheet = findSheet(spreadsheet, 'criteria');
  let message = t(language, 'suggest.added', { added, duplicates, sheet: sheet?.getName() ?? t(language, 'sheet.criteria') });
  if (!current.error && best.length > 0 && worst.length > 0) {
    // Duplicates change no score (an attribute counts its highest weight once), so current + accepted is what the sheet now holds.
    const after = separation(compileCriteria([...(current.scorer ? data.criteria ?? [] : []), ...cells], data.headers, options), best, worst);
    const before = current.scorer ? aucText(language, separation(current.scorer, best, worst).auc) : aucText(language, 0.5);
    message += ` ${t(language, 'suggest.addedSeparation', { auc: aucText(language, after.auc), before })}`;
  }
  return { ok: true, message };
}
