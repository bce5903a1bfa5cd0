// Reading cell values the way docs/rules.md (Numbers) defines them. Pure: no Apps Script globals.

/** What a cell can hold once Apps Script hands it over (`getValues()` or a custom-function argument). */
export type CellValue = string | number | boolean | Date | null | undefined;

/** An error whose message is meant for the user as it is. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

import { type Language, quote, t } from './i18n';

// Text numbers are read per locale by the vocabulary; re-exported here, where cell reading lives.
export { parseNumber, parseRange } from './vocabulary/numbers';
import { parseDateText } from './vocabulary/dates';

/** True for Date objects from any realm (tests run the bundle in a `vm` context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A date cell, or a date typed as text (ISO, or the locale's day/month order; see parseDateText) as midnight UTC. */
export function parseDate(value: unknown, locale?: string | null): Date | undefined {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? undefined : value;
  return typeof value === 'string' ? parseDateText(value, locale) : undefined;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day of a date as `YYYY-MM-DD` in a time zone. A date cell arrives as the instant of its
 * midnight in the spreadsheet's zone, so east of UTC the UTC day is the day before.
 */
export function dayText(date: Date, timeZone = 'Etc/UTC'): string {
  let format = dayFormats.get(timeZone);
  if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * A cell as text for matching: trimmed; numbers and booleans as Sheets shows them; dates as ISO days in
 * `timeZone` (the spreadsheet's; UTC when not given).
 */
export function cellText(value: unknown, timeZone?: string): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : dayText(value, timeZone);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim();
}

/** A value as an error message in `language` quotes it: text in quotes, numbers bare, dates as ISO days in `timeZone`. */
export function describeValue(value: unknown, language: Language = 'en', timeZone?: string): string {
  if (value === null || value === undefined) return t(language, 'value.blank');
  if (typeof value === 'string') return quote(value, language);
  return cellText(value, timeZone);
}

/** Sheets holds at most 50,000 characters in a cell. */
export const MAX_CELL_CHARS = 50_000;

/**
 * Text as criteria compare it: lower case, and composed (NFC), so `Cafe` + a combining accent equals a
 * typed `Café` — both come out of real exports.
 */
export const foldCase = (text: string): string => text.normalize('NFC').toLowerCase();

/** Items of a multi-valued cell (`"HubSpot, Slack; Jira"`), trimmed, blanks dropped. */
export function splitItems(text: string): string[] {
  return text.split(/[,;]/).map((item) => item.trim()).filter((item) => item !== '');
}
