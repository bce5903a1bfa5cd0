import { defineMessages } from './define';

/** Texts of ICP_EXPLAIN (docs/rules.md, Explanations): `✔ Industry is Fintech (+2 of 3)`, `⛔ Excluded: Country is Russia`. */
export const scoring = defineMessages({
  'explain.excluded': ["Excluded", "Bị loại trừ", "Exclus"],
  /** Between points and maximum: `+2 of 3`, `0 of 1`. */
  'explain.of': ["of", "trên", "din"],
  /** When every active criterion is an exclusion and none applies (the score is 100). */
  'explain.notExcluded': ["No exclusion applies", "Không thuộc diện loại trừ", "Nu se aplică nicio excludere"],
});
