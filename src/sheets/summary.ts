// Placeholder until the segment summary lands.
import type { Language } from '../core/i18n';
export function refreshSummary(_spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, _language: Language): void {
  throw new Error('Refresh segment summary is not available yet.');
}
