// The add-on's own formulas as Create writes them (`=ICP_TIER(S2:S)`, `={"ICP score"; ICP_SCORE(A1:Q, A1:Q1,
// Criteria!A1:D)}`), read into a plan the preview computes itself: the way Apps Script runs a custom
// function, the bundle is called with the values of the ranges. The general formula engine then never has
// to hold the accounts the formulas read (1.7 million cells at 100,000 accounts). Any other formula, or one
// of ours written differently (`=ICP_TIER(S2:S)*2`), is left to the general engine.
import { parseA1 } from '../emulation/a1';

export type Scalar = string | number | boolean;

/** A rectangle of one sheet (1-based, inclusive); `bottom` null runs to the sheet's last row. */
export interface RangeArg {
  kind: 'range';
  /** Lower-cased sheet name, or null for the formula's own sheet. */
  sheet: string | null;
  top: number;
  left: number;
  bottom: number | null;
  right: number;
  /** A single cell (`A2`), passed as its value rather than as a 1×1 array. */
  single: boolean;
}

/** `{A1:Q, U1:V}`: ranges side by side, as one block. */
export interface JoinArg {
  kind: 'join';
  parts: RangeArg[];
}

export type NativeArg = RangeArg | JoinArg | { kind: 'value'; value: Scalar };

export interface NativeFormula {
  name: string;
  /** The header label above the results (`{"ICP score"; …}`), when the formula has one. */
  label?: string;
  args: NativeArg[];
}

const TOKEN = /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[\p{L}\p{N}_.]+)!\$?[A-Za-z]{1,3}\$?\d*(?::\$?[A-Za-z]{1,3}\$?\d*)?)|(\$?[A-Za-z]{1,3}\$?\d*:\$?[A-Za-z]{1,3}\$?\d*|\$?[A-Za-z]{1,3}\$?\d+)(?![\w(])|([A-Za-z_][A-Za-z0-9_.]*)|([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|([{}();,=]))/uy;

type Token = { type: 'string' | 'range' | 'name' | 'number' | 'punct'; text: string };

function tokens(text: string): Token[] | null {
  const out: Token[] = [];
  const formula = text.trimEnd();
  let at = 0;
  while (at < formula.length) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(formula);
    if (!m) return null;
    at = TOKEN.lastIndex;
    if (m[1] !== undefined) out.push({ type: 'string', text: m[1].slice(1, -1).replace(/""/g, '"') });
    else if (m[2] !== undefined || m[3] !== undefined) out.push({ type: 'range', text: (m[2] ?? m[3])! });
    else if (m[4] !== undefined) out.push({ type: 'name', text: m[4] });
    else if (m[5] !== undefined) out.push({ type: 'number', text: m[5] });
    else out.push({ type: 'punct', text: m[6]! });
  }
  return out;
}

function rangeArg(text: string): RangeArg | null {
  let a1;
  try {
    a1 = parseA1(text);
  } catch {
    return null;
  }
  const bare = text.slice(text.lastIndexOf('!') + 1);
  // Whole rows (`2:5`) and ranges running right to the last column are not forms Create writes.
  if (a1.lastColumn === undefined || !/[A-Za-z]/.test(bare)) return null;
  return {
    kind: 'range',
    sheet: a1.sheet === undefined ? null : a1.sheet.toLowerCase(),
    top: Math.min(a1.row, a1.lastRow ?? a1.row),
    left: Math.min(a1.column, a1.lastColumn),
    bottom: a1.lastRow === undefined ? null : Math.max(a1.row, a1.lastRow),
    right: Math.max(a1.column, a1.lastColumn),
    single: !bare.includes(':'),
  };
}

/** The plan of one of our formulas, or null when the general engine must compute it. */
export function parseNative(formula: string, functions: ReadonlySet<string>): NativeFormula | null {
  if (!formula.startsWith('=') || formula.length > 4000) return null;
  const found = tokens(formula.slice(1));
  if (!found) return null;
  const list = found;
  let i = 0;
  const peek = (text: string) => list[i]?.type === 'punct' && list[i].text === text;
  const take = (text: string) => (peek(text) ? (i++, true) : false);
  let label: string | undefined;
  const literal = take('{');
  if (literal) {
    if (list[i]?.type !== 'string') return null;
    label = list[i++].text;
    if (!take(';')) return null;
  }
  const name = list[i]?.type === 'name' ? list[i++].text.toUpperCase() : '';
  if (!functions.has(name) || !take('(')) return null;
  const args: NativeArg[] = [];
  if (!take(')')) {
    for (;;) {
      const arg = argument();
      if (!arg) return null;
      args.push(arg);
      if (take(')')) break;
      if (!take(',')) return null;
    }
  }
  if (literal && !take('}')) return null;
  return i === list.length ? { name, label, args } : null;

  function argument(): NativeArg | null {
    const token = list[i];
    if (!token) return null;
    if (token.type === 'punct' && token.text === '{') {
      i++;
      const parts: RangeArg[] = [];
      for (;;) {
        const part = list[i]?.type === 'range' ? rangeArg(list[i++].text) : null;
        if (!part || part.single) return null;
        parts.push(part);
        if (take('}')) return { kind: 'join', parts };
        if (!take(',')) return null;
      }
    }
    i++;
    if (token.type === 'range') return rangeArg(token.text);
    if (token.type === 'string') return { kind: 'value', value: token.text };
    if (token.type === 'number') return { kind: 'value', value: Number(token.text) };
    if (token.type === 'name' && /^(true|false)$/i.test(token.text)) return { kind: 'value', value: token.text.toLowerCase() === 'true' };
    return null;
  }
}

/** Sheet names (lower-cased) a plan reads, `own` standing for the formula's sheet. */
export function sheetsRead(formula: NativeFormula, own: string): Set<string> {
  const names = new Set<string>();
  for (const arg of formula.args) for (const range of rangesOf(arg)) names.add(range.sheet ?? own.toLowerCase());
  return names;
}

export function rangesOf(arg: NativeArg): RangeArg[] {
  return arg.kind === 'range' ? [arg] : arg.kind === 'join' ? arg.parts : [];
}
