import { defineMessages } from './define';

/** Texts of ICP_EXPLAIN. */
export const scoring = defineMessages({
  en: { 'explain.excluded': 'Excluded' },
  vi: { 'explain.excluded': 'Bị loại trừ' },
  ro: { 'explain.excluded': 'Exclus' },
});
