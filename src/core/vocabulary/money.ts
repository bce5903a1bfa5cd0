// Currencies: the format Sheets shows each in, the currency a locale or a number format names, and the
// company-size revenue bands in each. The bands come from the ICP worksheet in US dollars (50 million and
// 1 billion); other currencies use the documented rates below (approximate, 2024), so nothing needs the
// network. COMPANY_SIZE takes the currency as an argument, so a team can state theirs.

export interface Currency {
  format: string;
  /** Units of the currency per US dollar. */
  perUsd: number;
}

const EURO = '#,##0.00 [$€]';
export const CURRENCIES: Record<string, Currency> = {
  USD: { format: '[$$]#,##0.00', perUsd: 1 },
  EUR: { format: EURO, perUsd: 0.92 },
  GBP: { format: '[$£]#,##0.00', perUsd: 0.79 },
  RON: { format: '#,##0.00 [$lei]', perUsd: 4.6 },
  VND: { format: '#,##0 [$₫]', perUsd: 25_000 },
  INR: { format: '[$₹]#,##0.00', perUsd: 83 },
  JPY: { format: '[$¥]#,##0', perUsd: 150 },
  BRL: { format: '[$R$]#,##0.00', perUsd: 5 },
};

const LOCALE_CURRENCY: Record<string, string> = {
  en: 'USD', en_GB: 'GBP', en_IE: 'EUR', en_IN: 'INR', vi: 'VND', ro: 'RON', ja: 'JPY', pt_BR: 'BRL',
  de: 'EUR', fr: 'EUR', es: 'EUR', it: 'EUR', nl: 'EUR', pt_PT: 'EUR', fi: 'EUR', el: 'EUR', sk: 'EUR', sl: 'EUR', et: 'EUR', lv: 'EUR', lt: 'EUR',
};

/** What a number format names: a `[$…]` symbol, a currency symbol or code. */
const FORMAT_MARKS: Array<[RegExp, string]> = [
  [/₫|\bVND\b/i, 'VND'], [/\blei\b|\bRON\b/i, 'RON'], [/€|\bEUR\b/i, 'EUR'], [/£|\bGBP\b/i, 'GBP'], [/₹/, 'INR'],
  // `[$CHF]` opens with `[$` but names no dollar; `[$$]` does.
  [/¥/, 'JPY'], [/R\$/, 'BRL'], [/(?<!\[)\$|\bUSD\b/i, 'USD'],
];

/** The currency of a spreadsheet locale (`vi_VN` → VND); undefined for a locale not listed. */
export function localeCurrency(locale: string | null | undefined): string | undefined {
  const tag = String(locale ?? '');
  return LOCALE_CURRENCY[tag] ?? LOCALE_CURRENCY[tag.split('_')[0]];
}

/** The currency a number format names (`#,##0 [$₫]` → VND), if any. */
export function formatCurrency(format: string | undefined): string | undefined {
  return format ? FORMAT_MARKS.find(([mark]) => mark.test(format))?.[1] : undefined;
}

/** A number format that names a currency: `[$€]`, a symbol, or a currency word. */
const CURRENCY_MARK = /\[\$|[$€£¥₫₹₩₽]|\b(?:lei|RON|VND|USD|EUR|GBP)\b/i;
export const PLAIN_MONEY = '#,##0.00';

/** The money of a sheet: its currency (for the size bands; undefined is US dollars) and the format money is shown in. */
export interface SheetMoney {
  currency?: string;
  format: string;
}

/**
 * The one rule for the sheet's money (the summary's figures, the size bands of the summary and the
 * suggestions): the first of the Accounts money columns' formats (Annual revenue, MRR, CAC) that names a
 * currency, else the spreadsheet locale's currency as Sheets' Currency button would apply it; a format
 * naming a currency with no documented rate keeps its format and sizes in US dollars; `plain` for a
 * locale not listed (better no symbol than a wrong one).
 */
export function sheetMoney(moneyFormats: readonly (string | undefined)[], locale: string | null | undefined, plain = PLAIN_MONEY): SheetMoney {
  const named = moneyFormats.find(namesCurrency);
  if (named) return { format: named, currency: formatCurrency(named) };
  const code = localeCurrency(locale);
  return { format: code ? CURRENCIES[code].format : plain, currency: code };
}

/** Whether a number format names a currency (`[$€]`, a symbol or a code). */
export function namesCurrency(format: string | undefined): format is string {
  return !!format && CURRENCY_MARK.test(format);
}

/** A currency code as given (`vnd`, ` RON `), or undefined when it is not one listed. */
export function currencyCode(text: unknown): string | undefined {
  const code = String(text ?? '').trim().toUpperCase();
  return code in CURRENCIES ? code : undefined;
}

/** Where a size band starts: Mid-market from `midMarket`, Enterprise above `enterprise`. */
export interface SizeBounds {
  midMarket: number;
  enterprise: number;
}

/** The revenue bounds of the Mid-market and Enterprise bands in a currency (US dollars when none). */
export function revenueBounds(code: string | undefined): SizeBounds {
  const rate = (code && CURRENCIES[code]?.perUsd) || 1;
  return { midMarket: Math.round(50_000_000 * rate), enterprise: Math.round(1_000_000_000 * rate) };
}
