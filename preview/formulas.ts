// Formula cells of the preview, computed by HyperFormula (GPL-3.0, used only by this local preview) with
// the add-on's custom functions registered as a plugin that calls the real bundle.
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { BundleContext } from '../emulation/bundle';
import type { Workbook } from '../emulation/spreadsheet';
import { isDate } from '../emulation/cells';

const FUNCTIONS: Record<string, number> = {
  ICP_SCORE: 3, ICP_EXPLAIN: 3, ICP_TIER: 3, COMPANY_SIZE: 2, SEGMENT_CLV: 4, CAC_PAYBACK: 3, LTV_CAC: 2, MONTHLY_CHURN: 3, ANNUAL_CHURN: 1,
};
const REQUIRED: Record<string, number> = { ICP_TIER: 1, COMPANY_SIZE: 1, SEGMENT_CLV: 3, CAC_PAYBACK: 2, MONTHLY_CHURN: 2 };

type Ast = { procedureName: string; args: Array<{ type: string; start?: { row: number }; end?: { row: number } }> };

let current: BundleContext | null = null;

const toCell = (value: unknown): unknown => (typeof value === 'symbol' || value === null || value === undefined || value instanceof CellError ? '' : value);
const fromResult = (value: unknown) => (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : '');

class AddonFunctions extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    Object.entries(FUNCTIONS).map(([name, arity]) => [
      name,
      {
        method: 'call',
        sizeOfResultArrayMethod: 'size',
        parameters: Array.from({ length: arity }, (_, i) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: i >= (REQUIRED[name] ?? arity) })),
      },
    ]),
  );

  call(ast: Ast, state: unknown) {
    const name = ast.procedureName;
    return this.runFunction(ast.args as never, state as never, this.metadata(name), (...args: unknown[]) => {
      const plain = args.map((arg) => (arg instanceof SimpleRangeValue ? arg.rawData().map((row) => row.map(toCell)) : toCell(arg)));
      try {
        const result = current![name](...plain);
        return Array.isArray(result) ? SimpleRangeValue.onlyValues((result as unknown[][]).map((row) => row.map(fromResult)) as never) : fromResult(result);
      } catch (error) {
        return new CellError(ErrorType.VALUE, error instanceof Error || (error as Error)?.message ? (error as Error).message : String(error));
      }
    });
  }

  /** A range argument spills one row per input row, as in Sheets. */
  size(ast: Ast) {
    const range = ast.args.find((arg) => arg.type === 'CELL_RANGE' && arg.start && arg.end);
    return range ? new ArraySize(1, range.end!.row - range.start!.row + 1) : ArraySize.scalar();
  }
}

HyperFormula.registerFunctionPlugin(AddonFunctions as never, { enGB: Object.fromEntries(Object.keys(FUNCTIONS).map((n) => [n, n])) });

/** `C2:C` (open-ended, which Sheets allows) becomes `C2:C1000` for the engine; nothing else is rewritten. */
export function closeOpenRanges(formula: string, maxRows: number): string {
  return formula.replace(/(\$?[A-Z]{1,3}\$?\d+):(\$?[A-Z]{1,3})(?![A-Za-z0-9$(!_])/g, (_, start: string, end: string) => `${start}:${end}${maxRows}`);
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const toSerial = (date: Date) => (date.getTime() - EXCEL_EPOCH) / 86_400_000;

export interface Computed {
  /** Sheet name → rows of computed values (spilled results included). */
  values: Map<string, unknown[][]>;
  errors: Map<string, Array<[number, number, string]>>;
}

/** Computes every sheet of the workbook. */
export function computeWorkbook(workbook: Workbook, bundle: BundleContext): Computed {
  current = bundle;
  const sheets: Record<string, unknown[][]> = {};
  for (const sheet of workbook.sheets) {
    const { lastRow, lastColumn } = sheet.grid.extent();
    const rows: unknown[][] = Array.from({ length: lastRow }, () => new Array(lastColumn).fill(null));
    for (const [row, column, cell] of sheet.grid.entries()) {
      if (row > lastRow || column > lastColumn) continue;
      rows[row - 1][column - 1] = cell.formula ? closeOpenRanges(cell.formula, sheet.maxRows) : isDate(cell.value) ? toSerial(cell.value) : cell.value === '' ? null : cell.value;
    }
    sheets[sheet.name] = rows;
  }
  const engine = HyperFormula.buildFromSheets(sheets as never, { licenseKey: 'gpl-v3', useArrayArithmetic: true, maxRows: 100_000 });
  const values = new Map<string, unknown[][]>();
  const errors = new Map<string, Array<[number, number, string]>>();
  for (const name of Object.keys(sheets)) {
    const id = engine.getSheetId(name)!;
    const computed = engine.getSheetValues(id) as unknown[][];
    const sheetErrors: Array<[number, number, string]> = [];
    computed.forEach((row, r) => row.forEach((value, c) => {
      if (value && typeof value === 'object' && 'type' in (value as object)) {
        sheetErrors.push([r, c, (value as { message?: string }).message || String((value as { value?: string }).value)]);
        row[c] = '#ERROR!';
      }
    }));
    values.set(name, computed);
    errors.set(name, sheetErrors);
  }
  engine.destroy();
  return { values, errors };
}
