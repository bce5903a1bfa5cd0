// The ICP review: Last reviewed, Review every and Owner live on the ICP Worksheet as rows found by ID,
// like the questions; the due date is worked out in the spreadsheet's time zone.
import { zoneOffset } from './accounts';
import { normalizeName } from './vocabulary';
import { type Language, type MessageKey, allTranslations, t } from './i18n';
import { cellText, isDate, parseDate, parseNumber } from './values';

export const REVIEW_FIELDS = [
  { id: 'reviewLast', key: 'review.last' },
  { id: 'reviewEvery', key: 'review.every' },
  { id: 'reviewOwner', key: 'review.owner' },
  { id: 'reviewVersion', key: 'review.version' },
] as const satisfies readonly { id: string; key: MessageKey }[];
export type ReviewFieldId = (typeof REVIEW_FIELDS)[number]['id'];

export const PERIODS = [
  { months: 1, key: 'review.month' }, { months: 3, key: 'review.quarter' }, { months: 6, key: 'review.half' }, { months: 12, key: 'review.year' },
] as const satisfies readonly { months: number; key: MessageKey }[];
export const DEFAULT_PERIOD = 3;

/** Months between reviews from a Review every cell: a period word in any language or a number of months; a quarter otherwise. */
export function periodMonths(value: unknown): number {
  const n = parseNumber(value);
  if (n !== undefined && Number.isInteger(n) && n >= 1 && n <= 24) return n;
  const name = normalizeName(value);
  for (const period of PERIODS) if (allTranslations(period.key).some((word) => normalizeName(word) === name)) return period.months;
  return DEFAULT_PERIOD;
}

export function periodText(months: number, language: Language): string {
  const known = PERIODS.find((p) => p.months === months);
  return known ? t(language, known.key) : `${months} ${t(language, 'review.month')}`;
}

/** `YYYY-MM-DD` of an instant in a time zone. */
export function localDay(instant: number, timeZone: string): string {
  return new Date(instant + zoneOffset(instant, timeZone)).toISOString().slice(0, 10);
}

/** A Last reviewed cell as a day: ISO text, or a date cell read in the spreadsheet's time zone. */
export function readDay(value: unknown, timeZone: string): string | undefined {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? undefined : localDay(value.getTime(), timeZone);
  return parseDate(cellText(value)) ? cellText(value) : undefined;
}

/** A day plus whole months; the 31st of a shorter month is its last day. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

/** A day as each language writes it: 2025-04-05, 05/04/2025, 05.04.2025. */
export function formatDay(day: string, language: Language): string {
  const [y, m, d] = day.split('-');
  return language === 'vi' ? `${d}/${m}/${y}` : language === 'ro' ? `${d}.${m}.${y}` : day;
}

export interface ReviewSettings {
  lastReviewed?: string;
  months: number;
  owner: string;
  version: string;
}

export interface ReviewStatus {
  due: boolean;
  /** The day the next review is due; undefined when there is nothing to review from yet. */
  dueDay?: string;
  /** The sentence the guide and the summary show; '' when there is no due day. */
  text: string;
}

/**
 * Due `months` after the last review; never reviewed, `months` after the first snapshot (before any, not
 * due). Due on the due day itself, in the spreadsheet's time zone.
 */
export function reviewStatus(settings: ReviewSettings, firstSnapshot: number | undefined, now: number, timeZone: string, language: Language): ReviewStatus {
  const from = settings.lastReviewed ?? (firstSnapshot === undefined ? undefined : localDay(firstSnapshot, timeZone));
  if (!from) return { due: false, text: '' };
  const dueDay = addMonths(from, settings.months);
  const due = localDay(now, timeZone) >= dueDay;
  const params = { date: formatDay(dueDay, language), period: periodText(settings.months, language), owner: settings.owner || t(language, 'review.noOwner') };
  return { due, dueDay, text: t(language, due ? 'review.due' : 'review.next', params) };
}
