// Finding the add-on's sheets by developer metadata, falling back to their names in any language (docs/rules.md, Sheets).
import { t, type Language, type MessageKey } from '../core/i18n';
import { namesOf, normalizeName } from '../core/vocabulary';

export const ROLE_KEY = 'icp-toolkit.role';
export const SHEET_ROLES = ['worksheet', 'criteria', 'accounts', 'summary', 'history', 'tiers', 'versions'] as const;
export type SheetRole = (typeof SHEET_ROLES)[number];

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const nameKey = (role: SheetRole) => `sheet.${role}` as MessageKey;

/** The sheet playing `role`: tagged by metadata first (so renamed tabs still work), else by name. */
export function findSheet(spreadsheet: Spreadsheet, role: SheetRole): Sheet | null {
  const tagged = spreadsheet.createDeveloperMetadataFinder().withKey(ROLE_KEY).withValue(role).find();
  for (const metadata of tagged) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) return sheet;
  }
  const names = new Set(namesOf(nameKey(role)).map(normalizeName));
  return spreadsheet.getSheets().find((sheet) => names.has(normalizeName(sheet.getName()))) ?? null;
}

/** Tags a sheet with its role unless it already carries the tag. */
export function tagSheet(sheet: Sheet, role: SheetRole): void {
  const tagged = sheet.getDeveloperMetadata().some((m) => m.getKey() === ROLE_KEY && m.getValue() === role);
  if (!tagged) sheet.addDeveloperMetadata(ROLE_KEY, role);
}

/** The sheet for `role`, created (named in `language`) and tagged when missing. */
export function ensureSheet(spreadsheet: Spreadsheet, role: SheetRole, language: Language): { sheet: Sheet; created: boolean } {
  const existing = findSheet(spreadsheet, role);
  if (existing) {
    tagSheet(existing, role);
    return { sheet: existing, created: false };
  }
  const sheet = spreadsheet.insertSheet(uniqueName(spreadsheet, t(language, nameKey(role))));
  tagSheet(sheet, role);
  return { sheet, created: true };
}

function uniqueName(spreadsheet: Spreadsheet, base: string): string {
  let name = base;
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `${base} (${n})`;
  return name;
}
