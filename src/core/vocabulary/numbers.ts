// Numbers written as text, read and written the way the spreadsheet's locale writes them: in ro_RO and
// vi_VN `1.000` is one thousand and `0,5` one half; in en_US `1,000` and `0.5`. A text that only one
// convention can read (`1.000.000`, `0,5`, `1,234.5`) is read in every locale; `1,000` in ro_RO (one, or a
// US-style thousand?) and `1.000` in en_US are ambiguous and read as no number, so the caller can say so.

export interface NumberStyle {
  group: string;
  decimal: string;
}

const EN: NumberStyle = { group: ',', decimal: '.' };
const COMMA_DECIMAL: NumberStyle = { group: '.', decimal: ',' };
const styles = new Map<string, NumberStyle>([['en', EN], ['vi', COMMA_DECIMAL], ['ro', COMMA_DECIMAL]]);

/** The separators of a spreadsheet locale (`ro_RO`) or language (`ro`); en-US for none or an unknown one. */
export function numberStyle(locale?: string | null): NumberStyle {
  const tag = String(locale ?? '').trim().replace('_', '-');
  if (!tag) return EN;
  const known = styles.get(tag) ?? styles.get(tag.slice(0, 2).toLowerCase());
  if (known && tag.length <= 5) return known;
  let style = EN;
  try {
    const parts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
    const group = parts.find((p) => p.type === 'group')?.value ?? ',';
    const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    style = { group: /\s/.test(group) ? ' ' : group, decimal };
  } catch {
    // not a locale Intl knows: en-US
  }
  styles.set(tag, style);
  return style;
}

export type NumberReading = { value: number } | { ambiguous: true } | undefined;

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * Text as a number under a locale: optional sign, digits with the locale's (or an unambiguous other)
 * grouping and decimal mark, optional `%`. `{ ambiguous: true }` for a lone decimal mark followed by
 * exactly three digits (`1,000` in ro_RO, `1.000` in en_US); undefined for anything else.
 */
export function readNumberText(text: string, locale?: string | null): NumberReading {
  let body = text.trim();
  let scale = 1;
  if (body.endsWith('%')) {
    scale = 0.01;
    body = body.slice(0, -1);
  }
  let sign = 1;
  if (/^[+-]/.test(body)) {
    sign = body[0] === '+' ? 1 : -1;
    body = body.slice(1);
  }
  if (/[\s\u00a0\u202f]/.test(body)) {
    // Spaces group thousands (`1 000 000`, `1 000,5`): only in groups of three.
    if (!/^\d{1,3}(?:[\s\u00a0\u202f]\d{3})+(?:[.,]\d+)?$/.test(body)) return undefined;
    body = body.replace(SPACES, '');
    const value = Number(body.replace(',', '.'));
    return { value: sign * value * scale };
  }
  if (!/^[\d.,]*\d[\d.,]*$/.test(body) && !/^[.,]\d+$/.test(body)) return undefined;
  const marks = body.replace(/\d/g, '');
  const finish = (digits: string) => {
    const value = Number(digits);
    return Number.isFinite(value) ? { value: sign * value * scale } : undefined;
  };
  if (marks === '') return finish(body);
  const kinds = new Set(marks);
  if (kinds.size === 2) {
    // Both marks: the last is the decimal mark, the other groups thousands (`1.234,5` or `1,234.5`).
    const decimal = marks[marks.length - 1];
    const group = decimal === '.' ? ',' : '.';
    const grouped = new RegExp(`^\\d{1,3}(?:\\${group}\\d{3})*\\${decimal}\\d+$`);
    if (!grouped.test(body)) return undefined;
    return finish(body.split(group).join('').replace(decimal, '.'));
  }
  const mark = marks[0];
  if (marks.length > 1) {
    // The same mark more than once can only group thousands: `1.000.000`, `1,000,000`.
    if (!new RegExp(`^\\d{1,3}(?:\\${mark}\\d{3})+$`).test(body)) return undefined;
    return finish(body.split(mark).join(''));
  }
  const [whole, fraction] = body.split(mark);
  if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) {
    // `1.000`: the locale's grouping reads a thousand; where the mark is the decimal one it is ambiguous.
    return mark === numberStyle(locale).group ? finish(whole + fraction) : { ambiguous: true };
  }
  return finish(`${whole || '0'}.${fraction}`);
}

/** A number cell, or text read under the locale (see readNumberText); undefined otherwise, ambiguous text included. */
export function parseNumber(value: unknown, locale?: string | null): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const reading = readNumberText(value, locale);
  return reading && 'value' in reading ? reading.value : undefined;
}

/** True when text could be a number two ways (`1,000` in ro_RO): worth telling the user how to write it. */
export function isAmbiguousNumber(value: unknown, locale?: string | null): boolean {
  if (typeof value !== 'string') return false;
  const reading = readNumberText(value, locale);
  return !!reading && 'ambiguous' in reading;
}

/**
 * `min..max` (any numbers), or `min-max` / `min–max` for numbers without a sign; inclusive; numbers read
 * under the locale (`1.000-5.000` in ro_RO is one to five thousand).
 */
export function parseRange(text: string, locale?: string | null): [number, number] | undefined {
  const parts = text.includes('..') ? text.split('..') : /^([^–-]+)[–-]([^–-]+)$/.exec(text)?.slice(1);
  if (!parts || parts.length !== 2) return undefined;
  const [min, max] = parts.map((part) => parseNumber(part.trim(), locale));
  if (min === undefined || max === undefined || min > max) return undefined;
  return [min, max];
}

function grouped(whole: string, group: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

function split(value: number, decimals: number): [sign: string, whole: string, fraction: string] {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  const [whole, fraction = ''] = String(Math.abs(rounded)).split('.');
  return [rounded < 0 ? '-' : '', whole, fraction];
}

/** A number for people to read, as the locale writes it: `1.744,5` in ro_RO, `1,744.5` in en_US. */
export function formatNumberFor(value: number, locale?: string | null, decimals = 4): string {
  const style = numberStyle(locale);
  const [sign, whole, fraction] = split(value, decimals);
  return `${sign}${grouped(whole, style.group)}${fraction ? style.decimal + fraction : ''}`;
}

/**
 * A number written into a cell the add-on reads back (a Criteria value): in the locale's form, but grouped
 * only from a million up, so that every locale reads it the same way (`50000`, `1.000.000`, `0,5` in ro).
 */
export function formatNumberValue(value: number, locale?: string | null, decimals = 4): string {
  const style = numberStyle(locale);
  const [sign, whole, fraction] = split(value, decimals);
  const digits = whole.length > 6 ? grouped(whole, style.group) : whole;
  // `12,125` would be ambiguous (twelve thousand?); `12,1250` is not.
  const decimalsText = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole) ? `${fraction}0` : fraction;
  return `${sign}${digits}${decimalsText ? style.decimal + decimalsText : ''}`;
}
