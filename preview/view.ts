// What the page shows of a sheet: a window of rows as Sheets displays them (number formats in the
// spreadsheet's locale and time zone), what the formula bar shows for each cell, errors with their message,
// colours, and the sheet's charts with the data they draw.
import { isDate } from '../emulation/cells';
import { displayValue } from '../emulation/display';
import type { EmbeddedChart, SheetModel } from '../emulation/sheet';
import { type ChartAxis, describeChart } from '../emulation/charts';
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
  series: Array<{ name: string; values: Array<number | null>; axis: ChartAxis }>;
  axisTitles: Record<ChartAxis, string>;
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
    charts: sheet.charts.map(chartView),
  };
}

/** A chart as the emulation records what it shows (type, categories, series and their axes), with the
 * values as numbers for drawing and the axis titles the add-on set. */
export function chartView(chart: EmbeddedChart): ChartView {
  const shown = describeChart(chart);
  const text = (v: unknown) => (v === null || v === undefined ? '' : isDate(v) ? displayValue(v as Date, undefined, chart.spec.sheet.workbook.locale, chart.spec.sheet.workbook.timeZone) : String(v));
  // Trailing rows the add-on's ranges cover but hold nothing are not drawn.
  let count = shown.categories.values.length;
  while (count > 0 && text(shown.categories.values[count - 1]) === '' && shown.series.every((s) => typeof s.values[count - 1] !== 'number')) count--;
  const vAxes = (chart.spec.options.vAxes ?? {}) as Record<string, { title?: string } | undefined>;
  return {
    type: shown.type,
    title: shown.title,
    anchor: [shown.anchor.row, shown.anchor.column],
    categories: shown.categories.values.slice(0, count).map(text),
    series: shown.series.map((series) => ({
      name: series.name,
      values: series.values.slice(0, count).map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null)),
      axis: series.axis,
    })),
    axisTitles: { left: String(vAxes[0]?.title ?? chart.spec.options['vAxis.title'] ?? ''), right: String(vAxes[1]?.title ?? ''), bottom: String(chart.spec.options['hAxis.title'] ?? '') },
  };
}
