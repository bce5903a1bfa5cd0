// The Criteria rule language (docs/rules.md, Scoring): `Attribute | Rule | Value | Weight` rows, read in any of the
// three languages. This module only parses; ./scoring compiles the parsed criteria against a header row.
import { type Language, type MessageKey, quote, t } from './i18n';
import { RULES, type RuleKind, isExcludeWord, matchToken, nameIdentity, namesOf, normalizeName, ruleName, ruleOf } from './vocabulary';
import { type CellValue, InputError, cellText, describeValue, isBlank } from './values';
import { isAmbiguousNumber, numberStyle, parseNumber, parseRange } from './vocabulary/numbers';

export { parseRange, isExcludeWord };
export type { RuleKind };

/** One alternative of an `is` / `contains` value (`SaaS; Fintech` has two). */
export interface Alternative {
  /** Trimmed, lower case. */
  text: string;
  /** The alternative as equality compares it: one token for an option named in any language (see matchToken). */
  token: string;
  /** The alternative read as a number (docs/rules.md, Numbers), for `is` / `is not`. */
  number?: number;
}

/** A parsed Criteria row. */
export interface Criterion {
  /** Row number within the criteria range, 1-based (a header row counts). */
  row: number;
  /** The Attribute cell as written, trimmed. */
  attribute: string;
  /** What the attribute is matched by: the known column key (`#industry`) or the normalized name. */
  identity: string;
  rule: RuleKind;
  /** The Value cell as written, trimmed (a number or date cell as `cellText` shows it). */
  value: string;
  /** `is` / `is not` / `contains` / `does not contain`: the alternatives of the value. */
  alternatives: Alternative[];
  /** `between` / `at least` / `at most`: inclusive bounds (±Infinity when open). */
  min: number;
  max: number;
  /** Importance; 0 means off. 0 as well when `excluded`. */
  weight: number;
  /** `exclude`: an account that satisfies the criterion scores 0. */
  excluded: boolean;
  /** How the criterion reads in English: `Industry is Fintech` (see formatCriterion for other languages). */
  label: string;
}

let weightWords: Set<string> | undefined;

/** The word `Weight` in any language: the Weight cell of a header row. */
export function isWeightHeader(value: CellValue): boolean {
  weightWords ??= new Set(namesOf('criteria.weight').map(normalizeName));
  return typeof value === 'string' && weightWords.has(normalizeName(value));
}

export interface ParseOptions {
  /** Prefixes every error message, e.g. `ICP_SCORE` gives `ICP_SCORE: Criterion 2 ("Industy"): …`. */
  functionName?: string;
  /** The spreadsheet locale (`ro_RO`) numbers are written in: `1.000` is a thousand there. */
  locale?: string | null;
  /** The language of error messages. */
  language?: Language;
  /** The spreadsheet's time zone: a date in the Value column is its calendar day there (UTC when not given). */
  timeZone?: string;
}

const CRITERIA_FIELDS = ['criteria.attribute', 'criteria.rule', 'criteria.value', 'criteria.weight'] as const;

/**
 * Where Attribute, Rule, Value and Weight are: found by name in a header row (so a column the user inserted
 * in Criteria is skipped), else the first four columns.
 */
export function fieldColumns(header: readonly CellValue[] | undefined): number[] {
  const fallback = [0, 1, 2, 3];
  if (!header || !header.some(isWeightHeader)) return fallback;
  return CRITERIA_FIELDS.map((key, i) => {
    const names = new Set(namesOf(key).map(normalizeName));
    const found = header.findIndex((cell) => typeof cell === 'string' && names.has(normalizeName(cell)));
    return found >= 0 ? found : fallback[i];
  });
}

/**
 * The largest weight: far above the worksheet's 1–5, and small enough that 100 × the sum of thousands of
 * weights stays a finite number, so a score is never NaN or Infinity.
 */
export const MAX_WEIGHT = 1_000_000;

/**
 * Parses the criteria rows (only the first four cells of each row are read). All-blank rows, and a first
 * row whose Weight cell is the word `Weight` in any language, are skipped. Rows with weight 0 are parsed
 * (and returned) too: the caller decides what "off" means. Throws InputError naming the row.
 */
export function parseCriteria(rows: readonly (readonly CellValue[])[], options: ParseOptions | string = {}): Criterion[] {
  const settings = typeof options === 'string' ? { prefix: options } : { ...options, prefix: options.functionName ? `${options.functionName}: ` : '' };
  const columns = fieldColumns(rows[0]);
  const criteria: Criterion[] = [];
  for (let index = 0; index < rows.length; index++) {
    const cells = rows[index] ?? [];
    const [attributeCell, ruleCell, valueCell, weightCell] = columns.map((c) => cells[c]);
    if (isBlank(attributeCell) && isBlank(ruleCell) && isBlank(valueCell) && isBlank(weightCell)) continue;
    if (index === 0 && isWeightHeader(weightCell)) continue;
    criteria.push(parseRow(index + 1, [attributeCell, ruleCell, valueCell, weightCell], settings));
  }
  return criteria;
}

type Settings = Omit<ParseOptions, 'functionName'> & { prefix: string };

function parseRow(row: number, [attributeCell, ruleCell, valueCell, weightCell]: readonly CellValue[], settings: Settings): Criterion {
  const { locale, language = 'en', timeZone } = settings;
  const attribute = cellText(attributeCell);
  const say = (key: MessageKey, params: Record<string, string | number> = {}) => t(language, key, params);
  const fail = (key: MessageKey, params: Record<string, string | number> = {}): never => {
    const message = say(key, params);
    const where = attribute ? say('criteria.error.rowNamed', { row, attribute: quote(attribute, language), message }) : say('criteria.error.row', { row, message });
    throw new InputError(settings.prefix + where);
  };
  if (!attribute) fail('criteria.error.noAttribute');
  const rules = RULES.map((rule) => ruleName(rule, language)).join(', ');
  if (isBlank(ruleCell)) fail('criteria.error.noRule', { rules });
  const rule = ruleOf(ruleCell) ?? fail('criteria.error.unknownRule', { value: describeValue(ruleCell, language), rules });
  const word = quote(ruleName(rule, language), language);
  const value = cellText(valueCell, timeZone);
  if (!value) fail('criteria.error.noValue', { rule: word });
  const shown = describeValue(valueCell, language, timeZone);
  // A number two conventions read differently gets the message that says how to write it.
  const ambiguous = (text: string) => {
    const parts = rule === 'between' ? text.split(/\.\.|[–-]/) : [text];
    const part = parts.map((p) => p.trim()).find((p) => isAmbiguousNumber(p, locale));
    return part === undefined ? undefined : fail('number.ambiguous', { value: quote(part, language), ...numberExamples(locale) });
  };
  const { weight, excluded } = parseWeight(weightCell, settings, fail);
  const criterion: Criterion = {
    row, attribute, identity: nameIdentity(attribute), rule, value, alternatives: [], min: -Infinity, max: Infinity,
    weight, excluded, label: `${attribute} ${ruleName(rule)} ${value}`,
  };
  if (rule === 'between') {
    const range = parseRange(value, locale) ?? ambiguous(value) ?? fail('criteria.error.range', { rule: word, value: shown });
    [criterion.min, criterion.max] = range;
  } else if (rule === 'atLeast' || rule === 'atMost') {
    const bound = parseNumber(valueCell, locale) ?? ambiguous(value) ?? fail('criteria.error.number', { rule: word, value: shown });
    if (rule === 'atLeast') criterion.min = bound;
    else criterion.max = bound;
  } else {
    criterion.alternatives = alternativesOf(rule, value, locale);
    if (criterion.alternatives.length === 0) fail('criteria.error.badValue', { rule: word, value: shown });
  }
  return criterion;
}

/** How a locale writes one thousand and one and a half, for messages: `1000 / 1.000` and `1,5` in ro_RO. */
export function numberExamples(locale?: string | null): { thousand: string; decimal: string } {
  const { group, decimal } = numberStyle(locale);
  return { thousand: `1000 / 1${group}000`, decimal: `1${decimal}5` };
}

/**
 * The alternatives of a value: separated by `;`. For `contains` / `does not contain` also by `,`: the
 * cell's items are split on both, so an alternative holding a comma could never be found in an item.
 */
function alternativesOf(rule: RuleKind, value: string, locale: string | null | undefined): Alternative[] {
  const parts = rule === 'contains' || rule === 'doesNotContain' ? value.split(/[;,]/) : value.split(';');
  const alternatives: Alternative[] = [];
  for (const part of parts) {
    const text = part.trim();
    if (text !== '') alternatives.push({ text: text.toLowerCase(), token: matchToken(text.toLowerCase()), number: parseNumber(text, locale) });
  }
  return alternatives;
}

function parseWeight(cell: CellValue, { locale, language = 'en' }: Settings, fail: (key: MessageKey, params: Record<string, string>) => never): { weight: number; excluded: boolean } {
  if (isBlank(cell)) return { weight: 1, excluded: false };
  if (isExcludeWord(cell)) return { weight: 0, excluded: true };
  const weight = parseNumber(cell, locale);
  if (weight === undefined || weight < 0) {
    return fail('criteria.error.weight', { value: describeValue(cell, language), exclude: t(language, 'criteria.exclude') });
  }
  if (weight > MAX_WEIGHT) return fail('criteria.weightTooLarge', { weight: describeValue(cell, language) });
  return { weight, excluded: false };
}

/** A criterion that takes part in scoring: a positive weight, or an exclusion. */
export function isActive(criterion: Criterion): boolean {
  return criterion.excluded || criterion.weight > 0;
}

/**
 * How a criterion reads in `language`: the attribute and value as the user wrote them, the rule word
 * translated (`Industry este Fintech`), as ICP_EXPLAIN and the suggestions show it.
 */
export function formatCriterion(criterion: Pick<Criterion, 'attribute' | 'rule' | 'value'>, language: Language = 'en'): string {
  return `${criterion.attribute} ${ruleName(criterion.rule, language)} ${criterion.value}`;
}

/** The cells of a Criteria row for a criterion, written in `language` (weight `exclude` translated). */
export function criterionCells(criterion: Pick<Criterion, 'attribute' | 'rule' | 'value' | 'weight' | 'excluded'>, language: Language = 'en'): [string, string, string, string | number] {
  const weight = criterion.excluded ? t(language, 'criteria.exclude') : criterion.weight;
  return [criterion.attribute, ruleName(criterion.rule, language), criterion.value, weight];
}

/**
 * Identity of a criterion for merging Criteria rows without duplicates: attribute (any language, case and
 * punctuation ignored) + rule (any language) + the set of `;` alternatives (order and case ignored; an
 * option in any language, so `Khởi nghiệp` and `Startup` are one).
 */
export function criterionKey(attribute: unknown, rule: unknown, value: unknown): string {
  const kind = ruleOf(rule) ?? normalizeName(rule);
  const values = cellText(value as CellValue).split(';').map((v) => matchToken(normalizeName(v))).filter(Boolean).sort();
  return `${nameIdentity(attribute)}|${kind}|${values.join(';')}`;
}
