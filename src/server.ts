// The API the client pages (sidebar and dialogs) call through google.script.run: every export here is a
// top-level Apps Script function. Each first asks for every scope (granular consent); inputs are checked
// with the same zod/mini schemas the pages use; writes hold the document lock.
import { DEFAULT_DIMENSIONS, RULES, columnKeyOf, nameIdentity, ruleName } from './core/vocabulary';
import { validateAnswers } from './core/answers';
import { guideSteps, proposeCriteria } from './core/guide';
import { type Language, t } from './core/i18n';
import {
  AcceptInput, CheckInput, type CriterionRow, type FieldError, type Result, SaveStepInput, SettingsInput, SuggestLoadInput, ThresholdsInput, criteriaErrors,
} from './core/schemas';
import { columnHeader } from './core/template';
import { cellText } from './core/values';
import { mergeCriteria } from './sheets/criteria';
import { readAnswers, writeAnswers } from './sheets/guide';
import { headerNames } from './sheets/accounts';
import { requireAuthorization } from './sheets/authorization';
import { withDocumentLock } from './sheets/lock';
import { findSheet } from './sheets/roles';
import { documentLanguage, segmentDimensions, setDocumentLanguage, setSegmentDimensions } from './sheets/settings';
import { acceptSuggestions, applyTierThresholds, checkModel, loadSuggestions } from './sheets/suggest';
import { createWorksheet } from './sheets/template';

const active = () => SpreadsheetApp.getActiveSpreadsheet();
const locked = <T>(action: () => T): T => withDocumentLock(action, t(documentLanguage(active()), 'message.lockBusy'));
const invalid = (id: string, field: string, code: FieldError['code'] = 'invalid'): { ok: false; errors: FieldError[] } => ({ ok: false, errors: [{ id, field, code }] });


/** Everything the guide shows: steps with saved answers, rule words, and the settings. */
export function guideLoad() {
  requireAuthorization();
  const spreadsheet = active();
  const language = documentLanguage(spreadsheet);
  if (!findSheet(spreadsheet, 'worksheet')) locked(() => createWorksheet(spreadsheet, language));
  const answers = readAnswers(spreadsheet);
  const available = dimensionChoices(spreadsheet, language);
  return {
    language,
    locale: spreadsheet.getSpreadsheetLocale(),
    steps: guideSteps(language, answers, spreadsheet.getSpreadsheetLocale()),
    rules: RULES.map((rule) => ({ value: rule, label: ruleName(rule, language) })),
    exclude: t(language, 'criteria.exclude'),
    dimensions: { available, chosen: segmentDimensions() ?? DEFAULT_DIMENSIONS.map((key) => columnHeader(language, key)) },
  };
}
export type GuideData = ReturnType<typeof guideLoad>;

/** The Accounts headers a segment can be grouped by (not the account name or the score columns), plus Company size. */
function dimensionChoices(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, language: Language): string[] {
  const accounts = findSheet(spreadsheet, 'accounts');
  const headers = accounts ? headerNames(accounts, accounts.getRange(1, 1, 1, accounts.getMaxColumns()).getValues()[0]).map((h) => cellText(h)).filter(Boolean) : [];
  const available = headers.filter((h) => !['icpScore', 'icpTier', 'account'].includes(columnKeyOf(h) ?? ''));
  if (!available.some((h) => columnKeyOf(h) === 'companySize')) available.push(columnHeader(language, 'companySize'));
  return available;
}

export function guideSaveStep(input: unknown): Result<{ saved: number }> {
  requireAuthorization();
  // Field errors first (the same check the page ran), then the request's shape.
  const raw = (input as { answers?: unknown } | null)?.answers;
  const errors = Array.isArray(raw) ? validateAnswers(raw, active().getSpreadsheetLocale()) : [];
  if (errors.length) return { ok: false, errors };
  const parsed = SaveStepInput.safeParse(input);
  if (!parsed.success) return invalid('step', 'answers');
  const spreadsheet = active();
  const saved = locked(() => {
    // The worksheet was deleted while the sidebar was open: recreate it rather than lose the answers.
    if (!findSheet(spreadsheet, 'worksheet')) createWorksheet(spreadsheet, documentLanguage(spreadsheet));
    return writeAnswers(spreadsheet, parsed.data.answers, documentLanguage(spreadsheet));
  });
  return { ok: true, value: { saved } };
}

export function guideProposeCriteria(): CriterionRow[] {
  requireAuthorization();
  const spreadsheet = active();
  return proposeCriteria(documentLanguage(spreadsheet), readAnswers(spreadsheet), spreadsheet.getSpreadsheetLocale());
}

export function guideAcceptCriteria(input: unknown): Result<{ added: number; duplicates: number }> {
  requireAuthorization();
  const parsed = AcceptInput.safeParse(input);
  if (!parsed.success) return { ok: false, errors: criteriaErrors(input) };
  const spreadsheet = active();
  const language = documentLanguage(spreadsheet);
  return { ok: true, value: locked(() => mergeCriteria(spreadsheet, parsed.data.rows, language)) };
}

export function settingsSave(input: unknown): Result<{ language: string }> {
  requireAuthorization();
  const parsed = SettingsInput.safeParse(input);
  if (!parsed.success) return invalid('settings', String(parsed.error.issues[0].path[0] ?? 'settings'));
  const spreadsheet = active();
  const known = new Set(dimensionChoices(spreadsheet, documentLanguage(spreadsheet)).map(nameIdentity));
  const seen = new Set<string>();
  for (const [index, dimension] of parsed.data.dimensions.entries()) {
    const identity = nameIdentity(dimension);
    if (!known.has(identity)) return invalid(String(index), 'dimension', 'unknownColumn');
    if (seen.has(identity)) return invalid(String(index), 'dimension', 'duplicate');
    seen.add(identity);
  }
  locked(() => {
    setDocumentLanguage(parsed.data.language);
    setSegmentDimensions(parsed.data.dimensions);
  });
  return { ok: true, value: { language: parsed.data.language } };
}

/** The Suggest dialog's suggestions for an outcome (remembered for the document); reads only. */
export function suggestLoad(input: SuggestLoadInput) {
  requireAuthorization();
  const spreadsheet = active();
  const parsed = SuggestLoadInput.safeParse(input);
  return loadSuggestions(spreadsheet, documentLanguage(spreadsheet), parsed.success ? parsed.data.outcome : undefined);
}

/** Adds the suggestions the user checked in the Suggest dialog to Criteria; returns the message to show. */
export function suggestAcceptCriteria(input: AcceptInput): { ok: boolean; message: string } {
  requireAuthorization();
  const spreadsheet = active();
  const language = documentLanguage(spreadsheet);
  const parsed = AcceptInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: t(language, 'suggest.failed', { message: t(language, 'suggest.invalid') }) };
  return locked(() => acceptSuggestions(spreadsheet, language, parsed.data.rows));
}

/** "Is the ICP working?": tiers today and with the given rows added; reads only. */
export function icpCheckLoad(input: CheckInput) {
  requireAuthorization();
  const spreadsheet = active();
  const parsed = CheckInput.safeParse(input);
  const data = parsed.success ? parsed.data : { outcome: undefined, rows: [] };
  return checkModel(spreadsheet, documentLanguage(spreadsheet), data.outcome, data.rows);
}

/** Writes new tier thresholds into the Accounts ICP_TIER formula, under the document lock. */
export function tierThresholdsApply(input: ThresholdsInput): { ok: boolean; message: string } {
  requireAuthorization();
  const spreadsheet = active();
  const language = documentLanguage(spreadsheet);
  const parsed = ThresholdsInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: t(language, 'check.sharesInvalid') };
  return locked(() => applyTierThresholds(spreadsheet, language, parsed.data));
}

export * from './reviewApi';
