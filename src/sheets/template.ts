// "Create ICP worksheet" and "Insert sample accounts" (docs/rules.md, Worksheet and guide). Each sheet is read once, then
// written in blocks; a cell a user typed is never written over (only blank headers are filled in).
import { type ColumnKey, ACCOUNT_COLUMNS, columnKeyOf, knownColumns, namesOf } from '../core/vocabulary';
import { MAX_WEIGHT, fieldColumns } from '../core/criteria';
import { type Language, t } from '../core/i18n';
import { isBlank } from '../core/values';
import { SECTIONS, questionById } from '../core/worksheet';
import { PERIODS } from '../core/review';
import { sampleAccounts } from '../core/sample';
import { readDate } from '../core/accounts';
import { currencyFormat } from '../core/summaryLayout';
import * as layout from '../core/template';
import { type ParsedFormula, headerFormula, headerText, parseFormula, scoredAttributes } from '../core/headerFormulas';
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


function ensureRows(sheet: Sheet, rows: number): void {
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
}

function layoutWorksheet(sheet: Sheet, language: Language): void {
  const lastRow = Math.max(sheet.getLastRow(), 1);
  const lastColumn = sheet.getLastColumn();
  const block = sheet.getRange(1, 1, lastRow, Math.max(lastColumn, layout.WORKSHEET_FIELDS.length)).getValues();
  // A header cell holding a formula is the user's, whatever it shows: never blank, never written.
  const headerFormulas = sheet.getRange(1, 1, 1, block[0].length).getFormulas()[0];
  block[0] = block[0].map((value, i) => (headerFormulas[i] && isBlank(value) ? headerFormulas[i] : value));
  const columns = placeWorksheetColumns(block, lastColumn);
  const width = Math.max(...Object.values(columns));
  if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  const header = (field: layout.WorksheetField) => t(language, layout.WORKSHEET_COLUMNS[layout.WORKSHEET_FIELDS.indexOf(field)]);
  // Only blank header cells are written; the user's headers (and their formulas, links) stay.
  const blankHeaders = layout.WORKSHEET_FIELDS.filter((field) => isBlank(block[0][columns[field] - 1])).map((field) => columns[field]);
  for (const run of contiguousRuns(blankHeaders)) {
    const field = (column: number) => layout.WORKSHEET_FIELDS.find((f) => columns[f] === column)!;
    sheet.getRange(1, run[0], 1, run.length).setValues([run.map((column) => header(field(column)))]);
  }

  const idOf = (row: readonly unknown[]) => String(row[columns.id - 1] ?? '').trim();
  const present = new Set(block.slice(1).map(idOf));
  const missing = layout.worksheetRows(language).filter((row) => !present.has(row[layout.WS.id - 1]));
  ensureRows(sheet, lastRow + missing.length);
  // Plain text first, down to the last row, so answers and notes typed later never turn into formulas.
  const formatRows = sheet.getMaxRows() - 1;
  for (const field of layout.WORKSHEET_FIELDS) sheet.getRange(2, columns[field], formatRows, 1).setNumberFormat(field === 'importance' ? '0' : '@');
  if (missing.length) sheet.getRange(lastRow + 1, 1, missing.length, width).setValues(placedRows(missing, columns, width));

  const ids = [...block.slice(1).map(idOf), ...missing.map((row) => row[layout.WS.id - 1])];
  if (ids.length === 0) return;
  const answerRules = ids.map((id) => {
    const options = id === 'reviewEvery' ? PERIODS.map((period) => period.key) : questionById(id)?.options;
    if (!options) return [null];
    const labels = options.map((key) => t(language, key));
    return [SpreadsheetApp.newDataValidation().requireValueInList(labels, true).setAllowInvalid(true).build()];
  });
  sheet.getRange(2, columns.answer, ids.length, 1).setDataValidations(answerRules);
  sheet.getRange(2, columns.importance, ids.length, 1).setDataValidation(
    SpreadsheetApp.newDataValidation().requireValueInList(['1', '2', '3', '4', '5'], true).setAllowInvalid(false).build(),
  );
  sheet.getRange(2, columns.section, ids.length, 1).setBackgrounds(
    ids.map((id) => {
      const question = questionById(id);
      return [question ? SECTION_COLORS[SECTIONS.indexOf(question.section)] : '#ffffff'];
    }),
  );
  for (const field of layout.WORKSHEET_FIELDS) sheet.getRange(2, columns[field], ids.length, 1).setWrap(true);
  styleHeader(sheet, width, []);
  layout.WORKSHEET_FIELDS.forEach((field, i) => sheet.setColumnWidth(columns[field], layout.WORKSHEET_WIDTHS[i]));
  sheet.hideColumns(columns.id);
}

/** Worksheet rows (fields in template order) laid under the columns found: the user's columns left blank, a field without a column left out. */
function placedRows(rows: readonly string[][], columns: Partial<Record<layout.WorksheetField, number>>, width: number): string[][] {
  return rows.map((row) => {
    const line = new Array<string>(width).fill('');
    layout.WORKSHEET_FIELDS.forEach((field, i) => {
      const column = columns[field];
      if (column) line[column - 1] = row[i];
    });
    return line;
  });
}

/**
 * Adds worksheet rows below the last row, each field under its header wherever the user moved it (one
 * read of the header row, one write); nothing typed is written over. False when neither the ID nor the
 * Question column is there to find the rows by again.
 */
export function appendWorksheetRows(sheet: Sheet, rows: readonly string[][]): boolean {
  const lastRow = Math.max(sheet.getLastRow(), 1);
  const width = Math.max(sheet.getLastColumn(), 1);
  const columns = layout.worksheetColumns(sheet.getRange(1, 1, 1, width).getValues()[0]);
  if (!columns.id && !columns.question) return false;
  ensureRows(sheet, lastRow + rows.length);
  sheet.getRange(lastRow + 1, 1, rows.length, width).setValues(placedRows(rows, columns, width));
  return true;
}

/**
 * Where each worksheet field goes: under its header wherever the user moved it; else its template place
 * when that header cell is blank (a cleared header is repaired there; the ID column only takes an empty
 * column); else a new column after the last one holding anything, so a user's column is never taken over.
 */
function placeWorksheetColumns(block: unknown[][], lastColumn: number): Record<layout.WorksheetField, number> {
  const found = layout.worksheetColumns(block[0]);
  const taken = new Set(Object.values(found));
  let next = Math.max(lastColumn, ...taken);
  const columns = {} as Record<layout.WorksheetField, number>;
  for (const field of layout.WORKSHEET_FIELDS) {
    let column = found[field];
    const place = layout.WS[field];
    const emptyBelow = () => block.slice(1).every((row) => isBlank(row[place - 1]));
    if (!column && !taken.has(place) && isBlank(block[0][place - 1]) && (field !== 'id' || emptyBelow())) column = place;
    column ??= ++next;
    taken.add(column);
    columns[field] = column;
  }
  return columns;
}

/** Lays out Accounts; returns the attributes criteria can name (for the Criteria dropdown). */
function layoutAccounts(sheet: Sheet, language: Language, criteriaSheetName: string): string[] {
  const top = readTop(sheet);
  const { header, positions } = top;
  // New columns go after the last column holding anything, so a user's headerless data keeps its place.
  let width = Math.max(top.lastHeader, sheet.getLastColumn());
  const added: number[] = [];
  for (const key of ACCOUNT_COLUMNS) {
    if (positions.has(key)) continue;
    width += 1;
    positions.set(key, width);
    header[width - 1] = layout.columnHeader(language, key);
    if (!layout.FORMULA_COLUMNS.includes(key)) added.push(width);
  }
  const maxColumns = sheet.getMaxColumns();
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  // Only the new header cells are written: a user's header formula, link or rich text stays as it is.
  for (const run of contiguousRuns(added)) sheet.getRange(1, run[0], 1, run.length).setValues([run.map((c) => header[c - 1])]);

  formatAccountColumns(sheet, positions);

  writeHeaderFormulas(sheet, { ...top, width }, language, criteriaSheetName);
  styleHeader(sheet, width, []);
  for (const [key, w] of Object.entries(layout.ACCOUNT_WIDTHS)) sheet.setColumnWidth(positions.get(key as ColumnKey)!, w);
  return scoredAttributes(header.slice(0, width), { positions, width });
}

/**
 * Formats of the known columns; the user's own columns are not touched. One setNumberFormat per run of
 * adjacent columns sharing a format (not a format string per cell: 2 million of them at 100,000 rows).
 * Money columns take the locale's currency (the one the summary shows) unless a cell already names a
 * currency of the user's: each is read and written back (the same calls whatever the data).
 */
function formatAccountColumns(sheet: Sheet, positions: ReadonlyMap<ColumnKey, number>): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const locale = sheet.getParent().getSpreadsheetLocale();
  const plain = [...positions].filter(([key]) => !layout.MONEY_COLUMNS.includes(key)).sort((a, b) => a[1] - b[1]);
  const runs: Array<{ first: number; last: number; format: string }> = [];
  for (const [key, column] of plain) {
    const format = layout.ACCOUNT_FORMATS[key];
    const run = runs[runs.length - 1];
    if (run && run.last === column - 1 && run.format === format) run.last = column;
    else runs.push({ first: column, last: column, format });
  }
  for (const run of runs) sheet.getRange(2, run.first, rows, run.last - run.first + 1).setNumberFormat(run.format);
  for (const key of layout.MONEY_COLUMNS) {
    const column = positions.get(key);
    if (!column) continue;
    const range = sheet.getRange(2, column, rows, 1);
    range.setNumberFormats(range.getNumberFormats().map(([format]) => [currencyFormat(format, locale, layout.ACCOUNT_FORMATS[key])]));
  }
}

interface AccountsTop {
  /** Row 1 as the user sees it (a header-row formula shows its label), padded to the sheet's width. */
  header: string[];
  /** Row 2's values and row 1's formulas. */
  row2: unknown[];
  headerFormulas: string[];
  /** Our formulas below the header, by formula column: the old row-2 form, or where a sort moved it. */
  below: Map<number, Array<{ row: number; formula: ParsedFormula }>>;
  positions: Map<ColumnKey, number>;
  lastHeader: number;
  width: number;
}

/**
 * Rows 1–2 of Accounts (values and formulas) and the formulas of the formula columns below (three reads):
 * headers, known columns and where our formulas are.
 */
function readTop(sheet: Sheet): AccountsTop {
  const range = sheet.getRange(1, 1, 2, sheet.getMaxColumns());
  const values = range.getValues();
  const formulas = range.getFormulas();
  const header = values[0].map((value, i) => headerText(value, formulas[0][i]));
  const positions = new Map([...knownColumns(header)].map(([key, index]) => [key, index + 1]));
  const lastHeader = header.reduce<number>((last, text, i) => (text === '' ? last : i + 1), 0);
  const below = new Map<number, Array<{ row: number; formula: ParsedFormula }>>();
  const columns = layout.FORMULA_COLUMNS.map((key) => positions.get(key)).filter((c): c is number => c !== undefined);
  const lastRow = sheet.getLastRow();
  if (columns.length && lastRow >= 2) {
    const first = Math.min(...columns);
    const block = sheet.getRange(2, first, lastRow - 1, Math.max(...columns) - first + 1).getFormulas();
    for (const column of columns) {
      const found = block.flatMap((line, r) => {
        const formula = line[column - first] ? parseFormula(line[column - first]) : undefined;
        return formula && !formula.label ? [{ row: r + 2, formula }] : [];
      });
      below.set(column, found);
    }
  }
  return { header, row2: values[1], headerFormulas: formulas[0], below, positions, lastHeader, width: lastHeader };
}

/**
 * Puts each formula column's formula in its header cell, for the columns as they are now: a formula made
 * the old way (in row 2, where sorting moves it into the data) moves up, and a range that no longer covers
 * every column is widened. What a user changed in our formula (label, tier thresholds, criteria range)
 * is kept; a formula that is not ours, or a value typed in row 2, is left alone.
 */
function writeHeaderFormulas(sheet: Sheet, top: AccountsTop, language: Language, criteriaSheetName: string): void {
  const layoutNow = { positions: top.positions, width: top.width };
  for (const key of layout.FORMULA_COLUMNS) {
    const column = top.positions.get(key);
    if (!column) continue;
    const inHeader = top.headerFormulas[column - 1];
    const ours = inHeader ? parseFormula(inHeader) : undefined;
    const moved = top.below.get(column) ?? [];
    // Not ours in the header, or a value typed in row 2 that a spill from the header would be blocked by.
    if ((inHeader && !ours) || (!inHeader && !moved.length && !isBlank(top.row2[column - 1]))) continue;
    const label = top.header[column - 1] || layout.columnHeader(language, key);
    // A formula of ours typed or left in the data is the user's latest word (e.g. their tier thresholds).
    const previous = moved.length ? { ...moved[0].formula, label: ours?.label } : ours;
    const formula = headerFormula(key, label, layoutNow, criteriaSheetName, previous, sheet.getParent().getSpreadsheetLocale());
    if (!formula) continue;
    for (const { row } of moved) sheet.getRange(row, column).clearContent();
    if (formula === inHeader) continue;
    const cell = sheet.getRange(1, column);
    cell.setFormula(formula);
    // Once, when the score formula first reaches the header: how far one custom-function formula goes.
    if (!inHeader && key === 'icpScore') cell.setNote(t(language, 'template.scoreNote'));
  }
}

/**
 * Brings the score formulas and the Criteria Attribute dropdown up to date with the Accounts columns
 * (a column the user added is scored from then on). Reads rows 1–2 of Accounts; writes only what changed.
 */
export function repairScoring(spreadsheet: Spreadsheet, language: Language): void {
  const accounts = findSheet(spreadsheet, 'accounts', language);
  const criteria = findSheet(spreadsheet, 'criteria');
  if (!accounts || !criteria) return;
  const top = readTop(accounts);
  const width = Math.max(top.lastHeader, accounts.getLastColumn());
  writeHeaderFormulas(accounts, { ...top, width }, language, criteria.getName());
  const attributes = scoredAttributes(top.header.slice(0, width), { positions: top.positions, width });
  const [attributeColumn] = fieldColumns(criteria.getRange(1, 1, 1, criteria.getMaxColumns()).getValues()[0]);
  if (attributes.length) attributeValidation(criteria, attributes, attributeColumn + 1, true);
}

/** The Attribute dropdown down its column; `onlyIfChanged` reads the current one first to skip a same write. */
function attributeValidation(sheet: Sheet, attributes: string[], column: number, onlyIfChanged = false): void {
  const rows = sheet.getMaxRows() - 1;
  if (onlyIfChanged) {
    const current = sheet.getRange(2, column).getDataValidation()?.getCriteriaValues()[0];
    if (Array.isArray(current) && current.join('\n') === attributes.join('\n')) return;
  }
  sheet.getRange(2, column, rows, 1).setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(attributes, true).setAllowInvalid(true).build());
}

function layoutCriteria(sheet: Sheet, language: Language, created: boolean, accountHeaders: string[], examples: boolean): void {
  const headers = layout.CRITERIA_COLUMNS.map((key) => t(language, key));
  const width = headers.length;
  const rows = sheet.getMaxRows() - 1;
  const headerRange = sheet.getRange(1, 1, 1, sheet.getMaxColumns());
  const formulas = created ? [] : headerRange.getFormulas()[0];
  // A header cell holding a formula is the user's, whatever it shows: never blank, never written.
  const current = created ? undefined : headerRange.getValues()[0].map((value, i) => (formulas[i] && isBlank(value) ? formulas[i] : value));
  // Attribute, Rule, Value and Weight by header, wherever the user moved them; the template's places otherwise.
  const [attribute, rule, value, weight] = fieldColumns(current).map((c) => c + 1);
  const standard = attribute === 1 && rule === 2 && value === 3 && weight === 4;
  if (standard) {
    sheet.getRange(2, 1, rows, width).setNumberFormats(Array.from({ length: rows }, () => ['@', '@', '@', 'General', '@']));
  } else {
    for (const column of [attribute, rule, value]) sheet.getRange(2, column, rows, 1).setNumberFormat('@');
    sheet.getRange(2, weight, rows, 1).setNumberFormat('General');
  }
  if (created) {
    const top = [headers, ...(examples ? layout.exampleCriteria(language) : [])];
    sheet.getRange(1, 1, top.length, width).setValues(top);
  } else if (standard) {
    // Only blank header cells are written: a user's header (a formula, a link) is never rewritten.
    const blank = headers.map((_, i) => i + 1).filter((column) => isBlank(current![column - 1]));
    for (const run of contiguousRuns(blank)) sheet.getRange(1, run[0], 1, run.length).setValues([run.map((column) => headers[column - 1])]);
  }
  const validation = () => SpreadsheetApp.newDataValidation();
  attributeValidation(sheet, accountHeaders, attribute);
  sheet.getRange(2, rule, rows, 1).setDataValidation(validation().requireValueInList(layout.ruleWords(language), true).setAllowInvalid(true).build());
  // No argument separators and no decimals: a spreadsheet in a comma-decimal locale (ro_RO, vi_VN) writes
  // formulas with `;`, and this formula then reads the same there. Sums of TRUE/FALSE stand for OR.
  const cell = `${layout.columnLetters(weight)}2`;
  const excludeWords = namesOf('criteria.exclude').map((w) => `+(LOWER(TRIM(${cell}))="${w}")`).join('');
  sheet.getRange(2, weight, rows, 1).setDataValidation(
    validation()
      .requireFormulaSatisfied(`=(ISBLANK(${cell})+ISNUMBER(${cell})*(${cell}>=0)*(${cell}<=${MAX_WEIGHT})${excludeWords})>0`)
      .setAllowInvalid(false)
      .setHelpText(t(language, 'template.criteriaNote'))
      .build(),
  );
  styleHeader(sheet, standard ? width : Math.max(width, attribute, rule, value, weight), standard ? layout.CRITERIA_WIDTHS : []);
}

/**
 * Asks whether to add the sample accounts. Called before the document lock is taken: the dialog waits for
 * the user, and holding the lock meanwhile would make every other action in the document fail.
 */
export function confirmSampleAccounts(spreadsheet: Spreadsheet, language: Language): boolean {
  const ui = SpreadsheetApp.getUi();
  const sheetName = findSheet(spreadsheet, 'accounts', language)?.getName() ?? t(language, 'sheet.accounts');
  const answer = ui.alert(
    t(language, 'sample.confirmTitle'),
    t(language, 'sample.confirm', { count: sampleAccounts().length, sheet: sheetName }),
    ui.ButtonSet.YES_NO,
  );
  return answer === ui.Button.YES;
}

/** Adds the sample accounts below the last account (run after confirmSampleAccounts, under the lock). */
export function insertSampleAccounts(spreadsheet: Spreadsheet, language: Language): void {
  if (!findSheet(spreadsheet, 'accounts', language)) createWorksheet(spreadsheet, language);
  const sheet = findSheet(spreadsheet, 'accounts', language)!;
  const samples = sampleAccounts();

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
