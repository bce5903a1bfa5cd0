// The matcher finds the same criteria as testing every alternative in turn would, however many there are.
import fc from 'fast-check';
import { parseCriteria } from '../../src/core/criteria';
import { type Cell, compileMatcher } from '../../src/core/matcher';
import { TextSearch } from '../../src/core/textSearch';
import { parseNumber, splitItems } from '../../src/core/values';
import { matchToken } from '../../src/core/vocabulary';

const cellOf = (raw: string): Cell => {
  const text = raw.trim().toLowerCase();
  return {
    blank: text === '', text, token: matchToken(text), number: () => parseNumber(raw), items: () => splitItems(text),
    itemTokens: () => splitItems(text).map(matchToken),
  };
};

function found(patterns: string[], text: string): number[] {
  const ids = new Set<number>();
  new TextSearch(patterns).search(text, (id) => ids.add(id));
  return [...ids].sort((a, b) => a - b);
}

test('TextSearch finds overlapping and nested patterns, and patterns reached only through fail links', () => {
  // "ushers" holds "she" (1–3), "he" (2–3), "hers" (2–5); not "his".
  expect(found(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([0, 1, 3]);
  // "abcd" holds "bc" only after leaving the "abx" branch through a fail link.
  expect(found(['abx', 'bc', 'c', 'abcde'], 'abcd')).toEqual([1, 2]);
  expect(found(['hubspot'], 'hubspot sales hub')).toEqual([0]);
  expect(found(['a'], '')).toEqual([]);
});

test('TextSearch agrees with String#includes on random texts', () => {
  fc.assert(fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 20 }), (patterns, text) => {
    const expected = patterns.map((p, i) => (text.includes(p) ? i : -1)).filter((i) => i >= 0);
    expect(found(patterns, text)).toEqual(expected);
  }));
});

test('is / is not with alternatives: numbers compare as numbers, text as text, blanks satisfy only the negatives', () => {
  const criteria = parseCriteria([
    ['Employees', 'is', '1,200; many', 1], // 1: number 1200 or the text "many"
    ['Employees', 'is not', '50', 1],      // 2
    ['Employees', 'is', 'Many', 1],        // 3
  ]);
  const match = compileMatcher(criteria);
  // "1200" is the number 1200: criterion 1 by number; not 50, so criterion 2; not "many".
  expect(match(cellOf('1200'))).toEqual([0, 1]);
  expect(match(cellOf(' MANY '))).toEqual([0, 1, 2]);
  expect(match(cellOf('50.0'))).toEqual([]);
  expect(match(cellOf(''))).toEqual([1]);
});

test('contains with 40 alternatives (through the automaton) gives what includes gives', () => {
  const tools = Array.from({ length: 40 }, (_, i) => `tool${i}x`);
  const criteria = parseCriteria([
    ['Tech stack', 'contains', tools.join('; '), 2],
    ['Tech stack', 'does not contain', 'Tool7x', 1],
    ['Tech stack', 'contains', 'slack', 1],
  ]);
  const match = compileMatcher(criteria);
  expect(match(cellOf('Slack, tool39x'))).toEqual([0, 1, 2]);
  expect(match(cellOf('big tool7x suite'))).toEqual([0]);
  expect(match(cellOf('tool4'))).toEqual([1]);
  expect(match(cellOf(''))).toEqual([1]);
});
