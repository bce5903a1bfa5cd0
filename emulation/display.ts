// getDisplayValues: a value shown through its number format, in the spreadsheet's locale and time zone.
// Covers the formats the add-on sets (General, 0.00, #,##0, 0%, dates, @); other patterns fall back to General.
import { type CellValue, isDate, localeRules, wallClock } from './cells';

const DEFAULT_DATE: Record<string, string> = { en_US: 'M/d/yyyy' };

function dateParts(date: Date, timeZone: string) {
  return wallClock(date, timeZone);
}

function formatDate(date: Date, pattern: string, timeZone: string): string {
  const p = dateParts(date, timeZone);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  // Sheets reads `mm` as minutes right after hours, months otherwise; patterns are case-insensitive.
  return pattern.replace(/yyyy|yy|mm|m|dd|d|hh|h|ss/gi, (token, offset: number) => {
    const lower = token.toLowerCase();
    const afterHours = /h+:?$/i.test(pattern.slice(0, offset));
    if (lower === 'yyyy') return String(p.year);
    if (lower === 'yy') return pad(p.year % 100, 2);
    if (lower === 'mm') return pad(afterHours ? p.minute : p.month, 2);
    if (lower === 'm') return String(afterHours ? p.minute : p.month);
    if (lower === 'dd') return pad(p.day, 2);
    if (lower === 'd') return String(p.day);
    if (lower === 'hh') return pad(p.hour, 2);
    if (lower === 'h') return String(p.hour);
    return pad(p.second, 2);
  });
}

function groupDigits(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function formatNumber(value: number, pattern: string, locale: string): string {
  const rules = localeRules(locale);
  // `[$€]` and `[$$-409]` name a currency symbol (the part after `$`, up to a locale code): a literal.
  const section = pattern.split(';')[value < 0 && pattern.includes(';') ? 1 : 0].replace(/\[\$([^\]-]*)(?:-[^\]]*)?\]/g, (_, symbol: string) => `"${symbol}"`);
  const numeric = /[#0][#0,]*(?:\.[0#]*)?/.exec(section);
  if (!numeric) return section.replace(/"/g, '');
  const percent = section.includes('%');
  const decimals = (numeric[0].split('.')[1] ?? '').length;
  const scaled = Math.abs(percent ? value * 100 : value);
  const [integer, fraction] = scaled.toFixed(decimals).split('.');
  let body = numeric[0].includes(',') ? groupDigits(integer, rules.group) : integer;
  if (fraction) body += rules.decimal + fraction;
  const sign = value < 0 && !pattern.includes(';') && Number(scaled.toFixed(decimals)) !== 0 ? '-' : '';
  const literal = (text: string) => text.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1').replace(/[[\]]/g, '');
  return sign + literal(section.slice(0, numeric.index)) + body + literal(section.slice(numeric.index + numeric[0].length));
}

function general(value: number, locale: string): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const text = String(Number(value.toPrecision(10)));
  return text.replace('.', localeRules(locale).decimal);
}

export function displayValue(value: CellValue, format: string | undefined, locale: string, timeZone: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const pattern = format && format !== 'General' && format !== '@' ? format : undefined;
  if (isDate(value)) {
    const fallback = DEFAULT_DATE[locale] ?? (localeRules(locale).decimal === ',' && locale.startsWith('ro') ? 'dd.MM.yyyy' : 'dd/MM/yyyy');
    return formatDate(value, pattern && /[ydm]/i.test(pattern) ? pattern : fallback, timeZone);
  }
  return pattern ? formatNumber(value, pattern, locale) : general(value, locale);
}
