// Document settings: the add-on's language and the summary's segment dimensions (document properties).
import { isLanguage, languageFromLocale, type Language } from '../core/i18n';
import { fail, quoted } from '../core/args';
import { OUTCOMES, type Outcome } from '../core/outcome';

const LANGUAGE_KEY = 'icp-toolkit.language';
const DIMENSIONS_KEY = 'icp-toolkit.segmentDimensions';
const OUTCOME_KEY = 'icp-toolkit.suggestOutcome';

/** The chosen language, else the spreadsheet's locale. */
export function documentLanguage(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Language {
  const chosen = PropertiesService.getDocumentProperties().getProperty(LANGUAGE_KEY);
  return isLanguage(chosen) ? chosen : languageFromLocale(spreadsheet.getSpreadsheetLocale());
}

export function setDocumentLanguage(language: Language): void {
  PropertiesService.getDocumentProperties().setProperty(LANGUAGE_KEY, language);
}

/** The segment dimensions chosen in the sidebar (header names), or undefined for the default. */
export function segmentDimensions(): string[] | undefined {
  const stored = PropertiesService.getDocumentProperties().getProperty(DIMENSIONS_KEY);
  if (!stored) return undefined;
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) && parsed.every((d) => typeof d === 'string') && parsed.length > 0 ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function setSegmentDimensions(dimensions: readonly string[] | null): void {
  const properties = PropertiesService.getDocumentProperties();
  if (!dimensions || dimensions.length === 0) properties.deleteProperty(DIMENSIONS_KEY);
  else properties.setProperty(DIMENSIONS_KEY, JSON.stringify(dimensions));
}

/**
 * ICP_EXPLAIN's language argument: `en`, `vi`, `ro` (or a locale such as `vi_VN`); blank is English.
 * An argument rather than the document setting, because Sheets recomputes a custom function only when
 * its arguments change: a setting read inside would leave old cells in the old language.
 */
export function explainLanguage(value: unknown): Language {
  const text = String(value ?? '').trim();
  if (text === '') return 'en';
  const language = text.toLowerCase().split(/[_-]/)[0];
  if (isLanguage(language)) return language;
  return fail('fn.language', { value: quoted(value) });
}

/** The language of the spreadsheet's locale (for a custom function's error message); English when it cannot be read. */
export function spreadsheetLanguage(): Language {
  try {
    return languageFromLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}

/** The spreadsheet's time zone (date cells are calendar days there); UTC when it cannot be read. */
export function spreadsheetTimeZone(): string {
  try {
    return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() || 'Etc/UTC';
  } catch {
    return 'Etc/UTC';
  }
}

/** The outcome last chosen in the Suggest dialog, remembered per document. */
export function suggestOutcome(): Outcome | undefined {
  const stored = PropertiesService.getDocumentProperties().getProperty(OUTCOME_KEY);
  return OUTCOMES.find((o) => o === stored);
}

export function setSuggestOutcome(outcome: Outcome): void {
  PropertiesService.getDocumentProperties().setProperty(OUTCOME_KEY, outcome);
}
