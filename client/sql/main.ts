// The "Export ICP as SQL" dialog. The server puts the Accounts headers and Criteria cells into the page as
// inert JSON; the page compiles them with the same compiler the command line uses. Text from the sheet
// reaches the DOM through textContent and the textarea's value only, never as HTML.
import { type Language, t } from '../../src/core/i18n';
import { bigquery } from '../../src/core/sql/bigquery';
import { duckdb } from '../../src/core/sql/duckdb';
import { planCriteria } from '../../src/core/sql/plan';
import { renderScoring } from '../../src/core/sql/render';
import { renderSummary } from '../../src/core/sql/summary';
import type { SqlExportModel } from '../../src/sheets/sqlExport';
import { closeDialog } from '../bridge';
import { el } from '../dom';
import { type SqlDialogText, dialogText } from './texts';

const MAX_DIMENSIONS = 3;
const model = JSON.parse(document.getElementById('model')!.textContent!) as SqlExportModel;
const language = model.language as Language;
const text = (key: SqlDialogText, params?: Record<string, string>) => dialogText(language, key, params);
const root = document.getElementById('root')!;
document.title = t(language, 'sql.title');
document.documentElement.lang = language;

const radio = (name: string, value: string, label: string, checked: boolean) => {
  const input = el('input', { type: 'radio', name, value, id: `${name}-${value}` });
  input.checked = checked;
  return { input, label: el('label', { for: input.id }, input, label) };
};
const dialects = [radio('dialect', 'bigquery', 'BigQuery', true), radio('dialect', 'duckdb', 'DuckDB', false)];
const queries = [radio('query', 'scores', text('scores'), true), radio('query', 'summary', text('summary'), false)];
const table = el('input', { type: 'text', id: 'table', value: 'my_project.my_dataset.accounts', spellcheck: 'false', 'aria-describedby': 'table-help' });
const dimensionBoxes = model.dimensions.available.map((name, i) => {
  const box = el('input', { type: 'checkbox', id: `dimension-${i}`, value: name });
  box.checked = model.dimensions.chosen.some((chosen) => chosen.toLowerCase() === name.toLowerCase());
  return { box, label: el('label', { for: box.id }, box, name) };
});
const dimensionSet = el('fieldset', { id: 'dimensions' }, el('legend', { text: text('dimensions') }), el('div', { class: 'choices' }, ...dimensionBoxes.map((d) => d.label)));
const error = el('p', { class: 'error', role: 'alert', id: 'error' });
const output = el('textarea', { id: 'sql', readonly: '', spellcheck: 'false', wrap: 'off' });
const status = el('p', { id: 'status', role: 'status', 'aria-live': 'polite' });
const copy = el('button', { type: 'button', class: 'primary', text: text('copy') });
const close = el('button', { type: 'button', text: text('close') });

root.append(
  el('h1', { text: t(language, 'sql.title') }),
  el('p', { text: text('intro') }),
  el('fieldset', {}, el('legend', { text: text('dialect') }), el('div', { class: 'choices' }, ...dialects.map((d) => d.label))),
  el('div', { class: 'field' }, el('label', { for: 'table', text: text('table') }), table,
    el('p', { class: 'help', id: 'table-help', text: text('tableHelp', { sheet: model.accountsSheet, columns: model.headers.join(', ') }) })),
  el('fieldset', {}, el('legend', { text: text('query') }), el('div', { class: 'choices' }, ...queries.map((q) => q.label))),
  dimensionSet,
  error,
  el('div', { class: 'field' }, el('label', { for: 'sql', text: text('generated') }), output),
  el('div', { class: 'actions' }, copy, close),
  status,
  el('h2', { text: text('stepsTitle') }),
  el('ol', {}, ...(['step1', 'step2', 'step3', 'step4', 'step5'] as const).map((key) => el('li', { text: text(key) }))),
  el('p', { class: 'meta', text: text('duckdb') }),
);

/** Recompiles on every change; a criteria error is shown as ICP_SCORE shows it, and nothing can be copied. */
function generate(): void {
  const dialect = dialects[1].input.checked ? duckdb : bigquery;
  const summary = queries[1].input.checked;
  dimensionSet.hidden = !summary;
  const chosen = dimensionBoxes.filter((d) => d.box.checked);
  for (const d of dimensionBoxes) d.box.disabled = !d.box.checked && chosen.length >= MAX_DIMENSIONS;
  const name = table.value.trim() || 'accounts';
  try {
    const plan = planCriteria(model.criteria, { headers: model.headers, tiers: model.tiers, language, locale: model.locale, currency: model.currency });
    const sql = summary
      ? renderSummary(dialect, name, { headers: model.headers, plan, dimensions: chosen.map((d) => d.box.value), language: 'en', currency: model.summaryCurrency, locale: model.sheetLocale }).sql
      : renderScoring(plan, dialect, name).sql;
    const parameter = summary && dialect === duckdb ? `${duckdb.setParam('as_of', "DATE '2025-07-01'")}  -- the as-of date\n` : '';
    output.value = parameter + sql;
    error.hidden = true;
    copy.disabled = false;
  } catch (problem) {
    output.value = '';
    error.textContent = text('criteriaError', { message: (problem as Error).message });
    error.hidden = false;
    copy.disabled = true;
  }
  status.textContent = '';
}

async function copySql(): Promise<void> {
  try {
    await navigator.clipboard.writeText(output.value);
    status.textContent = text('copied');
  } catch {
    // The dialog's frame may not be allowed the clipboard API: copy the selection instead.
    output.focus();
    output.select();
    status.textContent = document.execCommand('copy') ? text('copied') : text('copyFailed');
  }
}

for (const input of [...dialects, ...queries].map((r) => r.input)) input.addEventListener('change', generate);
for (const d of dimensionBoxes) d.box.addEventListener('change', generate);
table.addEventListener('input', generate);
copy.addEventListener('click', () => void copySql());
close.addEventListener('click', closeDialog);
generate();
dialects[0].input.focus();
