// Dates typed as text: ISO `2024-01-15` everywhere, and the locale's own order where it is unambiguous
// (`15/01/2024` in vi_VN, `15.01.2024` in ro_RO, `01/15/2024` in en_US).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;

const dayFirstCache = new Map<string, boolean>();

/** True when a locale writes the day before the month (vi_VN, ro_RO, en_GB); en_US and no locale: false. */
export function dayFirst(locale?: string | null): boolean {
  const tag = String(locale ?? '').trim().replace('_', '-');
  if (!tag || /^en(-US)?$/i.test(tag)) return false;
  if (/^(vi|ro)\b/i.test(tag)) return true;
  let known = dayFirstCache.get(tag);
  if (known === undefined) {
    try {
      const parts = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(new Date(Date.UTC(2024, 0, 15)));
      known = parts.findIndex((p) => p.type === 'day') < parts.findIndex((p) => p.type === 'month');
    } catch {
      known = false;
    }
    dayFirstCache.set(tag, known);
  }
  return known;
}

function utcDate(year: number, month: number, day: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/**
 * A date written as text, as midnight UTC (callers shift it into the sheet's time zone): ISO, or
 * day/month/year with `/`, `.` or `-`. When both orders make a date, the locale's order decides
 * (`05/01/2024` is 5 January in vi_VN, 1 May in en_US); when only one does (`15/01/2024`), that one.
 */
export function parseDateText(text: string, locale?: string | null): Date | undefined {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return utcDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const local = LOCAL_DATE.exec(trimmed);
  if (!local) return undefined;
  const [a, b, year] = [Number(local[1]), Number(local[3]), Number(local[4])];
  const dayMonth = utcDate(year, b, a);
  const monthDay = utcDate(year, a, b);
  return dayFirst(locale) ? dayMonth ?? monthDay : monthDay ?? dayMonth;
}
