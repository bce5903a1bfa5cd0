// The ICP worksheet (docs/rules.md, Worksheet and guide): sections and questions as data. The sheet generator lays them
// out; the guide builds its forms from them. Ids are stable: answers are found by id, not by row.
import type { MessageKey } from './i18n';
import { OPTIONS } from './vocabulary/options';

export const SECTIONS = ['firmographics', 'technographics', 'persona', 'decision', 'insights'] as const;
export type SectionId = (typeof SECTIONS)[number];

/** text: one line; long: a paragraph; choice: one of `options`; range: `min..max` numbers. */
export type AnswerKind = 'text' | 'long' | 'choice' | 'range';

export interface Question {
  id: string;
  section: SectionId;
  kind: AnswerKind;
  /** Message keys of the options of a choice. */
  options?: readonly MessageKey[];
}


const q = (section: SectionId, id: string, kind: AnswerKind = 'text', options?: readonly MessageKey[]): Question => ({ id, section, kind, options });

export const QUESTIONS: readonly Question[] = [
  q('firmographics', 'industriesPrimary'),
  q('firmographics', 'industriesSecondary'),
  q('firmographics', 'industriesExcluded'),
  q('firmographics', 'sizeBand', 'choice', OPTIONS.size),
  q('firmographics', 'employeeRange', 'range'),
  q('firmographics', 'revenueRange', 'range'),
  q('firmographics', 'growthStage', 'choice', OPTIONS.stage),
  q('firmographics', 'geoInclude'),
  q('firmographics', 'geoExclude'),
  q('firmographics', 'businessType', 'choice', OPTIONS.business),
  q('technographics', 'crm'),
  q('technographics', 'marketingAutomation'),
  q('technographics', 'otherTools'),
  q('technographics', 'integrations'),
  q('technographics', 'techExcluded'),
  q('persona', 'role'),
  q('persona', 'department'),
  q('persona', 'seniority', 'choice', OPTIONS.seniority),
  q('persona', 'goals', 'long'),
  q('persona', 'personaPains', 'long'),
  q('persona', 'wateringHoles'),
  q('persona', 'objections', 'long'),
  q('decision', 'initiator'),
  q('decision', 'user'),
  q('decision', 'influencer'),
  q('decision', 'champion'),
  q('decision', 'technicalBuyer'),
  q('decision', 'economicBuyer'),
  q('decision', 'gatekeeper'),
  q('decision', 'buyingSteps', 'long'),
  q('decision', 'salesCycle', 'choice', OPTIONS.cycle),
  q('decision', 'budgetOwner'),
  q('decision', 'approvalCriteria', 'long'),
  q('insights', 'painPoints', 'long'),
  q('insights', 'triggerEvents', 'long'),
  q('insights', 'outcomes', 'long'),
  q('insights', 'benefits', 'long'),
  q('insights', 'whyUs', 'long'),
];

export const questionKey = (question: Question) => `q.${question.id}` as MessageKey;
export const sectionKey = (section: SectionId) => `section.${section}` as MessageKey;

export function questionById(id: string): Question | undefined {
  return QUESTIONS.find((question) => question.id === id);
}

/** Importance of a question, 1–5 (docs/rules.md, Worksheet and guide); anything else reads as blank. */
export function parseImportance(value: unknown): number | '' {
  const n = typeof value === 'number' ? value : Number(String(value ?? '').trim());
  return Number.isInteger(n) && n >= 1 && n <= 5 && String(value).trim() !== '' ? n : '';
}
