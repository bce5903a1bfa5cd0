// Every text the add-on writes or shows, in English, Vietnamese and Romanian.
// Each area of the product owns one catalog file; this module merges them.
import { type Language, LANGUAGES } from './define';
import { app } from './app';
import { scoring } from './scoring';
import { suggest } from './suggest';
import { summary } from './summary';
import { vocabulary } from './vocabulary';
import { template, worksheet } from './worksheet';

export { type Language, LANGUAGES } from './define';

const CATALOGS = [app, scoring, summary, vocabulary, worksheet, template, suggest] as const;

type KeysOf<C> = C extends { en: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<(typeof CATALOGS)[number]>;

const MESSAGES: Record<Language, Record<string, string>> = { en: {}, vi: {}, ro: {} };
for (const catalog of CATALOGS) {
  for (const language of LANGUAGES) Object.assign(MESSAGES[language], catalog[language]);
}

/** The message in `language`, English when missing; `{name}` placeholders are filled from `params`. */
export function t(language: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const template = MESSAGES[language][key] || MESSAGES.en[key] || key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Every language's text for a key, English first (for reading sheets written in any language). */
export function allTranslations(key: MessageKey): string[] {
  return [...new Set(LANGUAGES.map((language) => MESSAGES[language][key]).filter(Boolean))];
}

/** The language of a spreadsheet locale such as `vi_VN` or `ro`; English for anything else. */
export function languageFromLocale(locale: string | null | undefined): Language {
  const code = String(locale ?? '').toLowerCase().slice(0, 2);
  return code === 'vi' || code === 'ro' ? code : 'en';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** All keys with their messages per language, for completeness tests. */
export function catalogs(): Record<Language, Record<string, string>> {
  return MESSAGES;
}
