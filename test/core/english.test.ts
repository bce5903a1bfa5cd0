// No English inside a Vietnamese or Romanian message: every catalog text with its parameters filled,
// and the errors the code builds (criteria, scoring, custom functions), scanned for English words.
import { catalogs, t, type MessageKey } from '../../src/core/i18n';
import { parseCriteria } from '../../src/core/criteria';
import { compileCriteria } from '../../src/core/scoring';
import { inLanguage } from '../../src/core/args';
import * as formulas from '../../src/core/formulas';
import { scoreAccounts } from '../../src/core/scoreFormulas';
import { sidebarCatalog, text } from '../../client/sidebar/i18n';
import type { CellValue } from '../../src/core/values';
import { columnHeader } from '../../src/core/vocabulary';

// Words that are the same in the three languages: names, abbreviations, brand and technical terms the
// vi/ro texts use on purpose (the language review lists them), and argument names of the functions.
const SHARED = new Set([
  'icp', 'toolkit', 'mrr', 'cac', 'arpa', 'clv', 'ltv', 'auc', 'kpi', 'crm', 'id', 'smb', 'b2b', 'b2c', 'b2b2c', 'b2g',
  'startup', 'scale', 'up', 'mid', 'market', 'enterprise', 'level', 'vp', 'director', 'manager', 'champion', 'gatekeeper',
  'technical', 'buyer', 'min', 'max', 'en', 'vi', 'ro', 'readme', 'google', 'workspace', 'marketplace', 'internet',
  'exclude', 'headers', 'accounts', 'language', 'arpa', 'gross', 'margin', 'a_min', 'b_min', 'icp_explain', 'icp_score',
  'icp_tier', 'company_size', 'segment_clv', 'cac_payback', 'ltv_cac', 'monthly_churn', 'annual_churn', 'sheets',
  'total', 'segment', 'persona', 'industrie', 'data', 'are', 'o', 'a', 'de', 'la', 'din', 'sau', 'nu', 'in', 'cu', 'pe',
  'mare', 'or', 'ca', 'ale', 'fi', 'an', 'un', 'no', 'the', 'scor', 'ai', 'dar', 'tip', 'gross_margin',
  // Vietnamese words spelled like English ones ("so sánh" = compare) and loanwords Vietnamese uses.
  'so', 'menu', 'marketing',
  // The query language's name, the same in every language.
  'sql',
  // Romanian words spelled like English ones.
  'ideal', 'date', 'formula', 'separate', 'economic', 'create', 'valid', 'profit', 'plus', 'perfect', 'active',
]);
// Not shared after all: these must never appear (they were the English left inside vi/ro texts).
const FORBIDDEN = ['blank', 'criterion', 'row', 'rows', 'unknown', 'needs', 'weight', 'missing', 'sheet', 'rule', 'rules', 'columns'];

const english = new Set(
  Object.values(catalogs().en).concat(Object.values(sidebarCatalog).map((entry) => entry[0]))
    .flatMap((s) => words(s)).filter((w) => !SHARED.has(w)),
);
for (const word of FORBIDDEN) english.add(word);

function words(s: string): string[] {
  // Placeholders ({name}, {count|a|b}) and quoted values are not words of the message.
  // Words with letters outside a–z (Vietnamese and Romanian diacritics) cannot be English.
  // Quoted text is the user's (an attribute, a value); single letters are abbreviations (B2B, C-level).
  const all = s.replace(/\{[^}]*\}|⟨[^⟩]*⟩|“[^”]*”|„[^”]*”|"[^"]*"/g, ' ').toLowerCase().match(/[\p{L}\p{M}_]+/gu) ?? [];
  return all.filter((w) => /^[a-z_]{2,}$/.test(w));
}

const englishIn = (s: string) => words(s).filter((w) => english.has(w));

/** Every placeholder filled: numbers for counts, a neutral token for names and values from the sheet. */
function params(template: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [, name] of template.matchAll(/\{(\w+)/g)) out[name] = 21;
  for (const name of ['sheet', 'sheets', 'column', 'name', 'value', 'message', 'criterion', 'evidence', 'attribute', 'rule', 'rules', 'columns', 'reason', 'exclude', 'where', 'fn', 'arg', 'first', 'other', 'size', 'employees', 'revenue', 'thousand', 'decimal', 'version', 'before', 'auc', 'lost', 'start', 'arpa', 'margin', 'example', 'weight', 'bestFrom', 'worstBelow']) {
    if (name in out) out[name] = '⟨x⟩';
  }
  return out;
}

describe.each(['vi', 'ro'] as const)('%s', (language) => {
  test('every catalog message, parameters filled, has no English word', () => {
    const found: string[] = [];
    for (const key of Object.keys(catalogs().en) as MessageKey[]) {
      const message = t(language, key, params(catalogs().en[key]));
      if (englishIn(message).length) found.push(`${key}: ${englishIn(message).join(', ')} — ${message}`);
    }
    for (const key of Object.keys(sidebarCatalog) as (keyof typeof sidebarCatalog)[]) {
      const message = text(language, key, params(sidebarCatalog[key][0]));
      if (englishIn(message).length) found.push(`ui.${key}: ${englishIn(message).join(', ')} — ${message}`);
    }
    expect(found).toEqual([]);
  });

  test('criteria, scoring and custom-function errors have no English word', () => {
    const messages: string[] = [];
    const capture = (run: () => unknown) => {
      try {
        run();
        messages.push('(no error)');
      } catch (error) {
        messages.push((error as Error).message);
      }
    };
    const rows: CellValue[][][] = [
      [['', 'is', 'x', 1]], [['Industry', '', 'x', 1]], [['Industry', 'resembles', 'x', 1]], [['Industry', 'is', '', 1]],
      [['Industry', 'is', ';', 1]], [['Employees', 'between', 'lots', 1]], [['Employees', 'at least', 'many', 1]],
      [['Employees', 'at least', '1,000', 1]], [['Industry', 'is', 'x', 'heavy']], [['Industry', 'is', 'x', 1e9]],
    ];
    for (const criteria of rows) capture(() => parseCriteria(criteria, { language, locale: `${language}_XX` }));
    capture(() => compileCriteria([['Industry', 'is', 'x', 0]], ['Industry'], { language }));
    // The columns listed are the sheet's own headers, here in the sheet's language.
    capture(() => compileCriteria([['Industy', 'is', 'x', 1]], [columnHeader(language, 'account'), columnHeader(language, 'industry')], { language }));
    capture(() => compileCriteria([['Company size', 'is', 'SMB', 1]], ['Account'], { language }));
    inLanguage(language, () => {
      capture(() => formulas.MONTHLY_CHURN([[500], [100], [10]], [[50], [24], ['abc']]));
      capture(() => formulas.MONTHLY_CHURN(10, 20));
      capture(() => formulas.MONTHLY_CHURN([[1], [2]], [[1], [2], [3]]));
      capture(() => formulas.MONTHLY_CHURN([[1, 2]], 1));
      capture(() => formulas.SEGMENT_CLV(100, 0.8, 0));
      capture(() => formulas.SEGMENT_CLV(-1, 0.8, 0.1));
      capture(() => formulas.SEGMENT_CLV(100, 2, 0.1));
      capture(() => formulas.CAC_PAYBACK(100, 0));
      capture(() => formulas.LTV_CAC(100, 0));
      capture(() => formulas.ICP_TIER(50, 40, 60));
      capture(() => formulas.ICP_TIER(50, 140));
      capture(() => formulas.MONTHLY_CHURN(0, 0));
      capture(() => scoreAccounts('ICP_SCORE', [['A']], [['Account'], ['Industry']], [['Industry', 'is', 'x', 1]]));
      capture(() => scoreAccounts('ICP_SCORE', [['A', 'B']], [['Account']], [['Industry', 'is', 'x', 1]]));
    });
    expect(messages.filter((m) => m === '(no error)')).toEqual([]);
    expect(messages.map((m) => [m, englishIn(m)]).filter(([, found]) => found.length)).toEqual([]);
  });
});
