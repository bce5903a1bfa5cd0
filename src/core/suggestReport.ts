// The Suggest dialog's model: localized texts built from a SuggestResult and an ICP check. Sheet data reaches
// the page (client/suggest) only as JSON inside <script type="application/json"> with `<`, `>` and `&`
// escaped, and the page puts it in the DOM with textContent: no sheet text is ever parsed as HTML.
import { type Language, type MessageKey, t } from './i18n';
import type { Outcome } from './outcome';
import type { CriterionRow } from './schemas';
import type { GroupFigures, Leak, SuggestResult, Suggestion } from './suggest';
import type { CheckModel } from './checkReport';
import { type RuleKind, ruleName } from './vocabulary';
import { formatNumberFor } from './vocabulary/numbers';

/** A row as the accept function receives it: the Criteria row shape the sidebar accepts too. */
export type AcceptRow = CriterionRow;

export interface OutcomeOption {
  value: Outcome;
  label: string;
  available: boolean;
  /** Why it is disabled, when it is. */
  reason: string;
}

export interface DialogItem {
  id: string;
  label: string;
  weight: string;
  /** The chosen outcome's figure, the group against the rest. */
  evidence: string;
  /** The other figures, "but …" where they point the other way. */
  side: string;
  size: string;
  exclude: boolean;
  checked: boolean;
  row: AcceptRow;
}

export interface SuggestModel {
  outcome: Outcome;
  outcomes: OutcomeOption[];
  status: SuggestResult['status'];
  /** Why there is nothing to suggest, when there is not. */
  message: string;
  /** The figures of all customers. */
  all: string;
  leaks: string[];
  items: DialogItem[];
  method: string[];
}

export interface DialogModel {
  language: Language;
  mode: 'suggest' | 'check';
  title: string;
  suggest?: SuggestModel;
  check?: CheckModel;
  text: Record<
    'accept' | 'cancel' | 'close' | 'adding' | 'loading' | 'noneSelected' | 'nothingWritten' | 'failed' | 'outcomeLegend' | 'listLegend' |
    'methodHeading' | 'checkHeading' | 'checkRun' | 'thresholds' | 'shareA' | 'shareB' | 'cutoffs' | 'current' | 'apply' | 'sharesInvalid',
    string
  >;
}

/** A figure for people to read, in the language's number style (`5,490` and `1.27`; `5.490` and `1,27`). */
export const formatFigure = (language: Language, value: number, decimals: number): string => formatNumberFor(value, language, decimals);

export const percentText = (language: Language, share: number, decimals = 0) => `${formatFigure(language, share * 100, decimals)}%`;

type Figure = 'churn' | 'clv' | 'arpa' | 'ltvCac';
const FIGURE_OF: Record<Outcome, Figure> = { retention: 'churn', clv: 'clv', ltvCac: 'ltvCac' };

export function figureValue(figures: Pick<GroupFigures, 'monthlyChurn' | 'clv' | 'arpa' | 'ltvCac'>, figure: Figure): number | undefined {
  return figure === 'churn' ? figures.monthlyChurn : figures[figure];
}

export function figureText(language: Language, figure: Figure, value: number): string {
  return figure === 'churn' ? percentText(language, value, 2) : formatFigure(language, value, figure === 'ltvCac' ? 2 : 0);
}

/** "churn 1.27% vs 0.44% a month", or undefined when either side lacks the figure. */
function versus(language: Language, figure: Figure, inside: GroupFigures, rest: GroupFigures): string | undefined {
  const a = figureValue(inside, figure);
  const b = figureValue(rest, figure);
  if (a === undefined || b === undefined) return undefined;
  const value = t(language, 'suggest.versus', { inside: figureText(language, figure, a), rest: figureText(language, figure, b) });
  return t(language, `suggest.fig.${figure}` as MessageKey, { value });
}

/** Whether the group does better than the rest on a figure (lower churn, higher everything else). */
const better = (figure: Figure, inside: number, rest: number) => (figure === 'churn' ? inside < rest : inside > rest);

/** The outcome's figure, then the others, those pointing the other way introduced by "but". */
export function evidenceParts(language: Language, outcome: Outcome, inside: GroupFigures, rest: GroupFigures): { main: string; side: string } {
  const mainFigure = FIGURE_OF[outcome];
  const main = versus(language, mainFigure, inside, rest) ?? '';
  const groupBetter = better(mainFigure, figureValue(inside, mainFigure) ?? 0, figureValue(rest, mainFigure) ?? 0);
  const side: string[] = [];
  for (const figure of ['churn', 'arpa', 'clv', 'ltvCac'] as const) {
    if (figure === mainFigure) continue;
    const text = versus(language, figure, inside, rest);
    if (!text) continue;
    const a = figureValue(inside, figure)!;
    const b = figureValue(rest, figure)!;
    side.push(a !== b && better(figure, a, b) !== groupBetter ? t(language, 'suggest.but', { figure: text }) : text);
  }
  return { main, side: side.join('; ') };
}

export function criterionLabel(language: Language, s: { attribute: string; rule: RuleKind; value: string }): string {
  return `${s.attribute} ${ruleName(s.rule, language)} ${s.value}`;
}

/** "Industry is Retail, against the rest: churn 3.10% vs 1.02% a month; but ARPA 900 vs 700". */
export function evidenceText(language: Language, outcome: Outcome, s: Pick<Suggestion, 'attribute' | 'matchRule' | 'value' | 'inside' | 'rest'>): string {
  const { main, side } = evidenceParts(language, outcome, s.inside, s.rest);
  const criterion = criterionLabel(language, { attribute: s.attribute, rule: s.matchRule, value: s.value });
  return t(language, 'suggest.vsRest', { criterion, figures: side ? `${main}; ${side}` : main });
}

/** Figures of all customers: "churn 1.34% a month; ARPA 1,945; CLV 93,368". */
export function allFiguresText(language: Language, figures: GroupFigures): string {
  const parts: string[] = [];
  for (const figure of ['churn', 'arpa', 'clv', 'ltvCac'] as const) {
    const value = figureValue(figures, figure);
    if (value !== undefined) parts.push(t(language, `suggest.fig.${figure}` as MessageKey, { value: figureText(language, figure, value) }));
  }
  return t(language, 'suggest.all', { customers: figures.customers, figures: parts.join('; ') });
}

export function leakText(language: Language, leak: Leak): string {
  const what = leak.value !== undefined && leak.rule ? `“${criterionLabel(language, { attribute: leak.attribute, rule: leak.rule, value: leak.value })}”` : t(language, 'suggest.leakFilled');
  return t(language, 'suggest.leak', { attribute: leak.attribute, what, churned: percentText(language, leak.churnedShare), retained: percentText(language, leak.retainedShare) });
}

export function acceptRow(s: Pick<Suggestion, 'attribute' | 'rule' | 'value' | 'weight'>): AcceptRow {
  return { attribute: s.attribute, rule: s.rule, value: s.value, weight: String(s.weight) };
}

export function suggestModel(result: SuggestResult, language: Language, context: { skipped: number }): SuggestModel {
  const say = (key: MessageKey, params?: Record<string, string | number>) => t(language, key, params);
  const outcomes = result.choices.map((c): OutcomeOption => ({
    value: c.outcome, label: say(`suggest.outcome.${c.outcome}` as MessageKey), available: c.available,
    reason: c.reason ? say(`suggest.unavailable.${c.reason}` as MessageKey, { have: c.have ?? 0, of: c.of ?? 0 }) : '',
  }));
  let message = '';
  if (result.status === 'notEnoughData') message = say('suggest.notEnough', { customers: result.customers, need: result.requirements.customers });
  else if (result.status === 'unavailable') message = say('suggest.unavailableStatus', { reason: outcomes.find((o) => o.value === result.outcome)?.reason ?? '' });
  else if (result.status === 'noneFound') {
    message = say('suggest.noneFound', { tested: result.tested });
    if (result.closest) message += ` ${say('suggest.closest', { evidence: evidenceText(language, result.outcome, result.closest) })}`;
  }
  const method = [say('suggest.methodCompare'), say('suggest.methodConfidence', { tested: result.tested })];
  if (context.skipped > 0) method.push(say('suggest.skipped', { skipped: context.skipped }));
  const items = result.suggestions.map((s, i): DialogItem => {
    const { main, side } = evidenceParts(language, result.outcome, s.inside, s.rest);
    const criterion = criterionLabel(language, { attribute: s.attribute, rule: s.matchRule, value: s.value });
    return {
      id: `s${i}`,
      label: criterionLabel(language, s),
      weight: s.weight === 'exclude' ? say('suggest.excludeWeight') : say('suggest.weight', { weight: s.weight }),
      evidence: say('suggest.vsRest', { criterion, figures: main }),
      side,
      size: say('suggest.groupSize', { customers: s.inside.customers, churned: s.inside.churned }),
      exclude: s.weight === 'exclude',
      checked: s.checked,
      row: acceptRow(s),
    };
  });
  return {
    outcome: result.outcome, outcomes, status: result.status, message, all: result.all ? allFiguresText(language, result.all) : '',
    leaks: result.leaks.map((leak) => leakText(language, leak)), items, method,
  };
}

export function dialogTexts(language: Language): DialogModel['text'] {
  const say = (key: MessageKey) => t(language, key);
  return {
    accept: say('suggest.accept'), cancel: say('suggest.cancel'), close: say('suggest.close'), adding: say('suggest.adding'), loading: say('suggest.loading'),
    noneSelected: say('suggest.noneSelected'), nothingWritten: say('suggest.nothingWritten'), failed: t(language, 'suggest.failed', { message: '{message}' }),
    outcomeLegend: say('suggest.outcomeLegend'), listLegend: say('suggest.listLegend'), methodHeading: say('suggest.methodHeading'),
    checkHeading: say('check.heading'), checkRun: say('check.run'), thresholds: say('check.thresholds'), shareA: say('check.shareA'), shareB: say('check.shareB'),
    cutoffs: say('check.cutoffs'), current: say('check.current'), apply: say('check.apply'), sharesInvalid: say('check.sharesInvalid'),
  };
}

/** JSON that is safe inside a <script> element: no `<`, `>`, `&` or line separators survive as such. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const MODEL_SLOT = '<script type="application/json" id="model">null</script>';

/** A dialog page (dist/Suggest.html, dist/SqlExport.html) with the model in its inert JSON slot. */
export function pageWithModel(page: string, model: { language: string }): string {
  if (!page.includes(MODEL_SLOT)) throw new Error('The dialog page has no model slot.');
  return page
    .replace('<html lang="en">', `<html lang="${model.language}">`)
    .replace(MODEL_SLOT, () => `<script type="application/json" id="model">${scriptJson(model)}</script>`);
}
