// Which criteria of one scorecard line a cell satisfies, at a cost that grows with the cell and the
// criteria it matches, not with the number of alternatives: `is` / `is not` alternatives are looked up in
// maps, `contains` / `does not contain` alternatives are found in one pass by a TextSearch automaton.
import type { Criterion } from './criteria';
import { TextSearch } from './textSearch';

/** A cell as the criteria read it; built only when a cell value is not memoized yet. */
export interface Cell {
  blank: boolean;
  /** Trimmed, lower case. */
  text: string;
  /** The text as equality compares it: one token for an option in any language (`Khởi nghiệp` = `Startup`). */
  token: string;
  number(): number | undefined;
  items(): string[];
  /** The items as equality compares them. */
  itemTokens(): string[];
}

/** The indices (ascending) of the line's criteria that a cell satisfies. */
export type Matcher = (cell: Cell) => number[];

/** Below this many `contains` alternatives on a line, String#includes on each is faster than the automaton. */
const AUTOMATON_FROM = 8;

const add = (map: Map<string | number, number[]>, key: string | number, index: number) => {
  const list = map.get(key);
  if (!list) map.set(key, [index]);
  else if (list[list.length - 1] !== index) list.push(index);
};

export function compileMatcher(criteria: readonly Criterion[]): Matcher {
  // Equality: a numeric alternative compares as a number with a number cell, by token otherwise.
  const byNumber = new Map<string | number, number[]>();
  const byPlainToken = new Map<string | number, number[]>();
  const byAnyToken = new Map<string | number, number[]>();
  // contains: a substring of an item, or (for an option such as a growth stage) the same option in another language.
  const byOptionToken = new Map<string | number, number[]>();
  const patterns: string[] = [];
  const patternCriterion: number[] = [];
  const negatives: number[] = [];
  const ranges: number[] = [];
  criteria.forEach((criterion, index) => {
    const { rule } = criterion;
    if (rule === 'isNot' || rule === 'doesNotContain') negatives.push(index);
    if (rule === 'is' || rule === 'isNot') {
      for (const a of criterion.alternatives) {
        add(byAnyToken, a.token, index);
        if (a.number !== undefined) add(byNumber, a.number, index);
        else add(byPlainToken, a.token, index);
      }
    } else if (rule === 'contains' || rule === 'doesNotContain') {
      for (const a of criterion.alternatives) {
        patterns.push(a.text);
        patternCriterion.push(index);
        if (a.token !== a.text) add(byOptionToken, a.token, index);
      }
    } else {
      ranges.push(index);
    }
  });
  const numericEquality = byNumber.size > 0;
  const search = patterns.length >= AUTOMATON_FROM ? new TextSearch(patterns) : undefined;

  /** Criteria whose alternatives the cell equals or contains (the positive side of every text rule). */
  const found = (cell: Cell): Set<number> => {
    const hits = new Set<number>();
    if (cell.blank) return hits;
    const addAll = (list: number[] | undefined) => { if (list) for (const i of list) hits.add(i); };
    if (byAnyToken.size) {
      const number = numericEquality ? cell.number() : undefined;
      if (number !== undefined) {
        addAll(byNumber.get(number));
        addAll(byPlainToken.get(cell.token));
      } else {
        addAll(byAnyToken.get(cell.token));
      }
    }
    if (patterns.length) {
      for (const item of cell.items()) {
        if (search) search.search(item, (p) => hits.add(patternCriterion[p]));
        else for (let p = 0; p < patterns.length; p++) if (item.includes(patterns[p])) hits.add(patternCriterion[p]);
      }
      if (byOptionToken.size) for (const token of cell.itemTokens()) addAll(byOptionToken.get(token));
    }
    return hits;
  };

  return (cell) => {
    const hits = found(cell);
    const satisfied: number[] = [];
    for (const i of hits) if (criteria[i].rule === 'is' || criteria[i].rule === 'contains') satisfied.push(i);
    for (const i of negatives) if (!hits.has(i)) satisfied.push(i);
    if (ranges.length) {
      const number = cell.number();
      if (number !== undefined) for (const i of ranges) if (number >= criteria[i].min && number <= criteria[i].max) satisfied.push(i);
    }
    return satisfied.sort((a, b) => a - b);
  };
}
