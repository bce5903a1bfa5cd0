// Counts in words: `1 account`, `2 accounts`; in Romanian `1 cont`, `19 conturi`, `20 de conturi`,
// `101 conturi` (the CLDR plural categories one / few / other, where "other" takes "de").
import type { Language } from '../i18n/define';
import { formatNumberFor } from './numbers';

export type PluralCategory = 'one' | 'few' | 'other';

/** The plural category of a count in a language (CLDR rules for en and ro; Vietnamese has one form). */
export function pluralCategory(language: Language, n: number): PluralCategory {
  const integer = Number.isInteger(n);
  if (language === 'vi') return 'other';
  if (language === 'en') return n === 1 ? 'one' : 'other';
  if (n === 1) return 'one';
  const lastTwo = Math.abs(n) % 100;
  return !integer || n === 0 || (lastTwo >= 1 && lastTwo <= 19) ? 'few' : 'other';
}

/**
 * A count with its noun: `forms` are the message's forms in order (en: one|other; ro: one|few|other,
 * the last with "de"; vi: one form); the number is written the language's way (`1.000 de conturi`).
 */
export function countPhrase(language: Language, n: number, forms: readonly string[]): string {
  const category = pluralCategory(language, n);
  const index = language === 'ro' ? ['one', 'few', 'other'].indexOf(category) : language === 'en' && category === 'one' ? 0 : forms.length - 1;
  const form = forms[Math.min(index, forms.length - 1)];
  return `${formatNumberFor(n, language)} ${form}`;
}
