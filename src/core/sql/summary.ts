// The segment summary query: the figures of "Refresh segment summary" (segments.ts) per group of the chosen
// dimensions, then a Total row, with the as-of date as a parameter. Rows the refresh skips (no account
// name, a bad number or date, churn before start, start after the as-of date) are left out the same way.
import { A_TIER_MIN, type ColumnKey, DEFAULT_DIMENSIONS, type OptionKey, columnKeyOf, headerIndex, nameIdentity, namesOf, normalizeName, optionOf } from '../vocabulary';
import { type Language, type MessageKey, t } from '../i18n';
import { BLANK_DIMENSION } from '../segments';
import { CHURN_BENCHMARK } from '../size';
import { InputError } from '../values';
import { numberStyle } from '../vocabulary/numbers';
import { dayFirst } from '../vocabulary/dates';
import { revenueBounds } from '../vocabulary/money';
import { dateOf, normalizedName, numberBody, numberOf, sizeBand, trimmedText } from './cells';
import type { Dialect } from './dialect';
import type { SqlPlan } from './plan';
import { type Item, comment, renderScoring, step } from './render';

export const AS_OF_PARAMETER = 'as_of';
const MONTH_DAYS = 365.25 / 12;
const LIFETIME_CAP_CHURN = 1 / 60;
const NUMBER_COLUMNS = ['employees', 'annualRevenue', 'mrr', 'grossMargin', 'cac'] as const;

export interface SummaryOptions {
  headers: readonly string[];
  /** Dimension names (headers, any language); Industry × Company size when absent. */
  dimensions?: readonly string[];
  /** The scoring plan, or undefined when there are no criteria (the score figures stay blank). */
  plan?: SqlPlan;
  language?: Language;
  /** How numbers and dates typed as text are written (the spreadsheet locale); the plan's when absent. */
  locale?: string;
  /** The currency of Annual revenue for the size bands (the sheet's, as Refresh takes it); the plan's when absent. */
  currency?: string;
}

export interface SummaryQuery {
  sql: string;
  /** Output column names in order (Segment Summary's table header). */
  columns: string[];
}

/** The summary query; throws InputError for a dimension that is not a column or a missing Account column. */
export function renderSummary(d: Dialect, table: string, options: SummaryOptions): SummaryQuery {
  const language = options.language ?? 'en';
  const label = (key: MessageKey) => t(language, key);
  const index = headerIndex(options.headers);
  const known = (key: ColumnKey) => {
    const column = index.get(`#${key}`);
    return column === undefined ? undefined : options.headers[column];
  };
  const account = known('account');
  if (account === undefined) throw new InputError(`the accounts have no ${t(language, 'column.account')} column, so no row can be read as an account`);
  const dimensions = chooseDimensions(options, known, language);

  const steps: string[] = [];
  let source = d.table(table);
  if (options.plan) {
    steps.push(...renderScoring(options.plan, d, table).steps);
    source = 'icp__scored';
  }
  const col = (name: string) => d.ident(name);
  const cellItems: Item[] = [[`${trimmedText(d, col(account))} AS summary__account`]];
  for (const key of NUMBER_COLUMNS) {
    const name = known(key);
    cellItems.push([`${name === undefined ? "''" : trimmedText(d, col(name))} AS summary__${key}_cell`]);
  }
  for (const key of ['startDate', 'churnDate', 'companySize'] as const) {
    const name = known(key);
    cellItems.push([`${name === undefined ? "''" : trimmedText(d, col(name))} AS summary__${key}_cell`]);
  }
  dimensions.forEach((dimension, i) => {
    if (dimension.column !== undefined) cellItems.push([`${trimmedText(d, col(dimension.column))} AS summary__dimension_${i}`, dimension.name]);
  });
  cellItems.push([`${options.plan ? 'icp_score' : `CAST(NULL AS ${d.integerType})`} AS summary__score`]);
  steps.push(step('summary__cells', 'The cells the summary reads, trimmed.', cellItems, source));

  const group = options.plan?.group ?? numberStyle(options.locale).group;
  const bodyItems: Item[] = NUMBER_COLUMNS.map((key) => [`${numberBody(d, `summary__${key}_cell`)} AS summary__${key}_text`]);
  // Dates typed as text in the locale's order (`15.01.2024`), as the refresh reads them.
  const daysFirst = dayFirst(options.plan?.locale ?? options.locale);
  bodyItems.push([`${dateOf(d, 'summary__startDate_cell', daysFirst)} AS summary__start`], [`${dateOf(d, 'summary__churnDate_cell', daysFirst)} AS summary__churn`]);
  steps.push(step('summary__dates', `Dates as the refresh reads them: ISO, or day and month ${daysFirst ? 'day first' : 'month first'} where both orders make a date (NULL when blank or unreadable); numbers without sign and %.`, bodyItems, 'summary__cells'));
  const numberItems: Item[] = NUMBER_COLUMNS.map((key) => [`${numberOf(d, `summary__${key}_cell`, `summary__${key}_text`, group)} AS summary__${key}`]);
  steps.push(step('summary__values', 'Numbers ("1,200", "80%") as the refresh reads them; NULL when blank or unreadable.', numberItems, 'summary__dates'));

  const asOf = d.param(AS_OF_PARAMETER);
  const badNumber = NUMBER_COLUMNS.map((key) => `(summary__${key}_cell <> '' AND (summary__${key} IS NULL OR summary__${key} < 0))`);
  const kept = [
    "summary__account <> ''",
    ...badNumber.map((test) => `NOT ${test}`),
    'NOT COALESCE(summary__grossMargin > 1, FALSE)',
    "NOT (summary__startDate_cell <> '' AND summary__start IS NULL)",
    "NOT (summary__churnDate_cell <> '' AND summary__churn IS NULL)",
    'NOT (summary__churn IS NOT NULL AND summary__start IS NULL)',
    'NOT COALESCE(summary__churn < summary__start, FALSE)',
    `NOT COALESCE(summary__start > ${asOf}, FALSE)`,
  ];
  const bands: Array<[OptionKey, string]> = [['size.smb', 'SMB'], ['size.midMarket', 'Mid-market'], ['size.enterprise', 'Enterprise']];
  const bandNames = bands.flatMap(([key, band]) =>
    [...new Set(namesOf(key).filter((name) => optionOf(name) === key).map(normalizeName))].map((name) => `WHEN ${d.string(name)} THEN '${band}'`));
  const ownBand = `CASE ${normalizedName(d, 'summary__companySize_cell')} ${bandNames.join(' ')} END`;
  const bounds = revenueBounds(options.currency ?? options.plan?.currency);
  const derived = `CASE ${sizeBand(d, 'summary__employees', 'summary__annualRevenue', bounds)} WHEN 'smb' THEN 'SMB' WHEN 'mid-market' THEN 'Mid-market' WHEN 'enterprise' THEN 'Enterprise' END`;
  const dimensionValue = (i: number) => {
    const dimension = dimensions[i];
    const text = dimension.size ? 'summary__size' : dimension.column !== undefined ? `summary__dimension_${i}` : "''";
    return `CASE WHEN ${text} = '' THEN ${d.string(BLANK_DIMENSION)} ELSE ${text} END`;
  };
  steps.push(step('summary__accounts', 'The accounts the refresh keeps, with their size band (the Company size cell when it names one, else derived).', [
    [`summary__start IS NOT NULL AS summary__customer`],
    [`summary__churn IS NOT NULL AND summary__churn <= ${asOf} AS summary__churned`],
    [`CASE WHEN summary__start IS NOT NULL THEN ${d.daysBetween('summary__start', `CASE WHEN summary__churn < ${asOf} THEN summary__churn ELSE ${asOf} END`)} END AS summary__days`],
    [`COALESCE(${ownBand}, ${derived}, '') AS summary__size`],
  ], 'summary__values', kept.join('\n    AND ')));
  // The dimension values need summary__size, so they come one step later.
  steps.push(step('summary__keyed', 'Dimension values, (blank) for a blank cell; segments group them case-insensitively.',
    dimensions.map((_, i): Item => [`${dimensionValue(i)} AS summary__value_${i}`]), 'summary__accounts'));

  steps.push(groupStep(d, dimensions.length));
  steps.push(figuresStep(d, !!options.plan));

  const names = [label('summary.segment'), ...dimensions.map((dim) => dim.name), label('summary.accounts'), label('summary.customers'), label('summary.active'),
    label('summary.churned'), label('summary.monthlyChurn'), label('summary.arpa'), label('summary.grossMargin'), label('summary.clv'),
    label('summary.avgCac'), label('summary.ltvCac'), label('summary.payback'), label('summary.avgScore'), label('summary.aTier'),
    label('summary.health'), label('summary.notes')];
  const segmentName = dimensions.length ? dimensions.map((_, i) => `summary__value_${i}`).join(` || ' · ' || `) : "''";
  const note = (key: string) => d.string(t(language, `note.${key}` as MessageKey));
  const health = (value: string) => d.string(t(language, `health.${value}` as MessageKey));
  const values = [
    `CASE WHEN summary__total THEN ${d.string(label('summary.total'))} ELSE ${segmentName} END`,
    ...dimensions.map((_, i) => `CASE WHEN summary__total THEN '' ELSE summary__value_${i} END`),
    'summary__accounts', 'summary__customers', 'summary__customers - summary__churned', 'summary__churned',
    'summary__monthly_churn', 'summary__arpa', 'summary__gross_margin', 'summary__clv', 'summary__avg_cac', 'summary__ltv_cac', 'summary__payback',
    'summary__avg_score', 'summary__a_tier_share',
    `CASE summary__health WHEN 'Healthy' THEN ${health('Healthy')} WHEN 'At risk' THEN ${health('At risk')} ELSE ${health('Watch')} END`,
    d.joinNonNull([
      `CASE WHEN summary__customers = 0 THEN ${note('noCustomers')} END`,
      `CASE WHEN summary__customers > 0 AND summary__monthly_churn IS NULL THEN ${note('noExposure')} END`,
      `CASE WHEN summary__customers > 0 AND summary__arpa IS NULL THEN ${note('noMrr')} WHEN summary__customers > 0 AND summary__gross_margin IS NULL THEN ${note('noMargin')} END`,
      `CASE WHEN summary__clv IS NOT NULL AND summary__monthly_churn < ${d.float(LIFETIME_CAP_CHURN)} THEN ${note('capped')} END`,
      `CASE WHEN summary__customers > 0 AND summary__avg_cac IS NULL THEN ${note('noCac')} WHEN summary__avg_cac = 0 THEN ${note('zeroCac')} END`,
      `CASE WHEN summary__avg_cac > 0 AND summary__arpa IS NOT NULL AND summary__payback IS NULL THEN ${note('neverPaidBack')} END`,
    ], '; '),
  ];
  const sql = [
    `-- Segment summary as "Refresh segment summary" computes it, as of ${asOf} (a DATE parameter: midnight of that day).`,
    ...(options.plan ? [`-- Scores from the Criteria sheet, criteria version ${options.plan.version}.`] : ['-- No criteria: the score columns stay blank.']),
    `WITH\n${steps.join(',\n')}`,
    'SELECT',
    values.map((value, i) => `  ${value} AS ${d.ident(names[i])}`).join(',\n'),
    'FROM summary__figures',
    'ORDER BY summary__total, summary__ltv_cac IS NULL, summary__ltv_cac DESC, LOWER(' + (dimensions.length ? segmentName : "''") + '), ' + (dimensions.length ? segmentName : "''"),
  ].join('\n');
  return { sql, columns: names };
}

interface ChosenDimension {
  name: string;
  /** The column read, when the dimension is a column. */
  column?: string;
  /** The account's size band (the column when it names one, else derived). */
  size?: boolean;
}

/** As "Refresh segment summary" chooses them: a chosen name must be a column (or Company size); a default without its column is blank. */
function chooseDimensions(options: SummaryOptions, known: (key: ColumnKey) => string | undefined, language: Language): ChosenDimension[] {
  const chosen = options.dimensions?.length ? options.dimensions : undefined;
  const names = chosen ?? DEFAULT_DIMENSIONS.map((key) => t(language, `column.${key}` as MessageKey));
  const index = headerIndex(options.headers);
  return names.map((name) => {
    const identity = nameIdentity(name);
    const column = index.get(identity);
    const header = column === undefined ? name : options.headers[column];
    if (identity === '#companySize') return { name: header, size: true };
    if (column !== undefined) return { name: header, column: header };
    if (!chosen) return { name };
    throw new InputError(`the segment dimension ${JSON.stringify(name)} is not a column; columns are ${options.headers.filter((h) => columnKeyOf(h) !== 'account').join(', ')}`);
  });
}

/** Every kept account twice: once in its segment, once in the Total row; one GROUP BY computes both. */
function groupStep(d: Dialect, dimensions: number): string {
  const keys = Array.from({ length: dimensions }, (_, i) => `summary__value_${i}`);
  const per = (total: boolean) => `SELECT *, ${total ? 'TRUE' : 'FALSE'} AS summary__total, ${keys.map((k) => (total ? `'' AS ${k}_key` : `LOWER(${k}) AS ${k}_key`)).join(', ')} FROM summary__keyed`;
  const sums = (condition: string, prefix: string) => [
    `SUM(CASE WHEN ${condition} THEN summary__mrr END) AS summary__${prefix}_mrr`,
    `${d.countIf(`${condition} AND summary__mrr IS NOT NULL`)} AS summary__${prefix}_payers`,
    `SUM(CASE WHEN ${condition} AND summary__grossMargin IS NOT NULL THEN summary__mrr END) AS summary__${prefix}_margin_weight`,
    `SUM(CASE WHEN ${condition} AND summary__grossMargin IS NOT NULL THEN summary__mrr * summary__grossMargin END) AS summary__${prefix}_weighted_margin`,
    `SUM(CASE WHEN ${condition} AND summary__mrr IS NOT NULL THEN summary__grossMargin END) AS summary__${prefix}_margin_sum`,
    `${d.countIf(`${condition} AND summary__mrr IS NOT NULL AND summary__grossMargin IS NOT NULL`)} AS summary__${prefix}_margins`,
  ];
  const items = [
    'summary__total',
    ...keys.map((k) => `MIN(${k}) AS ${k}`),
    'COUNT(*) AS summary__accounts',
    `${d.countIf('summary__customer')} AS summary__customers`,
    `${d.countIf('summary__churned')} AS summary__churned`,
    'SUM(summary__days) AS summary__days',
    ...sums('summary__customer AND NOT summary__churned', 'active'),
    ...sums('summary__customer', 'customer'),
    `SUM(CASE WHEN summary__customer THEN summary__cac END) AS summary__cac_sum`,
    `${d.countIf('summary__customer AND summary__cac IS NOT NULL')} AS summary__cacs`,
    'SUM(summary__score) AS summary__score_sum',
    'COUNT(summary__score) AS summary__scores',
    `${d.countIf(`summary__score >= ${A_TIER_MIN}`)} AS summary__a_tier`,
    ...(['SMB', 'Mid-market', 'Enterprise'] as const).map((band, i) => `${d.countIf(`summary__size = '${band}'`)} AS summary__band_${i}`),
  ];
  return `summary__grouped AS (\n  -- ${comment('Counts and sums per segment and for the Total row.')}\n  SELECT\n    ${items.join(',\n    ')}\n  FROM (\n    ${per(false)}\n    UNION ALL\n    ${per(true)}\n  ) AS summary__both\n  GROUP BY summary__total${keys.map((k) => `, ${k}_key`).join('')}\n)`;
}

/** The figures of segments.ts from the sums: churn over customer-months, ARPA, margin, CLV, CAC, payback, health. */
function figuresStep(d: Dialect, scored: boolean): string {
  const f = (value: number) => d.float(value);
  const useActive = 'summary__active_payers > 0';
  const pick = (name: string) => `CASE WHEN ${useActive} THEN summary__active_${name} ELSE summary__customer_${name} END`;
  const churn = `CASE WHEN summary__customers > 0 THEN ${d.safeDivide('summary__churned', `CAST(summary__days AS ${d.floatType}) / ${f(MONTH_DAYS)}`)} END`;
  const arpa = `CASE WHEN summary__customers > 0 THEN ${d.safeDivide(pick('mrr'), pick('payers'))} END`;
  const margin = `CASE WHEN summary__customers > 0 AND ${pick('margins')} > 0 THEN CASE WHEN ${pick('margin_weight')} > 0 THEN ${pick('weighted_margin')} / ${pick('margin_weight')} ELSE ${pick('margin_sum')} / ${pick('margins')} END END`;
  const base = `summary__base AS (\n  -- ARPA from active customers with MRR (all customers when none has it); gross margin weighted by MRR.\n  SELECT\n    *,\n    ${churn} AS summary__monthly_churn,\n    ${arpa} AS summary__arpa,\n    ${margin} AS summary__gross_margin,\n    CASE WHEN summary__customers > 0 THEN ${d.safeDivide('summary__cac_sum', 'summary__cacs')} END AS summary__avg_cac,\n    ${d.safeDivide('summary__score_sum', 'summary__scores')} AS summary__avg_score\n  FROM summary__grouped\n)`;
  const m = 'COALESCE(summary__gross_margin, 1)';
  const clv = `CASE WHEN summary__arpa IS NOT NULL AND summary__monthly_churn IS NOT NULL THEN summary__arpa * ${m} / ${d.greatest('summary__monthly_churn', f(LIFETIME_CAP_CHURN))} END`;
  const payback = `CASE WHEN summary__avg_cac IS NULL OR summary__arpa IS NULL THEN NULL WHEN summary__arpa * ${m} > 0 THEN summary__avg_cac / (summary__arpa * ${m}) WHEN summary__avg_cac > 0 THEN NULL ELSE 0 END`;
  const value = `summary__value AS (\n  -- CLV with the lifetime capped at 60 months; payback in months (0 when nothing was spent).\n  SELECT\n    *,\n    ${clv} AS summary__clv,\n    ${payback} AS summary__payback,\n    CASE WHEN summary__band_2 > 0 AND summary__band_2 >= summary__band_1 AND summary__band_2 >= summary__band_0 THEN ${f(CHURN_BENCHMARK.Enterprise)}\n      WHEN summary__band_1 > 0 AND summary__band_1 >= summary__band_0 THEN ${f(CHURN_BENCHMARK['Mid-market'])} ELSE ${f(CHURN_BENCHMARK.SMB)} END AS summary__benchmark\n  FROM summary__base\n)`;
  const ltv = `CASE WHEN summary__clv IS NOT NULL AND summary__avg_cac <> 0 THEN summary__clv / summary__avg_cac END`;
  const aTier = scored ? `CAST(summary__a_tier AS ${d.floatType}) / summary__accounts` : `CAST(NULL AS ${d.floatType})`;
  const figures = `summary__ratios AS (\n  SELECT *, ${ltv} AS summary__ltv_cac FROM summary__value\n),\nsummary__figures AS (\n  -- Health against the churn benchmark of the segment's most common size band.\n  SELECT\n    *,\n    ${aTier} AS summary__a_tier_share,\n    CASE WHEN summary__monthly_churn IS NULL OR summary__ltv_cac IS NULL OR summary__payback IS NULL THEN 'Watch'\n      WHEN summary__ltv_cac < 1 OR summary__monthly_churn > 2 * summary__benchmark OR summary__payback > 24 THEN 'At risk'\n      WHEN summary__monthly_churn <= summary__benchmark AND summary__ltv_cac >= 3 AND summary__payback <= 12 THEN 'Healthy' ELSE 'Watch' END AS summary__health\n  FROM summary__ratios\n)`;
  return `${base},\n${value},\n${figures}`;
}
