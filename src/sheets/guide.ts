// The worksheet guide's reads and writes: columns found by header and answers by question id (column ID),
// so moved columns, re-sorted rows and answers typed straight into the sheet are read; a save writes only
// the cells that change.
import { type AnswerState } from '../core/guide';
import type { AnswerInput } from '../core/schemas';
import { type WorksheetField, WORKSHEET_COLUMNS, WORKSHEET_FIELDS, worksheetColumns } from '../core/template';
import { type Language, t } from '../core/i18n';
import { cellText } from '../core/values';
import { namesOf, normalizeName } from '../core/vocabulary';
import { QUESTIONS, parseImportance, questionKey } from '../core/worksheet';
import { REVIEW_FIELDS } from '../core/review';
import { findSheet } from './roles';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

let questionByText: Map<string, string> | undefined;

type Columns = Partial<Record<WorksheetField, number>>;

/** The question (or review field) id of a worksheet row: its ID cell, else its question text in any language. */
function rowQuestionId(row: readonly unknown[], columns: Columns): string | undefined {
  const id = columns.id ? cellText(row[columns.id - 1]) : '';
  if (id) return id;
  questionByText ??= new Map([
    ...QUESTIONS.map((q) => [questionKey(q), q.id] as const),
    ...REVIEW_FIELDS.map((field) => [field.key, field.id] as const),
  ].flatMap(([key, id]) => namesOf(key).map((text) => [normalizeName(text), id] as const)));
  return columns.question ? questionByText.get(normalizeName(row[columns.question - 1])) : undefined;
}

/** The whole used block (one read) and where its fields are, found by header: columns may be moved. */
function readBlock(sheet: Sheet): { rows: unknown[][]; columns: Columns } {
  const rows = sheet.getRange(1, 1, Math.max(sheet.getLastRow(), 1), Math.max(sheet.getLastColumn(), 1)).getValues();
  return { rows, columns: worksheetColumns(rows[0]) };
}

/** The field the guide cannot work without, if one is missing: the Answer column, and the ID or Question column. */
function missingField(columns: Columns): WorksheetField | undefined {
  if (!columns.answer) return 'answer';
  return columns.id || columns.question ? undefined : 'id';
}

export function readAnswers(spreadsheet: Spreadsheet): Map<string, AnswerState> {
  const answers = new Map<string, AnswerState>();
  const sheet = findSheet(spreadsheet, 'worksheet');
  if (!sheet) return answers;
  const { rows, columns } = readBlock(sheet);
  if (missingField(columns)) return answers;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  rows.slice(1).forEach((row) => {
    const id = rowQuestionId(row, columns);
    if (id && !answers.has(id)) {
      const importance = columns.importance ? parseImportance(row[columns.importance - 1]) : '';
      answers.set(id, { answer: cellText(row[columns.answer! - 1], timeZone), importance });
    }
  });
  return answers;
}

/**
 * Writes only the cells that change: each run of consecutive changed answers is one format write (plain
 * text, so "=…" or "+84…" typed in the guide stays text) and one value write; importance likewise, in its
 * own column. Unchanged cells are never written back, so their formulas, links, rich text and formats stay.
 * Columns are found by header; a missing Answer or ID column is an error that names it.
 */
export function writeAnswers(spreadsheet: Spreadsheet, answers: readonly AnswerInput[], language: Language = 'en'): number {
  const sheet = findSheet(spreadsheet, 'worksheet');
  if (!sheet) throw new Error(t(language, 'message.sheetMissing', { sheet: t(language, 'sheet.worksheet') }));
  const { rows, columns } = readBlock(sheet);
  const missing = missingField(columns) ?? (answers.some((a) => a.importance) && !columns.importance ? 'importance' : undefined);
  if (missing) throw new Error(t(language, 'message.columnMissing', { sheet: sheet.getName(), column: t(language, WORKSHEET_COLUMNS[WORKSHEET_FIELDS.indexOf(missing)]) }));
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const rowOf = new Map<string, number>();
  rows.forEach((row, i) => {
    const id = i > 0 ? rowQuestionId(row, columns) : undefined;
    if (id && !rowOf.has(id)) rowOf.set(id, i + 1);
  });
  const answerChanges = new Map<number, string>();
  const importanceChanges = new Map<number, number | ''>();
  for (const { id, answer, importance } of answers) {
    const row = rowOf.get(id);
    if (!row) continue;
    const current = rows[row - 1];
    if (cellText(current[columns.answer! - 1], timeZone) !== answer) answerChanges.set(row, answer);
    const level = importance || '';
    if (columns.importance && parseImportance(current[columns.importance - 1]) !== level) importanceChanges.set(row, level);
  }
  for (const run of runsOf([...answerChanges.keys()])) {
    const range = sheet.getRange(run[0], columns.answer!, run.length, 1);
    range.setNumberFormats(run.map(() => ['@']));
    range.setValues(run.map((row) => [answerChanges.get(row)]));
  }
  for (const run of runsOf([...importanceChanges.keys()])) {
    sheet.getRange(run[0], columns.importance!, run.length, 1).setValues(run.map((row) => [importanceChanges.get(row)]));
  }
  return new Set([...answerChanges.keys(), ...importanceChanges.keys()]).size;
}

/** [9, 3, 4, 5] → [[3, 4, 5], [9]]: consecutive rows, one write each. */
function runsOf(rows: number[]): number[][] {
  const runs: number[][] = [];
  for (const row of rows.sort((a, b) => a - b)) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === row - 1) run.push(row);
    else runs.push([row]);
  }
  return runs;
}
