// "Suggest criteria from best customers" and "Is the ICP working?": read Accounts and Criteria once each,
// compute in core, show the dialog (dist/Suggest.html with its model). Nothing is written until the user
// accepts suggestions (merged into Criteria, the user's rows untouched) or applies tier thresholds (the
// ICP_TIER call's thresholds in the Accounts tier formula, the rest of that formula kept).
import { type Account, parseAccounts } from '../core/accounts';
import { checkTable, type CheckModel } from '../core/checkReport';
import { columnKeyOf } from '../core/columns';
import { type Language, t } from '../core/i18n';
import { DEFAULT_THRESHOLDS, type Thresholds, scoreHistogram, scoresOf, tierCheck } from '../core/icpCheck';
import { type Outcome, outcomeChoices, resolveOutcome } from '../core/outcome';
import type { CriterionRow } from '../core/schemas';
import { compileCriteria } from '../core/scoring';
import { SIZE_BANDS, type SizeBand } from '../core/size';
import { type SuggestResult, compileCurrent, criteriaCells, suggestCriteria } from '../core/suggest';
import { type DialogModel, type SuggestModel, dialogTexts, pageWithModel, suggestModel } from '../core/suggestReport';
import { columnHeader } from '../core/template';
import { tierThresholds, withTierThresholds } from '../core/tierFormula';
import { type CellValue, InputError, parseNumber } from '../core/values';
import { FORMULA_START, sizeBandName } from '../core/vocabulary';
import { scoringHeaders } from '../core/headerFormulas';
import { readAccountsBlock, readCriteriaBlock } from './accounts';
import { mergeCriteria } from './criteria';
import { findSheet } from './roles';
import { setSuggestOutcome, suggestOutcome } from './settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface SheetData {
  sheetName: string;
  /** The header row as the score formula sees it (formula columns unnamed), and as it is. */
  headers: CellValue[];
  rawHeaders: CellValue[];
  headerFormulas: string[];
  /** The spreadsheet locale: how text numbers and dates are written, and its time zone. */
  locale: string;
  timeZone: string;
  /** The revenue's currency (accountsMoney): the size bands and the suggested revenue ranges use it. */
  currency?: string;
  accounts: Account[];
  skipped: number;
  criteria?: CellValue[][];
  asOf: number;
}

/** Accepted rows as Criteria cells; a weight is written as the page sends it ("3", "0,5" in ro). */
export const criteriaAsCells = (rows: readonly CriterionRow[]) =>
  rows.map((row) => criteriaCells({ ...row, weight: row.weight === 'exclude' ? 'exclude' : parseNumber(row.weight) ?? NaN }));

/** One read of Accounts and one of Criteria. */
function readSheets(spreadsheet: Spreadsheet, language: Language, now: Date): SheetData {
  const { sheetName, headers, headerFormulas, rows, firstRow, money } = readAccountsBlock(spreadsheet, language, { money: true });
  const asOf = now.getTime();
  const locale = spreadsheet.getSpreadsheetLocale();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  // Revenue bands and suggested revenue ranges in the sheet's currency, as the summary has it (accountsMoney).
  const currency = money?.currency;
  const parsed = parseAccounts(headers, rows, { asOf, timeZone, firstRow, locale, currency });
  return {
    sheetName, headers: scoringHeaders(headers), rawHeaders: headers, headerFormulas, locale, timeZone, currency, accounts: parsed.accounts, skipped: parsed.skipped.length, criteria: readCriteriaBlock(spreadsheet), asOf,
  };
}

function suggest(data: SheetData, language: Language, outcome: Outcome | undefined): SuggestResult {
  const sizeNames = Object.fromEntries(SIZE_BANDS.map((band) => [band, sizeBandName(band, language)])) as Record<SizeBand, string>;
  return suggestCriteria(
    { headers: data.headers, accounts: data.accounts, criteria: data.criteria, asOf: data.asOf, locale: data.locale, language },
    { outcome, companySizeName: columnHeader(language, 'companySize'), sizeNames, timeZone: data.timeZone, currency: data.currency },
  );
}

/** The suggestions as the dialog shows them, for the outcome asked (remembered for the document) or the remembered one. */
export function loadSuggestions(spreadsheet: Spreadsheet, language: Language, outcome?: Outcome, now: Date = new Date()): SuggestModel {
  if (outcome) setSuggestOutcome(outcome);
  const data = readSheets(spreadsheet, language, now);
  return suggestModel(suggest(data, language, outcome ?? suggestOutcome()), language, { skipped: data.skipped });
}

function openDialog(model: DialogModel): void {
  const file = HtmlService.createHtmlOutputFromFile('Suggest').getContent();
  const page = HtmlService.createHtmlOutput(pageWithModel(file, model)).setWidth(640).setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(page, model.title);
}

/** The menu action: Accounts (values and row-1 formulas) and Criteria read, nothing written; an alert instead of a dialog when there is nobody to learn from. */
export function showSuggestions(spreadsheet: Spreadsheet, language: Language, now: Date = new Date()): void {
  const data = readSheets(spreadsheet, language, now);
  if (!data.accounts.some((a) => a.customer)) {
    SpreadsheetApp.getUi().alert(t(language, 'suggest.noCustomers', { sheet: data.sheetName }));
    return;
  }
  const suggestions = suggestModel(suggest(data, language, suggestOutcome()), language, { skipped: data.skipped });
  openDialog({ language, mode: 'suggest', title: t(language, 'suggest.title'), suggest: suggestions, text: dialogTexts(language) });
}

/** Where the ICP_TIER formula lives: the tagged Accounts sheet's tier column, found by its header. */
function tierColumn(spreadsheet: Spreadsheet, headers: readonly CellValue[]): { sheet: GoogleAppsScript.Spreadsheet.Sheet; column: number } | undefined {
  const sheet = findSheet(spreadsheet, 'accounts');
  const index = headers.findIndex((header) => columnKeyOf(header) === 'icpTier');
  return sheet && index >= 0 ? { sheet, column: index + 1 } : undefined;
}

/** The thresholds the tier formula uses now: in its header cell (read with the headers), else in row 2 (one read). */
function currentThresholds(spreadsheet: Spreadsheet, data: SheetData): Thresholds {
  const place = tierColumn(spreadsheet, data.rawHeaders);
  if (!place) return DEFAULT_THRESHOLDS;
  const inHeader = data.headerFormulas[place.column - 1] && tierThresholds(data.headerFormulas[place.column - 1]);
  const found = inHeader || tierThresholds(place.sheet.getRange(2, place.column).getFormula());
  return found ? { a: found.a, b: found.b } : DEFAULT_THRESHOLDS;
}

/** The tiers today and, when rows are given, with them added to the criteria. */
export function checkModel(spreadsheet: Spreadsheet, language: Language, outcome: Outcome | undefined, rows: readonly CriterionRow[], now: Date = new Date()): CheckModel {
  const data = readSheets(spreadsheet, language, now);
  const thresholds = currentThresholds(spreadsheet, data);
  const customers = data.accounts.filter((a) => a.customer);
  const { choices, preferred } = outcomeChoices(customers);
  const chosen = resolveOutcome(choices, preferred, outcome ?? suggestOutcome());
  const options = { locale: data.locale, language, timeZone: data.timeZone };
  const current = compileCurrent({ ...data, ...options });
  const model: CheckModel = { tables: [], thresholds, histogram: new Array<number>(101).fill(0) };
  if (current.error) model.error = t(language, 'check.criteriaError', { message: current.error });
  else if (!current.scorer && rows.length === 0) model.error = t(language, 'check.noCriteria');
  if (current.scorer) {
    const scores = scoresOf(current.scorer, data.accounts);
    model.histogram = scoreHistogram(scores);
    model.tables.push(checkTable(language, t(language, 'check.today'), tierCheck(data.accounts, scores, thresholds, data.asOf, chosen), chosen));
  }
  if (rows.length && !current.error) {
    try {
      const scorer = compileCriteria([...(current.scorer ? data.criteria ?? [] : []), ...criteriaAsCells(rows)], data.headers, options);
      const scores = scoresOf(scorer, data.accounts);
      model.tables.push(checkTable(language, t(language, 'check.withChecked'), tierCheck(data.accounts, scores, thresholds, data.asOf, chosen), chosen));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      model.error = t(language, 'check.criteriaError', { message: error.message });
    }
  }
  return model;
}

/** The "Is the ICP working?" menu action: Accounts (values and row-1 formulas), Criteria, and row 2 of the tier column unless its formula is in the header; no write. */
export function showIcpCheck(spreadsheet: Spreadsheet, language: Language, now: Date = new Date()): void {
  const check = checkModel(spreadsheet, language, undefined, [], now);
  openDialog({ language, mode: 'check', title: t(language, 'check.heading'), check, text: dialogTexts(language) });
}

/**
 * Merges the accepted rows into Criteria. Each row must still make a valid criterion against the Accounts
 * headers (the sheets may have changed since the dialog opened) and no value may start like a formula.
 */
export function acceptSuggestions(spreadsheet: Spreadsheet, language: Language, rows: readonly CriterionRow[]): { ok: boolean; message: string } {
  const headers = scoringHeaders(readAccountsBlock(spreadsheet, language).headers);
  const cells = criteriaAsCells(rows);
  const options = { locale: spreadsheet.getSpreadsheetLocale(), language, timeZone: spreadsheet.getSpreadsheetTimeZone() };
  const fail = () => ({ ok: false, message: t(language, 'suggest.failed', { message: t(language, 'suggest.invalid') }) });
  if (rows.length === 0 || rows.some((row) => FORMULA_START.test(row.value) || FORMULA_START.test(row.attribute))) return fail();
  try {
    compileCriteria(cells, headers, options);
  } catch (error) {
    if (error instanceof InputError) return fail();
    throw error;
  }
  const { added, duplicates } = mergeCriteria(spreadsheet, rows, language);
  const sheet = findSheet(spreadsheet, 'criteria');
  return { ok: true, message: t(language, 'suggest.added', { added, duplicates, sheet: sheet?.getName() ?? t(language, 'sheet.criteria') }) };
}

/**
 * Sets the ICP_TIER thresholds in every formula of the Accounts tier column that calls it (the header-row
 * array formula, a spilled row-2 formula, or one per row), keeping everything else in those formulas.
 */
export function applyTierThresholds(spreadsheet: Spreadsheet, language: Language, thresholds: Thresholds): { ok: boolean; message: string } {
  const { headers, sheetName } = readAccountsBlock(spreadsheet, language);
  const place = tierColumn(spreadsheet, headers);
  const none = { ok: false, message: t(language, 'check.noFormula', { sheet: sheetName }) };
  if (!place) return none;
  const rows = Math.max(2, place.sheet.getLastRow());
  const range = place.sheet.getRange(1, place.column, rows, 1);
  const formulas = range.getFormulas();
  const changed = formulas.map(([formula]) => (formula ? withTierThresholds(formula, thresholds) : undefined));
  const first = changed.findIndex((f) => f !== undefined);
  if (first < 0) return none;
  const last = changed.length - 1 - [...changed].reverse().findIndex((f) => f !== undefined);
  const block = formulas.slice(first, last + 1).map(([formula], i) => changed[first + i] ?? formula);
  if (block.every(Boolean)) {
    // Every cell of the block holds a formula: one write; cells between formulas would lose their values otherwise.
    place.sheet.getRange(first + 1, place.column, block.length, 1).setFormulas(block.map((f) => [f]));
  } else {
    changed.forEach((formula, i) => formula && place.sheet.getRange(i + 1, place.column).setFormula(formula));
  }
  return { ok: true, message: t(language, 'check.applied', { sheet: sheetName, a: thresholds.a, b: thresholds.b }) };
}
