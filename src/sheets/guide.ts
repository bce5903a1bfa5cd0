// The worksheet guide's reads and writes: answers found by question id (column ID), so re-sorted rows and
// answers typed straight into the sheet are read; a save is one read of the sheet, one format write and one value write.
import { type AnswerState } from '../core/guide';
import type { AnswerInput } from '../core/schemas';
import { WS } from '../core/template';
import { cellText } from '../core/values';
import { namesOf, normalizeName } from '../core/vocabulary';
import { QUESTIONS, parseImportance, questionKey } from '../core/worksheet';
import { findSheet } from './roles';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

let questionByText: Map<string, string> | undefined;

/** The question id of a worksheet row: its ID cell, else its question text in any language. */
function rowQuestionId(row: readonly unknown[]): string | undefined {
  const id = cellText(row[WS.id - 1] as never);
  if (id) return id;
  questionByText ??= new Map(QUESTIONS.flatMap((q) => namesOf(questionKey(q)).map((text) => [normalizeName(text), q.id] as const)));
  return questionByText.get(normalizeName(row[WS.question - 1]));
}

function readBlock(sheet: Sheet): unknown[][] {
  return sheet.getRange(1, 1, Math.max(sheet.getLastRow(), 1), WS.id).getValues();
}

export function readAnswers(spreadsheet: Spreadsheet): Map<string, AnswerState> {
  const answers = new Map<string, AnswerState>();
  const sheet = findSheet(spreadsheet, 'worksheet');
  if (!sheet) return answers;
  readBlock(sheet).slice(1).forEach((row) => {
    const id = rowQuestionId(row);
    if (id && !answers.has(id)) {
      answers.set(id, { answer: cellText(row[WS.answer - 1] as never), importance: parseImportance(row[WS.importance - 1]) });
    }
  });
  return answers;
}

/**
 * Writes the changed answers in one block from the first to the last changed row: one read of the sheet,
 * then one number-format write and one value write, however the changes are spread. Unchanged rows inside
 * the block are written back as they are; when there are such rows, one more read finds their formulas
 * so a formula someone typed there stays a formula.
 */
export function writeAnswers(spreadsheet: Spreadsheet, answers: readonly AnswerInput[]): number {
  const sheet = findSheet(spreadsheet, 'worksheet');
  if (!sheet) throw new Error('The ICP Worksheet sheet is missing.');
  const block = readBlock(sheet);
  const rowOf = new Map<string, number>();
  block.forEach((row, i) => {
    const id = i > 0 ? rowQuestionId(row) : undefined;
    if (id && !rowOf.has(id)) rowOf.set(id, i + 1);
  });
  const changes = new Map<number, [string, number | '']>();
  for (const { id, answer, importance } of answers) {
    const row = rowOf.get(id);
    if (!row) continue;
    const current = block[row - 1];
    const level = importance || '';
    if (cellText(current[WS.answer - 1] as never) === answer && parseImportance(current[WS.importance - 1]) === level) continue;
    changes.set(row, [answer, level]);
  }
  if (!changes.size) return 0;
  const first = Math.min(...changes.keys());
  const height = Math.max(...changes.keys()) - first + 1;
  const range = sheet.getRange(first, WS.answer, height, 2);
  const formulas = height > changes.size ? range.getFormulas() : undefined;
  const formats: string[][] = [];
  const values: unknown[][] = [];
  for (let i = 0; i < height; i++) {
    const change = changes.get(first + i);
    const current = block[first + i - 1];
    const cells = change ?? [formulas![i][0] || current[WS.answer - 1], formulas![i][1] || current[WS.importance - 1]];
    // Plain text for answers: "=HYPERLINK(…)", "+84…", "-x" or "@x" typed in the guide stays text.
    formats.push([!change && formulas![i][0] ? 'General' : '@', '0']);
    values.push(cells);
  }
  range.setNumberFormats(formats);
  range.setValues(values);
  return changes.size;
}
