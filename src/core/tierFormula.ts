// Reading and changing the thresholds of the ICP_TIER call inside a formula, leaving everything else the
// user wrote as it was: `=ICP_TIER(S2:S)`, `={"ICP tier"; ICP_TIER(S2:S, 85, 60)}`, `=IFERROR(ICP_TIER(S2:S; 70))`.
import { DEFAULT_THRESHOLDS, type Thresholds } from './icpCheck';

interface Call {
  /** Index just after `ICP_TIER(`, and of the closing parenthesis. */
  open: number;
  close: number;
  /** Top-level arguments as written (with their spaces), and the separator used between them. */
  args: string[];
  separator: string;
}

/** The first ICP_TIER call of a formula, or undefined. Strings ("…") and nested calls are skipped over. */
function findCall(formula: string): Call | undefined {
  const match = /ICP_TIER\s*\(/i.exec(formula);
  if (!match) return undefined;
  const open = match.index + match[0].length;
  const args: string[] = [];
  let depth = 0;
  let start = open;
  let separator = ',';
  for (let i = open; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      if (end < 0) return undefined;
      i = end;
    } else if (ch === '(' || ch === '{') depth++;
    else if ((ch === ')' || ch === '}') && depth > 0) depth--;
    else if (ch === ')') {
      args.push(formula.slice(start, i));
      return { open, close: i, args, separator };
    } else if ((ch === ',' || ch === ';') && depth === 0) {
      separator = ch;
      args.push(formula.slice(start, i));
      start = i + 1;
    }
  }
  return undefined;
}

/** The thresholds an ICP_TIER formula uses: its literal numbers, else the defaults (80 and 50). */
export function tierThresholds(formula: string): (Thresholds & { literal: boolean }) | undefined {
  const call = findCall(formula);
  if (!call) return undefined;
  const read = (text: string | undefined, fallback: number) => {
    if (text === undefined || text.trim() === '') return fallback;
    const value = Number(text.trim());
    return Number.isFinite(value) ? value : undefined;
  };
  const a = read(call.args[1], DEFAULT_THRESHOLDS.a);
  const b = read(call.args[2], DEFAULT_THRESHOLDS.b);
  return a === undefined || b === undefined ? { ...DEFAULT_THRESHOLDS, literal: false } : { a, b, literal: true };
}

/** The formula with its ICP_TIER call's a_min and b_min set; the score argument and all around it kept. */
export function withTierThresholds(formula: string, thresholds: Thresholds): string | undefined {
  const call = findCall(formula);
  if (!call) return undefined;
  const space = call.args[1] !== undefined ? /^\s*/.exec(call.args[1])![0] : ' ';
  const args = [call.args[0], `${space}${thresholds.a}`, `${space}${thresholds.b}`, ...call.args.slice(3)];
  return formula.slice(0, call.open) + args.join(call.separator) + formula.slice(call.close);
}
