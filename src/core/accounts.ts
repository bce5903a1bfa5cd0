// Reading the Accounts table (docs/rules.md, Accounts and Segment summary): typed accounts, and every row that must be skipped, with why.
import { type ColumnKey, FORMULA_COLUMNS, knownColumns, revenueBounds, sizeBandOf } from './vocabulary';
import { type MessageKey } from './i18n';
import { type SizeBand, companySize } from './size';
import { type CellValue, cellText, describeValue, isBlank, isDate, parseDate, parseNumber } from './values';

export interface Account {
  /** Row number in the sheet. */
  row: number;
  cells: readonly CellValue[];
  employees?: number;
  annualRevenue?: number;
  mrr?: number;
  grossMargin?: number;
  cac?: number;
  /** Epoch milliseconds. */
  start?: number;
  churn?: number;
  customer: boolean;
  churned: boolean;
  size?: SizeBand;
}

export interface Skip {
  row: number;
  key: MessageKey;
  params: Record<string, string | number>;
}

export interface ParsedAccounts {
  columns: Map<ColumnKey, number>;
  accounts: Account[];
  skipped: Skip[];
}

export interface AccountOptions {
  /** The as-of moment, epoch ms: later start dates are skipped, churn dates up to it count. */
  asOf: number;
  timeZone: string;
  /** The spreadsheet locale: how numbers and dates typed as text are written (`1.200`, `15.01.2024` in ro_RO). */
  locale?: string | null;
  /** The currency of Annual revenue, for the size bands (US dollars when not given). */
  currency?: string;
}

const NUMBER_COLUMNS = ['employees', 'annualRevenue', 'mrr', 'grossMargin', 'cac'] as const;
const DATE_COLUMNS = ['startDate', 'churnDate'] as const;

export { knownColumns };

/** Offset of a time zone from UTC at an instant, in milliseconds (via Intl; no Apps Script needed). */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function zoneOffset(instant: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(instant / 1000) * 1000;
}

/** A date cell as epoch ms; date text (ISO or the locale's order) is midnight in the spreadsheet's time zone. */
export function readDate(value: CellValue, timeZone: string, locale?: string | null): number | undefined {
  if (isDate(value)) return parseDate(value)?.getTime();
  if (typeof value !== 'string') return undefined;
  // Account data repeats dates: remember each text per zone and locale.
  const key = `${timeZone}|${locale ?? ''}|${value}`;
  if (isoCache.has(key)) return isoCache.get(key);
  const date = parseDate(value, locale);
  let time: number | undefined;
  if (date) {
    const utcMidnight = date.getTime();
    const first = utcMidnight - zoneOffset(utcMidnight, timeZone);
    time = utcMidnight - zoneOffset(first, timeZone);
  }
  if (isoCache.size < 50_000) isoCache.set(key, time);
  return time;
}

const isoCache = new Map<string, number | undefined>();

export function parseAccounts(
  headers: readonly CellValue[],
  rows: readonly (readonly CellValue[])[],
  options: AccountOptions & { firstRow?: number },
): ParsedAccounts {
  const columns = knownColumns(headers);
  const firstRow = options.firstRow ?? 2;
  const accounts: Account[] = [];
  const skipped: Skip[] = [];
  const header = (key: ColumnKey) => cellText(headers[columns.get(key)!]);
  rows.forEach((cells, index) => {
    const row = firstRow + index;
    const result = parseRow(cells, row, columns, header, options);
    if ('key' in result) {
      if (result.key !== 'skip.empty') skipped.push(result);
    } else {
      accounts.push(result);
    }
  });
  return { columns, accounts, skipped };
}

function parseRow(
  cells: readonly CellValue[],
  row: number,
  columns: Map<ColumnKey, number>,
  header: (key: ColumnKey) => string,
  options: AccountOptions,
): Account | Skip {
  const skip = (key: MessageKey, params: Record<string, string | number> = {}): Skip => ({ row, key, params });
  const cell = (key: ColumnKey) => (columns.has(key) ? cells[columns.get(key)!] : '');
  if (isBlank(cell('account'))) {
    // Formula columns spill down every row; only input counts as data.
    const data = cells.some((value, i) => !isBlank(value) && !isFormulaColumn(columns, i));
    return data ? skip('skip.noAccount') : skip('skip.empty');
  }
  const account: Account = { row, cells, customer: false, churned: false };
  for (const key of NUMBER_COLUMNS) {
    const value = cell(key);
    if (isBlank(value)) continue;
    const number = parseNumber(value, options.locale);
    if (number === undefined) return skip('skip.notNumber', { column: header(key), value: describeValue(value, undefined, options.timeZone) });
    if (number < 0) return skip('skip.negative', { column: header(key), value: describeValue(value, undefined, options.timeZone) });
    if (key === 'grossMargin' && number > 1) return skip('skip.marginAbove', { value: describeValue(value, undefined, options.timeZone) });
    account[key] = number;
  }
  const dates: Partial<Record<(typeof DATE_COLUMNS)[number], number>> = {};
  for (const key of DATE_COLUMNS) {
    const value = cell(key);
    if (isBlank(value)) continue;
    const time = readDate(value, options.timeZone, options.locale);
    if (time === undefined) return skip('skip.notDate', { column: header(key), value: describeValue(value) });
    dates[key] = time;
  }
  const { startDate: start, churnDate: churn } = dates;
  if (churn !== undefined && start === undefined) return skip('skip.churnWithoutStart');
  if (start !== undefined && churn !== undefined && churn < start) return skip('skip.churnBeforeStart');
  if (start !== undefined && start > options.asOf) return skip('skip.startAfterAsOf');
  account.start = start;
  account.churn = churn;
  account.customer = start !== undefined;
  account.churned = churn !== undefined && churn <= options.asOf;
  const sizeCell = cell('companySize');
  account.size = (!isBlank(sizeCell) && sizeBandOf(cellText(sizeCell))) || companySize(account.employees, account.annualRevenue, revenueBounds(options.currency));
  return account;
}

function isFormulaColumn(columns: Map<ColumnKey, number>, index: number): boolean {
  return FORMULA_COLUMNS.some((key) => columns.get(key) === index);
}

/** A Company size cell as a band, in any of its names (`IMM`, `Mid-market`, `Doanh nghiệp lớn (Enterprise)`). */
export function canonicalBand(value: CellValue): SizeBand | undefined {
  return sizeBandOf(cellText(value));
}
