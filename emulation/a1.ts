// A1 notation as Sheets reads it, including open-ended ranges (`A2:Q`, `C:C`, `2:5`).

export interface A1Range {
  sheet?: string;
  row: number; // 1-based
  column: number;
  /** Last row/column, or undefined when open-ended (to the end of the sheet). */
  lastRow?: number;
  lastColumn?: number;
}

export function columnToLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function lettersToColumn(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}

const CELL = /^\$?([A-Za-z]*)\$?(\d*)$/;

function parseRef(ref: string): { column?: number; row?: number } {
  const match = CELL.exec(ref.trim());
  if (!match || (!match[1] && !match[2])) throw new Error(`Range not found: ${ref}`);
  return { column: match[1] ? lettersToColumn(match[1]) : undefined, row: match[2] ? Number(match[2]) : undefined };
}

/** Parses `Sheet!A1:B2`, `'My sheet'!A2:Q`, `C:C`, `2:5`, `B3`. */
export function parseA1(notation: string): A1Range {
  let text = notation.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const parts = text.split(':');
  if (parts.length > 2) throw new Error(`Range not found: ${notation}`);
  const [startText, endText] = parts;
  const start = parseRef(startText);
  const end = endText === undefined ? start : parseRef(endText);
  const range: A1Range = {
    sheet,
    row: start.row ?? 1,
    column: start.column ?? 1,
    lastRow: end.row,
    lastColumn: end.column,
  };
  if (endText === undefined && (start.row === undefined || start.column === undefined)) throw new Error(`Range not found: ${notation}`);
  return range;
}

export function toA1(row: number, column: number, numRows: number, numColumns: number): string {
  const start = `${columnToLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnToLetters(column + numColumns - 1)}${row + numRows - 1}`;
}
