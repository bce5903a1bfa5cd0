// The custom functions (docs/rules.md, Custom functions). Thin on purpose: each one hands its raw arguments to src/core.
// scripts/build.mjs copies every JSDoc block here onto the top-level stub Sheets reads for autocomplete.
import * as formulas from './core/formulas';
import { scoreAccounts } from './core/scoreFormulas';
import { type ArgValue, type Output, inLanguage } from './core/args';
import { InputError } from './core/values';
import { currencyArgument, localeArgument } from './core/scoreFormulas';
import { explainLanguage, spreadsheetLanguage, spreadsheetTimeZone } from './sheets/settings';

type Result = Output | Output[][];

/**
 * Runs a function; when it stops with a message for the user, runs it again with the message in the
 * spreadsheet's language (read only then: a working sheet never pays for it).
 */
function localized(run: () => Result): Result {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const language = spreadsheetLanguage();
    if (language === 'en') throw error;
    return inLanguage(language, run);
  }
}

/**
 * Scores accounts 0–100 against the criteria table (Attribute | Rule | Value | Weight).
 * Example: =ICP_SCORE(A2:Q, A1:Q1, Criteria!A2:D, "ro_RO", "RON")
 *
 * @param {Array<Array<string|number>>} accounts The account rows (one or more rows); a first row equal to headers is the header row and gets no result.
 * @param {Array<Array<string>>} headers The header row of those columns.
 * @param {Array<Array<string|number>>} criteria The criteria rows: Attribute, Rule, Value, Weight.
 * @param {string} locale Optional. How numbers typed as text are written, e.g. "ro_RO" or "vi_VN" (1.000 = one thousand, 0,5 = one half); without it only unambiguous numbers are read.
 * @param {string} currency Optional. The currency of Annual revenue, for the Company size bands derived from it, as in COMPANY_SIZE: USD (default), EUR, GBP, RON, VND, INR, JPY or BRL.
 * @return An integer 0–100 per account row; blank for a blank row.
 * @customfunction
 */
export function ICP_SCORE(accounts: ArgValue, headers: ArgValue, criteria: ArgValue, locale?: ArgValue, currency?: ArgValue): Result {
  return localized(() => scoreAccounts('ICP_SCORE', accounts, headers, criteria, 'en', { locale: localeArgument(locale), timeZone: spreadsheetTimeZone(), currency: currencyArgument('ICP_SCORE', currency) }));
}

/**
 * Explains an account's ICP score: which criteria gave points and which did not.
 * Example: =ICP_EXPLAIN(A2:Q, A1:Q1, Criteria!A2:D, "vi")
 *
 * @param {Array<Array<string|number>>} accounts The account rows (one or more rows); a first row equal to headers is the header row and gets no result.
 * @param {Array<Array<string>>} headers The header row of those columns.
 * @param {Array<Array<string|number>>} criteria The criteria rows: Attribute, Rule, Value, Weight.
 * @param {string} language Optional. Language of the explanation: "en" (default), "vi" or "ro", or a locale such as "ro_RO", which also says how numbers typed as text are written (1.000 = one thousand).
 * @param {string} currency Optional. The currency of Annual revenue, as in ICP_SCORE (USD by default).
 * @return One line of text per account row.
 * @customfunction
 */
export function ICP_EXPLAIN(accounts: ArgValue, headers: ArgValue, criteria: ArgValue, language?: ArgValue, currency?: ArgValue): Result {
  // "ro_RO" gives Romanian text and Romanian number reading; "ro" the same.
  return localized(() => scoreAccounts('ICP_EXPLAIN', accounts, headers, criteria, explainLanguage(language), { locale: localeArgument(language), timeZone: spreadsheetTimeZone(), currency: currencyArgument('ICP_EXPLAIN', currency) }));
}

/**
 * Turns an ICP score into a tier: A (≥ a_min), B (≥ b_min) or C.
 * Example: =ICP_TIER(S2:S) or =ICP_TIER(S2, 85, 60)
 *
 * @param {number|Array<Array<number>>} score The ICP score(s), 0–100; a first cell holding a column name (ICP score) is a header and gets no result.
 * @param {number} a_min Optional. Lowest score of tier A (default 80).
 * @param {number} b_min Optional. Lowest score of tier B (default 50).
 * @return A, B or C; blank for a blank score.
 * @customfunction
 */
export function ICP_TIER(score: ArgValue, a_min?: ArgValue, b_min?: ArgValue): Result {
  return localized(() => formulas.ICP_TIER(score, a_min, b_min));
}

/**
 * Size band of a company: SMB (< 500 employees or < 50M USD revenue), Mid-market (500–2,000 or 50M–1B USD),
 * Enterprise (above); with both given, the larger band wins. Revenue bands in other currencies use the
 * documented rates (e.g. VND: 1,250 billion and 25,000 billion; RON: 230 million and 4.6 billion).
 * Example: =COMPANY_SIZE(C2:C, D2:D, "VND")
 *
 * @param {number|Array<Array<number>>} employees Number of employees; a first row holding column names (Employees, Annual revenue) is a header and gets no result.
 * @param {number|Array<Array<number>>} annual_revenue Optional. Annual revenue.
 * @param {string} currency Optional. The revenue's currency: USD (default), EUR, GBP, RON, VND, INR, JPY or BRL.
 * @return SMB, Mid-market or Enterprise; blank when both are blank.
 * @customfunction
 */
export function COMPANY_SIZE(employees: ArgValue, annual_revenue?: ArgValue, currency?: ArgValue): Result {
  return localized(() => formulas.COMPANY_SIZE(employees, annual_revenue, currency));
}

/**
 * Customer lifetime value of a segment: arpa × gross_margin × (1 + d) / (d + monthly_churn),
 * with d the monthly discount rate.
 * Example: =SEGMENT_CLV(100, 80%, 2%) gives 4000
 *
 * @param {number|Array<Array<number>>} arpa Average monthly revenue per account.
 * @param {number|Array<Array<number>>} gross_margin Gross margin, 0–1 (80% or 0.8).
 * @param {number|Array<Array<number>>} monthly_churn Monthly churn rate, above 0 and at most 1.
 * @param {number|Array<Array<number>>} annual_discount_rate Optional. Annual discount rate (default 0).
 * @return The lifetime value in the sheet's currency.
 * @customfunction
 */
export function SEGMENT_CLV(arpa: ArgValue, gross_margin: ArgValue, monthly_churn: ArgValue, annual_discount_rate?: ArgValue): Result {
  return localized(() => formulas.SEGMENT_CLV(arpa, gross_margin, monthly_churn, annual_discount_rate));
}

/**
 * Months to earn back the cost of acquiring a customer: cac / (arpa × gross_margin).
 * Example: =CAC_PAYBACK(6000, 500, 80%) gives 15
 *
 * @param {number|Array<Array<number>>} cac Customer acquisition cost.
 * @param {number|Array<Array<number>>} arpa Average monthly revenue per account.
 * @param {number|Array<Array<number>>} gross_margin Optional. Gross margin, 0–1 (default 100%).
 * @return The payback period in months.
 * @customfunction
 */
export function CAC_PAYBACK(cac: ArgValue, arpa: ArgValue, gross_margin?: ArgValue): Result {
  return localized(() => formulas.CAC_PAYBACK(cac, arpa, gross_margin));
}

/**
 * Ratio of lifetime value to acquisition cost: clv / cac.
 * Example: =LTV_CAC(800, 200) gives 4
 *
 * @param {number|Array<Array<number>>} clv Customer lifetime value.
 * @param {number|Array<Array<number>>} cac Customer acquisition cost, above 0.
 * @return The LTV:CAC ratio.
 * @customfunction
 */
export function LTV_CAC(clv: ArgValue, cac: ArgValue): Result {
  return localized(() => formulas.LTV_CAC(clv, cac));
}

/**
 * Average monthly churn over a period: 1 − (1 − lost / start)^(1 / months).
 * Example: =MONTHLY_CHURN(100, 24, 12) gives 2.26%
 *
 * @param {number|Array<Array<number>>} customers_at_start Customers at the start of the period.
 * @param {number|Array<Array<number>>} customers_lost Customers lost during the period.
 * @param {number|Array<Array<number>>} months Optional. Length of the period in months (default 1).
 * @return The monthly churn rate (a fraction).
 * @customfunction
 */
export function MONTHLY_CHURN(customers_at_start: ArgValue, customers_lost: ArgValue, months?: ArgValue): Result {
  return localized(() => formulas.MONTHLY_CHURN(customers_at_start, customers_lost, months));
}

/**
 * Annual churn from a monthly rate: 1 − (1 − monthly_churn)^12.
 * Example: =ANNUAL_CHURN(5%) gives 45.96%
 *
 * @param {number|Array<Array<number>>} monthly_churn Monthly churn rate, 0–1.
 * @return The annual churn rate (a fraction).
 * @customfunction
 */
export function ANNUAL_CHURN(monthly_churn: ArgValue): Result {
  return localized(() => formulas.ANNUAL_CHURN(monthly_churn));
}
