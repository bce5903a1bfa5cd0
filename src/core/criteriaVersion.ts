// The version of a set of criteria: a short, stable hash of what the active rows mean, so a snapshot, a
// score or an export can name the criteria it came from. Only meaning counts: the order of rows, the
// Notes column, case, spacing, the language of attribute and rule words, the order of `;` alternatives
// and inactive rows (weight 0) do not change the version; any change to an active row does.
import { isExcludeWord, isWeightHeader } from './criteria';
import { type RuleKind, matchToken, nameIdentity, normalizeName, ruleOf } from './vocabulary';
import { type CellValue, cellText, isBlank, parseNumber, parseRange, splitItems } from './values';

/** The version of rows with no active criterion. */
export const NO_CRITERIA_VERSION = '';

/**
 * The version of Criteria rows (`Attribute | Rule | Value | Weight | Notes…`, a header row allowed): 12
 * hex digits, or NO_CRITERIA_VERSION when no row is active. A broken row still counts (as written), since
 * editing it changes what scoring does.
 */
export function criteriaVersion(rows: readonly (readonly CellValue[])[]): string {
  const lines = canonicalCriteria(rows);
  return lines.length ? hash(lines.join('\n')) : NO_CRITERIA_VERSION;
}

/** One canonical line per active row, sorted: what the version hashes (and what two versions compare by). */
export function canonicalCriteria(rows: readonly (readonly CellValue[])[]): string[] {
  const lines: string[] = [];
  rows.forEach((cells, index) => {
    if (index === 0 && isWeightHeader(cells[3])) return;
    const line = canonicalLine(cells);
    if (line !== undefined) lines.push(line);
  });
  return lines.sort();
}

/** The canonical line of one Criteria row (`#industry|is|fintech;saas|3`); undefined for a blank or inactive row. */
export function canonicalLine(cells: readonly CellValue[]): string | undefined {
  const [attribute, rule, value, weight] = [cells[0], cells[1], cells[2], cells[3]];
  if (isBlank(attribute) && isBlank(rule) && isBlank(value) && isBlank(weight)) return undefined;
  const canonicalWeight = weightOf(weight);
  if (canonicalWeight === '0') return undefined; // off: takes no part in scoring
  const kind = ruleOf(rule);
  return [nameIdentity(attribute), kind ?? `?${normalizeName(rule)}`, valueOf(kind, value), canonicalWeight].join('|');
}

/** Blank is 1, exclude (any language) is `x`, a number is itself; anything else stays as written. */
function weightOf(cell: CellValue): string {
  if (isBlank(cell)) return '1';
  if (isExcludeWord(cell)) return 'x';
  const n = parseNumber(cell);
  return n === undefined ? `?${cellText(cell).toLowerCase()}` : String(n);
}

function valueOf(rule: RuleKind | undefined, cell: CellValue): string {
  const text = cellText(cell);
  if (rule === 'between') {
    const range = parseRange(text);
    return range ? `${range[0]}..${range[1]}` : `?${text.toLowerCase()}`;
  }
  if (rule === 'atLeast' || rule === 'atMost') return String(parseNumber(cell) ?? `?${text.toLowerCase()}`);
  const parts = rule === 'contains' || rule === 'doesNotContain' ? splitItems(text) : text.split(';').map((p) => p.trim()).filter(Boolean);
  const alternatives = parts.map((part) => {
    const n = parseNumber(part);
    return n === undefined ? matchToken(part.toLowerCase()) : String(n);
  });
  return [...new Set(alternatives)].sort().join(';');
}

/** cyrb53 (a public-domain 53-bit string hash), as 12 hex digits: stable across runs and platforms. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0').slice(-12);
}
