// Every text the add-on writes or shows, in English, Vietnamese and Romanian.
// Each area of the product owns one catalog file; this module merges them.
import { type Language, LANGUAGES, pick } from './define';
import { countPhrase } from '../vocabulary/plural';
import { app } from './app';
import { functions } from './functions';
import { history } from './history';
import { scoring } from './scoring';
import { suggest } from './suggest';
import { sqlExport } from './sqlExport';
import { summary } from './summary';
import { terms } from '../vocabulary/terms';
import { template, worksheet } from './worksheet';

export { type Language, LANGUAGES } from './define';

const CATALOGS = [app, functions, scoring, summary, terms, worksheet, template, suggest, sqlExport, history] as const;

type KeysOf<C> = C extends Record<infer K, readonly [string, string, string]> ? K : never;
export type MessageKey = KeysOf<(typeof CATALOGS)[number]>;

type Entry = readonly [string, string, string];
let entries: Record<string, Entry> | undefined;
/** All catalogs in one table, built on first use rather than at load. */
const table = () => (entries ??= Object.assign({}, ...CATALOGS) as Record<string, Entry>);

/** The message in `language`, English when missing; `{name}` placeholders are filled from `params`. */
export function t(language: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const template = pick(table()[key], language) ?? key;
  if (!params) return template;
  return template
    // `{count|account|accounts}`: the count with the noun form its number takes in the language.
    .replace(/\{(\w+)\|([^}]*)\}/g, (whole, name: string, forms: string) => (name in params ? countPhrase(language, Number(params[name]), forms.split('|')) : whole))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Text in the quotation marks of a language: "x" (English, as JSON writes it), “x”, „x”. */
export function quote(text: string, language: Language = 'en'): string {
  if (language === 'vi') return `“${text}”`;
  if (language === 'ro') return `„${text}”`;
  return JSON.stringify(text);
}

/** Every language's text for a key, English first (for reading sheets written in any language). */
export function allTranslations(key: MessageKey): string[] {
  return [...new Set((table()[key] ?? []).filter(Boolean))];
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
  const out: Record<Language, Record<string, string>> = { en: {}, vi: {}, ro: {} };
  for (const [key, entry] of Object.entries(table())) LANGUAGES.forEach((language, i) => (out[language][key] = entry[i]));
  return out;
}
