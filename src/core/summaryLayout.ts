// The Segment Summary sheet as one block of values with its formats, so it is written in a few calls.
import type { Skip } from './accounts';
import { type Language, type MessageKey, t } from './i18n';
import type { SegmentFigures } from './segments';
import { PLAIN_MONEY, namesCurrency, sheetMoney } from './vocabulary/money';

export type SummaryCell = string | number | Date;

export interface SummaryBlock {
  values: SummaryCell[][];
  formats: string[][];
  fontWeights: string[][];
  backgrounds: string[][];
  /** 1-based rows of the table header and last segment (the Total row follows), and chart columns. */
  tableHeaderRow: number;
  lastSegmentRow: number;
  segmentColumn: number;
  clvColumn: number;
  ltvCacColumn: number;
  width: number;
}


/** The currency format of a money cell: its own when it names a currency, else the locale's (sheetMoney). */
export function currencyFormat(accountsMoneyFormat: string | undefined, locale: string, plain?: string): string {
  // Per cell of a whole column at Create: the cell's own format is kept without working out its currency.
  return namesCurrency(accountsMoneyFormat) ? accountsMoneyFormat : sheetMoney([], locale, plain).format;
}
const PERCENT = '0.0%';
const HEALTH_COLORS: Record<string, string> = { Healthy: '#d9ead3', Watch: '#fff2cc', 'At risk': '#f4cccc' };
// Light enough for the default black text: a font-colour write would be a seventh write per refresh.
const HEADER_COLOR = '#cfe2f3';
/**
 * Skipped rows listed one a line up to this many, then a count: 100,000 junk rows must not write a
 * 100,000-row summary.
 */
export const MAX_LISTED_SKIPS = 1_000;

export interface SummaryInput {
  language: Language;
  asOf: Date;
  dimensionNames: string[];
  segments: SegmentFigures[];
  total: SegmentFigures;
  accounts: number;
  customers: number;
  skipped: Skip[];
  criteriaError?: string;
  /** Number format of money cells (see currencyFormat); a plain #,##0.00 when absent. */
  moneyFormat?: string;
}

export function skipText(language: Language, skip: Skip): string {
  return t(language, 'skip.row', { row: skip.row, reason: t(language, skip.key, skip.params) });
}

export function buildSummary(input: SummaryInput): SummaryBlock {
  const { language: lang } = input;
  const label = (key: MessageKey) => t(lang, key);
  const dims = input.dimensionNames.length;
  const headers = [
    label('summary.segment'), ...input.dimensionNames, label('summary.accounts'), label('summary.customers'), label('summary.active'),
    label('summary.churned'), label('summary.monthlyChurn'), label('summary.arpa'), label('summary.grossMargin'), label('summary.clv'),
    label('summary.avgCac'), label('summary.ltvCac'), label('summary.payback'), label('summary.avgScore'), label('summary.aTier'),
    label('summary.health'), label('summary.notes'),
  ];
  const width = Math.max(headers.length, 8);
  const MONEY = input.moneyFormat ?? PLAIN_MONEY;
  const metricFormats = ['0', '0', '0', '0', PERCENT, MONEY, PERCENT, MONEY, MONEY, '0.00', '0.0', '0.0', PERCENT, '@', '@'];
  const rowFormats = ['@', ...new Array(dims).fill('@'), ...metricFormats];

  const values: SummaryCell[][] = [];
  const formats: string[][] = [];
  const weights: string[][] = [];
  const backgrounds: string[][] = [];
  const push = (cells: SummaryCell[], format: string[] | string = 'General', weight = 'normal', background: string | string[] = '#ffffff') => {
    const padded = [...cells, ...new Array(width - cells.length).fill('')];
    values.push(padded);
    formats.push(padded.map((_, i) => (Array.isArray(format) ? format[i] ?? 'General' : format)));
    weights.push(padded.map(() => weight));
    backgrounds.push(padded.map((_, i) => (Array.isArray(background) ? background[i] ?? '#ffffff' : background)));
  };
  push([label('summary.title')], 'General', 'bold');
  push([label('summary.asOf'), input.asOf], ['@', 'yyyy-mm-dd hh:mm']);
  push(
    [label('summary.accounts'), input.accounts, label('summary.customers'), input.customers, label('summary.segments'), input.segments.length, label('summary.skippedRows'), input.skipped.length],
    ['@', '0', '@', '0', '@', '0', '@', '0'],
    'bold',
  );
  push(input.criteriaError ? [t(lang, 'summary.criteriaError', { message: input.criteriaError })] : []);
  const tableHeaderRow = values.length + 1;
  push(headers, '@', 'bold', headers.map(() => HEADER_COLOR));
  const row = (f: SegmentFigures, name: string) => [
    name, ...f.values, f.accounts, f.customers, f.active, f.churned, f.monthlyChurn ?? '', f.arpa ?? '', f.grossMargin ?? '', f.clv ?? '',
    f.avgCac ?? '', f.ltvCac ?? '', f.payback ?? '', f.avgScore ?? '', f.aTierShare ?? '', t(lang, `health.${f.health}` as MessageKey),
    f.notes.map((note) => t(lang, `note.${note}` as MessageKey)).join('; '),
  ];
  const healthColumn = headers.length - 2;
  const healthBackground = (f: SegmentFigures) => headers.map((_, i) => (i === healthColumn ? HEALTH_COLORS[f.health] : '#ffffff'));
  for (const segment of input.segments) push(row(segment, segment.name), rowFormats, 'normal', healthBackground(segment));
  const lastSegmentRow = values.length;
  push(row({ ...input.total, values: new Array(dims).fill('') }, label('summary.total')), rowFormats, 'bold', healthBackground(input.total));
  if (input.skipped.length) {
    push([]);
    push([label('summary.skippedRows')], 'General', 'bold');
    for (const skip of input.skipped.slice(0, MAX_LISTED_SKIPS)) push([skipText(lang, skip)], '@');
    const more = input.skipped.length - MAX_LISTED_SKIPS;
    if (more > 0) push([t(lang, 'summary.skippedMore', { count: more })], '@');
  }
  return {
    values, formats, fontWeights: weights, backgrounds, tableHeaderRow, lastSegmentRow, width,
    segmentColumn: 1, clvColumn: 1 + dims + 8, ltvCacColumn: 1 + dims + 10,
  };
}
