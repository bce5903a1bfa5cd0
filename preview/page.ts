// The preview page and the google.script.run shim given to the sidebar and dialogs. The page shows what
// the server computed and sends clicks back; every cell text goes in with textContent.

/** google.script.run for pages served by the preview: each call is a POST to /api/run, JSON both ways. */
export const SIDEBAR_SHIM = `
(() => {
  const runner = (success, failure) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (fn) => runner(fn, failure);
      if (name === 'withFailureHandler') return (fn) => runner(success, fn);
      if (name === 'withUserObject') return () => runner(success, failure);
      return (...args) => fetch('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, args }) })
        .then((r) => r.json())
        .then((r) => {
          window.parent && window.parent.postMessage('icp-refresh', '*');
          if (r.ok) success && success(r.value); else failure && failure(new Error(r.message));
        })
        .catch((e) => failure && failure(e));
    },
  });
  window.google = { script: { run: runner(), host: { close: () => window.parent.postMessage('icp-close', '*') } } };
})();`;

const SCRIPT = `
const $ = (id) => document.getElementById(id);
let active = null;
const message = (text, kind) => { const m = $('messages'); const p = document.createElement('p'); p.textContent = text; p.className = kind || ''; m.prepend(p); };
async function api(path, options) {
  const r = await fetch(path, options);
  const data = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(data.error || r.statusText);
  return data;
}
async function refresh() {
  const state = await api('/api/state');
  const menu = $('menu-items');
  menu.replaceChildren();
  for (const item of state.menu) {
    if (!item) { menu.append(document.createElement('hr')); continue; }
    const b = document.createElement('button');
    b.type = 'button'; b.textContent = item.caption; b.setAttribute('role', 'menuitem'); b.dataset.fn = item.functionName;
    b.addEventListener('click', () => { menu.hidden = true; runMenu(item.functionName, []); });
    menu.append(b);
  }
  if (!state.sheets.includes(active)) active = state.active;
  const tabs = $('tabs');
  tabs.replaceChildren(...state.sheets.map((name) => {
    const t = document.createElement('button');
    t.type = 'button'; t.textContent = name; t.setAttribute('role', 'tab'); t.setAttribute('aria-selected', String(name === active));
    t.addEventListener('click', () => { active = name; refresh(); });
    return t;
  }));
  await showSheet(active);
}
function letters(n) { let s = ''; for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s; return s; }
async function showSheet(name) {
  const view = await api('/api/sheet?name=' + encodeURIComponent(name));
  const errors = new Map(view.errors.map(([r, c, m]) => [r + ':' + c, m]));
  const looks = new Map(view.styles.map(([r, c, look]) => [r + ':' + c, look]));
  const table = document.createElement('table');
  table.id = 'grid';
  const width = Math.max(1, ...view.rows.map((r) => r.length));
  const head = table.createTHead().insertRow();
  head.append(document.createElement('th'));
  const hidden = new Set(view.hidden); // columns hidden in the sheet (1-based), like the worksheet's ID column
  for (let c = 1; c <= width; c++) { if (hidden.has(c)) continue; const th = document.createElement('th'); th.textContent = letters(c); head.append(th); }
  const body = table.createTBody();
  view.rows.forEach((row, r) => {
    const tr = body.insertRow();
    if (r < view.frozenRows) tr.className = 'frozen';
    const th = document.createElement('th'); th.textContent = String(r + 1); tr.append(th);
    for (let c = 0; c < width; c++) {
      if (hidden.has(c + 1)) continue;
      const td = tr.insertCell();
      td.textContent = row[c] || '';
      td.dataset.cell = letters(c + 1) + (r + 1);
      const look = looks.get(r + ':' + c);
      if (look && look.bold) td.style.fontWeight = '600';
      if (look && look.background) td.style.backgroundColor = look.background;
      if (look && look.color) td.style.color = look.color;
      const error = errors.get(r + ':' + c);
      if (error) { td.title = error; td.className = 'error'; }
      td.addEventListener('dblclick', () => edit(name, r + 1, c + 1, td));
    }
  });
  const parts = [table];
  if (view.truncated) {
    const note = document.createElement('p');
    note.id = 'truncated';
    note.textContent = 'Showing the first ' + view.rows.length.toLocaleString('en-US') + ' of ' + view.lastRow.toLocaleString('en-US') + ' rows. Menu actions, formulas and Save as .xlsx use them all.';
    parts.push(note);
  }
  $('sheet').replaceChildren(...parts);
}
async function edit(sheet, row, column, td) {
  const value = prompt('New value or formula for ' + td.dataset.cell, td.textContent);
  if (value === null) return;
  await api('/api/cell', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sheet, row, column, value }) });
  refresh();
}
async function runMenu(functionName, answers) {
  $('busy').hidden = false;
  try {
    const result = await api('/api/menu', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ functionName, answers }) });
    if (result.question) {
      const yes = confirm((result.question.title ? result.question.title + '\\n\\n' : '') + result.question.message);
      return runMenu(functionName, [...answers, yes ? (result.question.buttons === 'OK_CANCEL' ? 'OK' : 'YES') : (result.question.buttons === 'OK_CANCEL' ? 'CANCEL' : 'NO')]);
    }
    for (const a of result.alerts) message(a.message, 'alert');
    for (const t of result.toasts) message(t.message, 'toast');
    if (result.sidebar) openPanel(result.sidebar, '/sidebar');
    if (result.dialog) openPanel(result.dialog.title, null, result.dialog.html);
  } catch (e) { message(e.message, 'alert'); }
  finally { $('busy').hidden = true; }
  refresh();
}
function openPanel(title, src, html) {
  $('panel-title').textContent = title;
  const frame = $('panel-frame');
  if (src) { frame.removeAttribute('srcdoc'); frame.src = src; } else { frame.removeAttribute('src'); frame.srcdoc = html; }
  $('panel').hidden = false;
}
window.addEventListener('message', (e) => {
  if (e.data === 'icp-refresh') refresh();
  if (e.data === 'icp-close') $('panel').hidden = true;
});
$('menu-button').addEventListener('click', () => { const m = $('menu-items'); m.hidden = !m.hidden; });
$('panel-close').addEventListener('click', () => { $('panel').hidden = true; });
$('open-file').addEventListener('change', async (e) => {
  const file = e.target.files[0];
  if (!file) return;
  if (file.name.toLowerCase().endsWith('.xlsx') && !confirm('Open ' + file.name + ' in place of the current workbook?')) return;
  try {
    const result = await api('/api/open', { method: 'POST', headers: { 'x-file-name': encodeURIComponent(file.name) }, body: file });
    message('Opened ' + file.name + ': ' + result.added.join(', '), 'toast');
    for (const note of result.notes) message(note, 'toast');
    active = result.added[0];
  } catch (err) { message(err.message, 'alert'); }
  e.target.value = '';
  refresh();
});
$('reset').addEventListener('click', async () => {
  if (!confirm('Start again from an empty spreadsheet?')) return;
  await api('/api/reset', { method: 'POST' });
  active = null;
  refresh();
});
refresh();
`;

export const PAGE_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ICP Toolkit — local preview</title>
<style>
body { margin: 0; font: 13px Roboto, Arial, sans-serif; color: #202124; display: flex; flex-direction: column; height: 100vh; }
header { display: flex; align-items: center; gap: 8px; padding: 6px 10px; border-bottom: 1px solid #dadce0; background: #f8f9fa; position: relative; }
header h1 { font-size: 15px; margin: 0 12px 0 0; }
button, label.file { font: inherit; padding: 4px 10px; border: 1px solid #dadce0; border-radius: 4px; background: #fff; cursor: pointer; }
#menu-items { position: absolute; top: 34px; left: 150px; background: #fff; border: 1px solid #dadce0; box-shadow: 0 2px 6px #0003; z-index: 10; display: flex; flex-direction: column; min-width: 280px; }
#menu-items[hidden] { display: none; }
#menu-items button { border: 0; text-align: left; padding: 8px 12px; }
#menu-items button:hover, #menu-items button:focus { background: #e8f0fe; }
#menu-items hr { margin: 2px 0; border: 0; border-top: 1px solid #dadce0; }
main { flex: 1; display: flex; min-height: 0; }
#sheet { flex: 1; overflow: auto; }
table { border-collapse: collapse; font-size: 12px; }
th, td { border: 1px solid #e0e0e0; padding: 2px 6px; white-space: nowrap; max-width: 240px; overflow: hidden; text-overflow: ellipsis; }
th { background: #f1f3f4; color: #5f6368; font-weight: 400; position: sticky; top: 0; }
tbody th { position: sticky; left: 0; }
tr.frozen td { font-weight: 600; background: #f8f9fa; }
td.error { color: #c5221f; }
#tabs { display: flex; gap: 2px; padding: 4px 8px; border-top: 1px solid #dadce0; background: #f8f9fa; overflow-x: auto; }
#tabs button[aria-selected="true"] { background: #e8f0fe; border-color: #1a73e8; color: #174ea6; }
#panel { width: 320px; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
#panel[hidden] { display: none; }
#panel header { justify-content: space-between; }
#panel iframe { flex: 1; border: 0; width: 100%; }
#messages { max-height: 90px; overflow: auto; padding: 0 10px; }
#truncated { margin: 6px 10px; color: #5f6368; }
#messages p { margin: 4px 0; } #messages .alert { color: #c5221f; } #messages .toast { color: #137333; }
</style>
</head>
<body>
<header>
  <h1>ICP Toolkit preview</h1>
  <button type="button" id="menu-button" aria-haspopup="menu">Extensions ▸ ICP Toolkit ▾</button>
  <div id="menu-items" role="menu" hidden></div>
  <label class="file">Open .xlsx / .csv <input type="file" id="open-file" accept=".xlsx,.csv" hidden></label>
  <a href="/api/export" download="icp-toolkit.xlsx"><button type="button" id="save-xlsx">Save as .xlsx</button></a>
  <button type="button" id="reset">Empty spreadsheet</button>
  <span id="busy" hidden>Working…</span>
</header>
<div id="messages" aria-live="polite"></div>
<main>
  <div id="sheet"></div>
  <aside id="panel" hidden><header><strong id="panel-title"></strong><button type="button" id="panel-close">Close</button></header><iframe id="panel-frame" title="Add-on panel"></iframe></aside>
</main>
<nav id="tabs" role="tablist" aria-label="Sheets"></nav>
<script>${SCRIPT}</script>
</body>
</html>`;
