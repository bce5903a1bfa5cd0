// Placeholder until criteria suggestions land.
import type { Language } from '../core/i18n';
export function showSuggestions(_spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, _language: Language): void {
  throw new Error('Suggest criteria is not available yet.');
}
