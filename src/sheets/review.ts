// The review rows of the ICP Worksheet (Last reviewed, Review every, Owner, Criteria version reviewed):
// laid out by Create, found by ID like the questions, added at the bottom when missing, written through
// the guide's writer.
import { type Language } from '../core/i18n';
import { type ReviewFieldId, type ReviewSettings, periodMonths } from '../core/review';
import { WORKSHEET_FIELDS, reviewRows } from '../core/template';
import { type AnswerState } from '../core/guide';
import { readAnswers, writeAnswers } from './guide';
import { findSheet } from './roles';
import { appendWorksheetRows, createWorksheet } from './template';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The review settings from the worksheet's answers (one read, shared with the guide's reader). */
export function reviewSettings(answers: ReadonlyMap<string, AnswerState>): ReviewSettings {
  const answer = (id: ReviewFieldId) => answers.get(id)?.answer.trim() ?? '';
  const last = answer('reviewLast');
  return { lastReviewed: /^\d{4}-\d{2}-\d{2}$/.test(last) ? last : undefined, months: periodMonths(answer('reviewEvery')), owner: answer('reviewOwner'), version: answer('reviewVersion') };
}

export function readReview(spreadsheet: Spreadsheet): ReviewSettings {
  return reviewSettings(readAnswers(spreadsheet));
}

/**
 * Adds the missing review rows below the last row of the worksheet, under its columns found by header
 * (Create lays them out; this repairs a worksheet made before, or rows a user deleted). False when there
 * is no worksheet.
 */
export function ensureReviewRows(spreadsheet: Spreadsheet, language: Language, answers: ReadonlyMap<string, AnswerState>): boolean {
  const sheet = findSheet(spreadsheet, 'worksheet');
  if (!sheet) return false;
  const missing = reviewRows(language).filter((row) => !answers.has(row[WORKSHEET_FIELDS.indexOf('id')]));
  // Without an ID or Question column the rows could not be found again: writeAnswers names the missing column.
  if (missing.length) appendWorksheetRows(sheet, missing);
  return true;
}

/** Writes review answers (the worksheet and its review rows made first when missing); returns how many changed. */
export function writeReview(spreadsheet: Spreadsheet, language: Language, values: Partial<Record<ReviewFieldId, string>>): number {
  if (!findSheet(spreadsheet, 'worksheet')) createWorksheet(spreadsheet, language);
  if (!ensureReviewRows(spreadsheet, language, readAnswers(spreadsheet))) return 0;
  return writeAnswers(spreadsheet, Object.entries(values).map(([id, answer]) => ({ id, answer: answer ?? '', importance: 0 })));
}
