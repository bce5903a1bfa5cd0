// The review rows of the ICP Worksheet (Last reviewed, Review every, Owner, Criteria version reviewed):
// found by ID like the questions, added at the bottom when missing, written through the guide's writer.
import { type Language, t } from '../core/i18n';
import { REVIEW_FIELDS, type ReviewFieldId, type ReviewSettings, periodMonths } from '../core/review';
import { WS } from '../core/template';
import { type AnswerState } from '../core/guide';
import { readAnswers, writeAnswers } from './guide';
import { findSheet } from './roles';
import { createWorksheet } from './template';

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

/** Adds the missing review rows below the last row of the worksheet (one write); false when there is no worksheet. */
export function ensureReviewRows(spreadsheet: Spreadsheet, language: Language, answers: ReadonlyMap<string, AnswerState>): boolean {
  const sheet = findSheet(spreadsheet, 'worksheet');
  if (!sheet) return false;
  const missing = REVIEW_FIELDS.filter((field) => !answers.has(field.id));
  if (!missing.length) return true;
  const last = Math.max(sheet.getLastRow(), 1);
  if (last + missing.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), last + missing.length - sheet.getMaxRows());
  const rows = missing.map((field) => {
    const row: string[] = new Array<string>(WS.id).fill('');
    row[WS.section - 1] = t(language, 'review.section');
    row[WS.question - 1] = t(language, field.key);
    row[WS.id - 1] = field.id;
    return row;
  });
  sheet.getRange(last + 1, 1, rows.length, WS.id).setValues(rows);
  return true;
}

/** Writes review answers (the worksheet and its review rows made first when missing); returns how many changed. */
export function writeReview(spreadsheet: Spreadsheet, language: Language, values: Partial<Record<ReviewFieldId, string>>): number {
  if (!findSheet(spreadsheet, 'worksheet')) createWorksheet(spreadsheet, language);
  if (!ensureReviewRows(spreadsheet, language, readAnswers(spreadsheet))) return 0;
  return writeAnswers(spreadsheet, Object.entries(values).map(([id, answer]) => ({ id, answer: answer ?? '', importance: 0 })));
}
