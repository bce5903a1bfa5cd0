// The in-memory Apps Script emulation shared by the tests, the benchmarks and the local preview.
// Every call through the SpreadsheetApp object graph is counted, so tests can see batching.
import { Range } from './range';
import { DeveloperMetadata, EmbeddedChart, MetadataLocation, SheetModel } from './sheet';
import { type FormulaEvaluator, MetadataFinder, Spreadsheet, Workbook } from './spreadsheet';
import { DataValidationBuilder, DataValidationCriteria } from './validation';
import { Lock, Properties, UiRecorder, createHtmlService, createUi } from './services';
import { type WorkbookJSON, restoreWorkbook, workbookToJSON } from './persist';

export type { FormulaEvaluator } from './spreadsheet';
export type { WorkbookJSON } from './persist';
export { LOCK_TIMEOUT_MESSAGE, NeedsAnswer } from './services';

export interface EmulationOptions {
  locale?: string;
  timeZone?: string;
  /** HTML files for HtmlService.createHtmlOutputFromFile, e.g. `{ Sidebar: '<html>…' }`. */
  files?: Record<string, string>;
  evaluator?: FormulaEvaluator;
  workbook?: WorkbookJSON;
}

export interface CallCounts {
  total: number;
  reads: number;
  writes: number;
  byMethod: Record<string, number>;
}

/** How the code runs: a menu action, a custom function (read-only) or onOpen without authorization. */
export type ExecutionMode = 'full' | 'customFunction' | 'authModeNone';

const READS = /^get(Values|Value|DisplayValues?|Formulas?|NumberFormats?|DataValidations?|Backgrounds?|FontWeights?|Style)$/;
const WRITES = /^(set|insert|clear|delete|remove|update|add|append|hide|show|auto|activate)/;
// Chart builders are plain objects in Apps Script too: building a chart is not a spreadsheet call.
const WRAPPED = [Spreadsheet, SheetModel, Range, EmbeddedChart, DeveloperMetadata, MetadataLocation, MetadataFinder];

export function createEmulation(options: EmulationOptions = {}) {
  const workbook = options.workbook ? restoreWorkbook(options.workbook) : new Workbook(options.locale, options.timeZone);
  if (!options.workbook && workbook.sheets.length === 0) workbook.active = workbook.addSheet('Sheet1');
  workbook.evaluator = options.evaluator;
  const calls: CallCounts = { total: 0, reads: 0, writes: 0, byMethod: {} };
  const ui = new UiRecorder();
  const documentStore = new Map<string, string>(Object.entries(options.workbook?.documentProperties ?? {}));
  const userStore = new Map<string, string>();
  const scriptStore = new Map<string, string>();
  let mode: ExecutionMode = 'full';
  let lockHeldElsewhere = false;
  const lockWaits: number[] = [];

  const denied = (what: string) => new Error(`Exception: You do not have permission to call ${what}`);

  // Proxies count calls and enforce the execution mode; raw objects stay inside the emulation.
  const toProxy = new WeakMap<object, object>();
  const toRaw = new WeakMap<object, object>();
  const unwrap = (value: unknown): unknown => (value && typeof value === 'object' && toRaw.has(value) ? toRaw.get(value) : value);
  const wrap = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.some((v) => WRAPPED.some((c) => v instanceof c)) ? value.map(wrap) : value;
    if (!value || typeof value !== 'object' || !WRAPPED.some((c) => value instanceof c)) return value;
    let proxy = toProxy.get(value);
    if (!proxy) {
      proxy = new Proxy(value, {
        get(target, property, receiver) {
          const member = Reflect.get(target, property, receiver);
          if (typeof member !== 'function' || typeof property !== 'string') return member;
          return (...args: unknown[]) => {
            const isWrite = WRITES.test(property);
            if (isWrite && mode !== 'full') throw denied(`${target.constructor.name.replace('Model', '')}.${property}`);
            calls.total++;
            calls.byMethod[property] = (calls.byMethod[property] ?? 0) + 1;
            // Reads are range reads (getValues and friends); metadata getValue is not a sheet read.
            if (target instanceof Range && READS.test(property)) calls.reads++;
            else if (isWrite) calls.writes++;
            return wrap(member.apply(target, args.map(unwrap)));
          };
        },
      });
      toProxy.set(value, proxy);
      toRaw.set(proxy, value);
    }
    return proxy;
  };

  const htmlService = createHtmlService(options.files ?? {});
  const uiService = createUi(ui);
  const guardedUi = new Proxy(uiService, {
    get(target, property) {
      const member = Reflect.get(target, property);
      if (typeof member !== 'function' || mode === 'full') return member;
      if (mode === 'authModeNone' && /^create(Addon)?Menu$/.test(String(property))) return member;
      return () => { throw denied(`Ui.${String(property)}`); };
    },
  });
  const guardProperties = () => {
    if (mode === 'authModeNone') throw denied('PropertiesService');
  };

  const SpreadsheetApp = {
    getActiveSpreadsheet: () => {
      if (mode === 'authModeNone') throw denied('SpreadsheetApp.getActiveSpreadsheet');
      return wrap(workbook.spreadsheet);
    },
    getActive: () => SpreadsheetApp.getActiveSpreadsheet(),
    getUi: () => guardedUi,
    flush: () => undefined,
    newDataValidation: () => new DataValidationBuilder(),
    DataValidationCriteria,
    BorderStyle: { SOLID: 'SOLID', SOLID_MEDIUM: 'SOLID_MEDIUM' },
  };

  const globals = {
    SpreadsheetApp,
    HtmlService: htmlService,
    PropertiesService: {
      getDocumentProperties: () => new Properties(documentStore, guardProperties),
      getUserProperties: () => new Properties(userStore, guardProperties),
      getScriptProperties: () => new Properties(scriptStore, guardProperties),
    },
    LockService: {
      getDocumentLock: () => (mode === 'customFunction' ? null : new Lock(() => lockHeldElsewhere, lockWaits)),
      getScriptLock: () => new Lock(() => lockHeldElsewhere, lockWaits),
    },
    ScriptApp: { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } },
    Session: {
      getActiveUserLocale: () => workbook.locale.slice(0, 2),
      getScriptTimeZone: () => workbook.timeZone,
    },
    Charts: { ChartType: { BAR: 'BAR', COLUMN: 'COLUMN', LINE: 'LINE', PIE: 'PIE' } },
    Logger: { log: () => undefined },
    console,
  };

  return {
    globals,
    workbook,
    spreadsheet: wrap(workbook.spreadsheet) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    calls,
    ui,
    toasts: workbook.toasts,
    documentProperties: documentStore,
    lockWaits,
    resetCalls() {
      calls.total = calls.reads = calls.writes = 0;
      calls.byMethod = {};
    },
    respondToAlerts(...responses: Array<string | { button: string; text: string }>) {
      ui.responses.push(...responses);
    },
    holdDocumentLockElsewhere(held: boolean) {
      lockHeldElsewhere = held;
    },
    /** Runs `action` as Sheets would run code in that mode, then returns to full authorization. */
    runAs<T>(executionMode: ExecutionMode, action: () => T): T {
      const previous = mode;
      mode = executionMode;
      try {
        return action();
      } finally {
        mode = previous;
      }
    },
    /** Test convenience: a sheet's whole used block (created when missing), uncounted. */
    setSheetValues(name: string, rows: unknown[][]) {
      const sheet = workbook.sheetNamed(name) ?? workbook.addSheet(name);
      const width = Math.max(1, ...rows.map((r) => r.length));
      if (rows.length > sheet.maxRows) sheet.insertRowsAfter(sheet.maxRows, rows.length - sheet.maxRows);
      if (width > sheet.maxColumns) sheet.insertColumnsAfter(sheet.maxColumns, width - sheet.maxColumns);
      if (rows.length) sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r, ...new Array(width - r.length).fill('')]));
      return sheet;
    },
    sheetValues(name: string): unknown[][] {
      const sheet = workbook.sheetNamed(name);
      if (!sheet) throw new Error(`no sheet named ${name}`);
      return sheet.getDataRange().getValues();
    },
    toJSON: () => workbookToJSON(workbook, documentStore),
  };
}

export type Emulation = ReturnType<typeof createEmulation>;
