// Command-line flags: `--name value`, `--name=value` and bare switches; every problem named for the user.
import { InputError } from '../core/values';
import { CURRENCIES, currencyCode } from '../core/vocabulary/money';

export interface Flags {
  values: Map<string, string>;
  switches: Set<string>;
}

/** Parses argv against the flags a command takes (`value` ones need a value, `switch` ones do not). */
export function parseFlags(argv: readonly string[], spec: { values: readonly string[]; switches: readonly string[] }): Flags {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new InputError(`unexpected argument ${JSON.stringify(arg)}; flags start with --`);
    const [, name, inline] = match;
    if (spec.switches.includes(name) && inline === undefined) {
      switches.add(name);
    } else if (spec.values.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new InputError(`--${name} needs a value`);
      values.set(name, value);
    } else {
      const known = [...spec.values, ...spec.switches].map((f) => `--${f}`).join(', ');
      throw new InputError(`unknown flag --${name}; flags are ${known}`);
    }
  }
  return { values, switches };
}

/** `Industry,"Company size"` → ['Industry', 'Company size']. */
export function listFlag(text: string): string[] {
  const items: string[] = [];
  for (const match of text.matchAll(/\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)/g)) {
    const item = match[1] !== undefined ? match[1].replace(/""/g, '"') : (match[2] ?? '').trim();
    if (item !== '') items.push(item);
    if (match.index! + match[0].length >= text.length) break;
  }
  return items;
}

/** A `YYYY-MM-DD` calendar date. */
export function dateFlag(name: string, text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match && new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  if (!match || !date || date.getUTCDate() !== +match[3] || date.getUTCMonth() !== +match[2] - 1) {
    throw new InputError(`--${name} needs a date as YYYY-MM-DD, got ${JSON.stringify(text)}`);
  }
  return text;
}

/** A tier threshold between 0 and 100. */
export function thresholdFlag(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 100) throw new InputError(`--${name} needs a number from 0 to 100, got ${JSON.stringify(text)}`);
  return value;
}

/** A currency code the size bands know (`VND`, any case); undefined when the flag is absent (US dollars). */
export function currencyFlag(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const code = currencyCode(text);
  if (!code) throw new InputError(`--currency must be one of ${Object.keys(CURRENCIES).join(', ')}, got ${JSON.stringify(text)}`);
  return code;
}
