// The worksheet guide's logic (docs/rules.md, Worksheet and guide): which answers are valid, what the steps show, and which
// scoring criteria the answers propose.
import { type Language, t } from './i18n';
import type { CriterionRow } from './schemas';
import { type ColumnKey, type RuleKind, columnHeader } from './vocabulary';
import { splitItems } from './values';
import { formatNumberFor, formatNumberValue, parseRange } from './vocabulary/numbers';
import { localeCurrency } from './vocabulary/money';
import { QUESTIONS, SECTIONS, questionKey, sectionKey } from './worksheet';

export interface AnswerState {
  answer: string;
  importance: number | '';
}

/** The guide's steps with their questions' texts, in the document language; range questions say how to write numbers. */
export function guideSteps(language: Language, answers: ReadonlyMap<string, AnswerState>, locale?: string | null) {
  const rangeHint = t(language, 'guide.rangeHint', { thousand: formatNumberFor(1000, locale), decimal: formatNumberFor(2.5, locale) });
  return SECTIONS.map((section) => ({
    section,
    title: t(language, sectionKey(section)),
    questions: QUESTIONS.filter((q) => q.section === section).map((q) => ({
      id: q.id,
      kind: q.kind,
      label: t(language, questionKey(q)),
      options: (q.options ?? []).map((key) => t(language, key)),
      hint: q.id === 'revenueRange' ? `${rangeHint} ${t(language, 'guide.currencyHint', { currency: localeCurrency(locale) ?? 'USD' })}` : q.kind === 'range' ? rangeHint : '',
      answer: answers.get(q.id)?.answer ?? '',
      importance: answers.get(q.id)?.importance ?? ('' as const),
    })),
  }));
}

interface Proposal {
  question: string;
  column: ColumnKey;
  rule: RuleKind;
  weight: number | 'exclude';
  /** How the answer becomes a Value: alternatives joined with `;`, or a `min..max` range. */
  as: 'items' | 'range';
}

// Answers that turn into criteria: (question, attribute, rule, default weight).
const PROPOSALS: Proposal[] = [
  { question: 'industriesPrimary', column: 'industry', rule: 'is', weight: 3, as: 'items' },
  { question: 'industriesSecondary', column: 'industry', rule: 'is', weight: 1, as: 'items' },
  { question: 'industriesExcluded', column: 'industry', rule: 'is', weight: 'exclude', as: 'items' },
  { question: 'sizeBand', column: 'companySize', rule: 'is', weight: 2, as: 'items' },
  { question: 'employeeRange', column: 'employees', rule: 'between', weight: 2, as: 'range' },
  { question: 'revenueRange', column: 'annualRevenue', rule: 'between', weight: 2, as: 'range' },
  { question: 'growthStage', column: 'growthStage', rule: 'is', weight: 1, as: 'items' },
  { question: 'geoInclude', column: 'country', rule: 'is', weight: 2, as: 'items' },
  { question: 'geoExclude', column: 'country', rule: 'is', weight: 'exclude', as: 'items' },
  { question: 'businessType', column: 'businessType', rule: 'is', weight: 1, as: 'items' },
  { question: 'crm', column: 'techStack', rule: 'contains', weight: 2, as: 'items' },
  { question: 'marketingAutomation', column: 'techStack', rule: 'contains', weight: 1, as: 'items' },
  { question: 'integrations', column: 'techStack', rule: 'contains', weight: 2, as: 'items' },
  { question: 'techExcluded', column: 'techStack', rule: 'contains', weight: 'exclude', as: 'items' },
  { question: 'role', column: 'buyerRole', rule: 'contains', weight: 1, as: 'items' },
];

/**
 * Criteria proposed from the answers: the question's Importance (1–5) is the weight when given,
 * else the default; exclusions stay exclusions. Attributes are written in the document language.
 */
export function proposeCriteria(language: Language, answers: ReadonlyMap<string, AnswerState>, locale?: string | null): CriterionRow[] {
  const rows: CriterionRow[] = [];
  for (const proposal of PROPOSALS) {
    const state = answers.get(proposal.question);
    const text = state?.answer.trim() ?? '';
    if (!text) continue;
    let value: string;
    if (proposal.as === 'range') {
      const range = parseRange(text, locale);
      if (!range) continue;
      value = `${formatNumberValue(range[0], locale)}..${formatNumberValue(range[1], locale)}`;
    } else {
      value = splitItems(text).join('; ');
      if (!value) continue;
    }
    const weight = proposal.weight === 'exclude' ? 'exclude' : String(state?.importance || proposal.weight);
    rows.push({ attribute: columnHeader(language, proposal.column), rule: proposal.rule, value, weight });
  }
  return rows;
}
