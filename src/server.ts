// The API the sidebar calls through google.script.run: every export here is a top-level Apps Script
// function. Inputs are checked with the same zod/mini schemas the page uses; writes hold the document lock.
import { type ColumnKey, RULES, columnKeyOf, nameIdentity } from './core/columns';
import { validateAnswers } from './core/answers';
import { guideSteps, proposeCriteria, ruleText } from './core/guide';
import { t } from './core/i18n';
import { AcceptInput, type CriterionRow, type FieldError, type Result, SaveStepInput, SettingsInput } from './core/schemas';
import { columnHeader } from './core/template';
import { cellText } from './core/values';
import { mergeCriteria } from './sheets/criteria';
import { readAnswers, writeAnswers } from './sheets/guide';
import { withDocumentLock } from './sheets/lock';
import { findSheet } from './sheets/roles';
import { documentLanguage, segmentDimensions, setDocumentLanguage, setSegmentDimensions } from './sheets/settings';
import { createWorksheet } from './sheets/template';

const active = () => SpreadsheetApp.getActiveSpreadsheet();
const locked = <T>(action: () => T): T => withDocumentLock(action, t(documentLanguage(active()), 'message.lockBusy'));
const invalid = (id: string, field: string): { ok: false; errors: FieldError[] } => ({ ok: false, errors: [{ id, field, code: 'invalid' }] });

const DEFAULT_DIMENSIONS: ColumnKey[] = ['industry', 'companySize'];

/** Everything the guide shows: steps with saved answers, rule words, and the settings. */
export function guideLoad() {
  const spreadsheet = active();
  const language = documentLanguage(spreadsheet);
  if (!findSheet(spreadsheet, 'worksheet')) locked(() => createWorksheet(spreadsheet, language));
  const answers = readAnswers(spreadsheet);
  const accounts = findSheet(spreadsheet, 'accounts');
  const headers = accounts ? accounts.getRange(1, 1, 1, accounts.getMaxColumns()).getValues()[0].map((h) => cellText(h)).filter(Boolean) : [];
  const available = headers.filter((h) => !['icpScore', 'icpTier', 'account'].includes(columnKeyOf(h) ?? ''));
  if (!available.some((h) => columnKeyOf(h) === 'companySize')) available.push(columnHeader(language, 'companySize'));
  return {
    language,
    steps: guideSteps(language, answers),
    rules: RULES.map((rule) => ({ value: rule, label: ruleText(language, rule) })),
    exclude: t(language, 'criteria.exclude'),
    dimensions: { available, chosen: segmentDimensions() ?? DEFAULT_DIMENSIONS.map((key) => columnHeader(language, key)) },
  };
}
export type GuideData = ReturnType<typeof guideLoad>;

export function guideSaveStep(input: unknown): Result<{ saved: number }> {
  const parsed = SaveStepInput.safeParse(input);
  if (!parsed.success) return invalid('step', 'answers');
  const errors = validateAnswers(parsed.data.answers);
  if (errors.length) return { ok: false, errors };
  const saved = locked(() => writeAnswers(active(), parsed.data.answers));
  return { ok: true, value: { saved } };
}

export function guideProposeCriteria(): CriterionRow[] {
  const spreadsheet = active();
  return proposeCriteria(documentLanguage(spreadsheet), readAnswers(spreadsheet));
}

export function guideAcceptCriteria(input: unknown): Result<{ added: number; duplicates: number }> {
  const parsed = AcceptInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, errors: [{ id: String(issue.path[1] ?? 'rows'), field: String(issue.path[2] ?? 'rows'), code: issue.path[2] === 'weight' ? 'weight' : 'invalid' }] };
  }
  const spreadsheet = active();
  const language = documentLanguage(spreadsheet);
  return { ok: true, value: locked(() => mergeCriteria(spreadsheet, parsed.data.rows, language)) };
}

export function settingsSave(input: unknown): Result<{ language: string }> {
  const parsed = SettingsInput.safeParse(input);
  if (!parsed.success) return invalid('settings', String(parsed.error.issues[0].path[0] ?? 'settings'));
  const { available } = guideLoad().dimensions;
  const known = new Set(available.map(nameIdentity));
  const unknown = parsed.data.dimensions.findIndex((d) => !known.has(nameIdentity(d)));
  if (unknown >= 0) return invalid(`dimension${unknown}`, 'dimensions');
  locked(() => {
    setDocumentLanguage(parsed.data.language);
    setSegmentDimensions(parsed.data.dimensions);
  });
  return { ok: true, value: { language: parsed.data.language } };
}
