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
  [/¥/, 'JPY'], [/R\$/, 'BRL'], [/\$|\bUSD\b/i, 'USD'],
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

/** The sheet's currency: the one its money format names, else the locale's. */
export function sheetCurrency(moneyFormat: string | undefined, locale: string | null | undefined): string | undefined {
  return formatCurrency(moneyFormat) ?? localeCurrency(locale);
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
