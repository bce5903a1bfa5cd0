// The Accounts formula columns keep their formula in the header cell, `={"ICP score"; ICP_SCORE(A1:Q, A1:Q1,
// Criteria!A1:D)}`: sorting, filtering, inserting or deleting rows below the header never moves it, and its
// ranges start at the header row, so a row inserted under the header falls inside them (a range starting at
// row 2 would shift to row 3). The functions skip the header row they are given (docs/rules.md).
import { type ColumnKey, columnKeyOf } from './columns';
import { FORMULA_COLUMNS, columnLetters, sheetReference } from './template';
import { numberStyle } from './vocabulary/numbers';
import { localeCurrency } from './vocabulary/money';
const FUNCTION_OF: Record<string, ColumnKey> = { COMPANY_SIZE: 'companySize', ICP_SCORE: 'icpScore', ICP_TIER: 'icpTier' };

/** Where the Accounts columns are: each known column's position (1-based) and the last column with a header or data. */
export interface AccountsLayout {
  positions: ReadonlyMap<ColumnKey, number>;
  width: number;
}

/** A parsed formula of ours: `={"label"; FN(args…)}` (header row) or `=FN(args…)` (the old row-2 form). */
export interface ParsedFormula {
  key: ColumnKey;
  label?: string;
  args: string[];
}

/** Splits `a, {b, c}, "d,e", f(g, h)` at its top-level commas. */
function splitArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  if (last !== '' || args.length) args.push(last);
  return args;
}

const HEADER_FORM = /^=\s*\{\s*"((?:[^"]|"")*)"\s*;\s*(COMPANY_SIZE|ICP_SCORE|ICP_TIER)\s*\(([\s\S]*)\)\s*\}\s*$/i;
const ROW_FORM = /^=\s*(COMPANY_SIZE|ICP_SCORE|ICP_TIER)\s*\(([\s\S]*)\)\s*$/i;

/** Our formula in either form, or undefined for anything else (a user's own formula is left alone). */
export function parseFormula(formula: string): ParsedFormula | undefined {
  const header = HEADER_FORM.exec(formula);
  if (header) return { key: FUNCTION_OF[header[2].toUpperCase()], label: header[1].replace(/""/g, '"'), args: splitArgs(header[3]) };
  const row = ROW_FORM.exec(formula);
  return row ? { key: FUNCTION_OF[row[1].toUpperCase()], args: splitArgs(row[2]) } : undefined;
}

/**
 * A header cell's name: a header-row formula of ours is named by its label, even while it shows an error
 * (`#ERROR!` when ICP_SCORE fails, `#REF!` when its spill is blocked).
 */
export function headerText(value: unknown, formula: string): string {
  const label = formula ? parseFormula(formula)?.label : undefined;
  return label ?? String(value ?? '').trim();
}

/** Column runs ICP_SCORE reads: every column up to the layout's width except the formula columns. */
export function scoredRuns(layout: AccountsLayout): Array<[number, number]> {
  const formula = new Set(FORMULA_COLUMNS.map((key) => layout.positions.get(key)).filter((c): c is number => c !== undefined));
  const runs: Array<[number, number]> = [];
  for (let column = 1; column <= layout.width; column++) {
    if (formula.has(column)) continue;
    const run = runs[runs.length - 1];
    if (run && run[1] === column - 1) run[1] = column;
    else runs.push([column, column]);
  }
  return runs;
}

const joined = (parts: string[]) => (parts.length === 1 ? parts[0] : `{${parts.join(', ')}}`);
const column = (n: number) => `${columnLetters(n)}1:${columnLetters(n)}`;
const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
// The criteria range as Create writes it, from any row (a sort may have moved an old row-2 formula, and
// its relative references with it): rewritten to start at row 1, where an inserted row stays inside.
const DEFAULT_CRITERIA = /^(?:'(?:[^']|'')+'!|[^!]+!)?\$?A\$?\d+:\$?D$/i;

/**
 * The header-cell formula of a formula column for the current layout. `previous` (the formula there now,
 * in either form) keeps what a user changed: the label, the tier thresholds, another criteria range.
 */
export function headerFormula(key: ColumnKey, label: string, layout: AccountsLayout, criteriaSheetName: string, previous?: ParsedFormula, locale?: string, money?: { currency?: string }): string | undefined {
  const at = (k: ColumnKey) => layout.positions.get(k);
  const kept = previous?.key === key ? previous.args : [];
  const title = quote(previous?.label ?? label);
  // Revenue bands follow the sheet's currency (`money`, as the summary takes it; the locale's when not
  // given) in COMPANY_SIZE and ICP_SCORE alike, kept when the user gave another.
  const code = money ? money.currency : localeCurrency(locale);
  const localCurrency = at('annualRevenue') && code && code !== 'USD' ? [quote(code)] : [];
  if (key === 'companySize') {
    const employees = at('employees');
    const revenue = at('annualRevenue');
    if (!employees && !revenue) return undefined;
    const currency = kept.length > 2 ? kept.slice(2) : localCurrency;
    const args = [employees ? column(employees) : '""', ...(revenue ? [column(revenue)] : []), ...currency];
    return `={${title}; COMPANY_SIZE(${args.join(', ')})}`;
  }
  if (key === 'icpScore') {
    const runs = scoredRuns(layout);
    if (runs.length === 0) return undefined;
    const accounts = joined(runs.map(([a, b]) => `${columnLetters(a)}1:${columnLetters(b)}`));
    const headers = joined(runs.map(([a, b]) => `${columnLetters(a)}1:${columnLetters(b)}1`));
    const criteria = kept[2] && !DEFAULT_CRITERIA.test(kept[2]) ? kept[2] : sheetReference(criteriaSheetName, 'A1:D');
    // Where numbers are written 1.000 / 0,5, the formula says so, so criteria are read that way; a
    // currency argument needs the locale before it.
    const currency = kept.length > 4 ? kept.slice(4) : localCurrency;
    const numbers = kept.length > 3 ? [kept[3]] : locale && (numberStyle(locale).decimal !== '.' || currency.length) ? [quote(locale)] : [];
    return `={${title}; ICP_SCORE(${[accounts, headers, criteria, ...numbers, ...currency].join(', ')})}`;
  }
  if (key === 'icpTier') {
    const score = at('icpScore');
    if (!score) return undefined;
    return `={${title}; ICP_TIER(${[column(score), ...kept.slice(1)].join(', ')})}`;
  }
  return undefined;
}

/**
 * The attributes a criterion can name, for the Criteria dropdown: the headers ICP_SCORE reads (every
 * column but the formula columns) and the derived Company size; not the score or tier.
 */
export function scoredAttributes(header: readonly unknown[], layout: AccountsLayout): string[] {
  const names = scoredRuns(layout).flatMap(([a, b]) => header.slice(a - 1, b).map((cell) => String(cell ?? '').trim()));
  const size = layout.positions.get('companySize');
  if (size) names.push(String(header[size - 1] ?? '').trim());
  return [...new Set(names.filter(Boolean))];
}

/**
 * The header row as the score formula sees it: the formula columns unnamed (ICP_SCORE never reads them),
 * so the summary, the suggestions and their re-check accept exactly the attributes the formula accepts.
 */
export function scoringHeaders<T>(headers: readonly T[]): Array<T | ''> {
  return headers.map((header) => (FORMULA_COLUMNS.includes(columnKeyOf(header) as ColumnKey) ? '' : header));
}
