// Every text exists in every language: a missing or blank key in vi or ro fails here.
import { LANGUAGES, catalogs, languageFromLocale, t } from '../../src/core/i18n';
import { QUESTIONS, SECTIONS, questionKey, sectionKey } from '../../src/core/worksheet';

const all = catalogs();
const keys = Object.keys(all.en);

test.each(LANGUAGES)('%s has every key, none blank, with the same placeholders as English', (language) => {
  for (const key of keys) {
    const text = all[language][key];
    expect([key, typeof text === 'string' && text.trim() !== '']).toEqual([key, true]);
    const placeholders = (s: string) => [...new Set((s.match(/\{\w+[|}]/g) ?? []).map((p) => p.slice(1, -1)))].sort();
    expect([key, placeholders(text)]).toEqual([key, placeholders(all.en[key])]);
  }
  expect(Object.keys(all[language]).sort()).toEqual([...keys].sort());
});

test('every question, section and option of the worksheet has a text', () => {
  for (const question of QUESTIONS) {
    expect(keys).toContain(questionKey(question));
    for (const option of question.options ?? []) expect(keys).toContain(option);
  }
  for (const section of SECTIONS) expect(keys).toContain(sectionKey(section));
  expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
});

test('language from locale, and placeholders filled', () => {
  expect([languageFromLocale('vi_VN'), languageFromLocale('ro'), languageFromLocale('de_DE'), languageFromLocale(undefined)]).toEqual(['vi', 'ro', 'en', 'en']);
  expect(t('en', 'sample.done', { count: 200, row: 2 })).toBe('Added 200 sample accounts from row 2.');
});
