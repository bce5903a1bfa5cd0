// What the page shows of a sheet: a window of rows as Sheets displays them (number formats in the
// spreadsheet's locale and time zone), what the formula bar shows for each cell, errors with their message,
// colours, and the sheet's charts with the data they draw.
import { isDate } from '../emulation/cells';
import { displayValue } from '../emulation/display';
import type { SheetModel } from '../emulation/sheet';
import { cellLook, type Look } from './files';
import type { FormulaEngine } from './formulas';

/** A blank sheet still shows a grid, as Sheets does: columns A–Z and this many rows at least. */
export const MIN_COLUMNS = 26;
export const MIN_ROWS = 100;
export const MAX_WINDOW = 1000;

export interface SheetView {
  name: string;
  /** First row of the window (1-based), the rows and columns the grid has in all. */
  start: number;
  totalRows: number;
  totalColumns: number;
  lastRow: number;
  rows: string[][];
  /** [row, column, text] (0-based in the window) where the formula bar shows something else than the cell. */
  inputs: Array<[number, number, string]>;
  /** [row, column, message] of cells that show an error. */
  errors: Array<[number, number, string]>;
  styles: Array<[number, number, Look]>;
  /** Right-aligned cells (numbers and dates, as Sheets aligns them). */
  numeric: Array<[number, number]>;
  frozenRows: number;
  /** Column widths in pixels the add-on set (1-based column → width); others are Sheets' default 100. */
  widths: Record<number, number>;
  hidden: number[];
  problem: string | null;
  charts: ChartView[];
}

export interface ChartView {
  type: string;
  title: string;
  /** Row and column the chart is anchored at (1-based). */
  anchor: [number, number];
  /** Category labels and one series per further column: name, values, and the axis it is drawn against. */
  categories: string[];
  series: Array<{ name: string; values: Array<number | null>; axis: 0 | 1 }>;
  axisTitles: [string, string];
}

/** The text a user would edit: a formula, or the value as typed in this locale. */
function editText(value: unknown, format: string | undefined, locale: string, timeZone: string): string {
  if (typeof value === 'number') return displayValue(value, undefined, locale, timeZone).replace(/(\d)(?=(\d{3})+(?!\d))/g, '$1');
  if (isDate(value)) return displayValue(value, format && /[hs]/i.test(format) ? format : undefined, locale, timeZone);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value ?? '');
}

export function sheetView(sheet: SheetModel, engine: FormulaEngine, start: number, count: number): SheetView {
  const { locale, timeZone } = sheet.workbook;
  const extent = engine.extent(sheet);
  const totalColumns = Math.min(sheet.maxColumns, Math.max(MIN_COLUMNS, extent.lastColumn));
  const lastRow = extent.lastRow;
  const totalRows = Math.min(sheet.maxRows, Math.max(MIN_ROWS, lastRow + 20));
  const first = Math.max(1, Math.min(start, totalRows));
  const numRows = Math.max(0, Math.min(count, MAX_WINDOW, totalRows - first + 1));
  const { values, errors } = engine.block(sheet, first, 1, numRows, totalColumns);
  const rows: string[][] = [];
  const inputs: SheetView['inputs'] = [];
  const styles: SheetView['styles'] = [];
  const numeric: SheetView['numeric'] = [];
  for (let r = 0; r < numRows; r++) {
    const line: string[] = new Array(totalColumns);
    for (let c = 0; c < totalColumns; c++) {
      const cell = sheet.grid.get(first + r, c + 1);
      const value = values[r][c];
      let shown = '';
      try {
        shown = value === '' || value === null || value === undefined ? '' : displayValue(value as never, cell?.format, locale, timeZone);
      } catch {
        shown = String(value);
      }
      line[c] = shown;
      if (typeof value === 'number' || isDate(value)) numeric.push([r, c]);
      const input = cell?.formula ?? (cell && cell.value !== '' ? editText(cell.value, cell.format, locale, timeZone) : '');
      if (input !== shown) inputs.push([r, c, input]);
      const look = cellLook(cell?.style);
      if (look) styles.push([r, c, look]);
    }
    rows.push(line);
  }
  return {
    name: sheet.name,
    start: first,
    totalRows,
    totalColumns,
    lastRow,
    rows,
    inputs,
    errors,
    styles,
    numeric,
    frozenRows: sheet.frozenRows,
    widths: { ...sheet.columnWidths },
    hidden: [...sheet.hiddenColumns],
    problem: engine.sheetProblem(sheet) ?? null,
    charts: sheet.charts.map((chart) => chartView(sheet, engine, chart.spec)).filter((c): c is ChartView => c !== null),
  };
}

type Spec = SheetModel['charts'][number]['spec'];

/** A chart as the bundle set it through the emulation: the first range's cells are the categories, each
 * further range (or column) a series; `numHeaders` rows on top name them; `series.N.targetAxisIndex` puts a
 * series on the second axis. */
export function chartView(sheet: SheetModel, engine: FormulaEngine, spec: Spec): ChartView | null {
  const columns: unknown[][] = [];
  for (const range of spec.ranges) {
    const target = range.getSheet() as SheetModel;
    const { values } = engine.block(target, range.getRow(), range.getColumn(), Math.min(range.getNumRows(), 500), range.getNumColumns());
    for (let c = 0; c < range.getNumColumns(); c++) columns.push(values.map((row) => row[c]));
  }
  if (columns.length < 2) return null;
  const options = spec.options;
  const headers = Number(options.numHeaders ?? 1) || 0;
  const [labels, ...data] = columns;
  const text = (v: unknown) => (v === null || v === undefined ? '' : isDate(v) ? displayValue(v as Date, undefined, sheet.workbook.locale, sheet.workbook.timeZone) : String(v));
  const keep = labels.map((label, i) => i >= headers && (text(label) !== '' || data.some((d) => typeof d[i] === 'number')));
  const seriesOptions = (options.series ?? {}) as Record<string, { targetAxisIndex?: number }>;
  return {
    type: String(spec.type),
    title: String(options.title ?? ''),
    anchor: [spec.position[0], spec.position[1]],
    categories: labels.filter((_, i) => keep[i]).map(text),
    series: data.map((values, s) => ({
      name: headers ? text(values[0]) : `Series ${s + 1}`,
      values: values.filter((_, i) => keep[i]).map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null)),
      axis: seriesOptions[s]?.targetAxisIndex === 1 ? 1 : 0,
    })),
    axisTitles: [String(options['hAxis.title'] ?? ''), String(options['vAxis.title'] ?? '')],
  };
}
