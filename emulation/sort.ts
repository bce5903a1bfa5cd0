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

function compare(a: CellValue, b: CellValue): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return Number(a) - Number(b);
  if (ra === 1) return String(a).localeCompare(String(b), undefined, { sensitivity: 'base' });
  if (ra === 2) return Number(a) - Number(b);
  return 0;
}

/** For each position of the sorted range, the 0-based row it comes from (a stable sort). */
export function sortOrder(values: CellValue[][], spec: SortSpec, firstColumn: number, width: number): number[] {
  const keys = sortKeys(spec, firstColumn, width);
  const rows = values.map((_, i) => i);
  return rows.sort((x, y) => {
    for (const { index, ascending } of keys) {
      const a = values[x][index];
      const b = values[y][index];
      const blanks = Number(a === '') - Number(b === '');
      if (blanks) return blanks;
      const order = compare(a, b);
      if (order) return ascending ? order : -order;
    }
    return x - y;
  });
}
