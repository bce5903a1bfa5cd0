// The BigQuery Standard SQL dialect: backquoted names, escaped strings, raw regex strings, @parameters.
import { type Dialect, numberText } from './dialect';

const quote = (name: string) => `\`${name.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``;
const literal = (text: string) =>
  `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;

export const bigquery: Dialect = {
  name: 'bigquery',
  ident: quote,
  // `project.dataset.table` is one quoted path in BigQuery.
  table: quote,
  string: literal,
  // Raw strings keep RE2 backslashes as written; a quote cannot be escaped in them, so fall back then.
  regex: (pattern) => (pattern.includes("'") || pattern.endsWith('\\') ? literal(pattern) : `r'${pattern}'`),
  // A literal with a point or an exponent is FLOAT64; integers stay INT64 and widen exactly.
  float: (value) => numberText(value),
  text: (expr) => `CAST(${expr} AS STRING)`,
  tryNumber: (expr) => `SAFE_CAST(${expr} AS FLOAT64)`,
  tryDate: (expr) => `SAFE_CAST(${expr} AS DATE)`,
  matches: (expr, pattern) => `REGEXP_CONTAINS(${expr}, ${bigquery.regex(pattern)})`,
  replaceAll: (expr, pattern, replacement) => `REGEXP_REPLACE(${expr}, ${bigquery.regex(pattern)}, ${literal(replacement)})`,
  safeDivide: (a, b) => `SAFE_DIVIDE(${a}, ${b})`,
  greatest: (...exprs) => `GREATEST(${exprs.join(', ')})`,
  daysBetween: (start, end) => `DATE_DIFF(${end}, ${start}, DAY)`,
  countIf: (condition) => `COUNTIF(${condition})`,
  param: (name) => `@${name}`,
  setParam: () => undefined,
  starExcept: (columns) => (columns.length ? `* EXCEPT (${columns.map(quote).join(', ')})` : '*'),
  floatType: 'FLOAT64',
  integerType: 'INT64',
  ln: (expr) => `LN(${expr})`,
  log10: (expr) => `LOG10(${expr})`,
  stripAccents: (expr) => `REGEXP_REPLACE(NORMALIZE(${expr}, NFD), r'\\p{M}', '')`,
  composed: (expr) => `NORMALIZE(${expr}, NFC)`,
  anyItem: (expr, separators, test) =>
    `EXISTS(SELECT 1 FROM UNNEST(SPLIT(REGEXP_REPLACE(${expr}, ${bigquery.regex(separators)}, ','), ',')) AS icp__item WHERE ${test('icp__item')})`,
  split: (expr, separator) => `SPLIT(${expr}, ${literal(separator)})`,
  // ARRAY_TO_STRING leaves NULL elements out (with their separator) when given no null_text.
  joinNonNull: (exprs, separator) => `ARRAY_TO_STRING([${exprs.join(', ')}], ${literal(separator)})`,
  joinSorted: (entries, separator) => {
    const structs = entries.map((e) => `STRUCT(${[...e.keys.map((k, i) => `${k} AS k${i}`), `${e.text} AS text`].join(', ')})`);
    const order = entries[0].keys.map((_, i) => `entry.k${i}`).join(', ');
    return `ARRAY_TO_STRING(ARRAY(SELECT entry.text FROM UNNEST([${structs.join(', ')}]) AS entry ORDER BY ${order}), ${literal(separator)})`;
  },
};
