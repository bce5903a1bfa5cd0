// The in-memory Apps Script emulation shared by the tests, the benchmarks and the local preview.
// Every call through the SpreadsheetApp object graph is counted, so tests can see batching.
import { Range } from './range';
import { ChartBuilder, DeveloperMetadata, EmbeddedChart, MetadataLocation, SheetModel } from './sheet';
import { type FormulaEvaluator, MetadataFinder, Spreadsheet, Workbook } from './spreadsheet';
import { DataValidation, DataValidationBuilder, DataValidationCriteria } from './validation';
import { Lock, Properties, UiRecorder, createHtmlService, createUi } from './services';
import { type LegacyWorkbookJSON, type WorkbookJSON, restoreWorkbook, workbookToJSON } from './persist';
import { type ChartView, describeChart } from './charts';

export type { FormulaEvaluator, FormulaResult, Computed } from './spreadsheet';
export type { LegacyWorkbookJSON, WorkbookJSON } from './persist';
export type { ChartAxis, ChartSeriesView, ChartView } from './charts';
export type { CellValue } from './cells';
export { LOCK_TIMEOUT_MESSAGE, NeedsAnswer } from './services';

/** The scopes appsscript.json requests (a test keeps the two in step). */
export const SCOPES = {
  spreadsheet: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  ui: 'https://www.googleapis.com/auth/script.container.ui',
} as const;
export const REQUESTED_SCOPES: readonly string[] = Object.values(SCOPES);

/** What Apps Script says when a requested scope was not granted and requireAllScopes ends the execution. */
export const AUTHORIZATION_REQUIRED_MESSAGE = 'Authorization is required to perform that action.';

/** How the code runs: a menu action, a custom function (read-only) or onOpen without authorization. */
export type ExecutionMode = 'full' | 'customFunction' | 'authModeNone';

export interface EmulationOptions {
  /** Spreadsheet locale, e.g. 'en_US', 'vi_VN', 'ro_RO': typed numbers and dates are parsed by it. */
  locale?: string;
  timeZone?: string;
  /** HTML files for HtmlService.createHtmlOutputFromFile, e.g. `{ Sidebar: '<html>…' }`. */
  files?: Record<string, string>;
  evaluator?: FormulaEvaluator;
  /** A workbook saved with toJSON() (or in the first, one-object-per-cell format). */
  workbook?: WorkbookJSON | LegacyWorkbookJSON;
  /** Start in a restricted mode (default 'full'). */
  mode?: ExecutionMode;
  /**
   * The scopes the user granted (default: every requested scope). With granular consent a user may tick
   * only some; calls that need a missing one fail, and ScriptApp.requireAllScopes asks for it.
   */
  grantedScopes?: readonly string[];
}

export interface CallCounts {
  total: number;
  reads: number;
  writes: number;
  byMethod: Record<string, number>;
}

export const CUSTOM_FUNCTION_UI_MESSAGE = 'Exception: Cannot call SpreadsheetApp.getUi() from this context.';

const READS = /^get(Values?|DisplayValues?|Formulas?|FormulasR1C1|NumberFormats?|DataValidations?|Backgrounds?|FontWeights?|FontStyles?|FontColors?|FontSizes?|Wraps?|HorizontalAlignments?|VerticalAlignments?|Notes?|Style)$/;
const WRITES = /^(set|insert|clear|delete|remove|update|add|append|hide|show|auto|activate|moveTo|copyTo|sort|merge)/;
// Objects whose set*/add* calls change the document; builder calls are counted in `total` only.
const DOCUMENT = [Spreadsheet, SheetModel, Range, EmbeddedChart, DeveloperMetadata];
const WRAPPED = [...DOCUMENT, MetadataLocation, MetadataFinder, ChartBuilder, DataValidationBuilder, DataValidation];
/** UI calls made through the document (allowed in full mode only). */
const UI_METHODS = new Set(['toast']);

export function createEmulation(options: EmulationOptions = {}) {
  const workbook = options.workbook ? restoreWorkbook(options.workbook) : new Workbook(options.locale, options.timeZone);
  if (!options.workbook && workbook.sheets.length === 0) workbook.active = workbook.addSheet('Sheet1');
  workbook.evaluator = options.evaluator;
  const calls: CallCounts = { total: 0, reads: 0, writes: 0, byMethod: {} };
  const ui = new UiRecorder();
  ui.toasts = workbook.toasts;
  const documentStore = new Map<string, string>(Object.entries(options.workbook?.documentProperties ?? {}));
  const userStore = new Map<string, string>();
  const scriptStore = new Map<string, string>();
  let mode: ExecutionMode = options.mode ?? 'full';
  let lockHeldElsewhere = false;
  const lockWaits: number[] = [];
  let granted = new Set(options.grantedScopes ?? REQUESTED_SCOPES);
  /** Each time requireAllScopes found scopes missing: the scopes the authorization prompt asked for. */
  const authorizationPrompts: string[][] = [];
  /** Every call to a service entry point (`SpreadsheetApp.getActiveSpreadsheet`, `ScriptApp.requireAllScopes`…), in order. */
  const serviceLog: string[] = [];

  const denied = (what: string) => new Error(`Exception: You do not have permission to call ${what}`);
  // Granular consent applies to executions the user authorizes (menu items, page calls), not to onOpen
  // in NONE or to custom functions, which need no authorization.
  const requireScope = (scope: string, what: string) => {
    if (mode === 'full' && !granted.has(scope)) {
      throw new Error(`Exception: Specified permissions are not sufficient to call ${what}. Required permissions: ${scope}`);
    }
  };
  const logged = <T extends object>(service: string, target: T): T => new Proxy(target, {
    get(object, property, receiver) {
      const member = Reflect.get(object, property, receiver);
      if (typeof member !== 'function' || typeof property !== 'string') return member;
      return (...args: unknown[]) => {
        serviceLog.push(`${service}.${property}`);
        return member.apply(object, args);
      };
    },
  });
  const count = (method: string) => {
    calls.total++;
    calls.byMethod[method] = (calls.byMethod[method] ?? 0) + 1;
  };

  // Proxies count calls and enforce the execution mode; raw objects stay inside the emulation.
  const toProxy = new WeakMap<object, object>();
  const toRaw = new WeakMap<object, object>();
  const unwrap = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.some((v) => v && typeof v === 'object' && toRaw.has(v)) ? value.map(unwrap) : value;
    return value && typeof value === 'object' && toRaw.has(value) ? toRaw.get(value) : value;
  };
  const wrap = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.some((v) => WRAPPED.some((c) => v instanceof c)) ? value.map(wrap) : value;
    if (!value || typeof value !== 'object' || !WRAPPED.some((c) => value instanceof c)) return value;
    let proxy = toProxy.get(value);
    if (!proxy) {
      const isDocument = DOCUMENT.some((c) => value instanceof c);
      proxy = new Proxy(value, {
        get(target, property, receiver) {
          const member = Reflect.get(target, property, receiver);
          if (typeof member !== 'function' || typeof property !== 'string') return member;
          return (...args: unknown[]) => {
            const isWrite = isDocument && WRITES.test(property);
            const where = `${target.constructor.name.replace('Model', '')}.${property}`;
            if (mode !== 'full' && (isWrite || UI_METHODS.has(property))) throw denied(where);
            count(property);
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
      if (typeof member !== 'function') return member;
      // Menus need no authorization: onOpen in AuthMode.NONE may build them, nothing else.
      if (/^create(Addon)?Menu$/.test(String(property))) return member;
      if (mode === 'full') {
        return (...args: unknown[]) => {
          requireScope(SCOPES.ui, `Ui.${String(property)}`);
          return (member as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return () => { throw denied(`Ui.${String(property)}`); };
    },
  });
  const guardProperties = (write: boolean, method: string) => {
    if (mode === 'authModeNone' || (mode === 'customFunction' && write)) throw denied(`Properties.${method}`);
  };
  const store = (map: Map<string, string>, name: string) => () => {
    if (mode === 'authModeNone') throw denied(`PropertiesService.${name}`);
    return new Properties(map, guardProperties);
  };
  const counted = <A extends unknown[], R>(name: string, fn: (...args: A) => R) => (...args: A): R => {
    count(name);
    return fn(...args);
  };

  const SpreadsheetApp = {
    getActiveSpreadsheet: counted('getActiveSpreadsheet', () => {
      if (mode === 'authModeNone') throw denied('SpreadsheetApp.getActiveSpreadsheet');
      requireScope(SCOPES.spreadsheet, 'SpreadsheetApp.getActiveSpreadsheet');
      return wrap(workbook.spreadsheet) as GoogleAppsScript.Spreadsheet.Spreadsheet;
    }),
    getActive: () => SpreadsheetApp.getActiveSpreadsheet(),
    getActiveSheet: () => SpreadsheetApp.getActiveSpreadsheet().getActiveSheet(),
    getUi: counted('getUi', () => {
      if (mode === 'customFunction') throw new Error(CUSTOM_FUNCTION_UI_MESSAGE);
      return guardedUi;
    }),
    flush: counted('flush', () => requireScope(SCOPES.spreadsheet, 'SpreadsheetApp.flush')),
    newDataValidation: counted('newDataValidation', () => wrap(new DataValidationBuilder()) as GoogleAppsScript.Spreadsheet.DataValidationBuilder),
    DataValidationCriteria,
    BorderStyle: { DOTTED: 'DOTTED', DASHED: 'DASHED', SOLID: 'SOLID', SOLID_MEDIUM: 'SOLID_MEDIUM', SOLID_THICK: 'SOLID_THICK', DOUBLE: 'DOUBLE' },
    WrapStrategy: { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' },
    DeveloperMetadataVisibility: { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' },
    DeveloperMetadataLocationType: { SPREADSHEET: 'SPREADSHEET', SHEET: 'SHEET', ROW: 'ROW', COLUMN: 'COLUMN' },
  };

  const newLock = () => new Lock(() => lockHeldElsewhere, lockWaits, (delta) => (ui.locksHeld += delta));
  const AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } as const;
  const missingScopes = (scopes: readonly string[]) => scopes.filter((scope) => !granted.has(scope));
  /**
   * requireAllScopes / requireScopes: with every scope granted, nothing happens; otherwise Apps Script ends
   * the execution and shows an authorization prompt for the missing scopes. Modelled as an error that
   * nothing should catch, and a recorded prompt.
   */
  const requireScopes = (authMode: string, scopes: readonly string[]) => {
    if (authMode !== AuthMode.FULL || mode !== 'full') return;
    const missing = missingScopes(scopes);
    if (missing.length === 0) return;
    authorizationPrompts.push(missing);
    throw new Error(AUTHORIZATION_REQUIRED_MESSAGE);
  };
  const ScriptApp = {
    AuthMode,
    AuthorizationStatus: { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' },
    requireAllScopes: (authMode: string) => requireScopes(authMode, REQUESTED_SCOPES),
    requireScopes: (authMode: string, scopes: string[]) => requireScopes(authMode, scopes),
    getAuthorizationInfo: (_authMode: string, scopes: readonly string[] = REQUESTED_SCOPES) => ({
      getAuthorizationStatus: () => (missingScopes(scopes).length ? 'REQUIRED' : 'NOT_REQUIRED'),
      getAuthorizedScopes: () => scopes.filter((scope) => granted.has(scope)),
      getAuthorizationUrl: () => (missingScopes(scopes).length ? 'https://script.google.com/macros/d/emulation/authorize' : null),
    }),
  };
  const globals = {
    SpreadsheetApp: logged('SpreadsheetApp', SpreadsheetApp),
    HtmlService: logged('HtmlService', htmlService),
    PropertiesService: logged('PropertiesService', {
      getDocumentProperties: store(documentStore, 'getDocumentProperties'),
      getUserProperties: store(userStore, 'getUserProperties'),
      getScriptProperties: store(scriptStore, 'getScriptProperties'),
    }),
    // Locks work in custom functions too ("yes, but not particularly useful", says the Apps Script guide).
    LockService: logged('LockService', { getDocumentLock: newLock, getScriptLock: newLock, getUserLock: newLock }),
    ScriptApp: logged('ScriptApp', ScriptApp),
    Session: logged('Session', {
      getActiveUserLocale: () => workbook.locale.split('_')[0],
      getScriptTimeZone: () => workbook.timeZone,
    }),
    Charts: {
      ChartType: { AREA: 'AREA', BAR: 'BAR', COLUMN: 'COLUMN', COMBO: 'COMBO', LINE: 'LINE', PIE: 'PIE', SCATTER: 'SCATTER', TABLE: 'TABLE' },
      Position: { TOP: 'TOP', RIGHT: 'RIGHT', BOTTOM: 'BOTTOM', NONE: 'NONE' },
    },
    Logger: { log: (..._args: unknown[]) => undefined },
    console,
  };

  const emulation = {
    globals,
    workbook,
    spreadsheet: wrap(workbook.spreadsheet) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    calls,
    ui,
    toasts: workbook.toasts,
    documentProperties: documentStore,
    /** Timeouts passed to tryLock/waitLock, in order. */
    lockWaits,
    /** The scopes each authorization prompt asked for (see ScriptApp.requireAllScopes). */
    authorizationPrompts,
    /** Service entry points called, in order (`ScriptApp.requireAllScopes`, `SpreadsheetApp.getActiveSpreadsheet`…). */
    serviceLog,
    /** From now on the user has granted exactly these scopes (granular consent). */
    grantScopes(scopes: readonly string[]) {
      granted = new Set(scopes);
      return emulation;
    },
    resetCalls() {
      calls.total = calls.reads = calls.writes = 0;
      calls.byMethod = {};
      serviceLog.length = 0;
    },
    /** Answers for the next alerts/prompts, in order: Button names ('YES', 'CANCEL'…), prompt texts, or { button, text }. */
    respondToAlerts(...responses: Array<string | { button: string; text: string }>) {
      ui.responses.push(...responses);
    },
    holdDocumentLockElsewhere(held: boolean) {
      lockHeldElsewhere = held;
    },
    get mode() { return mode; },
    /** Switches the execution mode for every later call (see runAs for a scoped switch). */
    setMode(next: ExecutionMode) { mode = next; return emulation; },
    /** From now on behave as inside a custom function: reads only, no Ui, no property writes. */
    asCustomFunctionContext() { return emulation.setMode('customFunction'); },
    /** From now on behave as onOpen in AuthMode.NONE: menus only, no spreadsheet, no properties. */
    asAuthModeNone() { return emulation.setMode('authModeNone'); },
    /** Runs `action` as Sheets would run code in that mode, then returns to the previous mode. */
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
      const width = rows.reduce((widest, r) => Math.max(widest, r.length), 1); // no spread: 125k+ arguments overflow the stack
      if (rows.length > sheet.maxRows) sheet.insertRowsAfter(sheet.maxRows, rows.length - sheet.maxRows);
      if (width > sheet.maxColumns) sheet.insertColumnsAfter(sheet.maxColumns, width - sheet.maxColumns);
      if (rows.length) sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r, ...new Array(width - r.length).fill('')]));
      return sheet;
    },
    /** What each chart shows (type, categories, series with values and axes), of one sheet or all, uncounted. */
    charts(sheetName?: string): ChartView[] {
      return workbook.sheets.filter((sheet) => sheetName === undefined || sheet.name === sheetName).flatMap((sheet) => sheet.charts.map(describeChart));
    },
    /** Test convenience: a sheet's data range values, uncounted. */
    sheetValues(name: string): unknown[][] {
      const sheet = workbook.sheetNamed(name);
      if (!sheet) throw new Error(`no sheet named ${name}`);
      return sheet.getDataRange().getValues();
    },
    toJSON: () => workbookToJSON(workbook, documentStore),
  };
  return emulation;
}

export type Emulation = ReturnType<typeof createEmulation>;
