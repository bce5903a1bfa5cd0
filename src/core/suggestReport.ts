// The "Suggest criteria" dialog's model: localized texts built from a SuggestResult. Sheet data reaches the
// page (client/suggest) only as JSON inside <script type="application/json"> with `<`, `>` and `&` escaped,
// and the page puts it in the DOM with textContent: no sheet text is ever parsed as HTML.
import { type Language, type MessageKey, t } from './i18n';
import { type RuleKind, ruleName } from './vocabulary';
import { type Separation, type SuggestResult, type Suggestion } from './suggest';
import { formatNumberFor } from './vocabulary/numbers';

/** A row as the accept function receives it (the shape of the Criteria rows the sidebar accepts too). */
export interface AcceptRow {
  attribute: string;
  rule: RuleKind;
  value: string;
  weight: string;
}

export interface DialogItem {
  id: string;
  label: string;
  weight: string;
  evidence: string;
  cumulative: string;
  exclude: boolean;
  /** Checked when the dialog opens: the suggestion adds separation (Suggestion.recommended). */
  checked: boolean;
  row: AcceptRow;
}

export interface DialogModel {
  language: Language;
  title: string;
  status: SuggestResult['status'];
  /** The outcome, or why there is nothing to suggest. */
  message: string;
  ruleHeading: string;
  rule: string[];
  separationHeading: string;
  separation: string[];
  legend: string;
  items: DialogItem[];
  text: { accept: string; cancel: string; close: string; adding: string; noneSelected: string; nothingWritten: string; failed: string };
}

const percent = (count: number, total: number) => (total ? Math.round((100 * count) / total) : 0);
const decimal = (language: Language, value: number) => {
  const text = value.toFixed(2);
  return language === 'en' ? text : text.replace('.', ',');
};

export function criterionLabel(language: Language, s: Pick<Suggestion, 'attribute' | 'rule' | 'value'>): string {
  return `${s.attribute} ${ruleName(s.rule, language)} ${s.value}`;
}

export function evidenceText(language: Language, s: Pick<Suggestion, 'best' | 'worst'>): string {
  return t(language, 'suggest.evidence', {
    best: percent(s.best.count, s.best.total), bestCount: s.best.count, bestTotal: s.best.total,
    worst: percent(s.worst.count, s.worst.total), worstCount: s.worst.count, worstTotal: s.worst.total,
  });
}

export function separationText(language: Language, key: 'suggest.current' | 'suggest.after', s: Separation): string {
  return t(language, key, { auc: decimal(language, s.auc), meanBest: Math.round(s.meanBest), meanWorst: Math.round(s.meanWorst) });
}

export function aucText(language: Language, auc: number): string {
  return decimal(language, auc);
}

export function acceptRow(s: Pick<Suggestion, 'attribute' | 'rule' | 'value' | 'weight'>): AcceptRow {
  return { attribute: s.attribute, rule: s.rule, value: s.value, weight: String(s.weight) };
}

export function dialogModel(result: SuggestResult, language: Language, context: { skipped: number }): DialogModel {
  const { groups } = result;
  const say = (key: MessageKey, params?: Record<string, string | number>) => t(language, key, params);
  const ruleText = groups.basis === 'retention'
    ? say('suggest.ruleRetention')
    : say('suggest.ruleGrossProfit', { bestFrom: formatNumberFor(groups.bestFrom ?? 0, language, 2), worstBelow: formatNumberFor(groups.worstBelow ?? 0, language, 2) });
  const counts = say('suggest.groups', {
    customers: groups.customers, best: groups.best.length, worst: groups.worst.length, churned: groups.churned, lowValue: groups.lowValue, middle: groups.middle,
  });
  const rule = [ruleText, counts];
  if (context.skipped > 0) rule.push(say('suggest.skipped', { skipped: context.skipped }));

  let message = '';
  if (result.status === 'notEnoughData') {
    message = say('suggest.notEnough', {
      customers: groups.customers, best: groups.best.length, worst: groups.worst.length,
      needCustomers: result.requirements.customers, needBest: result.requirements.best, needWorst: result.requirements.worst,
    });
  } else if (result.status === 'noneFound') {
    message = say('suggest.noneFound', { tested: result.tested });
    if (result.closest) {
      message += ` ${say('suggest.closest', { criterion: criterionLabel(language, result.closest), evidence: evidenceText(language, result.closest) })}`;
    }
  }

  const separation: string[] = [];
  if (result.currentError) separation.push(say('suggest.currentError', { message: result.currentError }));
  else if (result.current) separation.push(separationText(language, 'suggest.current', result.current));
  else separation.push(say('suggest.currentNone'));
  if (result.after) separation.push(separationText(language, 'suggest.after', result.after));
  else if (result.suggestions.length) separation.push(say('suggest.noGain'));
  separation.push(say('suggest.aucNote'));

  const items = result.suggestions.map((s, i): DialogItem => ({
    id: `s${i}`,
    label: criterionLabel(language, s),
    weight: s.weight === 'exclude' ? say('suggest.excludeWeight') : say('suggest.weight', { weight: s.weight }),
    evidence: evidenceText(language, s),
    cumulative: result.cumulative[i] ? say(s.recommended ? 'suggest.cumulative' : 'suggest.noGainItem', { auc: decimal(language, result.cumulative[i].auc) }) : '',
    exclude: s.weight === 'exclude',
    checked: s.recommended,
    row: acceptRow(s),
  }));

  return {
    language,
    title: say('suggest.title'),
    status: result.status,
    message,
    ruleHeading: say('suggest.ruleHeading'),
    rule,
    separationHeading: say('suggest.separationHeading'),
    separation,
    legend: say('suggest.listLegend'),
    items,
    text: {
      accept: say('suggest.accept'), cancel: say('suggest.cancel'), close: say('suggest.close'), adding: say('suggest.adding'),
      noneSelected: say('suggest.noneSelected'), nothingWritten: say('suggest.nothingWritten'), failed: say('suggest.failed', { message: '{message}' }),
    },
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

/** The dialog page (dist/Suggest.html) with the model in its inert JSON slot. */
export function pageWithModel(page: string, model: DialogModel): string {
  if (!page.includes(MODEL_SLOT)) throw new Error('The Suggest page has no model slot.');
  return page
    .replace('<html lang="en">', `<html lang="${model.language}">`)
    .replace(MODEL_SLOT, () => `<script type="application/json" id="model">${scriptJson(model)}</script>`);
}
