// ICP_SCORE / ICP_EXPLAIN argument shapes (docs/rules.md, Scoring and Explanations); the rule language itself is in ./scoring.
import type { ArgValue, Output } from './args';
import type { Language } from './i18n';
import { compileCriteria } from './scoring';
import { type CellValue, InputError, cellText, isBlank } from './values';

/** ICP_SCORE / ICP_EXPLAIN: the account rows against one header row and the criteria table. */
export function scoreAccounts(
  fn: 'ICP_SCORE' | 'ICP_EXPLAIN',
  accounts: ArgValue,
  headers: ArgValue,
  criteria: ArgValue,
  language: Language = 'en',
  timeZone?: string,
): Output | Output[][] {
  const headerRow = toRows(headers);
  if (headerRow.length !== 1) {
    throw new InputError(`${fn} headers: expects the single header row of the accounts, got ${headerRow.length} rows`);
  }
  let rows = toRows(accounts);
  // A block that starts at its header row (as the worksheet's header-row formula reads it) gets no result for it.
  if (rows.length > 1 && isHeaderRow(rows[0], headerRow[0])) rows = rows.slice(1);
  const width = headerRow[0].length;
  if (rows.length > 0 && rows[0].length !== width) {
    throw new InputError(`${fn} headers: ${width} columns, but accounts has ${rows[0].length}; select the same columns in both`);
  }
  const scorer = compileCriteria(toRows(criteria), headerRow[0], { functionName: fn, timeZone });
  const out: Output[][] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = [fn === 'ICP_SCORE' ? scorer.score(rows[i]) : scorer.explain(rows[i], language)];
  return !Array.isArray(accounts) ? out[0][0] : out;
}

function isHeaderRow(row: readonly CellValue[], headers: readonly CellValue[]): boolean {
  return row.length === headers.length && row.some((cell) => !isBlank(cell)) && row.every((cell, i) => cellText(cell) === cellText(headers[i]));
}

function toRows(arg: ArgValue): CellValue[][] {
  if (!Array.isArray(arg)) return [[arg]];
  return arg.map((row) => (Array.isArray(row) ? row : [row as CellValue]));
}
