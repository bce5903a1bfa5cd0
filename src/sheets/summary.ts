// "Refresh segment summary" (SPEC §5): reads Accounts and Criteria once each, computes in core, and
// rewrites Segment Summary in one block write plus batched formats and one chart call.
import { type Account, parseAccounts } from '../core/accounts';
import { type ColumnKey, nameIdentity } from '../core/columns';
import { type Language, t } from '../core/i18n';
import { compileCriteria } from '../core/scoring';
import { type Dimension, segmentAccounts, segmentFigures } from '../core/segments';
import { buildSummary } from '../core/summaryLayout';
import { columnHeader } from '../core/template';
import { type CellValue, InputError } from '../core/values';
import { ensureSheet, findSheet } from './roles';
import { segmentDimensions } from './settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const DEFAULT_DIMENSIONS: ColumnKey[] = ['industry', 'companySize'];

export function refreshSummary(spreadsheet: Spreadsheet, language: Language, now: Date = new Date()): void {
  const accountsSheet = findSheet(spreadsheet, 'accounts');
  const sheetName = accountsSheet?.getName() ?? t(language, 'sheet.accounts');
  const block = accountsSheet ? accountsSheet.getDataRange().getValues() : [];
  if (block.length < 2) {
    SpreadsheetApp.getUi().alert(t(language, 'summary.noAccounts', { sheet: sheetName }));
    return;
  }
  spreadsheet.toast(t(language, 'summary.reading'), t(language, 'app.name'));
  const headers = block[0];
  const asOf = now.getTime();
  const parsed = parseAccounts(headers, block.slice(1), { asOf, timeZone: spreadsheet.getSpreadsheetTimeZone() });
  if (parsed.accounts.length === 0 && parsed.skipped.length === 0) {
    SpreadsheetApp.getUi().alert(t(language, 'summary.noAccounts', { sheet: sheetName }));
    return;
  }
  const dimensions = chooseDimensions(headers, language, sheetName);
  const { scores, error } = scoreAccounts(spreadsheet, headers, parsed.accounts);
  const segments = segmentAccounts(parsed.accounts, dimensions.readers, asOf, scores);
  const total = segmentFigures(t(language, 'summary.total'), [], parsed.accounts, asOf, scores);
  const summary = buildSummary({
    language, asOf: now, dimensionNames: dimensions.names, segments, total, accounts: parsed.accounts.length,
    customers: total.customers, skipped: parsed.skipped, criteriaError: error,
  });

  const sheet = ensureSheet(spreadsheet, 'summary', language).sheet;
  sheet.clear();
  const rows = summary.values.length;
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (summary.width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), summary.width - sheet.getMaxColumns());
  const range = sheet.getRange(1, 1, rows, summary.width);
  range.setNumberFormats(summary.formats);
  range.setValues(summary.values);
  range.setFontWeights(summary.fontWeights as GoogleAppsScript.Spreadsheet.FontWeight[][]);
  range.setBackgrounds(summary.backgrounds);
  drawChart(sheet, summary, language);
  spreadsheet.toast(t(language, 'summary.done', { segments: segments.length, skipped: parsed.skipped.length }), t(language, 'app.name'));
}

/** The chosen dimensions (header names stored by the guide), else Industry × Company size. */
function chooseDimensions(headers: readonly CellValue[], language: Language, sheetName: string): { names: string[]; readers: Dimension[] } {
  const index = new Map(headers.map((h, i) => [nameIdentity(h), i] as const));
  const chosen = segmentDimensions()?.slice(0, 3) ?? DEFAULT_DIMENSIONS.map((key) => columnHeader(language, key));
  const readers = chosen.map((name): Dimension => {
    const identity = nameIdentity(name);
    if (identity === '#companySize') return (account) => account.size ?? '';
    const column = index.get(identity);
    if (column === undefined) throw new InputError(t(language, 'summary.badDimension', { name, sheet: sheetName }));
    return (account) => account.cells[column];
  });
  const names = chosen.map((name) => {
    const column = index.get(nameIdentity(name));
    return column === undefined ? name : String(headers[column]);
  });
  return { names, readers };
}

/** Scores from the Criteria sheet; none (blank columns) without criteria, with the error when they are broken. */
function scoreAccounts(spreadsheet: Spreadsheet, headers: readonly CellValue[], accounts: Account[]): { scores?: Map<Account, number>; error?: string } {
  const criteriaSheet = findSheet(spreadsheet, 'criteria');
  if (!criteriaSheet) return {};
  const rows = criteriaSheet.getDataRange().getValues();
  try {
    const scorer = compileCriteria(rows, headers);
    const scores = new Map<Account, number>();
    for (const account of accounts) {
      const score = scorer.score(account.cells);
      if (score !== '') scores.set(account, score);
    }
    return { scores };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // No criteria yet is normal: the score columns stay blank. Broken criteria are reported above the table.
    return /no active criteria/.test(error.message) ? {} : { error: error.message };
  }
}

function drawChart(sheet: GoogleAppsScript.Spreadsheet.Sheet, summary: ReturnType<typeof buildSummary>, language: Language): void {
  const segmentRows = summary.lastSegmentRow - summary.tableHeaderRow + 1;
  const column = (c: number) => sheet.getRange(summary.tableHeaderRow, c, segmentRows, 1);
  const existing = sheet.getCharts()[0];
  const builder = (existing ? existing.modify().clearRanges() : sheet.newChart())
    .setChartType(Charts.ChartType.BAR)
    .addRange(column(summary.segmentColumn))
    .addRange(column(summary.clvColumn))
    .addRange(column(summary.ltvCacColumn))
    .setNumHeaders(1)
    .setOption('title', t(language, 'summary.chartTitle'))
    .setOption('series', { 1: { targetAxisIndex: 1 } })
    .setPosition(summary.tableHeaderRow, summary.width + 2, 0, 0);
  if (existing) sheet.updateChart(builder.build());
  else sheet.insertChart(builder.build());
}
