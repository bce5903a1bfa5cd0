// Reading a cell in SQL as ICP_SCORE reads it (values.ts): trimmed text, the number in `1,200` or `80%`,
// ISO dates, and the Company size band derived from Employees and Annual revenue (size.ts).
import { type Dialect, WHITESPACE_CLASS } from './dialect';

/** The column as text, trimmed as JavaScript trims; '' for NULL. */
export function trimmedText(d: Dialect, column: string): string {
  return `COALESCE(${d.replaceAll(d.text(column), `^${WHITESPACE_CLASS}+|${WHITESPACE_CLASS}+$`, '')}, '')`;
}

/**
 * A name reduced for matching as the vocabulary's normalizeName does: accents off, đ as d, lower case,
 * only letters, digits, symbols and # % & @ * kept (`Doanh nghiệp lớn (Enterprise)` → `doanhnghieplonenterprise`).
 */
export function normalizedName(d: Dialect, expr: string): string {
  return d.replaceAll(`LOWER(REPLACE(REPLACE(${d.stripAccents(expr)}, 'đ', 'd'), 'Đ', 'd'))`, '[^\\p{L}\\p{N}\\p{S}#%&@*]', '');
}

/**
 * The number in trimmed text, else NULL, read as parseNumber reads it without a locale
 * (vocabulary/numbers.ts): `1,200` and `1.000.000` group thousands, `0,5` and `1.5` are decimals,
 * `1,234.5` / `1.234,5` either way round, `1 000` with spaces, `80%`; `1.000` is ambiguous (NULL).
 */
export function numberOf(d: Dialect, trimmed: string): string {
  const body = d.replaceAll(trimmed, '%$', '');
  const sign = '^[+-]?';
  const remove = (chars: string) => d.replaceAll(body, chars, '');
  const cases: Array<[pattern: string, number: string]> = [
    [`${sign}[1-9][0-9]{0,2}[.][0-9]{3}$`, 'NULL'],
    [`${sign}[0-9]*[.]?[0-9]*$`, d.tryNumber(body)],
    [`${sign}[1-9][0-9]{0,2},[0-9]{3}$`, d.tryNumber(remove(','))],
    [`${sign}[0-9]*,[0-9]*$`, d.tryNumber(`REPLACE(${body}, ',', '.')`)],
    [`${sign}[0-9]{1,3}(,[0-9]{3})+([.][0-9]+)?$`, d.tryNumber(remove(','))],
    [`${sign}[0-9]{1,3}([.][0-9]{3})+$`, d.tryNumber(remove('[.]'))],
    [`${sign}[0-9]{1,3}([.][0-9]{3})+,[0-9]+$`, d.tryNumber(`REPLACE(${remove('[.]')}, ',', '.')`)],
    [`${sign}[0-9]{1,3}([ \u00a0\u202f][0-9]{3})+([.,][0-9]+)?$`, d.tryNumber(`REPLACE(${remove('[ \u00a0\u202f]')}, ',', '.')`)],
  ];
  const when = cases.map(([pattern, number]) => `WHEN ${d.matches(body, pattern)} THEN ${number}`).join('\n        ');
  return `CASE WHEN ${d.matches(trimmed, '[0-9]')} THEN CASE\n        ${when}\n      END / CASE WHEN ENDS_WITH(${trimmed}, '%') THEN 100 ELSE 1 END END`;
}

/** The date in trimmed `YYYY-MM-DD` text (a DATE or TIMESTAMP column prints so too), else NULL. */
export function dateOf(d: Dialect, trimmed: string): string {
  return `CASE WHEN ${d.matches(trimmed, '^[0-9]{4}-[0-9]{2}-[0-9]{2}([ T].*)?$')} THEN ${d.tryDate(`SUBSTR(${trimmed}, 1, 10)`)} END`;
}

/**
 * The size band (lower case) from the Employees and Annual revenue numbers, as COMPANY_SIZE: the larger
 * band of the two, a negative or missing number counting as neither; NULL when neither is known.
 */
export function sizeBand(d: Dialect, employees: string | undefined, revenue: string | undefined): string {
  const band = (n: string, mid: number, enterprise: number) => `CASE WHEN ${n} > ${enterprise} THEN 2 WHEN ${n} >= ${mid} THEN 1 ELSE 0 END`;
  const parts = [employees && band(employees, 500, 2000), revenue && band(revenue, 50_000_000, 1_000_000_000)].filter((p): p is string => !!p);
  const known = [employees, revenue].filter((n): n is string => !!n).map((n) => `${n} >= 0`);
  if (parts.length === 0) return 'NULL';
  const larger = parts.length === 2 ? d.greatest(...parts) : parts[0];
  return `CASE WHEN ${known.join(' OR ')} THEN CASE ${larger} WHEN 2 THEN 'enterprise' WHEN 1 THEN 'mid-market' ELSE 'smb' END END`;
}
