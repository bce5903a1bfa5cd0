// Reading the Accounts and Criteria sheets, one getValues each (docs/rules.md, Performance: a fixed number of reads).
import { columnKeyOf } from '../core/columns';
import { headerText } from '../core/headerFormulas';
import { type Language, t } from '../core/i18n';
import { type CellValue } from '../core/values';
import { type SheetMoney, sheetMoney } from '../core/vocabulary/money';
import { MONEY_COLUMNS } from '../core/template';
import { findSheet } from './roles';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface AccountsBlock {
  /** The sheet's name as the user sees it (or the localized default when the sheet is missing). */
  sheetName: string;
  /** Row 1; empty when the sheet is missing or empty. */
  headers: CellValue[];
  /** Rows 2…last row with data. */
  rows: CellValue[][];
  /** The sheet row of rows[0]. */
  firstRow: number;
  /** Row 1's formulas ('' where none): a header-row formula column's formula. */
  headerFormulas: string[];
  /** The sheet's currency and money format (with the `money` option; see accountsMoney). */
  money?: SheetMoney;
}

/**
 * The Accounts sheet's used block, read with one getValues, plus (with `money`) one more read: row 2's
 * number formats, for accountsMoney. Nothing is read when the sheet is missing.
 */
export function readAccountsBlock(spreadsheet: Spreadsheet, language: Language, options: { money?: boolean } = {}): AccountsBlock {
  const sheet = findSheet(spreadsheet, 'accounts');
  const sheetName = sheet?.getName() ?? t(language, 'sheet.accounts');
  const block = (sheet ? sheet.getDataRange().getValues() : []) as CellValue[][];
  const headerFormulas = sheet && block.length ? sheet.getRange(1, 1, 1, block[0].length).getFormulas()[0] : [];
  const headers = block.length ? headerNamesFrom(block[0], headerFormulas) : [];
  const result: AccountsBlock = { sheetName, headers, headerFormulas, rows: block.slice(1), firstRow: 2 };
  if (options.money) result.money = accountsMoney(spreadsheet, sheet ?? undefined, headers);
  return result;
}

/**
 * The sheet's money as sheetMoney rules it, from the row-2 formats of the Accounts money columns (one
 * read; none without a data row), so the summary, the suggestions and the SQL export agree.
 */
export function accountsMoney(spreadsheet: Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet | undefined, headers: readonly CellValue[]): SheetMoney {
  const columns = MONEY_COLUMNS.map((key) => headers.findIndex((header) => columnKeyOf(header) === key)).filter((i) => i >= 0);
  const formats = sheet && columns.length && sheet.getLastRow() > 1 ? sheet.getRange(2, 1, 1, Math.max(...columns) + 1).getNumberFormats()[0] : [];
  return sheetMoney(columns.map((i) => formats[i]), spreadsheet.getSpreadsheetLocale());
}

/**
 * Row 1 of Accounts by name (one read of its formulas): a formula column's header is a formula whose
 * label names it, even while the cell shows an error.
 */
export function headerNames(sheet: GoogleAppsScript.Spreadsheet.Sheet, values: readonly CellValue[]): CellValue[] {
  return headerNamesFrom(values, sheet.getRange(1, 1, 1, values.length).getFormulas()[0]);
}

function headerNamesFrom(values: readonly CellValue[], formulas: readonly string[]): CellValue[] {
  return values.map((value, i) => (formulas[i] ? headerText(value, formulas[i]) : value));
}

/** The Criteria sheet's used block (one getValues), or undefined when there is no Criteria sheet. */
export function readCriteriaBlock(spreadsheet: Spreadsheet): CellValue[][] | undefined {
  const sheet = findSheet(spreadsheet, 'criteria');
  return sheet ? (sheet.getDataRange().getValues() as CellValue[][]) : undefined;
}
