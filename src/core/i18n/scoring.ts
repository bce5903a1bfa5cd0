import { defineMessages } from './define';

/** Texts of ICP_EXPLAIN (docs/rules.md, Explanations): `✔ Industry is Fintech (+2 of 3)`, `⛔ Excluded: Country is Russia`. */
export const scoring = defineMessages({
  'explain.excluded': ["Excluded", "Bị loại trừ", "Exclus"],
  /** Between points and maximum: `+2 of 3`, `0 of 1`. */
  'explain.of': ["of", "trên", "din"],
  /** When every active criterion is an exclusion and none applies (the score is 100). */
  'explain.notExcluded': ["No exclusion applies", "Không thuộc diện loại trừ", "Nu se aplică nicio excludere"],
  /** After `Criterion 3 ("Industry"): `. A weight that large would make the score's sums overflow. */
  'criteria.weightTooLarge': [
    "weight {weight} is too large; use at most 1,000,000 (the worksheet's importance is 1–5)",
    "trọng số {weight} quá lớn; tối đa là 1.000.000 (mức quan trọng trong bảng ICP là 1–5)",
    "ponderea {weight} este prea mare; folosiți cel mult 1.000.000 (importanța din fișa ICP este 1–5)",
  ],
});
