// ICP scoring (docs/rules.md, Scoring and Explanations). The criteria are parsed once (./criteria) and
// compiled against the header row into one scorecard line per attribute: the column it reads, a matcher
// that finds the satisfied criteria without trying every alternative (./matcher), and a memo of the line's points per distinct cell value, because account data repeats (industries,
// countries, size bands, tool lists). Scoring a row is then one Map lookup per attribute; a cell is only
// read as text (trimmed, lower-cased, split into items, parsed as a number) the first time it is seen.
import { type Criterion, type ParseOptions, formatCriterion, isActive, parseCriteria } from './criteria';
import { type Language, quote, t } from './i18n';
import { type Cell, type Matcher, compileMatcher } from './matcher';
import { columnHeader, headerIndex, matchToken, revenueBounds } from './vocabulary';
import { companySize } from './size';
import { type CellValue, InputError, MAX_CELL_CHARS, cellText, foldCase, isBlank, isDate, splitItems } from './values';
import { parseNumber } from './vocabulary/numbers';

export interface Scorer {
  /** 0–100 integer, or '' for an all-blank account row. */
  score(row: readonly CellValue[]): number | '';
  /** Why the row got its score (docs/rules.md, Explanations), or '' for an all-blank row. */
  explain(row: readonly CellValue[], language?: Language): string;
  /** The score with its per-attribute breakdown (what explain words), or undefined for an all-blank row. */
  evaluate(row: readonly CellValue[]): Evaluation | undefined;
  /** The active criteria (positive weight or exclude), in sheet order. */
  readonly criteria: readonly Criterion[];
}

/** One attribute's line of the scorecard for one account. */
export interface LineResult {
  /** The attribute as first written in the criteria. */
  attribute: string;
  /** The highest weight among the attribute's satisfied criteria, 0 if none. */
  points: number;
  /** The highest weight among the attribute's active criteria. */
  maximum: number;
  /** The criterion that gave the points; when none did, the attribute's highest-weight criterion (first on ties). */
  criterion: Criterion;
  satisfied: boolean;
}

export interface Evaluation {
  score: number;
  /** The first satisfied `exclude` criterion in sheet order; the score is then 0. */
  excludedBy?: Criterion;
  /**
   * Attributes with a positive maximum, most points first; on equal points full marks before partial
   * ones, then in criteria order (the order in which attributes first appear). Empty when excluded.
   */
  lines: LineResult[];
}

/**
 * `functionName` prefixes every error message (`ICP_SCORE: Criterion 2 ("Industy"): unknown attribute; …`);
 * `locale` is how criteria values and account cells write numbers as text; `language` that of the errors;
 * date cells are compared as calendar days in `timeZone` (UTC when not given).
 */
export type CompileOptions = ParseOptions & { timeZone?: string; currency?: string };

/** Marks an excluded account in a memoized line result (weights are never negative). */
const EXCLUDED = -1;
/** Distinct cell values memoized per attribute; beyond that, cells are matched without the memo. */
const MEMO_LIMIT = 50_000;
/** An unknown-attribute message lists at most this many columns (a sheet may have thousands). */
const MAX_LISTED_COLUMNS = 40;
/** Lets a true half such as 12.5 survive floating-point noise (12.499999999999998) before rounding up. */
const HALF_EPSILON = 1e-9;

interface Line {
  attribute: string;
  criteria: Criterion[];
  /** Which criteria a cell satisfies; compiled once every criterion of the line is known. */
  match: Matcher;
  maximum: number;
  /** The highest-weight criterion that is not an exclusion (first on ties), named when none is satisfied. */
  heaviest?: Criterion;
  /** Every criterion is between / at least / at most: number cells are tested directly, not memoized. */
  numericOnly: boolean;
  /** The account column read, or -1 for the derived Company size (see `read`). */
  column: number;
  read: (row: readonly CellValue[]) => CellValue;
  /** Date cells are read as calendar days in this zone. */
  timeZone?: string;
  /** How text cells write numbers. */
  locale?: string | null;
  /** Points per distinct cell value (scoring). */
  memo: Map<CellValue, number>;
  /** Outcome per distinct cell value (explaining). */
  outcomes: Map<CellValue, Outcome>;
  /** Outcome per set of satisfied criteria (bit i = criterion i). */
  byMask: Map<number, Outcome>;
}

/** What one cell value earns on one line; shared by every row with that value. */
interface Outcome {
  /** The line's first satisfied exclusion in sheet order. */
  excludedBy?: Criterion;
  /** Undefined for a line of exclusions only (nothing to earn). */
  result?: LineResult;
  /** The explanation part, per language, built on first use. */
  texts: Partial<Record<Language, string>>;
}

/** Parses and compiles the criteria against a header row; see `compile` for the errors. */
export function compileCriteria(
  criteria: readonly (readonly CellValue[])[],
  headers: readonly CellValue[],
  options: CompileOptions = {},
): Scorer {
  return compile(parseCriteria(criteria, options), headers, options);
}

/**
 * Compiles parsed criteria (e.g. the sheet's plus proposed ones) against a header row. Throws InputError
 * when no criterion is active, when an active criterion's attribute is not among the headers (listing
 * them), or when `Company size` can be neither read nor derived. Criteria with weight 0 are ignored.
 */
export function compile(parsed: readonly Criterion[], headers: readonly CellValue[], options: CompileOptions = {}): Scorer {
  const prefix = options.functionName ? `${options.functionName}: ` : '';
  const active = parsed.filter(isActive);
  if (active.length === 0) {
    throw new InputError(prefix + t(options.language ?? 'en', 'criteria.error.noActive'));
  }
  const columns = headerIndex(headers);
  const byIdentity = new Map<string, Line>();
  for (const criterion of active) {
    let line = byIdentity.get(criterion.identity);
    if (!line) {
      line = newLine(criterion, columns, headers, options);
      byIdentity.set(criterion.identity, line);
    }
    line.criteria.push(criterion);
    line.numericOnly &&= isNumericRule(criterion);
    if (!criterion.excluded && criterion.weight > line.maximum) line.maximum = criterion.weight;
    if (!criterion.excluded && (!line.heaviest || criterion.weight > line.heaviest.weight)) line.heaviest = criterion;
  }
  const lines = [...byIdentity.values()];
  for (const line of lines) line.match = compileMatcher(line.criteria);
  const total = lines.reduce((sum, line) => sum + line.maximum, 0);

  const score = (row: readonly CellValue[]): number | '' => {
    if (allBlank(row)) return '';
    let points = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const p = linePoints(line, line.column >= 0 ? row[line.column] : line.read(row));
      if (p === EXCLUDED) return 0;
      points += p;
    }
    return toScore(points, total);
  };

  const evaluate = (row: readonly CellValue[]): Evaluation | undefined => {
    if (allBlank(row)) return undefined;
    const outcomes = lineOutcomes(row);
    const excludedBy = firstExclusion(outcomes);
    if (excludedBy) return { score: 0, excludedBy, lines: [] };
    const results: LineResult[] = [];
    let points = 0;
    for (const outcome of outcomes) {
      if (!outcome.result) continue;
      points += outcome.result.points;
      results.push({ ...outcome.result });
    }
    return { score: toScore(points, total), lines: results.sort(byPoints) };
  };

  const explain = (row: readonly CellValue[], language: Language = 'en'): string => {
    if (allBlank(row)) return '';
    const outcomes = lineOutcomes(row);
    const excludedBy = firstExclusion(outcomes);
    if (excludedBy) return `⛔ ${t(language, 'explain.excluded')}: ${formatCriterion(excludedBy, language)}`;
    const parts: Outcome[] = [];
    for (const outcome of outcomes) if (outcome.result) parts.push(outcome);
    if (parts.length === 0) return `✔ ${t(language, 'explain.notExcluded')}`;
    parts.sort((a, b) => byPoints(a.result!, b.result!));
    let text = '';
    for (let i = 0; i < parts.length; i++) text += (i ? ' · ' : '') + outcomeText(parts[i], language);
    // Sheets refuses a longer cell, so a longer explanation is cut to fit.
    return text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text;
  };

  const lineOutcomes = (row: readonly CellValue[]): Outcome[] => {
    const outcomes = new Array<Outcome>(lines.length);
    for (let i = 0; i < lines.length; i++) outcomes[i] = outcomeOf(lines[i], lines[i].read(row));
    return outcomes;
  };

  return { score, explain, evaluate, criteria: active };
}

/** Most points first; on equal points full marks before partial ones; Array#sort is stable, so then criteria order. */
function byPoints(a: LineResult, b: LineResult): number {
  return b.points - a.points || b.points / b.maximum - a.points / a.maximum;
}

/** The satisfied exclusion with the lowest row number, over all lines. */
function firstExclusion(outcomes: readonly Outcome[]): Criterion | undefined {
  let first: Criterion | undefined;
  for (const o of outcomes) if (o.excludedBy && (!first || o.excludedBy.row < first.row)) first = o.excludedBy;
  return first;
}

/**
 * A line's outcome for one cell value. It depends only on which of the line's criteria the value
 * satisfies, so outcomes are shared per set of satisfied criteria (a bit mask; lines of more than 30
 * criteria are not shared), and memoized per distinct value like the points; a number against numeric
 * criteria only is compared with the bounds directly.
 */
function outcomeOf(line: Line, value: CellValue): Outcome {
  const n = line.criteria.length;
  if (line.numericOnly && typeof value === 'number' && n <= 30) {
    let mask = 0;
    if (Number.isFinite(value)) {
      for (let i = 0; i < n; i++) if (value >= line.criteria[i].min && value <= line.criteria[i].max) mask |= 1 << i;
    }
    return sharedOutcome(line, mask);
  }
  const memoized = typeof value !== 'object' || value === null;
  const known = memoized ? line.outcomes.get(value) : undefined;
  if (known) return known;
  const satisfied = line.match(readCell(value, line));
  let outcome: Outcome;
  if (n <= 30) {
    let mask = 0;
    for (const i of satisfied) mask |= 1 << i;
    outcome = sharedOutcome(line, mask);
  } else {
    outcome = buildOutcome(line, satisfied);
  }
  if (memoized && line.outcomes.size < MEMO_LIMIT) line.outcomes.set(value, outcome);
  return outcome;
}

function sharedOutcome(line: Line, mask: number): Outcome {
  let outcome = line.byMask.get(mask);
  if (!outcome) {
    const satisfied: number[] = [];
    for (let i = 0; i < line.criteria.length; i++) if ((mask >>> i) & 1) satisfied.push(i);
    outcome = buildOutcome(line, satisfied);
    line.byMask.set(mask, outcome);
  }
  return outcome;
}

/** `satisfied`: indices of the line's satisfied criteria, ascending (sheet order). */
function buildOutcome(line: Line, satisfied: readonly number[]): Outcome {
  const outcome: Outcome = { texts: {} };
  let best: Criterion | undefined;
  for (const i of satisfied) {
    const c = line.criteria[i];
    if (c.excluded) {
      outcome.excludedBy ??= c;
      continue;
    }
    if (!best || c.weight > best.weight) best = c;
  }
  const heaviest = line.heaviest;
  if (heaviest) {
    outcome.result = {
      attribute: line.attribute, points: best ? best.weight : 0, maximum: line.maximum, criterion: best ?? heaviest, satisfied: !!best,
    };
  }
  return outcome;
}

/** `✔ Industry is Fintech (+2 of 3)`, `✔ Employees between 50..500 (+2)`, `✘ Tech stack contains HubSpot (0 of 1)`. */
function outcomeText(outcome: Outcome, language: Language): string {
  const known = outcome.texts[language];
  if (known !== undefined) return known;
  const { criterion, points, maximum, satisfied } = outcome.result!;
  const label = formatCriterion(criterion, language);
  const of = t(language, 'explain.of');
  const text = !satisfied ? `✘ ${label} (0 ${of} ${maximum})`
    : points === maximum ? `✔ ${label} (+${points})` : `✔ ${label} (+${points} ${of} ${maximum})`;
  return (outcome.texts[language] = text);
}

/** round(100 × points / total), halves up; 100 when only exclusions are active (nothing to earn). */
function toScore(points: number, total: number): number {
  return total === 0 ? 100 : Math.floor((100 * points) / total + 0.5 + HALF_EPSILON);
}

function isNumericRule(criterion: Criterion): boolean {
  return criterion.rule === 'between' || criterion.rule === 'atLeast' || criterion.rule === 'atMost';
}

function allBlank(row: readonly CellValue[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) return false;
  return true;
}

/** A line's points for one cell value: the highest weight satisfied, 0, or EXCLUDED. Memoized per value. */
function linePoints(line: Line, value: CellValue): number {
  if (line.numericOnly && typeof value === 'number') return numericPoints(line, value);
  const memoized = typeof value !== 'object' || value === null; // not Dates: they would be keyed by identity
  if (memoized) {
    const known = line.memo.get(value);
    if (known !== undefined) return known;
  }
  let points = 0;
  if (line.numericOnly) {
    // Text numbers ("1,200"): parsed once per distinct text; booleans, dates and other text satisfy nothing.
    const number = typeof value === 'string' ? parseNumber(value, line.locale) : undefined;
    points = number === undefined ? 0 : numericPoints(line, number);
    if (memoized && line.memo.size < MEMO_LIMIT) line.memo.set(value, points);
    return points;
  }
  for (const i of line.match(readCell(value, line))) {
    const criterion = line.criteria[i];
    if (criterion.excluded) {
      points = EXCLUDED;
      break;
    }
    if (criterion.weight > points) points = criterion.weight;
  }
  if (memoized && line.memo.size < MEMO_LIMIT) line.memo.set(value, points);
  return points;
}

/** A number cell against numeric criteria only: bounds compared directly, nothing allocated. */
function numericPoints(line: Line, value: number): number {
  if (!Number.isFinite(value)) return 0;
  let points = 0;
  for (let i = 0; i < line.criteria.length; i++) {
    const criterion = line.criteria[i];
    if (value < criterion.min || value > criterion.max) continue;
    if (criterion.excluded) return EXCLUDED;
    if (criterion.weight > points) points = criterion.weight;
  }
  return points;
}

function readCell(value: CellValue, { timeZone, locale }: Pick<Line, 'timeZone' | 'locale'>): Cell {
  const text = foldCase(cellText(value, timeZone));
  let number: number | undefined | null = null;
  let items: string[] | undefined;
  let itemTokens: string[] | undefined;
  const cell: Cell = {
    blank: text === '',
    text,
    token: matchToken(text),
    // A date cell is not a number even though its ISO text has digits (parseNumber rejects it anyway).
    number: () => (number === null ? (number = isDate(value) ? undefined : parseNumber(value, locale)) : number),
    items: () => (items ??= splitItems(text)),
    itemTokens: () => (itemTokens ??= cell.items().map(matchToken)),
  };
  return cell;
}

/** How a line reads its cell: the header's column, or (Company size) the column when filled, else derived. */
function newLine(criterion: Criterion, columns: Map<string, number>, headers: readonly CellValue[], options: CompileOptions): Line {
  const { locale, timeZone, language = 'en' } = options;
  const fail = (key: 'criteria.error.unknownAttribute' | 'criteria.error.companySize', params: Record<string, string>): never => {
    const message = t(language, key, params);
    const where = t(language, 'criteria.error.rowNamed', { row: criterion.row, attribute: quote(criterion.attribute, language), message });
    throw new InputError((options.functionName ? `${options.functionName}: ` : '') + where);
  };
  const line = (column: number, read: Line['read']): Line => ({
    attribute: criterion.attribute, criteria: [], match: () => [], maximum: 0, numericOnly: true, column, read, timeZone, locale, memo: new Map(), outcomes: new Map(), byMask: new Map(),
  });
  const column = columns.get(criterion.identity);
  if (criterion.identity !== '#companySize') {
    if (column === undefined) {
      const names = headers.map((h) => cellText(h)).filter((h) => h !== '');
      const listed = names.slice(0, MAX_LISTED_COLUMNS).map((name) => (name.length > 60 ? `${name.slice(0, 57)}...` : name));
      return fail('criteria.error.unknownAttribute', { columns: listed.join(', ') + (names.length > listed.length ? ', ...' : '') });
    }
    return line(column, (row) => row[column]);
  }
  const employees = columns.get('#employees');
  const revenue = columns.get('#annualRevenue');
  if (column === undefined && employees === undefined && revenue === undefined) {
    const [size, employees, revenue] = (['companySize', 'employees', 'annualRevenue'] as const).map((key) => columnHeader(language, key));
    return fail('criteria.error.companySize', { size, employees, revenue });
  }
  const size = (cell: CellValue) => {
    const n = parseNumber(cell, locale);
    return n !== undefined && n >= 0 ? n : undefined;
  };
  const bounds = revenueBounds(options.currency);
  const read = (row: readonly CellValue[]): CellValue => {
    if (column !== undefined && !isBlank(row[column])) return row[column];
    const band = companySize(employees === undefined ? undefined : size(row[employees]), revenue === undefined ? undefined : size(row[revenue]), bounds);
    return band ?? '';
  };
  return line(-1, read);
}
