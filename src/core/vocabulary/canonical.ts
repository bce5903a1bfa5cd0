// The canonical values and constants of the add-on; their names in each language are in ./terms.
// Nothing is imported here, so any layer (the sidebar included) can use these cheaply.

export const ACCOUNT_COLUMNS = [
  'account', 'industry', 'employees', 'annualRevenue', 'country', 'growthStage', 'businessType',
  'techStack', 'buyerRole', 'painPoint', 'triggerEvent', 'acquisitionChannel', 'mrr', 'grossMargin',
  'cac', 'startDate', 'churnDate', 'companySize', 'icpScore', 'icpTier',
] as const;
export type ColumnKey = (typeof ACCOUNT_COLUMNS)[number];

/** Columns the add-on fills with a spilling formula. */
export const FORMULA_COLUMNS: readonly ColumnKey[] = ['companySize', 'icpScore', 'icpTier'];

/** Segment dimensions of the summary when none are chosen: Industry × Company size. */
export const DEFAULT_DIMENSIONS: readonly ColumnKey[] = ['industry', 'companySize'];

/** Lowest scores of tiers A and B when ICP_TIER is given none; the summary's A-tier share uses the first. */
export const A_TIER_MIN = 80;
export const B_TIER_MIN = 50;

/** Text starting with one of these becomes a formula when typed into a cell that is not plain text. */
export const FORMULA_START = /^[=+\-@]/;

/** The rule kinds of the Criteria language. */
export const RULES = ['is', 'isNot', 'contains', 'doesNotContain', 'between', 'atLeast', 'atMost'] as const;
export type RuleKind = (typeof RULES)[number];
