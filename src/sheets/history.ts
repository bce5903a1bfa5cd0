// The history side of a refresh: reads the Summary History, Tier Snapshot and Criteria Versions sheets
// and the review rows once each, adds the comparison to the summary block, then writes one block per
// sheet (an append to the history, or a rewrite when compaction dropped snapshots) and the trend chart.
import { type Account } from '../core/accounts';
import { criteriaVersion } from '../core/criteriaVersion';
import { HISTORY_COLUMNS, HISTORY_FORMATS, type Snapshot, compact, readSnapshots, snapshotRows, takeSnapshot } from '../core/history';
import { type HistoryBlock, addHistory, transitions } from '../core/historyLayout';
import { type Mover, TIER_COLUMNS, type TierRecord, accountKey, criteriaLines, findMovers, readRecords, recordRows, tierRecords } from '../core/historyMovers';
import { VERSION_COLUMNS, readVersions, versionRow } from '../core/historyVersions';
import { type Language, type MessageKey, allTranslations, t } from '../core/i18n';
import { reviewStatus } from '../core/review';
import type { CompileOptions } from '../core/scoring';
import { tierThresholds } from '../core/tierFormula';
import type { SegmentFigures } from '../core/segments';
import type { SummaryBlock } from '../core/summaryLayout';
import { type CellValue, cellText } from '../core/values';
import { readReview } from './review';
import { ensureSheet, findSheet } from './roles';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RefreshFacts {
  now: Date;
  criteria: CellValue[][] | undefined;
  /** The criteria could not be scored: tiers and movers wait for criteria that work. */
  criteriaBroken: boolean;
  headers: readonly CellValue[];
  accounts: Account[];
  accountColumn: number;
  scores?: Map<Account, number>;
  segments: SegmentFigures[];
  total: SegmentFigures;
  /** How the criteria were read and scored (locale, time zone), so the per-criterion tests read them alike. */
  options: CompileOptions;
  /** Accounts row 1's formulas: the ICP_TIER formula's thresholds are the tiers' (80 and 50 without one). */
  headerFormulas: readonly string[];
}

export interface HistoryRun {
  decorate(block: SummaryBlock): HistoryBlock;
  /** Writes the history, the tier snapshot and a new version, then draws the trend chart on the summary sheet. */
  commit(summarySheet: Sheet, block: HistoryBlock): void;
}

const blockOf = (sheet: Sheet | null): CellValue[][] => (sheet ? (sheet.getDataRange().getValues() as CellValue[][]) : []);

export function prepareHistory(spreadsheet: Spreadsheet, language: Language, facts: RefreshFacts): HistoryRun {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const asOf = facts.now.getTime();
  const historyBlock = blockOf(findSheet(spreadsheet, 'history'));
  const tiersBlock = blockOf(findSheet(spreadsheet, 'tiers'));
  const versionsBlock = blockOf(findSheet(spreadsheet, 'versions'));
  const review = readReview(spreadsheet);

  const kept = readSnapshots(historyBlock.slice(1));
  const previous = kept[kept.length - 1];
  const version = criteriaVersion(facts.criteria ?? []);
  const snapshot = takeSnapshot((previous?.id ?? 0) + 1, asOf, version, facts.segments, facts.total);
  const snapshots = compact([...kept, snapshot], timeZone);
  const versions = readVersions(versionsBlock.slice(1));
  const isNewVersion = !versions.some((v) => v.version === version);

  const currentLines = criteriaLines(facts.criteria ?? [], facts.headers, language, facts.options);
  const tierFormula = facts.headerFormulas.find((formula) => /ICP_TIER\s*\(/i.test(formula));
  const thresholds = (tierFormula && tierThresholds(tierFormula)) || undefined;
  const records = facts.criteriaBroken ? undefined : tierRecords(facts.accounts, facts.accountColumn, facts.scores, currentLines, thresholds);
  let cells: Map<string, readonly CellValue[]> | undefined;
  /** The accounts whose tier changed since tiers recorded under a criteria version. */
  const moversSince = (before: TierRecord[], recordedVersion: string, now: TierRecord[]) => {
    const previousRows = versions.find((v) => v.version === recordedVersion)?.rows;
    if (!cells) {
      cells = new Map();
      for (const account of facts.accounts) {
        const key = accountKey(cellText(account.cells[facts.accountColumn]));
        if (!cells.has(key)) cells.set(key, account.cells);
      }
    }
    const byKey = cells;
    return findMovers({
      previous: before, current: now, currentLines, language, cellsOf: (key) => byKey.get(key),
      previousLines: recordedVersion === version ? currentLines : previousRows && criteriaLines(previousRows, facts.headers, language, facts.options),
    });
  };
  // Columns A:B hold the latest refresh's tiers; C:D those the last review saw (written by Mark as reviewed).
  const movers = previous && records && tiersBlock.length ? moversSince(readRecords(tiersBlock.slice(1)), cellText(tiersBlock[0]?.[1]), records) : [];
  const reviewed = records && cellText(tiersBlock[0]?.[2]) !== ''
    ? moversSince(readRecords(tiersBlock.slice(1).map((row) => [row[2] ?? ''])), cellText(tiersBlock[0]?.[3]), records)
    : undefined;
  const status = reviewStatus(review, kept[0]?.asOf ?? asOf, asOf, timeZone, language);

  return {
    decorate: (block) => addHistory(block, { language, segments: facts.segments, total: facts.total, version, previous, movers, snapshots, review: status.text, timeZone }),
    commit(summarySheet, block) {
      const sheetsBefore = spreadsheet.getNumSheets();
      writeSnapshots(spreadsheet, language, historyBlock, kept, snapshots);
      if (records) writeRecords(spreadsheet, language, tiersBlock.length, records, version);
      if (isNewVersion && version && facts.criteria) appendVersion(spreadsheet, language, versionsBlock.length, versionRow(version, facts.now, facts.criteria));
      // Sheets makes a new sheet the active one: the refresh ends on the summary, not on its history.
      if (spreadsheet.getNumSheets() > sheetsBefore) spreadsheet.setActiveSheet(summarySheet);
      drawTrend(summarySheet, block, language);
      if (reviewed) saveMovers(asOf, reviewed, language, 'review');
      else if (previous) saveMovers(asOf, movers, language, 'refresh');
    },
  };
}

/** The history sheet with its header: created, tagged and formatted on first use. */
function historySheet(spreadsheet: Spreadsheet, language: Language): Sheet {
  const { sheet, created } = ensureSheet(spreadsheet, 'history', language);
  if (created) {
    sheet.getRange(1, 1, 1, HISTORY_COLUMNS.length).setValues([HISTORY_COLUMNS.map((key) => t(language, key))]).setFontWeight('bold');
    sheet.getRange(2, 1, sheet.getMaxRows() - 1, HISTORY_FORMATS.length).setNumberFormats(Array.from({ length: sheet.getMaxRows() - 1 }, () => HISTORY_FORMATS));
    sheet.setFrozenRows(1);
  }
  return sheet;
}

/** One write: the new snapshot's rows appended, or (after compaction) every kept row, blanking the rows left over. */
function writeSnapshots(spreadsheet: Spreadsheet, language: Language, block: CellValue[][], before: Snapshot[], after: Snapshot[]): void {
  const sheet = historySheet(spreadsheet, language);
  const appended = after.length === before.length + 1 && after.every((s, i) => i === before.length || s === before[i]);
  const dataRows = Math.max(block.length - 1, 0);
  const rows = snapshotRows(appended ? after.slice(-1) : after, language);
  const first = appended ? dataRows + 2 : 2;
  const height = appended ? rows.length : Math.max(rows.length, dataRows);
  const blank = (): CellValue[] => new Array<CellValue>(HISTORY_COLUMNS.length).fill('');
  while (rows.length < height) rows.push(blank());
  if (height === 0) return;
  ensureRows(sheet, first + height - 1);
  sheet.getRange(first, 1, height, HISTORY_COLUMNS.length).setValues(rows);
}

/** One write: a header (with the version the met-criteria indexes refer to) and the packed records, blanking leftovers. */
function writeRecords(spreadsheet: Spreadsheet, language: Language, oldHeight: number, records: TierRecord[], version: string): void {
  const { sheet, created } = ensureSheet(spreadsheet, 'tiers', language);
  if (created) sheet.hideSheet();
  const header = TIER_COLUMNS.map((key) => t(language, key as MessageKey)).join(' · ');
  const rows: CellValue[][] = [[header, version], ...recordRows(records).map((r) => [r[0], ''])];
  while (rows.length < oldHeight) rows.push(['', '']);
  ensureRows(sheet, rows.length);
  sheet.getRange(1, 1, rows.length, 2).setValues(rows);
}

/** Appends a version row (with the header when the sheet is new): one write. */
export function appendVersion(spreadsheet: Spreadsheet, language: Language, oldHeight: number, row: CellValue[]): void {
  const { sheet } = ensureSheet(spreadsheet, 'versions', language);
  const rows = oldHeight === 0 ? [VERSION_COLUMNS.map((key) => t(language, key)), row] : [row];
  const first = oldHeight === 0 ? 1 : oldHeight + 1;
  ensureRows(sheet, first + rows.length - 1);
  sheet.getRange(first, 1, rows.length, VERSION_COLUMNS.length).setValues(rows);
}

function ensureRows(sheet: Sheet, rows: number): void {
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
}

let trendTitles: Set<string> | undefined;

/** The trend chart is the summary chart titled as the trend (in any language); the other one is the segment chart. */
export function isTrendChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): boolean {
  trendTitles ??= new Set(allTranslations('history.trend'));
  return trendTitles.has(String(chart.getOptions().get('title') ?? ''));
}

function drawTrend(sheet: Sheet, block: HistoryBlock, language: Language): void {
  const existing = sheet.getCharts().find(isTrendChart);
  if (!block.trendRows) {
    if (existing) sheet.removeChart(existing);
    return;
  }
  const builder = (existing ? existing.modify().clearRanges() : sheet.newChart())
    .setChartType(Charts.ChartType.LINE)
    .addRange(sheet.getRange(block.trendHeaderRow, 1, block.trendRows + 1, block.trendColumns))
    .setNumHeaders(1)
    .setOption('title', t(language, 'history.trend'))
    .setPosition(block.tableHeaderRow + 20, block.width + 2, 0, 0);
  if (existing) sheet.updateChart(builder.build());
  else sheet.insertChart(builder.build());
}

const MOVERS_KEY = 'icp-toolkit.lastMovers';
/** Movers kept for the guide's review step; a document property holds 9 KB, so only the first few. */
const MOVERS_KEPT = 20;

/** Movers for the review step, since the last review (or, before any review, at the latest refresh): their
 * counts by move and the first few (a document property). */
function saveMovers(asOf: number, movers: readonly Mover[], language: Language, since: MoversSince): void {
  const value = JSON.stringify({ asOf, since, transitions: transitions(movers, language), count: movers.length, first: movers.slice(0, MOVERS_KEPT) });
  PropertiesService.getDocumentProperties().setProperty(MOVERS_KEY, value.length < 9_000 ? value : JSON.stringify({ asOf, since, transitions: '', count: movers.length, first: [] }));
}

type MoversSince = 'review' | 'refresh';

/**
 * Mark as reviewed: the tiers of the latest refresh become what the next review compares with (copied to
 * columns C:D of the tier snapshot, one read and one write), and no account has moved since.
 */
export function keepReviewedTiers(spreadsheet: Spreadsheet, language: Language, now: number): void {
  const sheet = findSheet(spreadsheet, 'tiers');
  const block = blockOf(sheet);
  if (sheet && block.length) sheet.getRange(1, 3, block.length, 2).setValues(block.map((row) => [row[0] ?? '', row[1] ?? '']));
  saveMovers(now, [], language, 'review');
}

export function lastMovers(): { asOf: number; since?: MoversSince; transitions: string; count: number; first: Mover[] } | null {
  try {
    return JSON.parse(PropertiesService.getDocumentProperties().getProperty(MOVERS_KEY) ?? 'null') as ReturnType<typeof lastMovers>;
  } catch {
    return null;
  }
}
