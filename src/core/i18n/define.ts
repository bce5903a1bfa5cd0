/** The three languages of the add-on: the seeds' languages plus English, the reference. */
export type Language = 'en' | 'vi' | 'ro';
export const LANGUAGES = ['en', 'vi', 'ro'] as const satisfies readonly Language[];
/** Each language's name in itself, for the language picker. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', vi: 'Tiếng Việt', ro: 'Română' };

/** `key: [English, Vietnamese, Romanian]`: each key written once keeps the Apps Script bundle small. */
export type Catalog<K extends string> = Record<K, readonly [en: string, vi: string, ro: string]>;

/**
 * Declares one area's messages. The tuple type makes a missing language a compile error;
 * test/core/i18n.test.ts checks the same at run time (and that nothing is left blank). Nothing is built
 * at load time: every custom-function recalculation may pay the bundle's cold start.
 */
export function defineMessages<K extends string>(entries: Catalog<K>): Catalog<K> {
  return entries;
}

/** The text of an entry in a language, English when that one is blank. */
export function pick(entry: readonly [string, string, string] | undefined, language: Language): string | undefined {
  return entry ? entry[LANGUAGES.indexOf(language)] || entry[0] : undefined;
}
