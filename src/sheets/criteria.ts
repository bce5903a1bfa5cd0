// Adding rows to the Criteria sheet without duplicates; the user's own rows are never touched.
import { criterionCells, criterionKey, fieldColumns } from '../core/criteria';
import type { CriterionRow } from '../core/schemas';
import { type Language } from '../core/i18n';
import { isBlank, parseNumber } from '../core/values';
import { findSheet } from './roles';
import { createWorksheet } from './template';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Appends the rows that are not already in Criteria (same attribute, rule and value) below the last row.
 * A missing Criteria sheet is created without example rows: only what the user accepted goes in.
 */
export function mergeCriteria(spreadsheet: Spreadsheet, rows: readonly CriterionRow[], language: Language): { added: number; duplicates: number } {
  if (!findSheet(spreadsheet, 'criteria')) createWorksheet(spreadsheet, language, { exampleCriteria: false });
  const sheet = findSheet(spreadsheet, 'criteria')!;
  const existing = sheet.getDataRange().getValues();
  // Attribute, Rule, Value, Weight found by header: a column the user inserted keeps its place and content.
  const [a, r, v, w] = fieldColumns(existing[0]);
  const keys = new Set(existing.map((row) => criterionKey(row[a], row[r], row[v])));
  let lastRow = 0;
  existing.forEach((row, i) => {
    if (row.some((cell) => !isBlank(cell))) lastRow = i + 1;
  });
  const fresh: (string | number)[][] = [];
  for (const row of rows) {
    const key = criterionKey(row.attribute, row.rule, row.value);
    if (keys.has(key)) continue;
    keys.add(key);
    const excluded = row.weight === 'exclude';
    fresh.push(criterionCells({ ...row, weight: excluded ? 0 : parseNumber(row.weight) ?? 0, excluded }, language));
  }
  if (fresh.length) {
    const needed = lastRow + fresh.length;
    if (needed > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
    const columns = [a, r, v, w];
    // One block when the four columns are side by side (the usual layout), else one write per column.
    const runs = columns.every((c, i) => c === a + i) ? [[0, 1, 2, 3]] : [[0], [1], [2], [3]];
    for (const run of runs) {
      const range = sheet.getRange(lastRow + 1, columns[run[0]] + 1, fresh.length, run.length);
      // Values such as "-5..5" must stay text: plain text format on the text columns before writing.
      range.setNumberFormats(fresh.map(() => run.map((i) => (i === 3 ? 'General' : '@'))));
      range.setValues(fresh.map((row) => run.map((i) => row[i])));
    }
  }
  return { added: fresh.length, duplicates: rows.length - fresh.length };
}
