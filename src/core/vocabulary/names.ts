// Looking values up by any of their names, in any language.
import { type Language, type MessageKey, allTranslations, t } from '../i18n';
import { type SizeBand, SIZE_BANDS } from '../size';
import { ALIASES } from './aliases';
import { normalizeName } from './normalize';
import { OPTIONS, type OptionKey } from './options';
import { ACCOUNT_COLUMNS, type ColumnKey, RULES, type RuleKind } from './canonical';

/** Every name of a value: its text in each language, then its aliases. */
export function namesOf(key: MessageKey): string[] {
  return [...new Set([...allTranslations(key), ...(ALIASES[key] ?? [])])];
}

function lookup<K extends string>(keys: readonly K[], keyOf: (key: K) => MessageKey): Map<string, K> {
  const table = new Map<string, K>();
  for (const key of keys) for (const name of namesOf(keyOf(key))) table.set(normalizeName(name), key);
  return table;
}

let columns: Map<string, ColumnKey> | undefined;
let rules: Map<string, RuleKind> | undefined;
let options: Map<string, OptionKey> | undefined;
let excludeWords: Set<string> | undefined;

const columnMessage = (key: ColumnKey) => `column.${key}` as MessageKey;
const ruleMessage = (rule: RuleKind) => `rule.${rule}` as MessageKey;

/**
 * The add-on's column a header names, in any language; undefined for the user's own columns. Symbols
 * count: `MRR ($)` is a column of its own, so `Employees` and `Employees %` can never be confused.
 */
export function columnKeyOf(header: unknown): ColumnKey | undefined {
  columns ??= lookup(ACCOUNT_COLUMNS, columnMessage);
  return columns.get(normalizeName(header));
}

/** The header of one of our columns in a language. */
export function columnHeader(language: Language, key: ColumnKey): string {
  return t(language, columnMessage(key));
}

/** The rule a Criteria `Rule` cell names, in any language. */
export function ruleOf(text: unknown): RuleKind | undefined {
  rules ??= lookup(RULES, ruleMessage);
  return rules.get(normalizeName(text));
}

/** A rule's words in a language (English, the reference, by default): `is not`, `không phải là`, `nu este`. */
export function ruleName(rule: RuleKind, language: Language = 'en'): string {
  return t(language, ruleMessage(rule));
}

/** Every rule's words in a language, in the order of RULES (the Rule dropdown). */
export function ruleNames(language: Language): string[] {
  return RULES.map((rule) => ruleName(rule, language));
}

/** The word `exclude` in any language, any case (`Exclude`, `loại trừ`). */
export function isExcludeWord(value: unknown): boolean {
  excludeWords ??= new Set(namesOf('criteria.exclude').map(normalizeName));
  return typeof value === 'string' && excludeWords.has(normalizeName(value));
}

/** The option (size band, growth stage, business type, seniority, sales cycle) a text names, in any language. */
export function optionOf(text: unknown): OptionKey | undefined {
  options ??= lookup(Object.values(OPTIONS).flat() as OptionKey[], (key) => key);
  const raw = String(text ?? '');
  // Account data repeats (a size band on every row): remember each text's answer.
  if (seen.has(raw)) return seen.get(raw);
  const option = options.get(normalizeName(raw));
  if (seen.size < 10_000) seen.set(raw, option);
  return option;
}

const seen = new Map<string, OptionKey | undefined>();

/**
 * A value as criteria compare it: an option in any language becomes one token, so `Khởi nghiệp`
 * equals `Startup` and `IMM` equals `SMB`; any other text is returned as it is.
 */
export function matchToken(text: string): string {
  const option = optionOf(text);
  return option ? `\u0001${option}\u0002` : text;
}

const SIZE_BAND_KEYS: Record<SizeBand, OptionKey> = { SMB: 'size.smb', 'Mid-market': 'size.midMarket', Enterprise: 'size.enterprise' };

/** A Company size cell as a band, in any of its names. */
export function sizeBandOf(text: unknown): SizeBand | undefined {
  const option = optionOf(text);
  return SIZE_BANDS.find((band) => SIZE_BAND_KEYS[band] === option);
}

/** A size band's name in a language (`IMM` in Romanian). */
export function sizeBandName(band: SizeBand, language: Language): string {
  return t(language, SIZE_BAND_KEYS[band]);
}

