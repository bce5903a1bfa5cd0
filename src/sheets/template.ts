// "Create ICP worksheet" and "Insert sample accounts" (SPEC §3, §6). Each sheet is read once, then
// written in blocks; a cell a user typed is never written over (only blank headers are filled in).
import { type ColumnKey, columnKeyOf, ACCOUNT_COLUMNS } from '../core/columns';
import { type Language, t, allTranslations } from '../core/i18n';
import { isBlank } from '../core/values';
import { SECTIONS, questionById } from '../core/worksheet';
import { sampleAccounts } from '../core/sample';
import { readDate } from '../core/accounts';
import * as layout from '../core/template';
import { ensureSheet, findSheet } from './roles';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = '#1f4e79';
const HEADER_TEXT = '#ffffff';
const SECTION_COLORS = ['#e8f0fe', '#e6f4ea', '#fef7e0', '#fce8e6', '#f3e8fd'];

/** `exampleCriteria: false` leaves a new Criteria sheet without the example rows (rows are being accepted into it). */
export function createWorksheet(spreadsheet: Spreadsheet, language: Language, options: { exampleCriteria?: boolean } = {}): void {
  const worksheet = ensureSheet(spreadsheet, 'worksheet', language);
  const criteria = ensureSheet(spreadsheet, 'criteria', language);
  const accounts = ensureSheet(spreadsheet, 'accounts', language);
  layoutWorksheet(worksheet.sheet, language);
  const accountHeaders = layoutAccounts(accounts.sheet, language, criteria.sheet.getName());
  layoutCriteria(criteria.sheet, language, criteria.created, accountHeaders, options.exampleCriteria ?? true);
  const created = [worksheet, criteria, accounts].filter((s) => s.created).map((s) => s.sheet.getName());
  if (worksheet.created) spreadsheet.setActiveSheet(worksheet.sheet);
  spreadsheet.toast(created.length ? t(language, 'template.created', { sheets: created.join(', ') }) : t(language, 'template.repaired'), t(language, 'app.name'));
}

function styleHeader(sheet: Sheet, width: number, widths: readonly number[]): void {
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setFontColor(HEADER_TEXT).setWrap(true);
  sheet.setFrozenRows(1);
  widths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
}

/** Header cells: ours where the sheet's are blank, the user's everywhere else. */
function mergeHeader(existing: readonly unknown[], ours: readonly string[]): { row: unknown[]; changed: boolean } {
  const row = ours.map((text, i) => (isBlank(existing[i]) ? text : existing[i]));
  return { row, changed: ours.some((_, i) => isBlank(existing[i])) };
}

function ensureRows(sheet: Sheet, rows: number): void {
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
}

function layoutWorksheet(sheet: Sheet, language: Language): void {
  const headers = layout.WORKSHEET_COLUMNS.map((key) => t(language, key));
  const width = headers.length;
  const lastRow = Math.max(sheet.getLastRow(), 1);
  const block = sheet.getRange(1, 1, lastRow, width).getValues();
  const header = mergeHeader(block[0], headers);
  if (header.changed) sheet.getRange(1, 1, 1, width).setValues([header.row]);

  const present = new Set(block.slice(1).map((row) => String(row[layout.WS.id - 1]).trim()));
  const missing = layout.worksheetRows(language).filter((row) => !present.has(row[layout.WS.id - 1]));
  const total = lastRow + missing.length;
  ensureRows(sheet, total);
  // Plain text first, down to the last row, so answers and notes typed later never turn into formulas.
  const formatRows = sheet.getMaxRows() - 1;
  const formatRow = headers.map((_, i) => (i === layout.WS.importance - 1 ? '0' : '@'));
  sheet.getRange(2, 1, formatRows, width).setNumberFormats(Array.from({ length: formatRows }, () => formatRow));
  if (missing.length) sheet.getRange(lastRow + 1, 1, missing.length, width).setValues(missing);

  const ids = [...block.slice(1).map((row) => String(row[layout.WS.id - 1]).trim()), ...missing.map((row) => row[layout.WS.id - 1])];
  if (ids.length === 0) return;
  const answerRules = ids.map((id) => {
    const options = questionById(id)?.options;
    if (!options) return [null];
    const labels = options.map((key) => t(language, key));
    return [SpreadsheetApp.newDataValidation().requireValueInList(labels, true).setAllowInvalid(true).build()];
  });
  sheet.getRange(2, layout.WS.answer, ids.length, 1).setDataValidations(answerRules);
  sheet.getRange(2, layout.WS.importance, ids.length, 1).setDataValidation(
    SpreadsheetApp.newDataValidation().requireValueInList(['1', '2', '3', '4', '5'], true).setAllowInvalid(false).build(),
  );
  sheet.getRange(2, 1, ids.length, 1).setBackgrounds(
    ids.map((id) => {
      const question = questionById(id);
      return [question ? SECTION_COLORS[SECTIONS.indexOf(question.section)] : '#ffffff'];
    }),
  );
  sheet.getRange(2, 1, ids.length, width).setWrap(true);
  styleHeader(sheet, width, layout.WORKSHEET_WIDTHS);
  sheet.hideColumns(layout.WS.id);
}

/** Lays out Accounts; returns the attributes criteria can name (for the Criteria dropdown). */
function layoutAccounts(sheet: Sheet, language: Language, criteriaSheetName: string): string[] {
  const maxColumns = sheet.getMaxColumns();
  const topRange = sheet.getRange(1, 1, 2, maxColumns);
  const top = topRange.getValues();
  // A formula cell shows "" while nothing spills (no accounts yet): it is still the user's formula.
  const row2Formulas = topRange.getFormulas()[1];
  const header = [...top[0]];
  const positions = new Map<ColumnKey, number>();
  header.forEach((cell, i) => {
    const key = columnKeyOf(cell);
    if (key && !positions.has(key)) positions.set(key, i + 1);
  });
  let lastHeader = header.reduce<number>((last, cell, i) => (isBlank(cell) ? last : i + 1), 0);
  const added: ColumnKey[] = [];
  for (const key of ACCOUNT_COLUMNS) {
    if (positions.has(key)) continue;
    lastHeader += 1;
    positions.set(key, lastHeader);
    header[lastHeader - 1] = layout.columnHeader(language, key);
    added.push(key);
  }
  if (lastHeader > maxColumns) sheet.insertColumnsAfter(maxColumns, lastHeader - maxColumns);
  if (added.length) sheet.getRange(1, 1, 1, lastHeader).setValues([header.slice(0, lastHeader).map((c) => c ?? '')]);

  // Formats of known columns; the user's own columns keep theirs (one read, one write).
  const rows = sheet.getMaxRows() - 1;
  const formatRange = sheet.getRange(2, 1, rows, lastHeader);
  const formats = formatRange.getNumberFormats();
  for (const [key, column] of positions) {
    const format = layout.ACCOUNT_FORMATS[key];
    for (let r = 0; r < rows; r++) formats[r][column - 1] = format;
  }
  formatRange.setNumberFormats(formats);

  for (const [key, formula] of layout.accountFormulas(positions, criteriaSheetName)) {
    const column = positions.get(key)!;
    if (isBlank(top[1][column - 1]) && !row2Formulas[column - 1]) sheet.getRange(2, column).setFormula(formula);
  }
  styleHeader(sheet, lastHeader, []);
  for (const [key, width] of Object.entries(layout.ACCOUNT_WIDTHS)) sheet.setColumnWidth(positions.get(key as ColumnKey)!, width);
  return layout.scoredAttributes(header.slice(0, lastHeader), positions);
}

function layoutCriteria(sheet: Sheet, language: Language, created: boolean, accountHeaders: string[], examples: boolean): void {
  const headers = layout.CRITERIA_COLUMNS.map((key) => t(language, key));
  const width = headers.length;
  const rows = sheet.getMaxRows() - 1;
  sheet.getRange(2, 1, rows, width).setNumberFormats(Array.from({ length: rows }, () => ['@', '@', '@', 'General', '@']));
  if (created) {
    const rows = [headers, ...(examples ? layout.exampleCriteria(language) : [])];
    sheet.getRange(1, 1, rows.length, width).setValues(rows);
  } else {
    const header = mergeHeader(sheet.getRange(1, 1, 1, width).getValues()[0], headers);
    if (header.changed) sheet.getRange(1, 1, 1, width).setValues([header.row]);
  }
  const validation = () => SpreadsheetApp.newDataValidation();
  sheet.getRange(2, 1, rows, 1).setDataValidation(validation().requireValueInList(accountHeaders, true).setAllowInvalid(true).build());
  sheet.getRange(2, 2, rows, 1).setDataValidation(validation().requireValueInList(layout.ruleWords(language), true).setAllowInvalid(true).build());
  const excludeWords = allTranslations('criteria.exclude').map((w) => `LOWER(TRIM(D2))="${w}"`).join(', ');
  sheet.getRange(2, 4, rows, 1).setDataValidation(
    validation()
      .requireFormulaSatisfied(`=OR(ISBLANK(D2), AND(ISNUMBER(D2), D2>=0), ${excludeWords})`)
      .setAllowInvalid(false)
      .setHelpText(t(language, 'template.criteriaNote'))
      .build(),
  );
  styleHeader(sheet, width, layout.CRITERIA_WIDTHS);
}

export function insertSampleAccounts(spreadsheet: Spreadsheet, language: Language): void {
  if (!findSheet(spreadsheet, 'accounts')) createWorksheet(spreadsheet, language);
  const sheet = findSheet(spreadsheet, 'accounts')!;
  const ui = SpreadsheetApp.getUi();
  const samples = sampleAccounts();
  const answer = ui.alert(
    t(language, 'sample.confirmTitle'),
    t(language, 'sample.confirm', { count: samples.length, sheet: sheet.getName() }),
    ui.ButtonSet.YES_NO,
  );
  if (answer !== ui.Button.YES) return;

  const block = sheet.getDataRange().getValues();
  const keys = block[0].map((cell) => columnKeyOf(cell));
  if (!keys.includes('account')) throw new Error(t(language, 'sample.noHeader', { sheet: sheet.getName() }));
  const inputColumns = keys.map((key, i) => (key && !layout.FORMULA_COLUMNS.includes(key) ? i : -1)).filter((i) => i >= 0);
  // Below the last row holding any input (formula columns spill and do not count).
  let lastRow = 1;
  block.forEach((row, r) => {
    if (inputColumns.some((c) => !isBlank(row[c]))) lastRow = r + 1;
  });
  ensureRows(sheet, lastRow + samples.length);
  // The sample's dates are UTC midnights: the same calendar day at midnight in the spreadsheet's zone.
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const cell = (value: string | number | Date | undefined) =>
    value instanceof Date ? new Date(readDate(value.toISOString().slice(0, 10), timeZone)!) : (value ?? '');
  for (const run of contiguousRuns(inputColumns)) {
    const values = samples.map((sample) => run.map((c) => cell(sample[keys[c]!])));
    sheet.getRange(lastRow + 1, run[0] + 1, samples.length, run.length).setValues(values);
  }
  spreadsheet.toast(t(language, 'sample.done', { count: samples.length, row: lastRow + 1 }), t(language, 'app.name'));
}

/** [0,1,2,5,6] → [[0,1,2],[5,6]]: one write per run, so formula columns between runs are left alone. */
function contiguousRuns(columns: number[]): number[][] {
  const runs: number[][] = [];
  for (const column of columns) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === column - 1) run.push(column);
    else runs.push([column]);
  }
  return runs;
}
