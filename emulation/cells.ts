// Cell storage and the way Sheets turns typed input into values, formulas or text.
import type { DataValidation } from './validation';

export type CellValue = string | number | boolean | Date;

export interface Cell {
  value: CellValue;
  formula?: string;
  format?: string;
  validation?: DataValidation | null;
  style?: Record<string, unknown>;
}

/** Dates from any realm (the bundle runs in a vm context in tests). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/**
 * What Sheets stores when a value is written with setValue(s): `=…` becomes a formula; number-like text
 * becomes a number; `'…` is text without the apostrophe; other text starting with `+`, `-` or `@` is
 * parsed as a formula and fails (#ERROR!). In a cell formatted as plain text (`@`) every string stays text.
 */
export function parseInput(input: unknown, format: string | undefined): Pick<Cell, 'value' | 'formula'> {
  if (input === null || input === undefined) return { value: '' };
  if (isDate(input)) return { value: input };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  const text = String(input);
  if (format === '@') return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const trimmed = text.trim();
  if (/\d/.test(trimmed)) {
    const percent = trimmed.endsWith('%');
    const body = percent ? trimmed.slice(0, -1) : trimmed;
    if (NUMBER.test(body)) {
      const number = Number(body.replace(/,/g, ''));
      return { value: percent ? number / 100 : number };
    }
  }
  if (/^[+\-@]/.test(text)) return { value: '#ERROR!', formula: `=${text.slice(text.startsWith('@') ? 1 : 0)}` };
  return { value: text };
}

/** Sparse grid of cells, 1-based. */
export class Grid {
  private rows: (Cell | undefined)[][] = [];

  get(row: number, column: number): Cell | undefined {
    return this.rows[row]?.[column];
  }

  cell(row: number, column: number): Cell {
    const cells = (this.rows[row] ??= []);
    return (cells[column] ??= { value: '' });
  }

  /** Last row / column holding a value or formula (0 when empty). */
  extent(): { lastRow: number; lastColumn: number } {
    let lastRow = 0;
    let lastColumn = 0;
    this.rows.forEach((cells, row) => {
      cells?.forEach((cell, column) => {
        if (cell && (cell.value !== '' || cell.formula)) {
          lastRow = Math.max(lastRow, row);
          lastColumn = Math.max(lastColumn, column);
        }
      });
    });
    return { lastRow, lastColumn };
  }

  insertRows(after: number, count: number): void {
    this.rows.splice(after + 1, 0, ...new Array(count).fill(undefined));
  }

  deleteRows(row: number, count: number): void {
    this.rows.splice(row, count);
  }

  entries(): Array<[number, number, Cell]> {
    const out: Array<[number, number, Cell]> = [];
    this.rows.forEach((cells, row) => cells?.forEach((cell, column) => cell && out.push([row, column, cell])));
    return out;
  }
}
