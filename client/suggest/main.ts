// The "Suggest criteria" dialog. The server puts the model into the page as inert JSON; every text from the
// sheet reaches the DOM through textContent, never as HTML. Accepting goes through the typed bridge.
import type { AcceptRow, DialogModel } from '../../src/core/suggestReport';
import { call, closeDialog } from '../bridge';
import { el } from '../dom';

const model = JSON.parse(document.getElementById('model')!.textContent!) as DialogModel;
const root = document.getElementById('root')!;

document.title = model.title;
document.documentElement.lang = model.language;
root.append(el('h1', { text: model.title }));
if (model.message) root.append(el('p', { class: 'message', role: 'status', text: model.message }));
root.append(el('h2', { text: model.separationHeading }), ...model.separation.map((line) => el('p', { text: line })));

const boxes: { box: HTMLInputElement; row: AcceptRow }[] = [];
if (model.items.length) {
  const list = el('fieldset', {}, el('legend', { text: model.legend }));
  for (const item of model.items) {
    const box = el('input', { type: 'checkbox', id: item.id, 'aria-describedby': `${item.id}-meta` });
    box.checked = item.checked;
    const meta = el('div', { class: 'meta', id: `${item.id}-meta` }, el('div', { text: item.evidence }));
    if (item.cumulative) meta.append(el('div', { text: item.cumulative }));
    const text = el('div', {}, el('label', { for: item.id, text: item.label }), ` (${item.weight})`, meta);
    list.append(el('div', { class: item.exclude ? 'item exclude' : 'item' }, box, text));
    boxes.push({ box, row: item.row });
  }
  root.append(list);
}
root.append(el('h2', { text: model.ruleHeading }), ...model.rule.map((line) => el('p', { text: line })));
if (boxes.length) root.append(el('p', { class: 'meta', text: model.text.nothingWritten }));

const status = el('p', { id: 'status', role: 'status', 'aria-live': 'polite' });
const close = el('button', { type: 'button', text: boxes.length ? model.text.cancel : model.text.close });
close.addEventListener('click', closeDialog);
const actions = el('div', { class: 'actions' });
if (boxes.length) {
  const accept = el('button', { type: 'button', class: 'primary', text: model.text.accept });
  const enable = (on: boolean) => {
    accept.disabled = !on;
    for (const b of boxes) b.box.disabled = !on;
  };
  accept.addEventListener('click', async () => {
    const rows = boxes.filter((b) => b.box.checked).map((b) => b.row);
    if (!rows.length) {
      status.textContent = model.text.noneSelected;
      return;
    }
    enable(false);
    status.textContent = model.text.adding;
    try {
      const result = await call('suggestAcceptCriteria', { rows });
      status.textContent = result.message;
      if (result.ok) {
        accept.remove();
        close.textContent = model.text.close;
      } else enable(true);
      close.focus();
    } catch (error) {
      status.textContent = model.text.failed.replace('{message}', (error as Error).message);
      enable(true);
    }
  });
  actions.append(accept);
}
actions.append(close);
root.append(actions, status);
(boxes[0]?.box ?? close).focus();
