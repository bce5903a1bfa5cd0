// The ICP review the guide walks through: what changed since the last review, the answers that may need
// updating, the criteria versions (compare, restore) and Mark as reviewed. Every export is a top-level
// Apps Script function (src/server.ts re-exports this module); writes hold the document lock.
import { criterionKey } from './core/criteria';
import { type AnswerState, proposeCriteria } from './core/guide';
import { type Snapshot, readSnapshots } from './core/history';
import { versionDiff } from './core/historyVersions';
import { type Language, type MessageKey, t } from './core/i18n';
import { PERIODS, formatDay, localDay, reviewStatus } from './core/review';
import { ReviewSettingsInput, VersionInput } from './core/schemas';
import { QUESTIONS, questionKey } from './core/worksheet';
import { type CellValue } from './core/values';
import { readAnswers } from './sheets/guide';
import { lastMovers } from './sheets/history';
import { requireAuthorization } from './sheets/authorization';
import { withDocumentLock } from './sheets/lock';
import { reviewSettings, writeReview } from './sheets/review';
import { findSheet } from './sheets/roles';
import { documentLanguage } from './sheets/settings';
import { loadSuggestions } from './sheets/suggest';
import { markReviewed, readVersionsState, restoreVersion } from './sheets/versions';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const active = () => SpreadsheetApp.getActiveSpreadsheet();
const locked = <T>(language: Language, action: () => T): T => withDocumentLock(action, t(language, 'message.lockBusy'));

/**
 * Everything the review screen shows, in the document language. `{ brief: true }` (the guide's first
 * screen, which only needs to know whether a review is due) skips the suggestions, which read Accounts.
 */
export function reviewLoad(input?: unknown) {
  const brief = (input as { brief?: unknown } | undefined)?.brief === true;
  requireAuthorization();
  const spreadsheet = active();
  const language = documentLanguage(spreadsheet);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const now = Date.now();
  const answers = readAnswers(spreadsheet);
  const settings = reviewSettings(answers);
  const historySheet = findSheet(spreadsheet, 'history');
  const snapshots = readSnapshots(historySheet ? (historySheet.getDataRange().getValues() as CellValue[][]).slice(1) : []);
  const status = reviewStatus(settings, snapshots[0]?.asOf, now, timeZone, language);
  const versions = readVersionsState(spreadsheet);
  const reviewed = versions.records.find((r) => r.version === settings.version);
  return {
    language,
    due: status.due,
    status: status.text,
    months: settings.months,
    owner: settings.owner,
    lastReviewed: settings.lastReviewed ? formatDay(settings.lastReviewed, language) : '',
    reviewedVersion: settings.version,
    currentVersion: versions.current,
    periods: PERIODS.map((p) => ({ months: p.months, label: t(language, p.key) })),
    healthChanges: healthChanges(snapshots, settings.lastReviewed, timeZone, language),
    movers: lastMovers(),
    criteriaChanges: reviewed?.rows && settings.version !== versions.current ? versionDiff(reviewed.rows, versions.criteria, language) : [],
    suggestions: brief ? [] : newSuggestions(spreadsheet, language),
    answers: answersToCheck(answers, versions.criteria, language),
    versions: versions.records.map((r) => ({
      version: r.version, firstSeen: Number.isFinite(r.firstSeen) ? formatDay(localDay(r.firstSeen, timeZone), language) : '',
      reviewed: r.reviewed.map((day) => formatDay(day, language)), text: r.text, restorable: r.rows !== undefined && r.version !== versions.current,
    })),
  };
}
export type ReviewData = ReturnType<typeof reviewLoad>;

/** Segments whose health differs between the snapshot the last review saw (else the first) and the latest one. */
function healthChanges(snapshots: readonly Snapshot[], lastReviewed: string | undefined, timeZone: string, language: Language): string[] {
  const latest = snapshots[snapshots.length - 1];
  const seen = lastReviewed ? snapshots.filter((s) => localDay(s.asOf, timeZone) <= lastReviewed).pop() : snapshots[0];
  if (!latest || !seen || seen === latest) return [];
  const before = new Map(seen.segments.map((p) => [p.name.toLowerCase(), p.health]));
  const health = (h: string) => t(language, `health.${h}` as MessageKey);
  return latest.segments.filter((p) => before.has(p.name.toLowerCase()) && before.get(p.name.toLowerCase()) !== p.health)
    .map((p) => `${p.name}: ${health(before.get(p.name.toLowerCase())!)} → ${health(p.health)}`);
}

/** The criteria Suggest criteria would propose now, for the outcome last chosen (none when there is not enough data). */
function newSuggestions(spreadsheet: Spreadsheet, language: Language): string[] {
  try {
    return loadSuggestions(spreadsheet, language).items.map((item) => `${item.label} (${item.weight})`);
  } catch {
    return [];
  }
}

/** Answered questions whose proposed criterion is no longer in Criteria: the worksheet and the scoring disagree. */
function answersToCheck(answers: ReadonlyMap<string, AnswerState>, criteria: readonly (readonly CellValue[])[], language: Language) {
  const keys = new Set(criteria.map((row) => criterionKey(row[0], row[1], row[2])));
  const out: { question: string; answer: string }[] = [];
  for (const question of QUESTIONS) {
    const state = answers.get(question.id);
    if (!state?.answer.trim()) continue;
    const proposed = proposeCriteria(language, new Map([[question.id, state]]));
    if (proposed.some((row) => !keys.has(criterionKey(row.attribute, row.rule, row.value)))) {
      out.push({ question: t(language, questionKey(question)), answer: state.answer });
    }
  }
  return out;
}

export function reviewSave(input: unknown): { ok: boolean; message: string } {
  requireAuthorization();
  const spreadsheet = active();
  const language = documentLanguage(spreadsheet);
  const parsed = ReviewSettingsInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: t(language, 'review.invalid') };
  const period = PERIODS.find((p) => p.months === parsed.data.months)!;
  locked(language, () => writeReview(spreadsheet, language, { reviewEvery: t(language, period.key), reviewOwner: parsed.data.owner.trim() }));
  return { ok: true, message: t(language, 'review.saved') };
}

export function reviewMark(): { ok: boolean; message: string } {
  requireAuthorization();
  const spreadsheet = active();
  const language = documentLanguage(spreadsheet);
  return { ok: true, message: locked(language, () => markReviewed(spreadsheet, language)) };
}

/** What changed from a recorded version to another one (two reviews' versions), or to the current criteria. */
export function versionsCompare(input: unknown): string[] {
  requireAuthorization();
  const spreadsheet = active();
  const language = documentLanguage(spreadsheet);
  const parsed = VersionInput.safeParse(input);
  if (!parsed.success) return [];
  const state = readVersionsState(spreadsheet);
  const rowsOf = (version: string) => state.records.find((r) => r.version === version)?.rows;
  const from = rowsOf(parsed.data.version);
  const to = parsed.data.to ? rowsOf(parsed.data.to) : state.criteria;
  return from && to ? versionDiff(from, to, language) : [];
}

/** Restores a recorded version (the page asks for confirmation first); the current rows are kept as a version. */
export function versionsRestore(input: unknown): { ok: boolean; message: string } {
  requireAuthorization();
  const spreadsheet = active();
  const language = documentLanguage(spreadsheet);
  const parsed = VersionInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: t(language, 'versions.unknown', { version: String((input as { version?: unknown })?.version ?? ''), sheet: t(language, 'sheet.versions') }) };
  try {
    return { ok: true, message: locked(language, () => restoreVersion(spreadsheet, language, parsed.data.version)) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}
