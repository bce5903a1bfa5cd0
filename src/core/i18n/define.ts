/** The three languages of the add-on: the seeds' languages plus English, the reference. */
export type Language = 'en' | 'vi' | 'ro';
export const LANGUAGES: readonly Language[] = ['en', 'vi', 'ro'];

export type Catalog<K extends string> = Record<Language, Record<K, string>>;

/**
 * Declares one area's messages as `key: [English, Vietnamese, Romanian]` (each key written once keeps the
 * Apps Script bundle small). The tuple type makes a missing language a compile error;
 * test/core/i18n.test.ts checks the same at run time (and that nothing is left blank).
 */
export function defineMessages<K extends string>(entries: Record<K, readonly [en: string, vi: string, ro: string]>): Catalog<K> {
  const catalog = { en: {}, vi: {}, ro: {} } as Catalog<K>;
  for (const key of Object.keys(entries) as K[]) {
    LANGUAGES.forEach((language, i) => (catalog[language][key] = entries[key][i]));
  }
  return catalog;
}
