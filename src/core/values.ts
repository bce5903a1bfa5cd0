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

// Optional sign, digits with optional `,` thousands separators, optional decimal part, optional `%`.
const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?%?$/;

/**
 * A number cell, or text written as a number (`"1,200"` → 1200, `"80%"` → 0.8).
 * Booleans, dates, blanks and any other text give `undefined`.
 */
export function parseNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!NUMBER_TEXT.test(text) || !/\d/.test(text)) return undefined;
  const percent = text.endsWith('%');
  const parsed = Number(text.replace(/[,%]/g, ''));
  if (!Number.isFinite(parsed)) return undefined;
  return percent ? parsed / 100 : parsed;
}

/** True for Date objects from any realm (tests run the bundle in a `vm` context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date cell, or ISO `YYYY-MM-DD` text (read as midnight UTC; callers shift it into the sheet's zone). */
export function parseDate(value: unknown): Date | undefined {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date;
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

/** A value as an error message quotes it: text in quotes, numbers bare, dates as ISO days in `timeZone`. */
export function describeValue(value: unknown, timeZone?: string): string {
  if (value === null || value === undefined) return 'blank';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return cellText(value, timeZone);
}

/** Items of a multi-valued cell (`"HubSpot, Slack; Jira"`), trimmed, blanks dropped. */
export function splitItems(text: string): string[] {
  return text.split(/[,;]/).map((item) => item.trim()).filter((item) => item !== '');
}

/** `min..max` (any numbers), or `min-max` / `min–max` for non-negative numbers; inclusive. */
export function parseRange(text: string): [number, number] | undefined {
  const parts = text.includes('..') ? text.split('..') : /^([^–-]+)[–-]([^–-]+)$/.exec(text)?.slice(1);
  if (!parts || parts.length !== 2) return undefined;
  const [min, max] = parts.map((part) => parseNumber(part.trim()));
  if (min === undefined || max === undefined || min > max) return undefined;
  return [min, max];
}
