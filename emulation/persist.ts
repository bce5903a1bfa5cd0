// The whole workbook as plain JSON (the preview keeps it in a file across restarts). Compact, so 100,000
// accounts stay a file of tens of megabytes: a sheet's cells are blocks of BLOCK_ROWS rows, each row an
// array of its values (dates tagged), with formulas, styles and validation rules listed only where there
// are some and number formats as runs down each column. The first format (one object per cell) still opens.
import { type Cell, type CellValue, type Grid, isDate } from './cells';
import { DeveloperMetadata, type SheetModel } from './sheet';
import { Workbook } from './spreadsheet';
import { DataValidation } from './validation';

/** Rows per block: a block is the unit the preview re-serialises after a change. */
export const BLOCK_ROWS = 1000;

/** A cell's value: null for none, a date as `{ d: milliseconds }` (null for an invalid date). */
export type StoredValue = string | number | boolean | null | { d: number | null };
type ValidationJSON = ConstructorParameters<typeof DataValidation>;

/** Rows `row` … `row + BLOCK_ROWS - 1` of a sheet. Rows and columns are 1-based. */
export interface BlockJSON {
  /** First row of the block (a multiple of BLOCK_ROWS); `values[i]` is row `row + i`. */
  row: number;
  /** Per row, its values from column 1 (null: no value), or null for a row with none; trailing rows without values are left out. */
  values: Array<StoredValue[] | null>;
  /** [row, column, formula] */
  formulas?: Array<[number, number, string]>;
  /** [column, first row, rows, format]: one number format down consecutive rows of a column. */
  formats?: Array<[number, number, number, string]>;
  /** [row, column, style] */
  styles?: Array<[number, number, Record<string, unknown>]>;
  /** [row, column, [criteria type, criteria values, allow invalid, help text]] */
  validations?: Array<[number, number, ValidationJSON]>;
}

export interface SheetSettingsJSON {
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
}

export interface WorkbookSettingsJSON {
  locale: string;
  timeZone: string;
  name: string;
  activeSheet: string | null;
  documentProperties: Record<string, string>;
  metadata: Array<{ key: string; value: string | null; sheet: string | null }>;
}

export interface WorkbookJSON extends WorkbookSettingsJSON {
  version: 2;
  sheets: Array<SheetSettingsJSON & { blocks: BlockJSON[] }>;
}

/** The first format: one object per cell. Still read, never written. */
export interface LegacyWorkbookJSON extends WorkbookSettingsJSON {
  version?: undefined;
  sheets: Array<SheetSettingsJSON & {
    cells: Array<{ row: number; column: number; value?: string | number | boolean | { date: string }; formula?: string; format?: string; validation?: ValidationJSON; style?: Record<string, unknown> }>;
  }>;
}

const toStored = (value: CellValue): StoredValue => {
  if (value === '') return null;
  if (!isDate(value)) return value;
  const time = value.getTime();
  return { d: Number.isNaN(time) ? null : time };
};

function fromStored(value: StoredValue): CellValue {
  if (value === null) return '';
  if (typeof value !== 'object') {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  } else if ('d' in value && (value.d === null || typeof value.d === 'number')) return new Date(value.d ?? NaN);
  throw new Error(`${JSON.stringify(value)} is not a saved cell value`);
}

/** A sheet's settings and charts, without its cells. */
export function sheetSettingsJSON(sheet: SheetModel): SheetSettingsJSON {
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

/** How many blocks a sheet's cells span (some may be empty). */
export const blockCount = (grid: Grid) => Math.ceil(grid.rowLimit / BLOCK_ROWS);

/** Block `index` of a grid (rows index × BLOCK_ROWS …), or null when it holds nothing. */
export function blockJSON(grid: Grid, index: number): BlockJSON | null {
  const first = index * BLOCK_ROWS;
  const end = Math.min(first + BLOCK_ROWS, grid.rowLimit);
  const values: BlockJSON['values'] = [];
  const formulas: NonNullable<BlockJSON['formulas']> = [];
  const formats: NonNullable<BlockJSON['formats']> = [];
  const styles: NonNullable<BlockJSON['styles']> = [];
  const validations: NonNullable<BlockJSON['validations']> = [];
  const openFormats = new Map<number, [number, number, number, string]>(); // column → its run reaching the row above
  let lastValues = -1;
  for (let row = Math.max(first, 1); row < end; row++) {
    const cells = grid.rowCells(row);
    let line: StoredValue[] | null = null;
    if (cells) {
      for (let column = 1; column < cells.length; column++) {
        const cell = cells[column];
        if (!cell) continue;
        if (cell.value !== '') {
          line ??= [];
          while (line.length < column - 1) line.push(null);
          line.push(toStored(cell.value));
        }
        if (cell.formula) formulas.push([row, column, cell.formula]);
        if (cell.format) {
          const run = openFormats.get(column);
          if (run && run[3] === cell.format && run[1] + run[2] === row) run[2]++;
          else {
            const started: [number, number, number, string] = [column, row, 1, cell.format];
            formats.push(started);
            openFormats.set(column, started);
          }
        }
        if (cell.style) styles.push([row, column, { ...cell.style }]);
        if (cell.validation) validations.push([row, column, [cell.validation.criteriaType, cell.validation.criteriaValues, cell.validation.allowInvalid, cell.validation.helpText]]);
      }
    }
    values[row - first] = line;
    if (line) lastValues = row - first;
  }
  values.length = lastValues + 1;
  for (let i = 0; i < values.length; i++) values[i] ??= null;
  if (values.length === 0 && !formulas.length && !formats.length && !styles.length && !validations.length) return null;
  return {
    row: first,
    values,
    ...(formulas.length ? { formulas } : {}),
    ...(formats.length ? { formats } : {}),
    ...(styles.length ? { styles } : {}),
    ...(validations.length ? { validations } : {}),
  };
}

/** Every block of a sheet that holds something. */
export function sheetBlocks(sheet: SheetModel): BlockJSON[] {
  const blocks: BlockJSON[] = [];
  for (let i = 0; i < blockCount(sheet.grid); i++) {
    const block = blockJSON(sheet.grid, i);
    if (block) blocks.push(block);
  }
  return blocks;
}

/** Everything but the sheets. */
export function workbookSettingsJSON(workbook: Workbook, documentProperties: Map<string, string>): WorkbookSettingsJSON {
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
    version: 2,
    ...workbookSettingsJSON(workbook, documentProperties),
    sheets: workbook.sheets.map((sheet) => ({ ...sheetSettingsJSON(sheet), blocks: sheetBlocks(sheet) })),
  };
}

/** A cell position read from a file: a whole number in the grid (a far-out or broken one fails the file). */
function position(value: unknown, what: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 1 || (value as number) > 10_000_000) throw new Error(`${JSON.stringify(value)} is not a saved ${what}`);
  return value as number;
}

/** Puts a saved block's cells into a sheet. */
export function restoreBlock(sheet: SheetModel, block: BlockJSON): void {
  const grid = sheet.grid;
  if (block.row !== 0) position(block.row, 'row');
  if (!Array.isArray(block.values)) throw new Error('A saved block has no values');
  block.values.forEach((line, i) => {
    if (!line) return;
    for (let c = 0; c < line.length; c++) {
      if (line[c] === null) continue;
      grid.cell(position(block.row + i, 'row'), c + 1).value = fromStored(line[c]);
    }
  });
  for (const [row, column, formula] of block.formulas ?? []) grid.cell(position(row, 'row'), position(column, 'column')).formula = String(formula);
  for (const [column, row, count, format] of block.formats ?? []) {
    for (let r = row; r < row + count; r++) grid.cell(position(r, 'row'), position(column, 'column')).format = String(format);
  }
  for (const [row, column, style] of block.styles ?? []) grid.cell(position(row, 'row'), position(column, 'column')).style = { ...style };
  for (const [row, column, rule] of block.validations ?? []) grid.cell(position(row, 'row'), position(column, 'column')).validation = new DataValidation(...rule);
}

/** Adds a saved sheet (settings and charts; its cells come with restoreBlock). */
export function restoreSheet(workbook: Workbook, saved: SheetSettingsJSON): SheetModel {
  const sheet = workbook.addSheet(saved.name, undefined, saved.id);
  Object.assign(sheet, {
    maxRows: saved.maxRows, maxColumns: saved.maxColumns, frozenRows: saved.frozenRows, frozenColumns: saved.frozenColumns,
    columnWidths: { ...saved.columnWidths },
    hiddenColumns: new Set(saved.hiddenColumns ?? []),
    tabColor: saved.tabColor ?? null,
    hidden: saved.hidden ?? false,
  });
  for (const chart of saved.charts) {
    const builder = sheet.newChart().setChartType(chart.type);
    chart.ranges.forEach((a1) => builder.addRange(sheet.getRange(a1)));
    Object.entries(chart.options).forEach(([key, value]) => builder.setOption(key, value));
    const [row, column, x, y] = chart.position;
    sheet.insertChart(builder.setPosition(row, column, x, y).build());
  }
  return sheet;
}

function legacyDate(text: string): Date {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return date;
}

function restoreLegacyCells(sheet: SheetModel, cells: LegacyWorkbookJSON['sheets'][number]['cells']) {
  for (const c of cells) {
    const cell: Cell = sheet.grid.cell(c.row, c.column);
    cell.value = c.value === undefined ? '' : typeof c.value === 'object' ? legacyDate(c.value.date) : c.value;
    if (c.formula) cell.formula = c.formula;
    if (c.format) cell.format = c.format;
    if (c.validation) cell.validation = new DataValidation(...c.validation);
    if (c.style) cell.style = { ...c.style };
  }
}

/** A workbook from toJSON() (or a file of the first format). */
export function restoreWorkbook(json: WorkbookJSON | LegacyWorkbookJSON): Workbook {
  const workbook = new Workbook(json.locale, json.timeZone, json.name);
  for (const saved of json.sheets) {
    const sheet = restoreSheet(workbook, saved);
    if ('blocks' in saved) for (const block of saved.blocks) restoreBlock(sheet, block);
    else restoreLegacyCells(sheet, saved.cells);
  }
  for (const m of json.metadata) {
    workbook.metadata.push(new DeveloperMetadata(workbook, m.key, m.value, m.sheet === null ? null : workbook.sheetNamed(m.sheet) ?? null));
  }
  workbook.active = (json.activeSheet && workbook.sheetNamed(json.activeSheet)) || workbook.sheets[0] || null;
  return workbook;
}
