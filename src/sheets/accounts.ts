// Reading the Accounts and Criteria sheets, one getValues each (SPEC §5, §9: a fixed number of reads).
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
}

/** The Accounts sheet's used block, read with one getValues (nothing is read when the sheet is missing). */
export function readAccountsBlock(spreadsheet: Spreadsheet, language: Language): AccountsBlock {
  const sheet = findSheet(spreadsheet, 'accounts');
  const sheetName = sheet?.getName() ?? t(language, 'sheet.accounts');
  const block = (sheet ? sheet.getDataRange().getValues() : []) as CellValue[][];
  return { sheetName, headers: block[0] ?? [], rows: block.slice(1), firstRow: 2 };
}

/** The Criteria sheet's used block (one getValues), or undefined when there is no Criteria sheet. */
export function readCriteriaBlock(spreadsheet: Spreadsheet): CellValue[][] | undefined {
  const sheet = findSheet(spreadsheet, 'criteria');
  return sheet ? (sheet.getDataRange().getValues() as CellValue[][]) : undefined;
}
