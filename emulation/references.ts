// How Sheets rewrites the A1 references inside formulas when rows move: inserting or deleting rows shifts
// every reference to the rows below (in every sheet's formulas), and a formula moved by a sort reads the
// same relative offsets from its new row, as a copied formula does.
import { columnToLetters, lettersToColumn } from './a1';

/** One row (or column) edit of a sheet: `count` lines inserted before line `at`, or deleted from line `at`. */
export interface RowEdit {
  sheet: string;
  kind: 'insert' | 'delete';
  at: number;
  count: number;
  /** Columns instead of rows. */
  columns?: boolean;
}

interface Ref {
  column: string;
  columnAbsolute: boolean;
  row?: number;
  rowAbsolute: boolean;
}

// `Sheet!`, `'My sheet'!`, then `A1`, `$A$1`, `A1:B2`, `A2:Q` (open-ended); not a function name like LOG10(.
const REFERENCE = /(^|[^A-Za-z0-9_.$'!])((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d*))?(?![A-Za-z0-9_(!])/g;

const sheetOf = (prefix: string | undefined, own: string) => {
  if (!prefix) return own;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
};

const refText = (ref: Ref) => `${ref.columnAbsolute ? '$' : ''}${ref.column}${ref.row === undefined ? '' : `${ref.rowAbsolute ? '$' : ''}${ref.row}`}`;

/** Applies `rewrite` to every reference outside string literals; `null` from rewrite means #REF!. */
function mapReferences(formula: string, own: string, rewrite: (sheet: string, start: Ref, end: Ref | undefined) => [Ref, Ref | undefined] | null): string {
  // Split on string literals so "A1" inside quotes is never touched.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(REFERENCE, (match, lead: string, prefix: string | undefined, ca, c, ra, r, eca, ec, era, er) => {
      const start: Ref = { column: c, columnAbsolute: ca === '$', row: Number(r), rowAbsolute: ra === '$' };
      const end: Ref | undefined = ec === undefined ? undefined : { column: ec, columnAbsolute: eca === '$', row: er === '' ? undefined : Number(er), rowAbsolute: era === '$' };
      const result = rewrite(sheetOf(prefix, own), start, end);
      if (!result) return `${lead}#REF!`;
      const [s, e] = result;
      return `${lead}${prefix ?? ''}${refText(s)}${e ? `:${refText(e)}` : ''}`;
    })))
    .join('');
}

/** The same edit seen on columns: references as if transposed (column numbers in the row slot). */
function shiftColumns(formula: string, formulaSheet: string, edit: RowEdit): string {
  const asRows = (ref: Ref): Ref => ({ ...ref, row: lettersToColumn(ref.column), rowAbsolute: ref.columnAbsolute });
  const back = (ref: Ref, original: Ref): Ref => ({ ...original, column: columnToLetters(ref.row!) });
  return mapReferences(formula, formulaSheet, (sheet, start, end) => {
    if (sheet.toLowerCase() !== edit.sheet.toLowerCase()) return [start, end];
    const shifted = shiftRange(asRows(start), end && asRows(end), edit);
    return shifted && [back(shifted[0], start), end && back(shifted[1]!, end)];
  });
}

/** A formula after a row edit: references to `edit.sheet` at or below the edit move with their rows. */
export function shiftForRowEdit(formula: string, formulaSheet: string, edit: RowEdit): string {
  if (edit.columns) return shiftColumns(formula, formulaSheet, edit);
  return mapReferences(formula, formulaSheet, (sheet, start, end) => {
    if (sheet.toLowerCase() !== edit.sheet.toLowerCase()) return [start, end];
    return shiftRange(start, end, edit);
  });
}

/** A range's rows after the edit: lines at or after it move; a range losing every line is #REF! (null). */
function shiftRange(start: Ref, end: Ref | undefined, edit: RowEdit): [Ref, Ref | undefined] | null {
  const first = start.row!;
  const last = end ? end.row : first;
  if (edit.kind === 'insert') {
    const move = (row: number) => (row >= edit.at ? row + edit.count : row);
    return [{ ...start, row: move(first) }, end && { ...end, row: last === undefined ? undefined : move(last) }];
  }
  const lastDeleted = edit.at + edit.count - 1;
  const newFirst = first < edit.at ? first : first > lastDeleted ? first - edit.count : edit.at;
  if (last === undefined) return [{ ...start, row: newFirst }, end];
  const newLast = last < edit.at ? last : last > lastDeleted ? last - edit.count : edit.at - 1;
  if (newLast < newFirst) return null;
  return [{ ...start, row: newFirst }, end && { ...end, row: newLast }];
}

/** A formula copied `rows` rows down (negative: up), as a sort moves it: relative rows follow, $rows stay. */
export function moveFormula(formula: string, formulaSheet: string, rows: number): string {
  if (rows === 0) return formula;
  const move = (ref: Ref): Ref | null => {
    if (ref.row === undefined || ref.rowAbsolute) return ref;
    const row = ref.row + rows;
    return row < 1 ? null : { ...ref, row };
  };
  return mapReferences(formula, formulaSheet, (_sheet, start, end) => {
    const s = move(start);
    const e = end && move(end);
    return s && e !== null ? [s, e] : null;
  });
}
