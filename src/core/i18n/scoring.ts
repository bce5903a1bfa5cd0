import { defineMessages } from './define';

/** Texts of ICP_EXPLAIN. */
export const scoring = defineMessages({
  'explain.excluded': ["Excluded", "Bị loại trừ", "Exclus"],
});
