// The whole workbook as plain JSON (the preview keeps it in a file across restarts).
import { type Cell, type CellValue, isDate } from './cells';
import { DeveloperMetadata, type SheetModel } from './sheet';
import { Workbook } from './spreadsheet';
import { DataValidation } from './validation';

type JSONValue = string | number | boolean | { date: string };

export interface WorkbookJSON {
  locale: string;
  timeZone: string;
  name: string;
  activeSheet: string | null;
  documentProperties: Record<string, string>;
  metadata: Array<{ key: string; value: string | null; sheet: string | null }>;
  sheets: Array<{
    name: string;
    id: number;
    maxRows: number;
    maxColumns: number;
    frozenRows: number;
    frozenColumns: number;
    columnWidths: Record<number, number>;
    hiddenColumns?: number[];
    tabColor?: string | null;
    hidden?: boolean;
    charts: Array<{ type: string; ranges: string[]; options: Record<string, unknown>; position: number[] }>;
    cells: Array<{ row: number; column: number; value?: JSONValue; formula?: string; format?: string; validation?: ConstructorParameters<typeof DataValidation>; style?: Record<string, unknown> }>;
  }>;
}

const toJSONValue = (value: CellValue): JSONValue => (isDate(value) ? { date: value.toISOString() } : value);
const fromJSONValue = (value: JSONValue | undefined): CellValue =>
  value === undefined ? '' : typeof value === 'object' ? new Date(value.date) : value;

type SheetJSON = WorkbookJSON['sheets'][number];

/** A sheet's settings and charts, without its cells. */
export function sheetSettingsJSON(sheet: SheetModel): Omit<SheetJSON, 'cells'> {
  return {
    name: sheet.name,
    id: sheet.id,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    columnWidths: { ...sheet.columnWidths },
    hiddenColumns: [...sheet.hiddenColumns],
    tabColor: sheet.tabColor,
    hidden: sheet.hidden,
    charts: sheet.charts.map((c) => ({
      type: c.spec.type,
      ranges: c.spec.ranges.map((r) => r.getA1Notation()),
      options: { ...c.spec.options },
      position: [...c.spec.position],
    })),
  };
}

/** A sheet's cells (the bulk of a saved workbook; the preview keeps it per sheet and redoes only changed sheets). */
export function sheetCellsJSON(sheet: SheetModel): SheetJSON['cells'] {
  const cells: SheetJSON['cells'] = [];
  for (const [row, column, cell] of sheet.grid.entries()) {
    cells.push({
      row,
      column,
      ...(cell.value !== '' ? { value: toJSONValue(cell.value) } : {}),
      ...(cell.formula ? { formula: cell.formula } : {}),
      ...(cell.format ? { format: cell.format } : {}),
      ...(cell.validation ? { validation: [cell.validation.criteriaType, cell.validation.criteriaValues, cell.validation.allowInvalid, cell.validation.helpText] as ConstructorParameters<typeof DataValidation> } : {}),
      ...(cell.style ? { style: { ...cell.style } } : {}),
    });
  }
  return cells;
}

/** Everything but the sheets. */
export function workbookSettingsJSON(workbook: Workbook, documentProperties: Map<string, string>): Omit<WorkbookJSON, 'sheets'> {
  return {
    locale: workbook.locale,
    timeZone: workbook.timeZone,
    name: workbook.name,
    activeSheet: workbook.active?.name ?? null,
    documentProperties: Object.fromEntries(documentProperties),
    metadata: workbook.metadata.map((m) => ({ key: m.key, value: m.value, sheet: m.sheet?.name ?? null })),
  };
}

export function workbookToJSON(workbook: Workbook, documentProperties: Map<string, string>): WorkbookJSON {
  return {
    ...workbookSettingsJSON(workbook, documentProperties),
    sheets: workbook.sheets.map((sheet) => ({ ...sheetSettingsJSON(sheet), cells: sheetCellsJSON(sheet) })),
  };
}

export function restoreWorkbook(json: WorkbookJSON): Workbook {
  const workbook = new Workbook(json.locale, json.timeZone, json.name);
  for (const saved of json.sheets) {
    const sheet = workbook.addSheet(saved.name, undefined, saved.id);
    Object.assign(sheet, {
      maxRows: saved.maxRows, maxColumns: saved.maxColumns, frozenRows: saved.frozenRows, frozenColumns: saved.frozenColumns,
      columnWidths: { ...saved.columnWidths },
      hiddenColumns: new Set(saved.hiddenColumns ?? []),
      tabColor: saved.tabColor ?? null,
      hidden: saved.hidden ?? false,
    });
    for (const c of saved.cells) {
      const cell: Cell = sheet.grid.cell(c.row, c.column);
      cell.value = fromJSONValue(c.value);
      if (c.formula) cell.formula = c.formula;
      if (c.format) cell.format = c.format;
      if (c.validation) cell.validation = new DataValidation(...c.validation);
      if (c.style) cell.style = { ...c.style };
    }
    for (const chart of saved.charts) {
      const builder = sheet.newChart().setChartType(chart.type);
      chart.ranges.forEach((a1) => builder.addRange(sheet.getRange(a1)));
      Object.entries(chart.options).forEach(([key, value]) => builder.setOption(key, value));
      const [row, column, x, y] = chart.position;
      sheet.insertChart(builder.setPosition(row, column, x, y).build());
    }
  }
  for (const m of json.metadata) {
    workbook.metadata.push(new DeveloperMetadata(workbook, m.key, m.value, m.sheet === null ? null : workbook.sheetNamed(m.sheet) ?? null));
  }
  workbook.active = (json.activeSheet && workbook.sheetNamed(json.activeSheet)) || workbook.sheets[0] || null;
  return workbook;
}
