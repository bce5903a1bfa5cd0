// "Refresh segment summary" (docs/rules.md, Segment summary): reads Accounts and Criteria once each, computes in core, and
// rewrites Segment Summary in one block write plus batched formats and one chart call.
import { type Account, parseAccounts } from '../core/accounts';
import { DEFAULT_DIMENSIONS, headerIndex, nameIdentity, sizeBandName } from '../core/vocabulary';
import { isActive, parseCriteria } from '../core/criteria';
import { type Language, t } from '../core/i18n';
import { type CompileOptions, compile } from '../core/scoring';
import { type Dimension, segmentAccounts, segmentFigures } from '../core/segments';
import { type SummaryBlock, buildSummary } from '../core/summaryLayout';
import { columnHeader } from '../core/template';
import { scoringHeaders } from '../core/headerFormulas';
import { type CellValue, InputError } from '../core/values';
import { readAccountsBlock, readCriteriaBlock } from './accounts';
import { isTrendChart, prepareHistory } from './history';
import { ensureSheet } from './roles';
import { segmentDimensions } from './settings';
import { repairScoring } from './template';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const MAX_DIMENSIONS = 3;
/** From this many rows on, the refresh says what it is doing between the first and the last toast. */
const LONG_RUN_ROWS = 5_000;

/**
 * Rewrites Segment Summary from Accounts and Criteria. `now` is the as-of moment (a parameter so tests
 * can fix the clock). Problems the user can fix (no accounts, an unknown dimension) are alerts, not errors.
 */
export function refreshSummary(spreadsheet: Spreadsheet, language: Language, now: Date = new Date()): void {
  const app = t(language, 'app.name');
  const alert = (message: string) => SpreadsheetApp.getUi().alert(message);
  spreadsheet.toast(t(language, 'summary.reading'), app);
  // A column added since Create is scored from now on, by the sheet's formula and by this summary alike.
  repairScoring(spreadsheet, language);
  const { sheetName, headers, rows, firstRow, money, headerFormulas } = readAccountsBlock(spreadsheet, language, { money: true });
  const asOf = now.getTime();
  const locale = spreadsheet.getSpreadsheetLocale();
  // Revenue size bands and money figures in the sheet's currency (accountsMoney).
  const currency = money?.currency;
  const parsed = parseAccounts(headers, rows, { asOf, timeZone: spreadsheet.getSpreadsheetTimeZone(), firstRow, locale, currency });
  if (!parsed.columns.has('account')) {
    alert(t(language, rows.length || headers.length ? 'summary.noAccountColumn' : 'summary.noAccounts', { sheet: sheetName, column: columnHeader(language, 'account') }));
    return;
  }
  if (parsed.accounts.length === 0 && parsed.skipped.length === 0) {
    alert(t(language, 'summary.noAccounts', { sheet: sheetName }));
    return;
  }
  const dimensions = chooseDimensions(headers, language, sheetName);
  if ('error' in dimensions) {
    alert(dimensions.error);
    return;
  }
  const longRun = rows.length >= LONG_RUN_ROWS;
  const criteria = readCriteriaBlock(spreadsheet);
  const scoring = scoringHeaders(headers);
  const options = { locale, language, timeZone: spreadsheet.getSpreadsheetTimeZone(), currency };
  const { scores, error } = scoreAccounts(criteria, scoring, parsed.accounts, options);
  const segments = segmentAccounts(parsed.accounts, dimensions.readers, asOf, scores, spreadsheet.getSpreadsheetTimeZone(), t(language, 'summary.blank'));
  if (longRun) spreadsheet.toast(t(language, 'summary.computing', { segments: segments.length, accounts: parsed.accounts.length }), app);
  const total = segmentFigures(t(language, 'summary.total'), [], parsed.accounts, asOf, scores);
  const history = prepareHistory(spreadsheet, language, {
    now, criteria, criteriaBroken: error !== undefined, headers: scoring, accounts: parsed.accounts, accountColumn: parsed.columns.get('account')!, scores, segments, total, options, headerFormulas,
  });
  const summary = history.decorate(buildSummary({
    language, asOf: now, dimensionNames: dimensions.names, segments, total, accounts: parsed.accounts.length,
    customers: total.customers, skipped: parsed.skipped, criteriaError: error,
    moneyFormat: money?.format,
  }));
  if (longRun) spreadsheet.toast(t(language, 'summary.writing'), app);
  history.commit(writeSummary(spreadsheet, summary, language), summary);
  spreadsheet.toast(t(language, 'summary.done', { segments: segments.length, skipped: parsed.skipped.length }), app);
}

/**
 * Writes the block: at most six writes whatever its size — clear (or, when the block is taller than the
 * sheet, the rows it needs), number formats, values, font weights, backgrounds, and the chart.
 */
function writeSummary(spreadsheet: Spreadsheet, summary: SummaryBlock, language: Language): GoogleAppsScript.Spreadsheet.Sheet {
  const { sheet, created } = ensureSheet(spreadsheet, 'summary', language);
  const rows = summary.values.length;
  const maxRows = sheet.getMaxRows();
  let width = summary.width;
  if (rows > maxRows) {
    // Every old row lies inside the new block, which overwrites it; only wider old content needs covering.
    sheet.insertRowsAfter(maxRows, rows - maxRows);
    width = Math.max(width, sheet.getLastColumn());
  } else if (!created) {
    sheet.clear();
  }
  if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  const block = padBlock(summary, width);
  const range = sheet.getRange(1, 1, rows, width);
  range.setNumberFormats(block.formats);
  range.setValues(block.values);
  range.setFontWeights(block.fontWeights as GoogleAppsScript.Spreadsheet.FontWeight[][]);
  range.setBackgrounds(block.backgrounds);
  drawChart(sheet, summary, language);
  return sheet;
}

/** The block widened with blank, unformatted cells (to overwrite older, wider content). */
function padBlock(summary: SummaryBlock, width: number): Pick<SummaryBlock, 'values' | 'formats' | 'fontWeights' | 'backgrounds'> {
  if (width === summary.width) return summary;
  const extra = width - summary.width;
  const pad = <T>(grid: T[][], fill: T) => grid.map((row) => [...row, ...new Array<T>(extra).fill(fill)]);
  return {
    values: pad(summary.values, ''), formats: pad(summary.formats, 'General'),
    fontWeights: pad(summary.fontWeights, 'normal'), backgrounds: pad(summary.backgrounds, '#ffffff'),
  };
}

/** The chosen dimensions (header names stored by the guide, up to three), else Industry × Company size. */
function chooseDimensions(headers: readonly CellValue[], language: Language, sheetName: string): { names: string[]; readers: Dimension[] } | { error: string } {
  const index = headerIndex(headers);
  const stored = segmentDimensions()?.slice(0, MAX_DIMENSIONS);
  const chosen = stored ?? DEFAULT_DIMENSIONS.map((key) => columnHeader(language, key));
  const names: string[] = [];
  const readers: Dimension[] = [];
  for (const name of chosen) {
    const identity = nameIdentity(name);
    const column = index.get(identity);
    // Company size is derived from Employees and Annual revenue when its column is absent or blank.
    if (identity === '#companySize') readers.push((account) => (account.size ? sizeBandName(account.size, language) : ''));
    else if (column !== undefined) readers.push((account) => account.cells[column]);
    // A default dimension without its column is blank for everyone; a chosen one must exist.
    else if (!stored) readers.push(() => '');
    else return { error: t(language, 'summary.badDimension', { name, sheet: sheetName }) };
    names.push(column === undefined ? name : String(headers[column]));
  }
  return { names, readers };
}

/**
 * Each account's ICP score from the criteria. No Criteria sheet or no active criterion: no scores (the
 * score columns stay blank). Broken criteria: no scores, and the error, which the summary shows above the
 * table, so bad criteria never hide the revenue figures.
 */
function scoreAccounts(criteria: CellValue[][] | undefined, headers: readonly CellValue[], accounts: Account[], options: CompileOptions): { scores?: Map<Account, number>; error?: string } {
  if (!criteria) return {};
  try {
    const parsed = parseCriteria(criteria, options);
    if (!parsed.some(isActive)) return {};
    const scorer = compile(parsed, headers, options);
    const scores = new Map<Account, number>();
    for (const account of accounts) {
      const score = scorer.score(account.cells);
      if (score !== '') scores.set(account, score);
    }
    return { scores };
  } catch (error) {
    if (error instanceof InputError) return { error: error.message };
    throw error;
  }
}

function drawChart(sheet: GoogleAppsScript.Spreadsheet.Sheet, summary: SummaryBlock, language: Language): void {
  const segmentRows = summary.lastSegmentRow - summary.tableHeaderRow + 1;
  const column = (c: number) => sheet.getRange(summary.tableHeaderRow, c, segmentRows, 1);
  const existing = sheet.getCharts().find((chart) => !isTrendChart(chart));
  const builder = (existing ? existing.modify().clearRanges() : sheet.newChart())
    // Columns, not bars: Sheets draws a second value axis only when it is vertical, and LTV:CAC (about
    // 1–10) needs its own axis beside CLV (thousands) to be visible at all.
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(column(summary.segmentColumn))
    .addRange(column(summary.clvColumn))
    .addRange(column(summary.ltvCacColumn))
    .setNumHeaders(1)
    .setOption('title', t(language, 'summary.chartTitle'))
    .setOption('series', { 0: { targetAxisIndex: 0 }, 1: { targetAxisIndex: 1 } })
    .setOption('vAxes', { 0: { title: t(language, 'summary.clv') }, 1: { title: t(language, 'summary.ltvCac') } })
    .setPosition(summary.tableHeaderRow, summary.width + 2, 0, 0);
  if (existing) sheet.updateChart(builder.build());
  else sheet.insertChart(builder.build());
}
