// Finding account columns and rule words by name, in any of the three languages (docs/rules.md, Accounts and Languages).
import { allTranslations, type MessageKey } from './i18n';

export const ACCOUNT_COLUMNS = [
  'account', 'industry', 'employees', 'annualRevenue', 'country', 'growthStage', 'businessType',
  'techStack', 'buyerRole', 'painPoint', 'triggerEvent', 'acquisitionChannel', 'mrr', 'grossMargin',
  'cac', 'startDate', 'churnDate', 'companySize', 'icpScore', 'icpTier',
] as const;
export type ColumnKey = (typeof ACCOUNT_COLUMNS)[number];

export { RULES, type RuleKind } from './rules';
import { RULES, type RuleKind } from './rules';

/**
 * A header or word reduced for matching: case, spaces, punctuation and diacritics ignored
 * (`"Annual revenue"`, `"annual_revenue"` and `"ANNUAL-REVENUE"` match; so do `Angajați` and `Angajati`).
 */
export function normalizeName(text: unknown): string {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function lookup<K extends string>(keys: readonly K[], prefix: string): Map<string, K> {
  const table = new Map<string, K>();
  for (const key of keys) {
    for (const text of allTranslations(`${prefix}.${key}` as MessageKey)) table.set(normalizeName(text), key);
  }
  return table;
}

let columnTable: Map<string, ColumnKey> | undefined;
let ruleTable: Map<string, RuleKind> | undefined;

/** The known account column a header names, in any language; undefined for the user's own columns. */
export function columnKeyOf(header: unknown): ColumnKey | undefined {
  columnTable ??= lookup(ACCOUNT_COLUMNS, 'column');
  return columnTable.get(normalizeName(header));
}

/** The rule a Criteria `Rule` cell names, in any language. */
export function ruleOf(text: unknown): RuleKind | undefined {
  ruleTable ??= lookup(RULES, 'rule');
  return ruleTable.get(normalizeName(text));
}

/**
 * The identity used to match a criterion's attribute to a header: the known column key when there is
 * one, else the normalized text. Two names match when their identities are equal.
 */
export function nameIdentity(text: unknown): string {
  const key = columnKeyOf(text);
  return key ? `#${key}` : normalizeName(text);
}

/** Index of each header's identity within a header row (first occurrence wins). */
export function headerIndex(headers: readonly unknown[]): Map<string, number> {
  const index = new Map<string, number>();
  headers.forEach((header, column) => {
    const identity = nameIdentity(header);
    if (identity !== '' && !index.has(identity)) index.set(identity, column);
  });
  return index;
}
