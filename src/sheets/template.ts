// Placeholder until the worksheet generator lands.
import type { Language } from '../core/i18n';
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export function createWorksheet(_spreadsheet: Spreadsheet, _language: Language): void {
  throw new Error('Create ICP worksheet is not available yet.');
}
export function insertSampleAccounts(_spreadsheet: Spreadsheet, _language: Language): void {
  throw new Error('Insert sample accounts is not available yet.');
}
