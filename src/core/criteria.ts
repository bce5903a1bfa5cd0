// The Criteria rule language (SPEC §4.1): `Attribute | Rule | Value | Weight` rows, in any language.
import { allTranslations } from './i18n';
import { type RuleKind, nameIdentity, normalizeName, ruleOf } from './columns';
import { type CellValue, InputError, cellText, describeValue, isBlank, parseNumber, parseRange } from './values';

export { parseRange };

export interface Alternative {
  text: string; // trimmed, lower case
  number?: number;
}

export interface Criterion {
  /** Row number within the criteria range, 1-based (a header row counts). */
  row: number;
  attribute: string;
  rule: RuleKind;
  /** The Value cell as written, trimmed. */
  value: string;
  alternatives: Alternative[];
  min: number;
  max: number;
  /** 0 means off; ignored when `excluded`. */
  weight: number;
  excluded: boolean;
  /** How the criterion reads in explanations: `Industry is Fintech`. */
  label: string;
}

const RULE_WORDS: Record<RuleKind, string> = {
  is: 'is', isNot: 'is not', contains: 'contains', doesNotContain: 'does not contain',
  between: 'between', atLeast: 'at least', atMost: 'at most',
};

let excludeWords: Set<string> | undefined;
let weightWords: Set<string> | undefined;

export function isExcludeWord(value: CellValue): boolean {
  excludeWords ??= new Set(allTranslations('criteria.exclude').map(normalizeName));
  return typeof value === 'string' && excludeWords.has(normalizeName(value));
}

function isWeightHeader(value: CellValue): boolean {
  weightWords ??= new Set(allTranslations('criteria.weight').map(normalizeName));
  return typeof value === 'string' && weightWords.has(normalizeName(value));
}

/** Parses the criteria rows; all-blank rows and a header row are skipped. Throws InputError naming the row. */
export function parseCriteria(rows: readonly (readonly CellValue[])[], prefix = ''): Criterion[] {
  const criteria: Criterion[] = [];
  rows.forEach((cells, index) => {
    const [attributeCell, ruleCell, valueCell, weightCell] = [cells[0], cells[1], cells[2], cells[3]];
    if ([attributeCell, ruleCell, valueCell, weightCell].every(isBlank)) return;
    if (index === 0 && isWeightHeader(weightCell)) return;
    criteria.push(parseRow(index + 1, attributeCell, ruleCell, valueCell, weightCell, prefix));
  });
  return criteria;
}

function parseRow(row: number, attributeCell: CellValue, ruleCell: CellValue, valueCell: CellValue, weightCell: CellValue, prefix: string): Criterion {
  const attribute = cellText(attributeCell);
  const fail = (message: string): never => {
    throw new InputError(`${prefix}Criterion ${row}${attribute ? ` (${JSON.stringify(attribute)})` : ''}: ${message}`);
  };
  if (!attribute) fail('the attribute is blank');
  const rule = ruleOf(ruleCell);
  if (!rule) {
    fail(`unknown rule ${describeValue(ruleCell)}; rules are ${Object.values(RULE_WORDS).join(', ')}`);
  }
  const kind = rule as RuleKind;
  const value = cellText(valueCell);
  if (!value) fail(`"${RULE_WORDS[kind]}" needs a value`);
  const { weight, excluded } = parseWeight(weightCell, fail);
  const criterion: Criterion = {
    row, attribute, rule: kind, value, alternatives: [], min: -Infinity, max: Infinity, weight, excluded,
    label: `${attribute} ${RULE_WORDS[kind]} ${value}`,
  };
  if (kind === 'between') {
    const range = parseRange(value);
    if (!range) fail(`"between" needs min..max, got ${describeValue(valueCell)}`);
    [criterion.min, criterion.max] = range!;
  } else if (kind === 'atLeast' || kind === 'atMost') {
    const bound = parseNumber(valueCell);
    if (bound === undefined) fail(`"${RULE_WORDS[kind]}" needs a number, got ${describeValue(valueCell)}`);
    if (kind === 'atLeast') criterion.min = bound!;
    else criterion.max = bound!;
  } else {
    criterion.alternatives = value
      .split(';')
      .map((text) => text.trim())
      .filter((text) => text !== '')
      .map((text) => ({ text: text.toLowerCase(), number: parseNumber(text) }));
    if (criterion.alternatives.length === 0) fail(`"${RULE_WORDS[kind]}" needs a value`);
  }
  return criterion;
}

function parseWeight(cell: CellValue, fail: (message: string) => never): { weight: number; excluded: boolean } {
  if (isBlank(cell)) return { weight: 1, excluded: false };
  if (isExcludeWord(cell)) return { weight: 0, excluded: true };
  const weight = parseNumber(cell);
  if (weight === undefined || weight < 0) fail(`weight ${describeValue(cell)} must be a positive number, 0 (off) or exclude`);
  return { weight: weight!, excluded: false };
}

/** The rule word in English, as written in the Criteria sheet's reference language. */
export function ruleWord(rule: RuleKind): string {
  return RULE_WORDS[rule];
}

/** Identity of a criterion for merging Criteria rows without duplicates: attribute + rule + value. */
export function criterionKey(attribute: unknown, rule: unknown, value: unknown): string {
  const kind = ruleOf(rule) ?? normalizeName(rule);
  const values = cellText(value as CellValue).split(';').map((v) => normalizeName(v)).filter(Boolean).sort();
  return `${nameIdentity(attribute)}|${kind}|${values.join(';')}`;
}
