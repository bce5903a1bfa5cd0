// "Export ICP as SQL": reads the Accounts header row and the Criteria sheet (one read each, plus the
// header formulas for the tier thresholds and row 2's formats for the currency) and opens a dialog that
// compiles them to SQL in the page itself, so the compiler never weighs on the custom functions' bundle.
// Nothing is written.
import { parseFormula } from '../core/headerFormulas';
import { type Language, t } from '../core/i18n';
import { pageWithModel } from '../core/suggestReport';
import { cellText, type CellValue } from '../core/values';
import { A_TIER_MIN, B_TIER_MIN, DEFAULT_DIMENSIONS, FORMULA_COLUMNS, columnHeader, columnKeyOf, currencyCode } from '../core/vocabulary';
import { accountsMoney, headerNames, readCriteriaBlock } from './accounts';
import { findSheet } from './roles';
import { segmentDimensions } from './settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the dialog needs; only strings and numbers, so it crosses into the page as JSON. */
export interface SqlExportModel {
  language: Language;
  /** The columns the SQL reads: the Accounts headers but the formula columns, as ICP_SCORE reads them. */
  headers: string[];
  /** The Criteria sheet's cells, dates as ISO text; empty when there is no Criteria sheet. */
  criteria: (string | number | boolean)[][];
  /** ICP_TIER's thresholds as the Accounts tier formula sets them. */
  tiers: { a: number; b: number };
  /** ICP_SCORE's locale argument in the Accounts score formula (how numbers typed as text are written). */
  locale?: string;
  /** ICP_SCORE's currency argument there (the revenue bands of the derived Company size); US dollars when absent. */
  currency?: string;
  /** The sheet's currency as Refresh segment summary takes it (accountsMoney), for the summary query's size bands. */
  summaryCurrency?: string;
  /** The spreadsheet's locale, as Refresh reads dates and numbers typed as text (when ICP_SCORE names none). */
  sheetLocale: string;
  dimensions: { available: string[]; chosen: string[] };
  accountsSheet: string;
}

export function sqlExportModel(spreadsheet: Spreadsheet, language: Language): SqlExportModel {
  const sheet = findSheet(spreadsheet, 'accounts');
  const width = sheet ? sheet.getLastColumn() : 0;
  const values = sheet && width ? (sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[]) : [];
  const names = sheet && width ? headerNames(sheet, values).map((h) => cellText(h)) : [];
  const formulas = sheet && width ? sheet.getRange(1, 1, 1, width).getFormulas()[0] : [];
  const headers = names.filter((name) => name !== '' && !FORMULA_COLUMNS.includes(columnKeyOf(name)!));
  const available = [...headers.filter((h) => columnKeyOf(h) !== 'account'), columnHeader(language, 'companySize')]
    .filter((h, i, all) => all.indexOf(h) === i);
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const criteria = (readCriteriaBlock(spreadsheet) ?? []).map((row) => row.map((cell) => (typeof cell === 'number' || typeof cell === 'boolean' ? cell : cellText(cell, zone))));
  return {
    language,
    headers,
    criteria,
    tiers: tierThresholds(formulas),
    ...scoreSettings(formulas),
    summaryCurrency: sheet ? accountsMoney(spreadsheet, sheet, names).currency : undefined,
    sheetLocale: spreadsheet.getSpreadsheetLocale(),
    dimensions: { available, chosen: segmentDimensions() ?? DEFAULT_DIMENSIONS.map((key) => columnHeader(language, key)) },
    accountsSheet: sheet?.getName() ?? t(language, 'sheet.accounts'),
  };
}

/** The a_min / b_min of the Accounts ICP_TIER formula when it sets them, else ICP_TIER's defaults. */
export function tierThresholds(headerFormulas: readonly string[]): { a: number; b: number } {
  for (const formula of headerFormulas) {
    const parsed = formula ? parseFormula(formula) : undefined;
    if (parsed?.key !== 'icpTier') continue;
    const number = (arg: string | undefined, fallback: number) => (arg !== undefined && arg.trim() !== '' && Number.isFinite(Number(arg)) ? Number(arg) : fallback);
    return { a: number(parsed.args[1], A_TIER_MIN), b: number(parsed.args[2], B_TIER_MIN) };
  }
  return { a: A_TIER_MIN, b: B_TIER_MIN };
}

/**
 * The locale (`"ro_RO"`) and currency (`"RON"`) arguments of the Accounts ICP_SCORE formula, when it has
 * them: how it reads numbers typed as text and the currency of the revenue bands it derives.
 */
export function scoreSettings(headerFormulas: readonly string[]): { locale?: string; currency?: string } {
  for (const formula of headerFormulas) {
    const parsed = formula ? parseFormula(formula) : undefined;
    if (parsed?.key !== 'icpScore') continue;
    const literal = (arg: string | undefined) => {
      const match = /^"((?:[^"]|"")*)"$/.exec(arg ?? '');
      return match && match[1].trim() ? match[1].replace(/""/g, '"') : undefined;
    };
    return { locale: literal(parsed.args[3]), currency: currencyCode(literal(parsed.args[4])) };
  }
  return {};
}

export function showSqlExport(spreadsheet: Spreadsheet, language: Language): void {
  const model = sqlExportModel(spreadsheet, language);
  const file = HtmlService.createHtmlOutputFromFile('SqlExport').getContent();
  const page = HtmlService.createHtmlOutput(pageWithModel(file, model)).setWidth(720).setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(page, t(language, 'sql.title'));
}
