// The ICP worksheet guide. Every text from the sheet goes into the page through textContent or an input's
// value, never as HTML. Answers are checked here and on the server with the same code and schemas.
import { validateAnswers } from '../../src/core/answers';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../src/core/i18n/define';
import { type CriterionRow, type FieldError, criteriaErrors } from '../../src/core/schemas';
import type { GuideData } from '../../src/server';
import { call } from '../bridge';
import { el } from '../dom';
import { text, type UiKey } from './i18n';
import { type Review, dueNotice, loadReview, renderIcpReview } from './review';

type Step = GuideData['steps'][number];
type Question = Step['questions'][number];

const app = document.getElementById('app')!;
let data: GuideData;
let language: Language = 'en';
let step = 0;
let proposals: CriterionRow[] = [];
let review: Review | null = null;
const answers = new Map<string, { answer: string; importance: number }>();

const tr = (key: UiKey, params?: Record<string, string | number>) => text(language, key, params);

function status(message: string, kind: 'info' | 'error' = 'info'): void {
  const line = document.getElementById('status');
  if (!line) return;
  line.textContent = message;
  line.className = kind;
}

async function load(): Promise<void> {
  app.replaceChildren(el('p', { text: text(language, 'loading') }));
  try {
    [data, review] = await Promise.all([call('guideLoad'), loadReview(true)]);
  } catch (error) {
    app.replaceChildren(el('p', { class: 'error', role: 'alert', text: (error as Error).message }));
    return;
  }
  language = data.language;
  document.documentElement.lang = language;
  document.title = text(language, 'title');
  answers.clear();
  for (const s of data.steps) for (const q of s.questions) answers.set(q.id, { answer: q.answer, importance: q.importance || 0 });
  render();
}

const totalSteps = () => data.steps.length + 1;
/** The ICP review screen comes after Settings, outside the numbered steps. */
const reviewScreen = () => totalSteps() + 1;
const reviewHost = {
  get language() { return language; },
  button: (label: string, onClick: () => void, id: string) => button(label, onClick, id),
  status: (message: string, kind?: 'info' | 'error') => status(message, kind),
  reload: async (focusId?: string) => {
    review = await loadReview();
    render(focusId);
  },
};
const answeredCount = () => [...answers.values()].filter((a) => a.answer.trim() !== '').length;

/** Draws the current step; focus goes to `focusId` when given, else to the first field. */
function render(focusId?: string): void {
  const isSettings = step === totalSteps();
  const isReview = step === reviewScreen();
  const name = isReview ? tr('icpReview') : isSettings ? tr('settings') : step < data.steps.length ? data.steps[step].title : tr('review');
  const header = el('header', {},
    el('h1', { text: tr('title') }),
    el('p', { id: 'step-name', text: isSettings || isReview ? name : tr('step', { n: step + 1, total: totalSteps(), name }) }),
    el('progress', { max: String(totalSteps()), value: String(Math.min(step + 1, totalSteps())), 'aria-labelledby': 'step-name' }),
    el('p', { class: 'muted', text: tr('answered', { n: answeredCount(), total: answers.size }) }),
  );
  const body = isReview ? renderIcpReview(review, reviewHost) : isSettings ? renderSettings() : step < data.steps.length ? renderStep(data.steps[step]) : renderReview();
  const notice = step === 0 ? dueNotice(review, reviewHost, () => void go(reviewScreen())) : null;
  if (notice) header.append(notice);
  const nav = el('nav', { 'aria-label': tr('title') });
  if (isSettings || isReview) {
    nav.append(button(tr('close'), () => go(0), 'back'));
  } else {
    if (step > 0) nav.append(button(tr('back'), () => go(step - 1), 'back'));
    if (step < data.steps.length) nav.append(button(tr('next'), () => go(step + 1), 'next'));
    nav.append(button(tr('settings'), () => go(totalSteps()), 'settings'));
    nav.append(button(tr('icpReview'), () => go(reviewScreen()), 'icp-review'));
  }
  app.replaceChildren(header, body, nav, el('p', { id: 'status', role: 'status', 'aria-live': 'polite' }));
  const target = (focusId && document.getElementById(focusId)) || app.querySelector('input, textarea, select');
  (target as HTMLElement | null)?.focus();
}

function button(label: string, onClick: () => void, id: string): HTMLButtonElement {
  const b = el('button', { type: 'button', id, text: label });
  b.addEventListener('click', onClick);
  return b;
}

function renderStep(s: Step): HTMLElement {
  const form = el('form', { id: 'step-form', novalidate: '' });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void go(step + 1);
  });
  for (const q of s.questions) form.append(renderQuestion(q));
  return form;
}

function renderQuestion(q: Question): HTMLElement {
  const state = answers.get(q.id)!;
  const inputId = `answer-${q.id}`;
  let input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  if (q.kind === 'choice') {
    input = el('select', { id: inputId }, el('option', { value: '', text: tr('choose') }), ...q.options.map((o) => el('option', { value: o, text: o })));
    if (state.answer && !q.options.includes(state.answer)) input.append(el('option', { value: state.answer, text: state.answer }));
  } else if (q.kind === 'long') {
    input = el('textarea', { id: inputId, rows: '3' });
  } else {
    input = el('input', { id: inputId, type: 'text' });
  }
  input.value = state.answer;
  input.setAttribute('aria-describedby', q.hint ? `hint-${q.id} error-${q.id}-answer` : `error-${q.id}-answer`);
  input.addEventListener('input', () => (state.answer = input.value));
  input.addEventListener('change', () => (state.answer = input.value));
  const importance = el('select', { id: `importance-${q.id}`, 'aria-describedby': `error-${q.id}-importance` },
    el('option', { value: '0', text: tr('notSet') }), ...[1, 2, 3, 4, 5].map((n) => el('option', { value: String(n), text: String(n) })));
  importance.value = String(state.importance);
  importance.addEventListener('change', () => (state.importance = Number(importance.value)));
  return el('div', { class: 'question' },
    el('label', { for: inputId, text: q.label }),
    input,
    ...(q.hint ? [el('p', { id: `hint-${q.id}`, class: 'hint', text: q.hint })] : []),
    el('p', { id: `error-${q.id}-answer`, class: 'field-error', role: 'alert' }),
    el('div', { class: 'importance' }, el('label', { for: `importance-${q.id}`, text: tr('importance') }), importance),
    el('p', { id: `error-${q.id}-importance`, class: 'field-error', role: 'alert' }),
  );
}

function showErrors(errors: FieldError[]): void {
  for (const node of app.querySelectorAll('.field-error')) node.textContent = '';
  for (const node of app.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
  for (const error of errors) {
    const slot = document.getElementById(`error-${error.id}-${error.field}`);
    if (slot) slot.textContent = tr(`error.${error.code}` as UiKey, { exclude: data.exclude });
    const field = document.getElementById(error.field === 'importance' ? `importance-${error.id}` : `answer-${error.id}`)
      ?? document.getElementById(`${error.field}-${error.id}`);
    field?.setAttribute('aria-invalid', 'true');
  }
  if (errors.length) {
    status(tr('fixErrors'), 'error');
    (app.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus();
  }
}

/** Leaving a question step saves it; nothing typed is lost when a save fails. */
async function go(target: number): Promise<void> {
  if (step < data.steps.length) {
    const payload = data.steps[step].questions.map((q) => ({ id: q.id, ...answers.get(q.id)! }));
    const errors = validateAnswers(payload, data.locale);
    if (errors.length) return showErrors(errors);
    status(tr('saving'));
    try {
      const result = await call('guideSaveStep', { answers: payload });
      if (!result.ok) return showErrors(result.errors);
    } catch (error) {
      status(tr('saveFailed', { message: (error as Error).message.replace(/\.\s*$/, '') }), 'error');
      return;
    }
  }
  step = target;
  if (step === reviewScreen()) review = await loadReview();
  if (step === data.steps.length) {
    try {
      proposals = await call('guideProposeCriteria');
    } catch (error) {
      proposals = [];
      status((error as Error).message, 'error');
    }
  }
  render();
  if (target !== totalSteps() && target <= data.steps.length) status(tr('saved'));
}

function renderReview(): HTMLElement {
  const section = el('section', { 'aria-labelledby': 'summary-title' }, el('h2', { id: 'summary-title', text: tr('summary') }));
  let any = false;
  for (const s of data.steps) {
    const filled = s.questions.filter((q) => answers.get(q.id)!.answer.trim() !== '');
    if (!filled.length) continue;
    any = true;
    const list = el('dl');
    for (const q of filled) list.append(el('dt', { text: q.label }), el('dd', { text: answers.get(q.id)!.answer }));
    section.append(el('h3', { text: s.title }), list);
  }
  if (!any) section.append(el('p', { text: tr('noAnswers') }));
  section.append(el('h2', { id: 'proposals-title', tabindex: '-1', text: tr('proposed') }));
  if (!proposals.length) {
    section.append(el('p', { text: tr('noProposals') }));
    return section;
  }
  const list = el('div', { id: 'proposals' });
  proposals.forEach((row, index) => list.append(renderProposal(row, index)));
  section.append(list, button(tr('accept'), () => void accept(), 'accept'));
  return section;
}

function renderProposal(row: CriterionRow, index: number): HTMLElement {
  const id = (field: string) => `${field}-${index}`;
  const field = (name: keyof CriterionRow, label: string, control: HTMLInputElement | HTMLSelectElement) => {
    control.id = id(name);
    control.value = name === 'weight' && row.weight === 'exclude' ? data.exclude : row[name];
    control.setAttribute('aria-describedby', `error-${index}-${name}`);
    control.addEventListener('change', () => ((row as Record<string, string>)[name] = control.value));
    control.addEventListener('input', () => ((row as Record<string, string>)[name] = control.value));
    return el('div', { class: 'cell' }, el('label', { for: id(name), text: label }), control, el('p', { id: `error-${index}-${name}`, class: 'field-error', role: 'alert' }));
  };
  const rule = el('select', {}, ...data.rules.map((r) => el('option', { value: r.value, text: r.label })));
  const card = el('fieldset', { class: 'proposal' },
    el('legend', { text: tr('criterion', { n: index + 1 }) }),
    field('attribute', tr('attribute'), el('input', { type: 'text' })),
    field('rule', tr('rule'), rule),
    field('value', tr('value'), el('input', { type: 'text' })),
    field('weight', tr('weight'), el('input', { type: 'text', inputmode: 'decimal' })),
  );
  const remove = button(tr('remove'), () => {
    proposals.splice(index, 1);
    // Keyboard users stay where they were: on the next card's Remove, else the previous one, else Accept.
    const next = index < proposals.length ? `remove-${index}` : index > 0 ? `remove-${index - 1}` : 'proposals-title';
    render(next);
    status(tr('removed', { n: index + 1 }));
  }, `remove-${index}`);
  remove.setAttribute('aria-label', `${tr('remove')}: ${tr('criterion', { n: index + 1 })}`);
  card.append(remove);
  return card;
}

async function accept(): Promise<void> {
  const excludeWords = new Set(['exclude', data.exclude.toLowerCase()]);
  const rows = proposals.map((r) => {
    const weight = r.weight.trim();
    return { ...r, weight: excludeWords.has(weight.toLowerCase()) ? 'exclude' : weight };
  });
  const errors = criteriaErrors({ rows });
  if (errors.length) return showErrors(errors);
  try {
    const result = await call('guideAcceptCriteria', { rows });
    if (!result.ok) return showErrors(result.errors);
    status(tr('accepted', result.value));
  } catch (error) {
    status((error as Error).message, 'error');
  }
}

function renderSettings(): HTMLElement {
  const lang = el('select', { id: 'language' }, ...LANGUAGES.map((code) => el('option', { value: code, text: LANGUAGE_NAMES[code] })));
  lang.value = language;
  const selects = [0, 1, 2].map((i) => {
    const select = el('select', { id: `dimension-${i}`, 'aria-describedby': `error-${i}-dimension` }, el('option', { value: '', text: tr('none') }),
      ...data.dimensions.available.map((name) => el('option', { value: name, text: name })));
    const chosen = data.dimensions.chosen[i] ?? '';
    // A stored dimension that is no longer an Accounts column stays visible; saving it says why not.
    if (chosen && !data.dimensions.available.includes(chosen)) select.append(el('option', { value: chosen, text: chosen }));
    select.value = chosen;
    return el('div', { class: 'cell' }, el('label', { for: `dimension-${i}`, text: tr('dimension', { n: i + 1 }) }), select,
      el('p', { id: `error-${i}-dimension`, class: 'field-error', role: 'alert' }));
  });
  const save = button(tr('saveSettings'), async () => {
    // Blank choices are left out; errors name the position in what was sent, mapped back to the select.
    const chosen = [0, 1, 2].map((i) => (document.getElementById(`dimension-${i}`) as HTMLSelectElement).value)
      .map((value, select) => ({ value, select })).filter((d) => d.value);
    showErrors([]);
    try {
      const result = await call('settingsSave', { language: lang.value as Language, dimensions: chosen.map((d) => d.value) });
      if (!result.ok) return showErrors(result.errors.map((e) => (e.field === 'dimension' ? { ...e, id: String(chosen[Number(e.id)]?.select ?? e.id) } : e)));
      await load();
      step = totalSteps();
      render();
      status(tr('settingsSaved'));
    } catch (error) {
      status((error as Error).message, 'error');
    }
  }, 'save-settings');
  return el('section', {},
    el('div', { class: 'cell' }, el('label', { for: 'language', text: tr('language') }), lang),
    el('fieldset', {}, el('legend', { text: tr('dimensions') }), ...selects),
    save);
}

void load();
