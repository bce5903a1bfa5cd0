// The row order of Range.sort: the spec forms Apps Script accepts and Sheets' ordering of values.
import { type CellValue, isDate } from './cells';

/** A column number, `{ column, ascending }`, or an array of those (first key first). */
export type SortSpec = number | { column: number; ascending?: boolean } | Array<number | { column: number; ascending?: boolean }>;

interface SortKey {
  index: number;
  ascending: boolean;
}

function sortKeys(spec: SortSpec, firstColumn: number, width: number): SortKey[] {
  const list = Array.isArray(spec) ? spec : [spec];
  if (list.length === 0) throw new Error("Exception: The parameters () don't match the method signature for SpreadsheetApp.Range.sort.");
  return list.map((item) => {
    const { column, ascending = true } = typeof item === 'number' ? { column: item } : item ?? {};
    if (typeof column !== 'number' || !Number.isInteger(column)) throw new Error("Exception: The parameters don't match the method signature for SpreadsheetApp.Range.sort.");
    if (column < firstColumn || column >= firstColumn + width) throw new Error(`Exception: The sort column must be within the range being sorted.`);
    return { index: column - firstColumn, ascending: ascending !== false };
  });
}

/** Numbers and dates, then text (ignoring case), then TRUE/FALSE; blanks always last, whatever the direction. */
function rank(value: CellValue): number {
  if (value === '') return 3;
  if (typeof value === 'number' || isDate(value)) return 0;
  if (typeof value === 'string') return 1;
  return 2;
}

// One collator for the whole sort: localeCompare with options builds a new one on every comparison.
const text = new Intl.Collator(undefined, { sensitivity: 'base' });

/** A cell as it sorts: its rank, and a number (numbers, dates, booleans) or a text. */
type SortValue = { rank: number; number: number; text: string };

function sortValue(value: CellValue): SortValue {
  const r = rank(value);
  return { rank: r, number: r === 0 || r === 2 ? Number(value) : 0, text: r === 1 ? String(value) : '' };
}

function compare(a: SortValue, b: SortValue): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.rank === 1) return text.compare(a.text, b.text);
  return a.number - b.number;
}

/** For each position of the sorted range, the 0-based row it comes from (a stable sort). */
export function sortOrder(values: CellValue[][], spec: SortSpec, firstColumn: number, width: number): number[] {
  const keys = sortKeys(spec, firstColumn, width);
  // Each key cell is read once, not on every comparison (a 100,000-row sort makes about 1.7 million).
  const columns = keys.map(({ index }) => values.map((row) => sortValue(row[index])));
  const rows = values.map((_, i) => i);
  return rows.sort((x, y) => {
    for (let k = 0; k < keys.length; k++) {
      const a = columns[k][x];
      const b = columns[k][y];
      const blanks = Number(a.rank === 3) - Number(b.rank === 3);
      if (blanks) return blanks;
      const order = compare(a, b);
      if (order) return keys[k].ascending ? order : -order;
    }
    return x - y;
  });
}
