// Criteria versions in the sheet: recording the current one, marking it reviewed, and restoring an older
// one (its rows written back over Criteria, the current rows kept as a version first).
import { criteriaVersion } from '../core/criteriaVersion';
import { type VersionRecord, readVersions, versionRow } from '../core/historyVersions';
import { type Language, t } from '../core/i18n';
import { formatDay, localDay } from '../core/review';
import { type CellValue } from '../core/values';
import { readCriteriaBlock } from './accounts';
import { appendVersion } from './history';
import { writeReview } from './review';
import { findSheet } from './roles';
import { keepReviewedTiers } from './history';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface VersionsState {
  /** The versions sheet below its header (empty when there is none). */
  records: VersionRecord[];
  /** Rows of the sheet including the header (0 when there is no sheet). */
  height: number;
  criteria: CellValue[][];
  current: string;
}

export function readVersionsState(spreadsheet: Spreadsheet): VersionsState {
  const sheet = findSheet(spreadsheet, 'versions');
  const block = (sheet ? sheet.getDataRange().getValues() : []) as CellValue[][];
  const criteria = readCriteriaBlock(spreadsheet) ?? [];
  return { records: readVersions(block.slice(1)), height: block.length, criteria, current: criteriaVersion(criteria) };
}

/** Records the current criteria as a version unless already recorded (or there are none); returns the state after. */
export function recordCurrent(spreadsheet: Spreadsheet, language: Language, state: VersionsState, now: Date): VersionsState {
  if (!state.current || state.records.some((r) => r.version === state.current)) return state;
  appendVersion(spreadsheet, language, state.height, versionRow(state.current, now, state.criteria));
  return readVersionsState(spreadsheet);
}

/** Mark as reviewed: today's date (spreadsheet time zone) and the criteria version on the worksheet and the version's row. */
export function markReviewed(spreadsheet: Spreadsheet, language: Language, now: Date = new Date()): string {
  const day = localDay(now.getTime(), spreadsheet.getSpreadsheetTimeZone());
  const state = recordCurrent(spreadsheet, language, readVersionsState(spreadsheet), now);
  writeReview(spreadsheet, language, { reviewLast: day, reviewVersion: state.current });
  keepReviewedTiers(spreadsheet, language, now.getTime());
  const index = state.records.findIndex((r) => r.version === state.current);
  if (index >= 0 && !state.records[index].reviewed.includes(day)) {
    // The Reviewed cell of the version's row (row 1 is the header): one cell, once per review, as plain
    // text so Sheets keeps the days as written instead of reading one as a date.
    findSheet(spreadsheet, 'versions')!.getRange(index + 2, 4).setNumberFormat('@').setValue([...state.records[index].reviewed, day].join('; '));
  }
  return t(language, 'review.marked', { date: formatDay(day, language), version: state.current || t(language, 'versions.none') });
}

/**
 * Writes a recorded version's rows back over the Criteria rows below the header, in one block (blanking
 * rows left over), after recording the current rows as a version. Throws a message the user can read.
 */
export function restoreVersion(spreadsheet: Spreadsheet, language: Language, version: string, now: Date = new Date()): string {
  const sheet = findSheet(spreadsheet, 'criteria');
  const versionsName = findSheet(spreadsheet, 'versions')?.getName() ?? t(language, 'sheet.versions');
  const state = recordCurrent(spreadsheet, language, readVersionsState(spreadsheet), now);
  const record = state.records.find((r) => r.version === version);
  if (!record || !sheet) throw new Error(t(language, 'versions.unknown', { version, sheet: versionsName }));
  if (!record.rows) throw new Error(t(language, 'versions.noData', { version }));
  const lastRow = Math.max(state.criteria.length, 1);
  const height = Math.max(record.rows.length, lastRow - 1, 1);
  const rows = Array.from({ length: height }, (_, i) => Array.from({ length: 5 }, (_, c) => record.rows![i]?.[c] ?? ''));
  if (height + 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), height + 1 - sheet.getMaxRows());
  sheet.getRange(2, 1, height, 5).setValues(rows);
  return t(language, 'versions.restored', { version, current: state.current || t(language, 'versions.none') });
}
