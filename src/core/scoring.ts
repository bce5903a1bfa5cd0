// ICP scoring (SPEC §4.1–4.2): criteria compiled once into per-attribute groups; each group caches its
// points per distinct cell value, because account data repeats (industries, countries, size bands).
import { type Criterion, parseCriteria } from './criteria';
import { headerIndex, nameIdentity } from './columns';
import { type Language, allTranslations, t } from './i18n';
import { companySize } from './size';
import { type CellValue, InputError, cellText, isBlank, parseNumber, splitItems } from './values';

export interface Scorer {
  /** 0–100 integer, or '' for an all-blank account row. */
  score(row: readonly CellValue[]): number | '';
  /** Why the row got its score (SPEC §4.2), or '' for an all-blank row. */
  explain(row: readonly CellValue[], language?: Language): string;
  /** The parsed active criteria, in sheet order. */
  readonly criteria: readonly Criterion[];
}

const EXCLUDED = -1;
const CACHE_LIMIT = 20_000;

type Test = (cell: CellText) => boolean;

interface CellText {
  blank: boolean;
  text: string; // trimmed, lower case
  number: number | undefined;
  items: () => string[];
}

interface Group {
  criteria: Criterion[];
  tests: Test[];
  /** Every criterion is numeric (between / at least / at most): number cells skip the cache. */
  numeric: boolean;
  maximum: number;
  valueOf: (row: readonly CellValue[]) => CellValue;
  cache: Map<CellValue, number>;
}

function readCell(value: CellValue): CellText {
  const text = cellText(value).toLowerCase();
  let items: string[] | undefined;
  return {
    blank: isBlank(value) || text === '',
    text,
    number: parseNumber(value),
    items: () => (items ??= splitItems(text)),
  };
}

function compileTest(criterion: Criterion, canonical: (text: string) => string): Test {
  const alternatives = criterion.alternatives.map((a) => ({ text: canonical(a.text), number: a.number }));
  const equals = (cell: CellText) => {
    const text = canonical(cell.text);
    return alternatives.some((a) => (a.number !== undefined && cell.number !== undefined ? a.number === cell.number : a.text === text));
  };
  const contains = (cell: CellText) => cell.items().some((item) => alternatives.some((a) => item.includes(a.text)));
  const { min, max } = criterion;
  switch (criterion.rule) {
    case 'is': return (cell) => !cell.blank && equals(cell);
    case 'isNot': return (cell) => cell.blank || !equals(cell);
    case 'contains': return (cell) => !cell.blank && contains(cell);
    case 'doesNotContain': return (cell) => cell.blank || !contains(cell);
    default: return (cell) => cell.number !== undefined && cell.number >= min && cell.number <= max;
  }
}

/** Points of a group for one cell: the highest weight satisfied, or EXCLUDED. */
function groupPoints(group: Group, value: CellValue): number {
  if (group.numeric && typeof value === 'number') return numericPoints(group, value);
  const cacheable = typeof value !== 'object' || value === null;
  if (cacheable) {
    const cached = group.cache.get(value);
    if (cached !== undefined) return cached;
  }
  const cell = readCell(value);
  let points = 0;
  for (let i = 0; i < group.tests.length; i++) {
    if (!group.tests[i](cell)) continue;
    const criterion = group.criteria[i];
    if (criterion.excluded) {
      points = EXCLUDED;
      break;
    }
    if (criterion.weight > points) points = criterion.weight;
  }
  if (cacheable && group.cache.size < CACHE_LIMIT) group.cache.set(value, points);
  return points;
}

function numericPoints(group: Group, value: number): number {
  let points = 0;
  for (const criterion of group.criteria) {
    if (value < criterion.min || value > criterion.max) continue;
    if (criterion.excluded) return EXCLUDED;
    if (criterion.weight > points) points = criterion.weight;
  }
  return points;
}

const NUMERIC_RULES = new Set(['between', 'atLeast', 'atMost']);

/** Size band names in any language → the English band, so `IMM` and `SMB` match. */
function sizeCanonical(): (text: string) => string {
  const table = new Map<string, string>();
  for (const [key, band] of [['size.smb', 'smb'], ['size.midMarket', 'mid-market'], ['size.enterprise', 'enterprise']] as const) {
    for (const text of allTranslations(key)) table.set(text.toLowerCase(), band);
  }
  return (text) => table.get(text) ?? text;
}

function allBlank(row: readonly CellValue[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) return false;
  return true;
}

/**
 * Parses and compiles the criteria against a header row. Throws InputError for a bad criterion
 * (naming its row and attribute) or when no criterion is active.
 */
export function compileCriteria(
  criteriaRows: readonly (readonly CellValue[])[],
  headers: readonly CellValue[],
  options: { functionName?: string } = {},
): Scorer {
  const prefix = options.functionName ? `${options.functionName}: ` : '';
  const active = parseCriteria(criteriaRows, prefix).filter((c) => c.excluded || c.weight > 0);
  if (active.length === 0) {
    throw new InputError(`${prefix}no active criteria: add rows of Attribute | Rule | Value | Weight with a weight above 0`);
  }
  const columns = headerIndex(headers);
  const groups = new Map<string, Group>();
  for (const criterion of active) {
    const identity = nameIdentity(criterion.attribute);
    let group = groups.get(identity);
    if (!group) {
      group = { criteria: [], tests: [], numeric: true, maximum: 0, valueOf: attributeReader(criterion, identity, columns, headers, prefix), cache: new Map() };
      groups.set(identity, group);
    }
    const canonical = identity === '#companySize' ? sizeCanonical() : (text: string) => text;
    group.criteria.push(criterion);
    group.numeric &&= NUMERIC_RULES.has(criterion.rule);
    group.tests.push(compileTest(criterion, canonical));
    if (!criterion.excluded) group.maximum = Math.max(group.maximum, criterion.weight);
  }
  const list = [...groups.values()];
  const total = list.reduce((sum, group) => sum + group.maximum, 0);

  const score = (row: readonly CellValue[]): number | '' => {
    if (allBlank(row)) return '';
    let points = 0;
    for (let i = 0; i < list.length; i++) {
      const p = groupPoints(list[i], list[i].valueOf(row));
      if (p === EXCLUDED) return 0;
      points += p;
    }
    // Only exclusion criteria: every account that is not excluded fits.
    return total === 0 ? 100 : Math.round((100 * points) / total + 1e-9);
  };

  const explain = (row: readonly CellValue[], language: Language = 'en'): string => {
    if (allBlank(row)) return '';
    const parts: { points: number; share: number; text: string }[] = [];
    for (const group of list) {
      const cell = readCell(group.valueOf(row));
      const satisfied = group.criteria.filter((_, i) => group.tests[i](cell));
      const exclusion = satisfied.find((c) => c.excluded);
      if (exclusion) return `⛔ ${t(language, 'explain.excluded')}: ${exclusion.label}`;
      if (group.maximum === 0) continue;
      const best = satisfied.reduce<Criterion | undefined>((top, c) => (!top || c.weight > top.weight ? c : top), undefined);
      if (best) {
        const of = best.weight < group.maximum ? ` of ${group.maximum}` : '';
        parts.push({ points: best.weight, share: best.weight / group.maximum, text: `✔ ${best.label} (+${best.weight}${of})` });
      } else {
        const heaviest = group.criteria.filter((c) => !c.excluded).reduce((top, c) => (c.weight > top.weight ? c : top));
        parts.push({ points: 0, share: 0, text: `✘ ${heaviest.label} (0 of ${group.maximum})` });
      }
    }
    // Most points first, full marks before partial ones; sort is stable, so other ties keep criteria order.
    return parts.sort((a, b) => b.points - a.points || b.share - a.share).map((p) => p.text).join(' · ');
  };

  return { score, explain, criteria: active };
}

/** How a group reads its value from a row: a header's column, or the derived company size. */
function attributeReader(
  criterion: Criterion,
  identity: string,
  columns: Map<string, number>,
  headers: readonly CellValue[],
  prefix: string,
): (row: readonly CellValue[]) => CellValue {
  const column = columns.get(identity);
  if (identity !== '#companySize') {
    if (column === undefined) {
      const names = headers.map((h) => cellText(h)).filter((h) => h !== '');
      throw new InputError(
        `${prefix}Criterion ${criterion.row} (${JSON.stringify(criterion.attribute)}): unknown attribute; columns are ${names.join(', ')}`,
      );
    }
    return (row) => row[column];
  }
  const employees = columns.get('#employees');
  const revenue = columns.get('#annualRevenue');
  if (column === undefined && employees === undefined && revenue === undefined) {
    throw new InputError(
      `${prefix}Criterion ${criterion.row} (${JSON.stringify(criterion.attribute)}): Company size needs an Employees or Annual revenue column`,
    );
  }
  const nonNegative = (value: CellValue) => {
    const n = parseNumber(value);
    return n !== undefined && n >= 0 ? n : undefined;
  };
  return (row) => {
    if (column !== undefined && !isBlank(row[column])) return row[column];
    const band = companySize(
      employees === undefined ? undefined : nonNegative(row[employees]),
      revenue === undefined ? undefined : nonNegative(row[revenue]),
    );
    return band ?? '';
  };
}

