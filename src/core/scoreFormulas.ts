// ICP_SCORE / ICP_EXPLAIN argument shapes (docs/rules.md, Scoring and Explanations); the rule language itself is in ./scoring.
import { type ArgValue, type Output, fail, messageLanguage, quoted } from './args';
import { type Language, isLanguage, languageFromLocale, t } from './i18n';
import { type Scorer, compileCriteria } from './scoring';
import { type CellValue, cellText, isBlank } from './values';
import { CURRENCIES, currencyCode } from './vocabulary/money';

export interface FormulaSettings {
  /** How text numbers are written (`ro_RO`); without one only unambiguous numbers are read. */
  locale?: string;
  /** The spreadsheet's time zone: date cells are compared as calendar days there. */
  timeZone?: string;
  /** The currency of Annual revenue, for the derived Company size's bands (US dollars when not given). */
  currency?: string;
}

/** A locale (`ro_RO`) or language (`ro`) argument; blank gives undefined. */
export function localeArgument(arg: ArgValue): string | undefined {
  const value = Array.isArray(arg) ? arg[0]?.[0] : arg;
  const text = cellText(value);
  return text === '' ? undefined : text;
}

/** A currency argument (`"VND"`, any case); blank gives undefined (US dollars), an unknown code an error. */
export function currencyArgument(fn: string, arg: ArgValue): string | undefined {
  const value = Array.isArray(arg) ? arg[0]?.[0] : arg;
  if (isBlank(value)) return undefined;
  const where = t(messageLanguage(), 'fn.where', { fn, arg: 'currency' });
  return currencyCode(value) ?? fail('fn.currency', { where, value: quoted(value), codes: Object.keys(CURRENCIES).join(', ') });
}

/** Compiles the criteria; a broken table is reported in the locale's language, else in the message language. */
function compileFor(fn: string, criteria: CellValue[][], headers: readonly CellValue[], settings: FormulaSettings): Scorer {
  const locale = settings.locale;
  const language: Language = !locale ? messageLanguage() : isLanguage(locale) ? locale : languageFromLocale(locale);
  return compileCriteria(criteria, headers, { functionName: fn, locale, language, timeZone: settings.timeZone, currency: settings.currency });
}

/** ICP_SCORE / ICP_EXPLAIN: the account rows against one header row and the criteria table. */
export function scoreAccounts(
  fn: 'ICP_SCORE' | 'ICP_EXPLAIN',
  accounts: ArgValue,
  headers: ArgValue,
  criteria: ArgValue,
  language: Language = 'en',
  settings: FormulaSettings = {},
): Output | Output[][] {
  const headerRow = toRows(headers);
  if (headerRow.length !== 1) {
    fail('fn.headerRows', { fn, rows: headerRow.length });
  }
  let rows = toRows(accounts);
  // A block that starts at its header row (as the worksheet's header-row formula reads it) gets no result for it.
  if (rows.length > 1 && isHeaderRow(rows[0], headerRow[0])) rows = rows.slice(1);
  const width = headerRow[0].length;
  if (rows.length > 0 && rows[0].length !== width) {
    fail('fn.headerWidth', { fn, width, accounts: rows[0].length });
  }
  const scorer = compileFor(fn, toRows(criteria), headerRow[0], settings);
  const out: Output[][] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = [fn === 'ICP_SCORE' ? scorer.score(rows[i]) : scorer.explain(rows[i], language)];
  return !Array.isArray(accounts) ? out[0][0] : out;
}

function isHeaderRow(row: readonly CellValue[], headers: readonly CellValue[]): boolean {
  return row.length === headers.length && row.some((cell) => !isBlank(cell)) && row.every((cell, i) => cellText(cell) === cellText(headers[i]));
}

function toRows(arg: ArgValue): CellValue[][] {
  if (!Array.isArray(arg)) return [[arg]];
  return arg.map((row) => (Array.isArray(row) ? row : [row as CellValue]));
}
