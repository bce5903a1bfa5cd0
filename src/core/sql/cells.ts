// Reading a cell in SQL as ICP_SCORE reads it (values.ts): trimmed text, the number in `1,200` or `80%`,
// ISO dates, and the Company size band derived from Employees and Annual revenue (size.ts).
import { EMPLOYEE_BOUNDS } from '../size';
import type { SizeBounds } from '../vocabulary/money';
import { type Dialect, WHITESPACE_CLASS } from './dialect';

/** The column as text, trimmed as JavaScript trims; '' for NULL. */
export function trimmedText(d: Dialect, column: string): string {
  return `COALESCE(${trimSql(d, d.text(column))}, '')`;
}

/**
 * A name reduced for matching as the vocabulary's normalizeName does: accents off, đ as d, lower case,
 * only letters, digits, symbols and # % & @ * kept (`Doanh nghiệp lớn (Enterprise)` → `doanhnghieplonenterprise`).
 */
export function normalizedName(d: Dialect, expr: string): string {
  return d.replaceAll(`LOWER(REPLACE(REPLACE(${d.stripAccents(expr)}, 'đ', 'd'), 'Đ', 'd'))`, '[^\\p{L}\\p{N}\\p{S}#%&@*]', '');
}

/**
 * The text of a number without its sign and `%` (`-1,200%` → `1,200`); numberOf reads it. A column of its
 * own, so the number's many patterns test it without recomputing it.
 */
export function numberBody(d: Dialect, trimmed: string): string {
  return `REGEXP_REPLACE(${trimmed}, ${d.regex('^[-+]?(.*?)%?$')}, ${d.string('\\1')})`;
}

/**
 * The number in trimmed text as the vocabulary reads it under a locale whose thousands separator is
 * `group` (vocabulary/numbers.ts), from the text and its numberBody: a `%` suffix, a sign (`-`, `+`), then
 * plain digits, digits grouped by spaces, by the same mark repeated, or by one mark with the other as the
 * decimal mark; a lone mark is decimal unless exactly three digits follow it and it is the locale's group
 * (`1,000` in en), and such a text is ambiguous (no number) where the mark is the decimal one. NULL when
 * it is no number. Plain digits, the common case, are read first.
 */
export function numberOf(d: Dialect, trimmed: string, body: string, group = ','): string {
  const ws = WHITESPACE_CLASS;
  const cast = (text: string) => d.tryNumber(text);
  const strip = (mark: string) => `REPLACE(${body}, '${mark}', '')`;
  const lone = (mark: string) => `^[0-9]*[${mark === '.' ? '.' : ','}][0-9]*$`;
  const value = [
    `WHEN ${d.matches(body, '^[0-9]+$')} THEN ${cast(body)}`,
    `WHEN ${d.matches(body, `^[0-9]{1,3}(${ws}[0-9]{3})+([.,][0-9]+)?$`)} THEN ${cast(`REPLACE(${d.replaceAll(body, ws, '')}, ',', '.')`)}`,
    `WHEN ${d.matches(body, '^[0-9]{1,3}(,[0-9]{3})+[.][0-9]+$')} THEN ${cast(strip(','))}`,
    `WHEN ${d.matches(body, '^[0-9]{1,3}([.][0-9]{3})+,[0-9]+$')} THEN ${cast(`REPLACE(${strip('.')}, ',', '.')`)}`,
    `WHEN ${d.matches(body, '^[0-9]{1,3}(,[0-9]{3}){2,}$')} THEN ${cast(strip(','))}`,
    `WHEN ${d.matches(body, '^[0-9]{1,3}([.][0-9]{3}){2,}$')} THEN ${cast(strip('.'))}`,
    // `1,000`: a thousand where `,` groups (en); no number where it is the decimal mark.
    ...[',', '.'].map((mark) => `WHEN ${d.matches(body, `^[1-9][0-9]{0,2}[${mark === '.' ? '.' : ','}][0-9]{3}$`)} THEN ${mark === group ? cast(strip(mark)) : 'NULL'}`),
    ...[',', '.'].map((mark) => `WHEN ${d.matches(body, lone(mark))} AND ${d.matches(body, '[0-9]')} THEN ${cast(`'0' || REPLACE(${body}, '${mark}', '.')`)}`),
  ];
  const plain = `CASE ${value.join('\n      ')} END`;
  // A sign or a `%` is rare: most cells need neither multiplication.
  return `CASE WHEN ${body} = ${trimmed} THEN ${plain}\n      ELSE CASE WHEN STARTS_WITH(${trimmed}, '-') THEN -1 ELSE 1 END * ${plain} * CASE WHEN ENDS_WITH(${trimmed}, '%') THEN ${d.float(0.01)} ELSE 1 END END`;
}

function trimSql(d: Dialect, expr: string): string {
  return d.replaceAll(expr, `^${WHITESPACE_CLASS}+|${WHITESPACE_CLASS}+$`, '');
}

const LOCAL_DATE = '^([0-9]{1,2})[./-]([0-9]{1,2})[./-]([0-9]{4})$';

/**
 * The date in trimmed text as the sheet reads a date typed as text (vocabulary/dates.ts), else NULL:
 * `YYYY-MM-DD` (a DATE or TIMESTAMP column prints so too), or day, month and year joined by one of `/`,
 * `.`, `-` used twice; when both orders make a date the locale's decides (`dayFirst`), else the one that
 * does (`15/01/2024`). RE2 has no back-references, so each separator is its own pattern; the parts are
 * reordered into `YYYY-M-D`, which both dialects cast to a date (an impossible day gives NULL).
 */
export function dateOf(d: Dialect, trimmed: string, dayFirst = false): string {
  const local = ['/', '[.]', '-'].map((mark) => d.matches(trimmed, `^[0-9]{1,2}${mark}[0-9]{1,2}${mark}[0-9]{4}$`)).join(' OR ');
  const reordered = (parts: string) => d.tryDate(`REGEXP_REPLACE(${trimmed}, ${d.regex(LOCAL_DATE)}, ${d.string(parts)})`);
  const [dayMonth, monthDay] = [reordered('\\3-\\2-\\1'), reordered('\\3-\\1-\\2')];
  return `CASE WHEN ${d.matches(trimmed, '^[0-9]{4}-[0-9]{2}-[0-9]{2}([ T].*)?$')} THEN ${d.tryDate(`SUBSTR(${trimmed}, 1, 10)`)}
      WHEN ${local} THEN COALESCE(${dayFirst ? `${dayMonth}, ${monthDay}` : `${monthDay}, ${dayMonth}`}) END`;
}

/**
 * The size band (lower case) from the Employees and Annual revenue numbers, as COMPANY_SIZE (size.ts): the
 * larger band of the two, a negative or missing number counting as neither; NULL when neither is known.
 * `revenue` bounds are in the revenue's currency (vocabulary/money.ts).
 */
export function sizeBand(d: Dialect, employees: string | undefined, revenue: string | undefined, revenueBounds: SizeBounds): string {
  const band = (n: string, { midMarket, enterprise }: SizeBounds) => `CASE WHEN ${n} > ${enterprise} THEN 2 WHEN ${n} >= ${midMarket} THEN 1 ELSE 0 END`;
  const parts = [employees && band(employees, EMPLOYEE_BOUNDS), revenue && band(revenue, revenueBounds)].filter((p): p is string => !!p);
  const known = [employees, revenue].filter((n): n is string => !!n).map((n) => `${n} >= 0`);
  if (parts.length === 0) return 'NULL';
  const larger = parts.length === 2 ? d.greatest(...parts) : parts[0];
  return `CASE WHEN ${known.join(' OR ')} THEN CASE ${larger} WHEN 2 THEN 'enterprise' WHEN 1 THEN 'mid-market' ELSE 'smb' END END`;
}

/** The bounds as a comment says them: `Mid-market from 500, Enterprise above 2,000`. */
export function describeBounds({ midMarket, enterprise }: SizeBounds, currency?: string): string {
  const unit = currency ? ` ${currency}` : '';
  return `Mid-market from ${midMarket.toLocaleString('en-US')}${unit}, Enterprise above ${enterprise.toLocaleString('en-US')}${unit}`;
}
