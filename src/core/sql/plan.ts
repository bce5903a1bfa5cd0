// The criteria as one intermediate form for SQL: which columns are read, one line per attribute with one
// condition per criterion row, the exclusions, the total and the tier thresholds. Built from the same
// parser and compiler ICP_SCORE uses, so a criterion ICP_SCORE rejects is rejected here with the same
// message; ./render writes the form in a dialect.
import { type Criterion, formatCriterion, parseCriteria } from '../criteria';
import { criteriaVersion } from '../criteriaVersion';
import type { Language } from '../i18n';
import { compile } from '../scoring';
import { numberStyle } from '../vocabulary/numbers';
import { type SizeBounds, revenueBounds } from '../vocabulary/money';
import { type CellValue, InputError, cellText, describeValue } from '../values';
import { type ColumnKey, FORMULA_COLUMNS, type OptionKey, type RuleKind, columnKeyOf, headerIndex, namesOf, normalizeName, optionOf } from '../vocabulary';

/** A table column as SQL reads it: its name in the table and a short SQL-safe name for helper columns. */
export interface SourceColumn {
  name: string;
  alias: string;
}

/** What a line reads: one column, or Company size (its column when filled, else derived from Employees / Annual revenue). */
export type Source =
  | { kind: 'column'; column: SourceColumn }
  | { kind: 'size'; column?: SourceColumn; employees?: SourceColumn; revenue?: SourceColumn };

/** One criterion row as a condition on its line's cell. */
export interface Condition {
  criterion: Criterion;
  /** Name of the helper column holding whether the row's criterion is satisfied (`icp__row_2`). */
  flag: string;
  rule: RuleKind;
  /** Alternatives compared as text (lower case): `is` equality, `contains` substring (every alternative). */
  texts: string[];
  /** Alternatives that name an option (a size band, growth stage…): equal to a cell naming it in any language. */
  options: OptionKey[];
  /** `is` alternatives that are numbers: compared as numbers when the cell holds one, else as above. */
  numbers: { text: string; option?: OptionKey; number: number }[];
  /** Inclusive bounds of between / at least / at most; ±Infinity when open. */
  min: number;
  max: number;
  /** How the criterion reads in the explanation (`Industry is Fintech`). */
  label: string;
}

export interface PlanLine {
  attribute: string;
  alias: string;
  source: Source;
  conditions: Condition[];
  /** Highest weight of the line's scoring criteria; 0 for a line of exclusions only. */
  maximum: number;
}

export interface SqlPlan {
  /** criteriaVersion of the Criteria rows. */
  version: string;
  /** Every column whose blankness makes a row blank (all but the score and tier columns). */
  rowColumns: SourceColumn[];
  /** Columns read by the criteria, each normalised once. */
  columns: SourceColumn[];
  lines: PlanLine[];
  /** Exclusions in row order: the first satisfied one names why a row scores 0. */
  exclusions: Condition[];
  /** Sum of the lines' maxima (0 when only exclusions are active: every kept row scores 100). */
  total: number;
  tiers: { a: number; b: number };
  language: Language;
  /** Every name (normalized) of each option the criteria use, as the vocabulary matches them. */
  optionNames: Map<OptionKey, string[]>;
  /** The locale numbers (and, in the summary, dates) typed as text are read in, and its thousands separator. */
  locale?: string;
  group: string;
  /** The currency of Annual revenue (US dollars when undefined) and the derived Company size's revenue bounds in it. */
  currency?: string;
  revenueBounds: SizeBounds;
}

export interface PlanOptions {
  /** The table's columns in order (the Accounts header row). */
  headers: readonly string[];
  /** ICP_TIER's a_min and b_min (80 and 50 unless the sheet uses others). */
  tiers?: { a: number; b: number };
  /** Language of icp_explain. */
  language?: Language;
  /** How numbers typed as text are written (`ro_RO`: `1.000` is a thousand), as ICP_SCORE's locale argument. */
  locale?: string;
  /** The currency of Annual revenue for the derived Company size, as ICP_SCORE's currency argument (US dollars when absent). */
  currency?: string;
}

/** The score and tier columns: outputs, never part of a row's blankness. */
const OUTPUT_COLUMNS: ReadonlySet<ColumnKey> = new Set(FORMULA_COLUMNS.filter((key) => key !== 'companySize'));

/**
 * The plan for Criteria rows (as the sheet holds them, header row allowed) over a table's columns.
 * Throws InputError with ICP_SCORE's message for a bad criterion or an unknown attribute.
 */
export function planCriteria(criteriaRows: readonly (readonly CellValue[])[], options: PlanOptions): SqlPlan {
  // Errors read as ICP_SCORE writes them: in the explanation's language.
  const settings = { functionName: 'ICP_SCORE', locale: options.locale, language: options.language };
  const parsed = parseCriteria(criteriaRows, settings);
  const scorer = compile(parsed, options.headers, settings);
  const tiers = checkTiers(options.tiers ?? { a: 80, b: 50 });
  const sources = columnAliases(options.headers);
  const index = headerIndex(options.headers);
  const used = new Map<number, SourceColumn>();
  const use = (column: number | undefined) => {
    if (column === undefined) return undefined;
    const source = sources[column];
    used.set(column, source);
    return source;
  };
  const lines = new Map<string, PlanLine>();
  const exclusions: Condition[] = [];
  const language = options.language ?? 'en';
  for (const criterion of scorer.criteria) {
    let line = lines.get(criterion.identity);
    if (!line) {
      const source: Source = criterion.identity === '#companySize'
        ? { kind: 'size', column: use(index.get('#companySize')), employees: use(index.get('#employees')), revenue: use(index.get('#annualRevenue')) }
        : { kind: 'column', column: use(index.get(criterion.identity))! };
      line = { attribute: criterion.attribute, alias: lineAlias(criterion, lines.size), source, conditions: [], maximum: 0 };
      lines.set(criterion.identity, line);
    }
    const condition = conditionOf(criterion, language);
    line.conditions.push(condition);
    if (criterion.excluded) exclusions.push(condition);
    else if (criterion.weight > line.maximum) line.maximum = criterion.weight;
  }
  const planLines = [...lines.values()];
  const optionNames = new Map<OptionKey, string[]>();
  for (const line of planLines) {
    for (const c of line.conditions) for (const option of [...c.options, ...c.numbers.map((n) => n.option)]) if (option) optionNames.set(option, namesOfOption(option));
  }
  return {
    version: criteriaVersion(criteriaRows),
    rowColumns: sources.filter((_, i) => !OUTPUT_COLUMNS.has(columnKeyOf(options.headers[i]) as ColumnKey)),
    columns: [...used.entries()].sort(([a], [b]) => a - b).map(([, column]) => column),
    lines: planLines,
    exclusions: exclusions.sort((a, b) => a.criterion.row - b.criterion.row),
    // Summed in line order, as ICP_SCORE sums it, so the same floating-point total.
    total: planLines.reduce((sum, line) => sum + line.maximum, 0),
    tiers,
    language,
    optionNames,
    locale: options.locale,
    group: numberStyle(options.locale).group,
    currency: options.currency,
    revenueBounds: revenueBounds(options.currency),
  };
}

function conditionOf(criterion: Criterion, language: Language): Condition {
  const condition: Condition = {
    criterion, flag: `icp__row_${criterion.row}`, rule: criterion.rule, texts: [], options: [], numbers: [], min: criterion.min, max: criterion.max,
    label: formatCriterion(criterion, language),
  };
  const equality = criterion.rule === 'is' || criterion.rule === 'isNot';
  for (const alternative of criterion.alternatives) {
    const option = alternative.token === alternative.text ? undefined : optionOf(alternative.text);
    if (equality && alternative.number !== undefined) condition.numbers.push({ text: alternative.text, option, number: alternative.number });
    else if (option && equality) condition.options.push(option);
    else condition.texts.push(alternative.text);
    // `contains` finds every alternative's text in the cell, and an option's name in another language as an item.
    if (option && !equality) condition.options.push(option);
  }
  return condition;
}

/** The normalized names that the vocabulary reads as this option (a name shared with another option goes to that one). */
function namesOfOption(option: OptionKey): string[] {
  return [...new Set(namesOf(option).filter((name) => optionOf(name) === option).map(normalizeName))];
}

function checkTiers(tiers: { a: number; b: number }): { a: number; b: number } {
  for (const [name, value] of [['a_min', tiers.a], ['b_min', tiers.b]] as const) {
    if (!Number.isFinite(value) || value < 0 || value > 100) throw new InputError(`ICP_TIER: ${name} ${describeValue(value)} is outside 0–100`);
  }
  if (tiers.a < tiers.b) throw new InputError(`ICP_TIER: a_min ${tiers.a} is below b_min ${tiers.b}; the A threshold must be the higher one`);
  return tiers;
}

/** A lower-case ASCII name for helper columns (`Annual revenue` → `annual_revenue`), unique within the table. */
export function sqlAlias(name: string, taken: Set<string>): string {
  const base = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()
    .replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40) || 'column';
  let alias = /^[0-9]/.test(base) ? `c_${base}` : base;
  for (let n = 2; taken.has(alias); n++) alias = `${base}_${n}`;
  taken.add(alias);
  return alias;
}

function columnAliases(headers: readonly string[]): SourceColumn[] {
  const taken = new Set<string>();
  return headers.map((header) => ({ name: header, alias: sqlAlias(cellText(header), taken) }));
}

function lineAlias(criterion: Criterion, index: number): string {
  return `${sqlAlias(criterion.attribute, new Set())}_${index + 1}`;
}
