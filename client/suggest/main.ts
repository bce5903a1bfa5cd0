// The "Suggest criteria" / "Is the ICP working?" dialog. The server puts the model into the page as inert
// JSON; every text from the sheet reaches the DOM through textContent, never as HTML. Calls to the server
// go through the typed bridge; nothing is written until the user accepts or applies.
import type { CheckModel, CheckTable } from '../../src/core/checkReport';
import { thresholdsFor } from '../../src/core/tierCutoffs';
import type { Outcome } from '../../src/core/outcome';
import type { AcceptRow, DialogModel, SuggestModel } from '../../src/core/suggestReport';
import { call, closeDialog } from '../bridge';
import { el } from '../dom';

const model = JSON.parse(document.getElementById('model')!.textContent!) as DialogModel;
const text = model.text;
const root = document.getElementById('root')!;
let suggestions: SuggestModel | undefined = model.suggest;
let check: CheckModel | undefined = model.check;
let boxes: { box: HTMLInputElement; row: AcceptRow }[] = [];

const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

const status = el('p', { id: 'status', role: 'status', 'aria-live': 'polite' });
const say = (message: string) => (status.textContent = message);
const suggestSection = el('section', { id: 'suggest', 'aria-label': model.title });
const checkSection = el('section', { id: 'check', 'aria-labelledby': 'check-title' });
const actions = el('div', { class: 'actions' });

document.title = model.title;
document.documentElement.lang = model.language;
root.append(el('h1', { text: model.title }), suggestSection, checkSection, actions, status);

function renderSuggest(focusId?: string): void {
  boxes = [];
  if (!suggestions) return void suggestSection.replaceChildren();
  const s = suggestions;
  const outcomes = el('fieldset', { id: 'outcomes' }, el('legend', { text: text.outcomeLegend }));
  for (const option of s.outcomes) {
    const id = `outcome-${option.value}`;
    const radio = el('input', { type: 'radio', name: 'outcome', id, value: option.value });
    radio.checked = option.value === s.outcome;
    radio.disabled = !option.available;
    const row = el('div', { class: 'option' }, radio, el('label', { for: id, text: option.label }));
    if (option.reason) {
      radio.setAttribute('aria-describedby', `${id}-why`);
      row.append(el('span', { id: `${id}-why`, class: 'meta', text: ` ${option.reason}` }));
    }
    radio.addEventListener('change', () => void changeOutcome(option.value));
    outcomes.append(row);
  }
  const parts: Node[] = [outcomes];
  if (s.all) parts.push(el('p', { id: 'all', text: s.all }));
  if (s.message) parts.push(el('p', { class: 'message', text: s.message }));
  for (const leak of s.leaks) parts.push(el('p', { class: 'message leak', text: leak }));
  if (s.items.length) {
    const list = el('fieldset', { id: 'items' }, el('legend', { text: text.listLegend }));
    for (const item of s.items) {
      const box = el('input', { type: 'checkbox', id: item.id, 'aria-describedby': `${item.id}-meta` });
      box.checked = item.checked;
      const meta = el('div', { class: 'meta', id: `${item.id}-meta` }, el('div', { text: item.evidence }));
      if (item.side) meta.append(el('div', { text: item.side }));
      meta.append(el('div', { text: item.size }));
      const body = el('div', {}, el('label', { for: item.id, text: item.label }), ` (${item.weight})`, meta);
      list.append(el('div', { class: item.exclude ? 'item exclude' : 'item' }, box, body));
      boxes.push({ box, row: item.row });
    }
    parts.push(list, el('p', { class: 'meta', text: text.nothingWritten }));
  }
  parts.push(el('h2', { text: text.methodHeading }), ...s.method.map((line) => el('p', { class: 'meta', text: line })));
  suggestSection.replaceChildren(...parts);
  if (focusId) document.getElementById(focusId)?.focus();
}

async function changeOutcome(outcome: Outcome): Promise<void> {
  say(text.loading);
  try {
    suggestions = await call('suggestLoad', { outcome });
    renderSuggest(`outcome-${outcome}`);
    renderActions();
    say('');
  } catch (error) {
    say(fill(text.failed, { message: (error as Error).message }));
  }
}

const checkedRows = () => boxes.filter((b) => b.box.checked).map((b) => b.row);

function table(t: CheckTable, index: number): HTMLElement {
  const head = el('tr', {}, ...t.columns.map((c) => el('th', { scope: 'col', text: c })));
  const body = t.rows.map((cells) => el('tr', {}, el('th', { scope: 'row', text: cells[0] }), ...cells.slice(1).map((c) => el('td', { text: c }))));
  const captionId = `table-${index}`;
  // A focusable region lets keyboard users scroll a table wider than the dialog.
  return el('div', { class: 'table', role: 'region', tabindex: '0', 'aria-labelledby': captionId },
    el('table', {}, el('caption', { id: captionId, text: t.caption }), el('thead', {}, head), el('tbody', {}, ...body)),
    ...t.notes.map((note) => el('p', { class: 'meta', text: note })));
}

function renderCheck(): void {
  const parts: Node[] = [el('h2', { id: 'check-title', text: text.checkHeading })];
  if (model.mode === 'suggest') {
    const run = el('button', { type: 'button', id: 'check-run', text: text.checkRun });
    run.addEventListener('click', () => void runCheck());
    parts.push(run);
  }
  if (check) {
    if (check.error) parts.push(el('p', { class: 'message', text: check.error }));
    check.tables.forEach((t, i) => parts.push(table(t, i)));
    if (check.histogram.some((n) => n > 0)) parts.push(thresholdsForm(check));
  }
  checkSection.replaceChildren(...parts);
}

async function runCheck(): Promise<void> {
  say(text.loading);
  try {
    check = await call('icpCheckLoad', { outcome: suggestions?.outcome, rows: checkedRows() });
    renderCheck();
    document.getElementById('check-run')?.focus();
    say('');
  } catch (error) {
    say(fill(text.failed, { message: (error as Error).message }));
  }
}

function thresholdsForm(c: CheckModel): HTMLElement {
  const total = c.histogram.reduce((a, b) => a + b, 0);
  const from = (cut: number) => c.histogram.slice(cut).reduce((a, b) => a + b, 0);
  const percent = (n: number) => String(Math.round((100 * n) / total));
  const shareA = el('input', { type: 'number', id: 'share-a', min: '0', max: '100', step: '1', value: percent(from(c.thresholds.a)) });
  const shareB = el('input', { type: 'number', id: 'share-b', min: '0', max: '100', step: '1', value: percent(from(c.thresholds.b) - from(c.thresholds.a)) });
  const preview = el('p', { id: 'cutoffs', 'aria-live': 'polite' });
  const apply = el('button', { type: 'button', id: 'apply', text: text.apply });
  const chosen = () => {
    const a = Number(shareA.value);
    const b = Number(shareB.value);
    const valid = shareA.value !== '' && shareB.value !== '' && a >= 0 && b >= 0 && a + b <= 100;
    return valid ? thresholdsFor(c.histogram, a / 100, b / 100) : undefined;
  };
  const update = () => {
    const t = chosen();
    preview.textContent = t ? fill(text.cutoffs, { a: t.a, b: t.b, aCount: t.aCount, bCount: t.bCount, total: t.total }) : text.sharesInvalid;
    apply.disabled = !t;
  };
  shareA.addEventListener('input', update);
  shareB.addEventListener('input', update);
  apply.addEventListener('click', async () => {
    const t = chosen();
    if (!t) return;
    apply.disabled = true;
    try {
      const result = await call('tierThresholdsApply', { a: t.a, b: t.b });
      say(result.message);
      if (result.ok) c.thresholds = { a: t.a, b: t.b };
    } catch (error) {
      say((error as Error).message);
    }
    apply.disabled = false;
  });
  update();
  return el('fieldset', { id: 'thresholds' }, el('legend', { text: text.thresholds }),
    el('p', { class: 'meta', text: fill(text.current, { a: c.thresholds.a, b: c.thresholds.b }) }),
    el('div', { class: 'field' }, el('label', { for: 'share-a', text: text.shareA }), shareA),
    el('div', { class: 'field' }, el('label', { for: 'share-b', text: text.shareB }), shareB),
    preview, apply);
}

function renderActions(): void {
  const close = el('button', { type: 'button', id: 'close', text: boxes.length ? text.cancel : text.close });
  close.addEventListener('click', closeDialog);
  if (!boxes.length) return void actions.replaceChildren(close);
  const accept = el('button', { type: 'button', class: 'primary', id: 'accept', text: text.accept });
  const enable = (on: boolean) => {
    accept.disabled = !on;
    for (const b of boxes) b.box.disabled = !on;
  };
  accept.addEventListener('click', async () => {
    const rows = checkedRows();
    if (!rows.length) return void say(text.noneSelected);
    enable(false);
    say(text.adding);
    try {
      const result = await call('suggestAcceptCriteria', { rows });
      say(result.message);
      if (result.ok) {
        accept.remove();
        close.textContent = text.close;
      } else enable(true);
      close.focus();
    } catch (error) {
      say(fill(text.failed, { message: (error as Error).message }));
      enable(true);
    }
  });
  actions.replaceChildren(accept, close);
}

renderSuggest();
renderCheck();
renderActions();
(boxes[0]?.box ?? (document.querySelector('input:not([disabled]), button') as HTMLElement | null))?.focus();
