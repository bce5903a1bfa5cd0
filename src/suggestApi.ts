// The function the "Suggest criteria" dialog calls through google.script.run. Every export here is a
// top-level Apps Script function (src/main.ts re-exports this module), so it exports entry points only.
import { t } from './core/i18n';
import { AcceptInput } from './core/schemas';
import { withDocumentLock } from './sheets/lock';
import { documentLanguage } from './sheets/settings';
import { acceptSuggestions } from './sheets/suggest';

/** Adds the rows the user checked to Criteria, under the document lock; returns the message to show. */
export function suggestAcceptCriteria(input: unknown): { ok: boolean; message: string } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const language = documentLanguage(spreadsheet);
  const parsed = AcceptInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: t(language, 'suggest.failed', { message: t(language, 'suggest.invalid') }) };
  return withDocumentLock(() => acceptSuggestions(spreadsheet, language, parsed.data.rows), t(language, 'message.lockBusy'));
}
