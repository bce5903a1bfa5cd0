// The layout of the add-on's sheets (docs/rules.md, Sheets and Accounts), as data: headers, formats, widths, formulas, examples.
import { type Language, t } from './i18n';
import { ACCOUNT_COLUMNS, type ColumnKey, FORMULA_COLUMNS, type RuleKind, columnHeader, namesOf, normalizeName, ruleName, ruleNames } from './vocabulary';
import { QUESTIONS, questionKey, sectionKey } from './worksheet';
import { DEFAULT_PERIOD, REVIEW_FIELDS, periodText } from './review';

export const WORKSHEET_COLUMNS = ['ws.section', 'ws.question', 'ws.answer', 'ws.importance', 'ws.notes', 'ws.id'] as const;
export const WORKSHEET_WIDTHS = [150, 300, 320, 95, 240, 40];
/** Column of each worksheet field in the template, 1-based (a user may move them: see worksheetColumns). */
export const WS = { section: 1, question: 2, answer: 3, importance: 4, notes: 5, id: 6 } as const;
export type WorksheetField = keyof typeof WS;
export const WORKSHEET_FIELDS = Object.keys(WS) as WorksheetField[];

/** Column (1-based) of each worksheet field, found by its header in any language; missing fields are absent. */
export function worksheetColumns(header: readonly unknown[]): Partial<Record<WorksheetField, number>> {
  const columns: Partial<Record<WorksheetField, number>> = {};
  WORKSHEET_FIELDS.forEach((field, i) => {
    const names = new Set(namesOf(WORKSHEET_COLUMNS[i]).map(normalizeName));
    const index = header.findIndex((cell) => typeof cell === 'string' && names.has(normalizeName(cell)));
    if (index >= 0) columns[field] = index + 1;
  });
  return columns;
}

export const CRITERIA_COLUMNS = ['criteria.attribute', 'criteria.rule', 'criteria.value', 'criteria.weight', 'ws.notes'] as const;
export const CRITERIA_WIDTHS = [160, 130, 220, 80, 260];

export { FORMULA_COLUMNS, columnHeader };

const TEXT = '@';
const INTEGER = '#,##0';
const MONEY = '#,##0.00';
const PERCENT = '0.0%';
const DATE = 'yyyy-mm-dd';

/** Number format of each Accounts column: text columns are plain text so typed values stay as typed. */
export const ACCOUNT_FORMATS: Record<ColumnKey, string> = {
  account: TEXT, industry: TEXT, employees: INTEGER, annualRevenue: INTEGER, country: TEXT, growthStage: TEXT,
  businessType: TEXT, techStack: TEXT, buyerRole: TEXT, painPoint: TEXT, triggerEvent: TEXT, acquisitionChannel: TEXT,
  mrr: MONEY, grossMargin: PERCENT, cac: MONEY, startDate: DATE, churnDate: DATE, companySize: 'General', icpScore: '0', icpTier: 'General',
};

/** Columns of money amounts: formatted in the spreadsheet locale's currency. */
export const MONEY_COLUMNS: readonly ColumnKey[] = ['annualRevenue', 'mrr', 'cac'];

export const ACCOUNT_WIDTHS: Partial<Record<ColumnKey, number>> = {
  account: 180, industry: 130, techStack: 200, buyerRole: 140, painPoint: 180, triggerEvent: 160, acquisitionChannel: 140,
};

export function accountHeaders(language: Language): string[] {
  return ACCOUNT_COLUMNS.map((key) => columnHeader(language, key));
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** `'Tiêu chí'!A2:D` — a sheet reference that survives spaces, accents and quotes in the name. */
export function sheetReference(sheetName: string, a1: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheetName) ? `${sheetName}!${a1}` : `'${sheetName.replace(/'/g, "''")}'!${a1}`;
}

/** The worksheet's rows, fields in template order: the questions, then the ICP review rows. */
export function worksheetRows(language: Language): string[][] {
  return [
    ...QUESTIONS.map((question) => [t(language, sectionKey(question.section)), t(language, questionKey(question)), '', '', '', question.id]),
    ...reviewRows(language),
  ];
}

/** The ICP review rows (Last reviewed, Review every, Owner, Criteria version reviewed); Review every shows the default period. */
export function reviewRows(language: Language): string[][] {
  return REVIEW_FIELDS.map((field) => [
    t(language, 'review.section'), t(language, field.key), field.id === 'reviewEvery' ? periodText(DEFAULT_PERIOD, language) : '', '', '', field.id,
  ]);
}

/** The Rule dropdown's words in a language. */
export const ruleWords = ruleNames;

/** Example criteria for a new Criteria sheet, in the sheet's language. */
export function exampleCriteria(language: Language): (string | number)[][] {
  const col = (key: ColumnKey) => columnHeader(language, key);
  const rule = (kind: RuleKind) => ruleName(kind, language);
  return [
    [col('industry'), rule('is'), 'SaaS; Fintech', 3, ''],
    [col('employees'), rule('between'), '50..500', 2, ''],
    [col('techStack'), rule('contains'), 'HubSpot', 1, ''],
    [col('country'), rule('is'), 'Russia', t(language, 'criteria.exclude'), ''],
  ];
}
