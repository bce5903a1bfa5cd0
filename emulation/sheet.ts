// Sheet: a grid with Apps Script's size limits, frozen rows, widths, charts and developer metadata.
import { parseA1 } from './a1';
import { type Cell, type CellValue, Grid, isDate } from './cells';
import { Range } from './range';
import type { ChangedArea, Computed, Workbook } from './spreadsheet';

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
  constructor(readonly id: number, public spec: ChartSpec) {}
  getChartId() { return this.id; }
  getType() { return this.spec.type; }
  getRanges() { return [...this.spec.ranges]; }
  getOptions() { return { get: (key: string) => this.spec.options[key] ?? null }; }
  getSheet() { return this.spec.sheet; }
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
  asComboChart() { this.spec.type = 'COMBO'; return this; }
  asAreaChart() { this.spec.type = 'AREA'; return this; }
  asLineChart() { this.spec.type = 'LINE'; return this; }
  asPieChart() { this.spec.type = 'PIE'; return this; }
  getChartType() { return this.spec.type; }
  getRanges() { return [...this.spec.ranges]; }
  addRange(range: Range) { this.spec.ranges.push(range); return this; }
  clearRanges() { this.spec.ranges = []; return this; }
  setPosition(row: number, column: number, offsetX: number, offsetY: number) { this.spec.position = [row, column, offsetX, offsetY]; return this; }
  setOption(key: string, value: unknown) { this.spec.options[key] = value; return this; }
  setTitle(title: string) { return this.setOption('title', title); }
  setNumHeaders(n: number) { return this.setOption('numHeaders', n); }
  setStacked() { return this.setOption('isStacked', true); }
  setLegendPosition(position: unknown) { return this.setOption('legend', position); }
  setXAxisTitle(title: string) { return this.setOption('hAxis.title', title); }
  setYAxisTitle(title: string) { return this.setOption('vAxis.title', title); }
  setColors(colors: string[]) { return this.setOption('colors', colors); }
  build() {
    if (this.existing) {
      this.existing.spec = this.spec;
      return this.existing;
    }
    return new EmbeddedChart(++this.spec.sheet.workbook.lastChartId, this.spec);
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

  /** A stored value as Apps Script returns it: formula results through the evaluator, fresh Dates of the
   * reader's realm (Apps Script returns a new Date on every read too). */
  valueOf(cell: Cell | undefined, row: number, column: number, computed?: Computed): CellValue {
    let value: CellValue = cell?.value ?? '';
    if (this.workbook.evaluator && (!cell || (cell.formula && cell.value !== '#ERROR!') || cell.value === '')) {
      value = (computed ?? this.workbook.computedValues(this)).get(row)?.get(column) ?? value;
    }
    return isDate(value) ? new this.workbook.DateCtor(value.getTime()) : value;
  }
  changed(area?: ChangedArea) { this.workbook.touch(this.name, area); }

  getName() { return this.name; }
  setName(name: string) {
    if (this.workbook.sheets.some((s) => s !== this && s.name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.name = name;
    return this;
  }
  getSheetId() { return this.id; }
  /** Sheet.copyTo(spreadsheet) within the same spreadsheet: a copy at the end, "Copy of …". */
  copyTo(_spreadsheet: unknown) { return this.workbook.duplicate(this, this.workbook.sheets.length); }
  getIndex() { return this.workbook.sheets.indexOf(this) + 1; }
  getParent() { return this.workbook.spreadsheet; }
  activate() { this.workbook.active = this; return this; }
  setTabColor(color: string | null) { this.tabColor = color; return this; }
  hideSheet() { this.hidden = true; return this; }
  showSheet() { this.hidden = false; return this; }
  isSheetHidden() { return this.hidden; }

  getMaxRows() { return this.maxRows; }
  getMaxColumns() { return this.maxColumns; }
  getLastRow() { return this.extent().lastRow; }
  getLastColumn() { return this.extent().lastColumn; }

  /** Last row/column with content, spilled formula results included (Sheets counts them too). */
  extent() {
    const extent = this.grid.extent();
    for (const [row, line] of this.workbook.computedValues(this)) {
      for (const [column, value] of line) {
        if (value === '') continue;
        extent.lastRow = Math.max(extent.lastRow, row);
        extent.lastColumn = Math.max(extent.lastColumn, column);
      }
    }
    return extent;
  }

  getRange(a1OrRow: string | number, column?: number, numRows = 1, numColumns = 1): Range {
    let row: number;
    if (typeof a1OrRow === 'string') {
      const a1 = parseA1(a1OrRow);
      const lastRow = a1.lastRow ?? this.maxRows;
      const lastColumn = a1.lastColumn ?? this.maxColumns;
      // `B5:A1` means A1:B5 to Sheets.
      const [top, bottom] = [Math.min(a1.row, lastRow), Math.max(a1.row, lastRow)];
      const [left, right] = [Math.min(a1.column, lastColumn), Math.max(a1.column, lastColumn)];
      return this.getRange(top, left, bottom - top + 1, right - left + 1);
    }
    row = a1OrRow;
    if (column === undefined) throw new Error("Exception: The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    if (![row, column, numRows, numColumns].every((n) => typeof n === 'number' && Number.isFinite(n))) {
      throw new Error("Exception: The parameters (number,number,number,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    }
    // Fractional coordinates are truncated, as Apps Script's integer parameters do.
    [row, column, numRows, numColumns] = [row, column, numRows, numColumns].map(Math.trunc);
    if (row < 1) throw new Error('Exception: The starting row of the range is too small.');
    if (column < 1) throw new Error('Exception: The starting column of the range is too small.');
    if (numRows < 1) throw new Error('Exception: The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('Exception: The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new Range(this, row, column, numRows, numColumns);
  }
  getDataRange() {
    const { lastRow, lastColumn } = this.extent();
    return this.getRange(1, 1, Math.max(lastRow, 1), Math.max(lastColumn, 1));
  }

  insertRowsAfter(after: number, count: number) {
    this.checkLine(after, this.maxRows, 'row');
    return this.insertRowsAt(after, count);
  }
  private insertRowsAt(after: number, count: number) {
    this.grid.insertRows(after, count);
    // Rows added at the bottom move nothing, so no formula needs rewriting.
    if (after < this.maxRows) this.workbook.rowsEdited({ sheet: this.name, kind: 'insert', at: after + 1, count });
    this.maxRows += count;
    this.changed();
    return this;
  }
  insertRowsBefore(before: number, count: number) { this.checkLine(before, this.maxRows, 'row'); return this.insertRowsAt(before - 1, count); }
  /** insertRows(rowIndex, numRows = 1): blank rows before rowIndex. */
  insertRows(before: number, count = 1) { return this.insertRowsBefore(before, count); }
  insertRowAfter(after: number) { return this.insertRowsAfter(after, 1); }
  insertRowBefore(before: number) { return this.insertRowsBefore(before, 1); }
  insertColumnsAfter(after: number, count: number) {
    this.checkLine(after, this.maxColumns, 'column');
    return this.insertColumnsAt(after, count);
  }
  private insertColumnsAt(after: number, count: number) {
    this.grid.insertColumns(after, count);
    if (after < this.maxColumns) this.workbook.rowsEdited({ sheet: this.name, kind: 'insert', at: after + 1, count, columns: true });
    // Hidden columns move with their content, as in Sheets.
    this.hiddenColumns = new Set([...this.hiddenColumns].map((c) => (c > after ? c + count : c)));
    this.maxColumns += count;
    this.changed();
    return this;
  }
  insertColumnsBefore(before: number, count: number) { this.checkLine(before, this.maxColumns, 'column'); return this.insertColumnsAt(before - 1, count); }
  deleteRows(row: number, count: number) {
    this.checkLine(row, this.maxRows, 'row');
    if (row + count - 1 > this.maxRows) throw new Error('Exception: Those rows are out of bounds.');
    if (count >= this.maxRows) throw new Error("Exception: You can't delete all the rows on the sheet.");
    this.grid.deleteRows(row, count);
    this.maxRows -= count;
    this.workbook.rowsEdited({ sheet: this.name, kind: 'delete', at: row, count });
    this.changed();
    return this;
  }
  deleteRow(row: number) { return this.deleteRows(row, 1); }
  deleteColumns(column: number, count: number) {
    this.checkLine(column, this.maxColumns, 'column');
    if (column + count - 1 > this.maxColumns) throw new Error('Exception: Those columns are out of bounds.');
    if (count >= this.maxColumns) throw new Error("Exception: You can't delete all the columns on the sheet.");
    this.grid.deleteColumns(column, count);
    this.maxColumns -= count;
    this.workbook.rowsEdited({ sheet: this.name, kind: 'delete', at: column, count, columns: true });
    this.hiddenColumns = new Set([...this.hiddenColumns].filter((c) => c < column || c >= column + count).map((c) => (c >= column + count ? c - count : c)));
    this.changed();
    return this;
  }
  private checkLine(position: number, max: number, what: 'row' | 'column') {
    if (!Number.isInteger(position) || position < 1 || position > max) throw new Error(`Exception: Those ${what}s are out of bounds.`);
  }

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
  getTabColor() { return this.tabColor; }
  clearContents() { this.getRange(1, 1, this.maxRows, this.maxColumns).clearContent(); return this; }
  clearFormats() { this.getRange(1, 1, this.maxRows, this.maxColumns).clearFormat(); return this; }

  newChart() { return new ChartBuilder(this); }
  insertChart(chart: EmbeddedChart) {
    if (this.charts.some((c) => c.id === chart.id)) throw new Error('Exception: This chart is already in the sheet.');
    this.charts.push(chart);
  }
  getCharts() { return [...this.charts]; }
  removeChart(chart: EmbeddedChart) { this.charts = this.charts.filter((c) => c.id !== chart.id); }
  updateChart(chart: EmbeddedChart) { this.charts = this.charts.map((c) => (c.id === chart.id ? chart : c)); }

  addDeveloperMetadata(key: string, value?: string) {
    this.workbook.metadata.push(new DeveloperMetadata(this.workbook, key, value ?? null, this));
    return this;
  }
  getDeveloperMetadata() { return this.workbook.metadata.filter((m) => m.sheet === this); }
}
