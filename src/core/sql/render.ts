// The scoring query: every column of the table plus icp_score, icp_tier, icp_explain and
// criteria_version. Steps an analyst can follow: read each used column once, normalise it, one step per
// attribute line (one flag per criterion row), the points, then the score.
import { t } from '../i18n';
import { describeBounds, normalizedName, numberBody, numberOf, sizeBand, trimmedText } from './cells';
import { EMPLOYEE_BOUNDS } from '../size';
import type { Dialect } from './dialect';
import type { Condition, PlanLine, SourceColumn, SqlPlan } from './plan';
import { type OptionKey, namesOf, optionOf } from '../vocabulary';

const HALF_EPSILON = '1e-9';

export interface ScoringQuery {
  /** The CTEs (without WITH) up to `icp__scored`, for queries built on the scores (the summary). */
  steps: string[];
  /** Helper columns the final SELECT leaves out. */
  helpers: string[];
  /** The whole query. */
  sql: string;
}

/** Line comments only: user text may hold anything but a line break. */
export const comment = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

export function renderScoring(plan: SqlPlan, d: Dialect, table: string): ScoringQuery {
  const helpers: string[] = [];
  const helper = (name: string) => {
    helpers.push(name);
    return name;
  };
  const cell = (c: SourceColumn) => `icp__${c.alias}`;
  const text = (c: SourceColumn) => `icp__${c.alias}_text`;
  const option = (c: SourceColumn) => `icp__${c.alias}_option`;
  const body = (c: SourceColumn) => `icp__${c.alias}_number_text`;
  // The option a cell names in any language (`imm` is the SMB band), '' when none the criteria use.
  // Names as written (lower case) first, the common case; then any spelling of them (accents, spaces, punctuation).
  const optionSql = (raw: string) => {
    const written = [...plan.optionNames].flatMap(([key]) => optionTexts(key).map((name) => `WHEN ${d.string(name)} THEN ${d.string(key)}`));
    const normalized = [...plan.optionNames].flatMap(([key, names]) => names.map((name) => `WHEN ${d.string(name)} THEN ${d.string(key)}`));
    return `CASE ${raw} ${written.join(' ')}\n      ELSE CASE ${normalizedName(d, raw)} ${normalized.join(' ')} ELSE '' END END`;
  };
  const number = (c: SourceColumn) => `icp__${c.alias}_number`;
  const read = plan.rowColumns.map((c) => c);
  const used = new Set(plan.columns.map((c) => c.alias));
  const steps: string[] = [];

  // Which columns need their number: range rules, `is` with a number, and Employees / Annual revenue for Company size.
  const numeric = new Set<string>();
  const textual = new Set<string>();
  const optional = new Set<PlanLine>();
  for (const line of plan.lines) {
    const wantsNumber = line.conditions.some((c) => c.numbers.length > 0 || c.rule === 'between' || c.rule === 'atLeast' || c.rule === 'atMost');
    if (line.conditions.some((c) => (c.rule === 'is' || c.rule === 'isNot') && (c.options.length > 0 || c.numbers.some((n) => n.option)))) optional.add(line);
    if (line.source.kind === 'column') {
      textual.add(line.source.column.alias);
      if (wantsNumber) numeric.add(line.source.column.alias);
    } else {
      if (line.source.column) textual.add(line.source.column.alias);
      if (line.source.column && wantsNumber) numeric.add(line.source.column.alias);
      for (const c of [line.source.employees, line.source.revenue]) if (c) numeric.add(c.alias);
    }
  }

  // 1. Each column the criteria read, trimmed once.
  steps.push(step('icp__cells', 'The columns the criteria read, as text trimmed of spaces.',
    plan.columns.map((c): Item => [`${trimmedText(d, d.ident(c.name))} AS ${helper(cell(c))}`]), d.table(table)));

  // 2. Text in lower case for is / contains; the number ICP_SCORE reads in it for between / at least / at most.
  const blankTests = [
    ...plan.columns.filter((c) => read.some((r) => r.alias === c.alias)).map((c) => `${cell(c)} = ''`),
    ...read.filter((c) => !used.has(c.alias)).map((c) => `${trimmedText(d, d.ident(c.name))} = ''`),
  ];
  steps.push(step('icp__normalised', 'Lower-case text for is / contains; the option a cell names; the text of a number without sign and %; whether every cell of the row is blank (no score then).', [
    ...plan.columns.flatMap((c): Item[] => [
      // Composed, then lower case, as the sheet compares text (values.ts foldCase).
      ...(textual.has(c.alias) ? [[`LOWER(${d.composed(cell(c))}) AS ${helper(text(c))}`] as Item] : []),
      ...(numeric.has(c.alias) ? [[`${numberBody(d, cell(c))} AS ${helper(body(c))}`] as Item] : []),
      ...(plan.lines.some((l) => optional.has(l) && l.source.kind === 'column' && l.source.column.alias === c.alias) ? [[`${optionSql(`LOWER(${d.composed(cell(c))})`)} AS ${helper(option(c))}`] as Item] : []),
    ]),
    [`${blankTests.length ? blankTests.join('\n      AND ') : 'FALSE'} AS ${helper('icp__blank_row')}`],
  ], 'icp__cells'));
  const numbers = plan.columns.filter((c) => numeric.has(c.alias));
  let previous = 'icp__normalised';
  if (numbers.length) {
    steps.push(step('icp__numbers', 'The number in the text ("1,200" is 1200, "80%" is 0.8, as the sheet\'s locale writes numbers), else NULL.',
      numbers.map((c): Item => [`${numberOf(d, cell(c), body(c), plan.group)} AS ${helper(number(c))}`]), previous));
    previous = 'icp__numbers';
  }

  // Company size: its column when filled, else the band of Employees / Annual revenue.
  const sizeLine = plan.lines.find((line) => line.source.kind === 'size');
  if (sizeLine && sizeLine.source.kind === 'size') {
    const { column, employees, revenue } = sizeLine.source;
    const derived = `COALESCE(${sizeBand(d, employees && number(employees), revenue && number(revenue), plan.revenueBounds)}, '')`;
    const own = column ? text(column) : undefined;
    const sizeText = own ? `CASE WHEN ${own} <> '' THEN ${own} ELSE ${derived} END` : derived;
    steps.push(step('icp__company_size', `${sizeLine.attribute}: the column when filled, else the larger band of Employees (${describeBounds(EMPLOYEE_BOUNDS)}) and Annual revenue (${describeBounds(plan.revenueBounds, plan.currency ?? 'USD')}).`, [
      [`${sizeText} AS ${helper('icp__size_text')}`],
      [`${column && numeric.has(column.alias) ? number(column) : `CAST(NULL AS ${d.floatType})`} AS ${helper('icp__size_number')}`],
    ], previous));
    previous = 'icp__company_size';
    if (optional.has(sizeLine)) {
      steps.push(step('icp__company_size_named', 'The size band a name means in any language (IMM is SMB).', [[`${optionSql('icp__size_text')} AS ${helper('icp__size_option')}`]], previous));
      previous = 'icp__company_size_named';
    }
  }

  // 3. One step per attribute line: one flag per criterion row.
  const refs = (line: PlanLine) => line.source.kind === 'size'
    ? { raw: 'icp__size_text', option: 'icp__size_option', number: 'icp__size_number' }
    : { raw: text(line.source.column), option: option(line.source.column), number: number(line.source.column) };
  for (const line of plan.lines) {
    const r = refs(line);
    const names = (options: readonly OptionKey[]) => options.flatMap((key) => plan.optionNames.get(key) ?? []);
    const name = `icp__line_${line.alias}`;
    steps.push(step(name, `${line.attribute}: Criteria ${line.conditions.length > 1 ? 'rows' : 'row'} ${line.conditions.map((c) => c.criterion.row).join(', ')}`,
      line.conditions.map((c): Item => [`${conditionSql(d, c, r, names)} AS ${helper(c.flag)}`, `row ${c.criterion.row}: ${c.label} (${c.criterion.excluded ? 'exclude' : `weight ${c.criterion.weight}`})`]),
      previous));
    previous = name;
  }

  // 4. Points per line: the heaviest satisfied criterion's weight; the first satisfied exclusion by row.
  const scoring = plan.lines.filter((line) => line.maximum > 0);
  const points = (line: PlanLine) => `icp__points_${line.alias}`;
  const pointItems = scoring.map((line): Item => {
    const byWeight = line.conditions.filter((c) => !c.criterion.excluded).sort((a, b) => b.criterion.weight - a.criterion.weight);
    const cases = byWeight.map((c) => `WHEN ${c.flag} THEN ${d.float(c.criterion.weight)}`).join(' ');
    return [`CAST(CASE ${cases} ELSE 0 END AS ${d.floatType}) AS ${helper(points(line))}`, `${line.attribute}: up to ${line.maximum}`];
  });
  const exclusion = plan.exclusions.length
    ? `CASE ${plan.exclusions.map((c) => `WHEN ${c.flag} THEN ${d.string(c.label)}`).join(' ')} END`
    : `CAST(NULL AS ${d.name === 'duckdb' ? 'VARCHAR' : 'STRING'})`;
  steps.push(step('icp__points', 'Each attribute earns the weight of its heaviest satisfied criterion; a satisfied exclusion makes the score 0.', [
    ...pointItems,
    [`${exclusion} AS ${helper('icp__excluded_by')}`, 'the first satisfied exclusion in row order'],
  ], previous));

  // 5. The score: round(100 × points / total), halves up (the small epsilon keeps 12.5 from rounding down).
  const sum = scoring.length ? scoring.map(points).join(' + ') : '0';
  const score = plan.total === 0 ? '100' : `CAST(FLOOR(100 * (${sum}) / ${d.float(plan.total)} + 0.5 + ${HALF_EPSILON}) AS ${d.integerType})`;
  steps.push(step('icp__scored', `icp_score: 0 when excluded, else round(100 × points / ${plan.total}) with halves up; NULL for a blank row.`, [
    [`CASE WHEN icp__blank_row THEN NULL WHEN icp__excluded_by IS NOT NULL THEN 0 ELSE ${score} END AS icp_score`],
  ], 'icp__points'));

  const tier = `CASE WHEN icp_score IS NULL THEN NULL WHEN icp_score >= ${d.float(plan.tiers.a)} THEN 'A' WHEN icp_score >= ${d.float(plan.tiers.b)} THEN 'B' ELSE 'C' END`;
  const sql = [
    `-- ICP score from the Criteria sheet, criteria version ${plan.version}.`,
    `-- Same rules as ICP_SCORE / ICP_TIER (A from ${plan.tiers.a}, B from ${plan.tiers.b}) / ICP_EXPLAIN.`,
    `WITH\n${steps.join(',\n')}`,
    `SELECT\n  ${d.starExcept(helpers)},`,
    `  ${tier} AS icp_tier,`,
    `  ${explainSql(plan, d, scoring, points)} AS icp_explain,`,
    `  ${d.string(plan.version)} AS criteria_version`,
    'FROM icp__scored',
  ].join('\n');
  return { steps, helpers, sql };
}

/** One column a step adds: its SQL (`expr AS name`) and an optional note after it. */
export type Item = [sql: string, note?: string];

/** A step adding columns to the previous one; `about` is its comment. */
export function step(name: string, about: string, items: readonly Item[], from: string, where?: string): string {
  const lines = items.map(([sql, note], i) => `    ${sql}${i < items.length - 1 ? ',' : ''}${note ? `  -- ${comment(note)}` : ''}`);
  return `${name} AS (\n  -- ${comment(about)}\n  SELECT\n    *${lines.length ? "," : ""}\n${lines.join('\n')}\n  FROM ${from}${where ? `\n  WHERE ${where}` : ''}\n)`;
}

function conditionSql(d: Dialect, c: Condition, r: { raw: string; option: string; number: string }, names: (options: readonly OptionKey[]) => string[]): string {
  const list = (values: readonly string[]) => (values.length === 1 ? ` = ${d.string(values[0])}` : ` IN (${values.map(d.string).join(', ')})`);
  const equals = () => {
    const parts: string[] = [];
    if (c.texts.length) parts.push(`${r.raw}${list(c.texts)}`);
    if (c.options.length) parts.push(`${r.option}${list(c.options)}`);
    for (const n of c.numbers) {
      const otherwise = n.option ? `${r.option} = ${d.string(n.option)}` : `${r.raw} = ${d.string(n.text)}`;
      parts.push(`CASE WHEN ${r.number} IS NOT NULL THEN ${r.number} = ${d.float(n.number)} ELSE ${otherwise} END`);
    }
    return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
  };
  // A `contains` alternative has no , or ; and no outer spaces, so "an item of the cell contains it" is
  // the same as "the cell's text contains it"; only an option named in another language needs the items.
  const contains = () => {
    const parts = c.texts.map((text) => `STRPOS(${r.raw}, ${d.string(text)}) > 0`);
    if (c.options.length) parts.push(d.anyItem(r.raw, '[,;]', (item) => `${normalizedName(d, item)}${list(names(c.options))}`));
    return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
  };
  switch (c.rule) {
    case 'is': return `(${r.raw} <> '' AND ${equals()})`;
    case 'isNot': return `(${r.raw} = '' OR NOT ${equals()})`;
    case 'contains': return `(${r.raw} <> '' AND ${contains()})`;
    case 'doesNotContain': return `(${r.raw} = '' OR NOT ${contains()})`;
    default: {
      const bounds = [`${r.number} IS NOT NULL`];
      if (c.min > -Infinity) bounds.push(`${r.number} >= ${d.float(c.min)}`);
      if (c.max < Infinity) bounds.push(`${r.number} <= ${d.float(c.max)}`);
      return `(${bounds.join(' AND ')})`;
    }
  }
}

/** ICP_EXPLAIN's text: lines with most points first, full marks before partial, then in criteria order. */
function explainSql(plan: SqlPlan, d: Dialect, scoring: PlanLine[], points: (line: PlanLine) => string): string {
  const lang = plan.language;
  const of = t(lang, 'explain.of');
  const excluded = `${d.string(`⛔ ${t(lang, 'explain.excluded')}: `)} || icp__excluded_by`;
  const lineText = (line: PlanLine) => {
    const byWeight = line.conditions.filter((c) => !c.criterion.excluded).sort((a, b) => b.criterion.weight - a.criterion.weight);
    const full = (c: Condition) => (c.criterion.weight === line.maximum ? `✔ ${c.label} (+${c.criterion.weight})` : `✔ ${c.label} (+${c.criterion.weight} ${of} ${line.maximum})`);
    const cases = byWeight.map((c) => `WHEN ${c.flag} THEN ${d.string(full(c))}`).join(' ');
    return `CASE ${cases} ELSE ${d.string(`✘ ${byWeight[0].label} (0 ${of} ${line.maximum})`)} END`;
  };
  const parts = scoring.length === 0 ? d.string(`✔ ${t(lang, 'explain.notExcluded')}`)
    : scoring.length === 1 ? lineText(scoring[0])
      : d.joinSorted(scoring.map((line, i) => ({
        keys: [`-${points(line)}`, `-${points(line)} / ${d.float(line.maximum)}`, String(i)],
        text: lineText(line),
      })), ' · ');
  return `CASE WHEN icp__blank_row THEN NULL WHEN icp__excluded_by IS NOT NULL THEN ${excluded}\n    ELSE ${parts} END`;
}

/** An option's names in lower case, each read as that option by the vocabulary. */
function optionTexts(option: OptionKey): string[] {
  return [...new Set(namesOf(option).filter((name) => optionOf(name) === option).map((name) => name.toLowerCase()))];
}
