// The Criteria rule language (docs/rules.md, Scoring): `Attribute | Rule | Value | Weight` rows, read in any of the
// three languages. This module only parses; ./scoring compiles the parsed criteria against a header row.
import { type Language, t } from './i18n';
import { RULES, type RuleKind, isExcludeWord, matchToken, nameIdentity, namesOf, normalizeName, ruleName, ruleOf } from './vocabulary';
import { type CellValue, InputError, cellText, describeValue, isBlank, parseNumber, parseRange } from './values';

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
  /** The language of messages that have translations (default English). */
  language?: Language;
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
  const prefix = typeof options === 'string' ? options : options.functionName ? `${options.functionName}: ` : '';
  const language = typeof options === 'string' ? 'en' : options.language ?? 'en';
  const criteria: Criterion[] = [];
  for (let index = 0; index < rows.length; index++) {
    const cells = rows[index] ?? [];
    const [attributeCell, ruleCell, valueCell, weightCell] = [cells[0], cells[1], cells[2], cells[3]];
    if (isBlank(attributeCell) && isBlank(ruleCell) && isBlank(valueCell) && isBlank(weightCell)) continue;
    if (index === 0 && isWeightHeader(weightCell)) continue;
    criteria.push(parseRow(index + 1, [attributeCell, ruleCell, valueCell, weightCell], prefix, language));
  }
  return criteria;
}

function parseRow(row: number, cells: readonly CellValue[], prefix: string, language: Language): Criterion {
  const [attributeCell, ruleCell, valueCell, weightCell] = cells;
  const attribute = cellText(attributeCell);
  const fail = (message: string): never => {
    throw new InputError(`${prefix}Criterion ${row}${attribute ? ` (${JSON.stringify(attribute)})` : ''}: ${message}`);
  };
  if (!attribute) fail('the attribute is blank');
  const rules = RULES.map((rule) => ruleName(rule)).join(', ');
  if (isBlank(ruleCell)) fail(`the rule is blank; rules are ${rules}`);
  const rule = ruleOf(ruleCell) ?? fail(`unknown rule ${describeValue(ruleCell)}; rules are ${rules}`);
  const word = ruleName(rule);
  const value = cellText(valueCell);
  if (!value) fail(`"${word}" needs a value`);
  const { weight, excluded } = parseWeight(weightCell, fail, language);
  const criterion: Criterion = {
    row, attribute, identity: nameIdentity(attribute), rule, value, alternatives: [], min: -Infinity, max: Infinity,
    weight, excluded, label: `${attribute} ${word} ${value}`,
  };
  if (rule === 'between') {
    const range = parseRange(value) ?? fail(`"between" needs min..max, got ${describeValue(valueCell)}`);
    [criterion.min, criterion.max] = range;
  } else if (rule === 'atLeast' || rule === 'atMost') {
    const bound = parseNumber(valueCell) ?? fail(`"${word}" needs a number, got ${describeValue(valueCell)}`);
    if (rule === 'atLeast') criterion.min = bound;
    else criterion.max = bound;
  } else {
    criterion.alternatives = alternativesOf(rule, value);
    if (criterion.alternatives.length === 0) fail(`"${word}" needs a value, got ${describeValue(valueCell)}`);
  }
  return criterion;
}

/**
 * The alternatives of a value: separated by `;`. For `contains` / `does not contain` also by `,`: the
 * cell's items are split on both, so an alternative holding a comma could never be found in an item.
 */
function alternativesOf(rule: RuleKind, value: string): Alternative[] {
  const parts = rule === 'contains' || rule === 'doesNotContain' ? value.split(/[;,]/) : value.split(';');
  const alternatives: Alternative[] = [];
  for (const part of parts) {
    const text = part.trim();
    if (text !== '') alternatives.push({ text: text.toLowerCase(), token: matchToken(text.toLowerCase()), number: parseNumber(text) });
  }
  return alternatives;
}

function parseWeight(cell: CellValue, fail: (message: string) => never, language: Language): { weight: number; excluded: boolean } {
  if (isBlank(cell)) return { weight: 1, excluded: false };
  if (isExcludeWord(cell)) return { weight: 0, excluded: true };
  const weight = parseNumber(cell);
  if (weight === undefined || weight < 0) return fail(`weight ${describeValue(cell)} must be a positive number, 0 (off) or exclude`);
  if (weight > MAX_WEIGHT) return fail(t(language, 'criteria.weightTooLarge', { weight: describeValue(cell) }));
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

/** criterionKey of a parsed criterion. */
export function keyOf(criterion: Pick<Criterion, 'attribute' | 'rule' | 'value'>): string {
  return criterionKey(criterion.attribute, criterion.rule, criterion.value);
}
