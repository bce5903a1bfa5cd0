// Sheet: a grid with Apps Script's size limits, frozen rows, widths, charts and developer metadata.
import { parseA1 } from './a1';
import { type Cell, type CellValue, Grid } from './cells';
import { Range } from './range';
import type { Workbook } from './spreadsheet';

export class DeveloperMetadata {
  constructor(
    readonly workbook: Workbook,
    readonly key: string,
    readonly value: string | null,
    readonly sheet: SheetModel | null,
  ) {}
  getKey() { return this.key; }
  getValue() { return this.value; }
  getLocation() {
    return new MetadataLocation(this.sheet);
  }
  remove() { this.workbook.metadata = this.workbook.metadata.filter((m) => m !== this); }
}

export class MetadataLocation {
  constructor(readonly sheet: SheetModel | null) {}
  getSheet() { return this.sheet; }
  getLocationType() { return this.sheet ? 'SHEET' : 'SPREADSHEET'; }
}

export class EmbeddedChart {
  constructor(readonly id: string, public spec: ChartSpec) {}
  getChartId() { return this.id; }
  getType() { return this.spec.type; }
  getRanges() { return [...this.spec.ranges]; }
  getOptions() { return { get: (key: string) => this.spec.options[key] }; }
  getContainerInfo() { return { getAnchorRow: () => this.spec.position[0], getAnchorColumn: () => this.spec.position[1] }; }
  modify() { return new ChartBuilder(this.spec.sheet, this); }
}

interface ChartSpec {
  sheet: SheetModel;
  type: string;
  ranges: Range[];
  options: Record<string, unknown>;
  position: [number, number, number, number];
}

export class ChartBuilder {
  private spec: ChartSpec;
  constructor(sheet: SheetModel, private readonly existing?: EmbeddedChart) {
    this.spec = existing ? { ...existing.spec, ranges: [...existing.spec.ranges], options: { ...existing.spec.options } } : { sheet, type: 'BAR', ranges: [], options: {}, position: [1, 1, 0, 0] };
  }
  setChartType(type: string) { this.spec.type = type; return this; }
  asBarChart() { this.spec.type = 'BAR'; return this; }
  asColumnChart() { this.spec.type = 'COLUMN'; return this; }
  addRange(range: Range) { this.spec.ranges.push(range); return this; }
  clearRanges() { this.spec.ranges = []; return this; }
  setPosition(row: number, column: number, offsetX: number, offsetY: number) { this.spec.position = [row, column, offsetX, offsetY]; return this; }
  setOption(key: string, value: unknown) { this.spec.options[key] = value; return this; }
  setTitle(title: string) { return this.setOption('title', title); }
  setNumHeaders(n: number) { return this.setOption('numHeaders', n); }
  setStacked() { return this.setOption('isStacked', true); }
  setLegendPosition(position: unknown) { return this.setOption('legend', position); }
  build() {
    if (this.existing) {
      this.existing.spec = this.spec;
      return this.existing;
    }
    return new EmbeddedChart(`chart-${Math.random().toString(36).slice(2, 10)}`, this.spec);
  }
}

export class SheetModel {
  grid = new Grid();
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths: Record<number, number> = {};
  charts: EmbeddedChart[] = [];
  tabColor: string | null = null;
  hidden = false;
  hiddenColumns = new Set<number>();

  constructor(readonly workbook: Workbook, public name: string, readonly id: number) {}

  /** Formula cells read through the workbook's evaluator when one is plugged in (the preview does). */
  valueOf(cell: Cell | undefined, row: number, column: number): CellValue {
    if (!cell) return '';
    if (cell.formula && cell.value !== '#ERROR!' && this.workbook.evaluator) {
      return this.workbook.evaluator.evaluate(this.name, row, column, cell.formula);
    }
    return cell.value;
  }
  changed() { this.workbook.evaluator?.changed?.(this.name); }

  getName() { return this.name; }
  setName(name: string) {
    if (this.workbook.sheets.some((s) => s !== this && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.name = name;
    return this;
  }
  getSheetId() { return this.id; }
  getIndex() { return this.workbook.sheets.indexOf(this) + 1; }
  getParent() { return this.workbook.spreadsheet; }
  activate() { this.workbook.active = this; return this; }
  setTabColor(color: string | null) { this.tabColor = color; return this; }
  hideSheet() { this.hidden = true; return this; }
  showSheet() { this.hidden = false; return this; }
  isSheetHidden() { return this.hidden; }

  getMaxRows() { return this.maxRows; }
  getMaxColumns() { return this.maxColumns; }
  getLastRow() { return this.grid.extent().lastRow; }
  getLastColumn() { return this.grid.extent().lastColumn; }

  getRange(a1OrRow: string | number, column?: number, numRows = 1, numColumns = 1): Range {
    if (typeof a1OrRow === 'string') {
      const a1 = parseA1(a1OrRow);
      const lastRow = a1.lastRow ?? this.maxRows;
      const lastColumn = a1.lastColumn ?? this.maxColumns;
      return this.getRange(a1.row, a1.column, lastRow - a1.row + 1, lastColumn - a1.column + 1);
    }
    const row = a1OrRow;
    if (column === undefined) throw new Error('Exception: The parameters (number) don\'t match the method signature.');
    if (![row, column, numRows, numColumns].every(Number.isInteger) || row < 1 || column < 1 || numRows < 1 || numColumns < 1) {
      throw new Error('Exception: The starting row/column of the range is too small, or the number of rows/columns must be at least 1.');
    }
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new Range(this, row, column, numRows, numColumns);
  }
  getDataRange() {
    const { lastRow, lastColumn } = this.grid.extent();
    return this.getRange(1, 1, Math.max(lastRow, 1), Math.max(lastColumn, 1));
  }

  insertRowsAfter(after: number, count: number) { this.grid.insertRows(after, count); this.maxRows += count; return this; }
  insertRowsBefore(before: number, count: number) { return this.insertRowsAfter(before - 1, count); }
  insertColumnsAfter(_after: number, count: number) { this.maxColumns += count; return this; }
  deleteRows(row: number, count: number) { this.grid.deleteRows(row, count); this.maxRows -= count; return this; }

  setFrozenRows(rows: number) { this.frozenRows = rows; return this; }
  getFrozenRows() { return this.frozenRows; }
  setFrozenColumns(columns: number) { this.frozenColumns = columns; return this; }
  getFrozenColumns() { return this.frozenColumns; }
  setColumnWidth(column: number, width: number) { this.columnWidths[column] = width; return this; }
  setColumnWidths(start: number, count: number, width: number) {
    for (let c = start; c < start + count; c++) this.columnWidths[c] = width;
    return this;
  }
  hideColumns(column: number, count = 1) {
    for (let c = column; c < column + count; c++) this.hiddenColumns.add(c);
    return this;
  }
  isColumnHiddenByUser(column: number) { return this.hiddenColumns.has(column); }
  getColumnWidth(column: number) { return this.columnWidths[column] ?? 100; }
  autoResizeColumns(start: number, count: number) { return this.setColumnWidths(start, count, 120); }

  clear() { this.grid = new Grid(); this.changed(); return this; }
  clearContents() { this.getRange(1, 1, this.maxRows, this.maxColumns).clearContent(); return this; }
  clearFormats() { this.getRange(1, 1, this.maxRows, this.maxColumns).clearFormat(); return this; }

  newChart() { return new ChartBuilder(this); }
  insertChart(chart: EmbeddedChart) { this.charts.push(chart); }
  getCharts() { return [...this.charts]; }
  removeChart(chart: EmbeddedChart) { this.charts = this.charts.filter((c) => c.id !== chart.id); }
  updateChart(chart: EmbeddedChart) { this.charts = this.charts.map((c) => (c.id === chart.id ? chart : c)); }

  addDeveloperMetadata(key: string, value?: string) {
    this.workbook.metadata.push(new DeveloperMetadata(this.workbook, key, value ?? null, this));
    return this;
  }
  getDeveloperMetadata() { return this.workbook.metadata.filter((m) => m.sheet === this); }
}
