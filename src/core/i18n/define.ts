/** The three languages of the add-on: the seeds' languages plus English, the reference. */
export type Language = 'en' | 'vi' | 'ro';
export const LANGUAGES: readonly Language[] = ['en', 'vi', 'ro'];

export type Catalog<K extends string> = Record<Language, Record<K, string>>;

/**
 * Declares one area's messages in every language. The type makes a missing key a compile error;
 * test/core/i18n.test.ts checks the same at run time (and that nothing is left blank).
 */
export function defineMessages<K extends string>(catalog: Catalog<K>): Catalog<K> {
  return catalog;
}
