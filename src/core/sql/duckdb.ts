// The DuckDB dialect (1.x): double-quoted names, standard strings, getvariable() parameters.
import { type Dialect, numberText } from './dialect';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

export const duckdb: Dialect = {
  name: 'duckdb',
  ident: quote,
  table: (name) => name.split('.').map(quote).join('.'),
  string: literal,
  regex: literal,
  // Integers are exact as INTEGER/BIGINT; other decimals would be DECIMAL, so they go through text to DOUBLE.
  float: (value) => (Number.isSafeInteger(value) ? numberText(value) : `CAST('${numberText(value)}' AS DOUBLE)`),
  text: (expr) => `CAST(${expr} AS VARCHAR)`,
  tryNumber: (expr) => `TRY_CAST(${expr} AS DOUBLE)`,
  tryDate: (expr) => `TRY_CAST(${expr} AS DATE)`,
  matches: (expr, pattern) => `regexp_matches(${expr}, ${literal(pattern)})`,
  replaceAll: (expr, pattern, replacement) => `regexp_replace(${expr}, ${literal(pattern)}, ${literal(replacement)}, 'g')`,
  safeDivide: (a, b) => `${a} / NULLIF(${b}, 0)`,
  greatest: (...exprs) => `greatest(${exprs.join(', ')})`,
  daysBetween: (start, end) => `date_diff('day', ${start}, ${end})`,
  countIf: (condition) => `count_if(${condition})`,
  param: (name) => `getvariable('${name}')`,
  setParam: (name, valueSql) => `SET VARIABLE ${name} = ${valueSql};`,
  starExcept: (columns) => (columns.length ? `* EXCLUDE (${columns.map(quote).join(', ')})` : '*'),
  floatType: 'DOUBLE',
  integerType: 'INTEGER',
  ln: (expr) => `ln(${expr})`,
  log10: (expr) => `log10(${expr})`,
  stripAccents: (expr) => `strip_accents(${expr})`,
  composed: (expr) => `nfc_normalize(${expr})`,
  anyItem: (expr, separators, test) => `len(list_filter(string_split_regex(${expr}, ${literal(separators)}), icp__item -> ${test('icp__item')})) > 0`,
  split: (expr, separator) => `string_split(${expr}, ${literal(separator)})`,
  joinNonNull: (exprs, separator) => `concat_ws(${literal(separator)}, ${exprs.join(', ')})`,
  joinSorted: (entries, separator) => {
    const structs = entries.map((e) => `{${[...e.keys.map((k, i) => `k${i}: ${k}`), `text: ${e.text}`].join(', ')}}`);
    return `array_to_string(list_transform(list_sort([${structs.join(', ')}]), entry -> entry.text), ${literal(separator)})`;
  },
};
