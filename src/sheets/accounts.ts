// Reading the Accounts and Criteria sheets, one getValues each (docs/rules.md, Performance: a fixed number of reads).
import { columnKeyOf } from '../core/columns';
import { headerText } from '../core/headerFormulas';
import { type Language, t } from '../core/i18n';
import { type CellValue } from '../core/values';
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
  /** The number format of the first MRR cell (the sheet's money format), when there is one. */
  moneyFormat?: string;
}

/**
 * The Accounts sheet's used block, read with one getValues, plus (with `moneyFormat`) one more read: the
 * number format of the first MRR cell. Nothing is read when the sheet is missing.
 */
export function readAccountsBlock(spreadsheet: Spreadsheet, language: Language, options: { moneyFormat?: boolean } = {}): AccountsBlock {
  const sheet = findSheet(spreadsheet, 'accounts');
  const sheetName = sheet?.getName() ?? t(language, 'sheet.accounts');
  const block = (sheet ? sheet.getDataRange().getValues() : []) as CellValue[][];
  const headerFormulas = sheet && block.length ? sheet.getRange(1, 1, 1, block[0].length).getFormulas()[0] : [];
  const headers = block.length ? headerNamesFrom(block[0], headerFormulas) : [];
  const result: AccountsBlock = { sheetName, headers, headerFormulas, rows: block.slice(1), firstRow: 2 };
  const mrr = headers.findIndex((header) => columnKeyOf(header) === 'mrr');
  if (sheet && options.moneyFormat && mrr >= 0 && block.length > 1) result.moneyFormat = sheet.getRange(2, mrr + 1).getNumberFormat();
  return result;
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
