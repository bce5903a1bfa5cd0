// Finding the add-on's sheets by developer metadata, falling back to their names in any language
// (docs/rules.md, Sheets). A sheet the add-on rewrites whole (the summary) is only ever one it tagged.
import { t, type Language, type MessageKey } from '../core/i18n';
import { namesOf, normalizeName } from '../core/vocabulary';

export const ROLE_KEY = 'icp-toolkit.role';
export const SHEET_ROLES = ['worksheet', 'criteria', 'accounts', 'summary', 'history', 'tiers', 'versions'] as const;
export type SheetRole = (typeof SHEET_ROLES)[number];

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Roles whose sheet the add-on clears and rewrites: a sheet merely named like it is the user's, never ours. */
const OWNED_ROLES: ReadonlySet<string> = new Set<SheetRole>(['summary', 'history', 'tiers', 'versions']);

const nameKey = (role: SheetRole) => `sheet.${role}` as MessageKey;
const roleNames = (role: SheetRole) => new Set(namesOf(nameKey(role)).map(normalizeName));

/** Roles already announced as having copies in this run, so one action says it once. */
const announced = new Set<string>();

/**
 * The sheet playing `role`: a tagged one first (so renamed tabs still work), else one named for the role
 * (not for roles the add-on rewrites whole). When several qualify (a duplicated tab carries its tag
 * along), the one whose name is the role's wins, then the leftmost; a toast says which is used.
 */
export function findSheet(spreadsheet: Spreadsheet, role: SheetRole, language: Language = 'en'): Sheet | null {
  const names = roleNames(role);
  const tagged = unique(spreadsheet.createDeveloperMetadataFinder().withKey(ROLE_KEY).withValue(role).find().map((m) => m.getLocation().getSheet()));
  const candidates = tagged.length || OWNED_ROLES.has(role) ? tagged : spreadsheet.getSheets().filter((sheet) => names.has(normalizeName(sheet.getName())));
  if (candidates.length <= 1) return candidates[0] ?? null;
  const byName = candidates.filter((sheet) => names.has(normalizeName(sheet.getName())));
  const chosen = [...(byName.length ? byName : candidates)].sort((a, b) => a.getIndex() - b.getIndex())[0];
  if (!announced.has(role)) {
    announced.add(role);
    try {
      spreadsheet.toast(t(language, 'message.copies', { role: t(language, nameKey(role)), sheet: chosen.getName() }), t(language, 'app.name'));
    } catch {
      // A read-only context cannot show a toast; the choice stands.
    }
  }
  return chosen;
}

function unique(sheets: Array<Sheet | null>): Sheet[] {
  const seen = new Set<number>();
  return sheets.filter((sheet): sheet is Sheet => !!sheet && !seen.has(sheet.getSheetId()) && !!seen.add(sheet.getSheetId()));
}

/** Tags a sheet with its role unless it already carries the tag. */
export function tagSheet(sheet: Sheet, role: SheetRole): void {
  const tagged = sheet.getDeveloperMetadata().some((m) => m.getKey() === ROLE_KEY && m.getValue() === role);
  if (!tagged) sheet.addDeveloperMetadata(ROLE_KEY, role);
}

/**
 * The sheet for `role`, created (named in `language`, or a free variant such as `Segment Summary (2)` when a
 * sheet of the user's has the name) and tagged when missing.
 */
export function ensureSheet(spreadsheet: Spreadsheet, role: SheetRole, language: Language): { sheet: Sheet; created: boolean } {
  const existing = findSheet(spreadsheet, role, language);
  if (existing) {
    tagSheet(existing, role);
    return { sheet: existing, created: false };
  }
  const sheet = spreadsheet.insertSheet(uniqueName(spreadsheet, t(language, nameKey(role))));
  tagSheet(sheet, role);
  return { sheet, created: true };
}

/** `base`, or `base (2)`, `base (3)`…: a name no sheet has (sheet names are unique ignoring case). */
export function uniqueName(spreadsheet: Spreadsheet, base: string): string {
  const taken = new Set(spreadsheet.getSheets().map((sheet) => sheet.getName().toLowerCase()));
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
  return name;
}
