// The preview page's script: a spreadsheet grid (active cell, formula bar, keyboard editing, rows loaded as
// they scroll into view), the add-on menu, sheet tabs, charts drawn as SVG, and a message for every failure.
// Every text from the workbook goes in with textContent (or SVG text nodes), never as markup.

export const PAGE_SCRIPT = String.raw`
const $ = (id) => document.getElementById(id);
const WINDOW = 300;
let active = null;          // the sheet shown
let serverActive = null;    // the sheet the workbook says is active (an action may switch it)
let view = null;            // what the grid shows: { name, rows, inputs, totalRows, totalColumns, ... }
let cursor = { row: 1, column: 1 };
let editing = null;         // { input, original }
const message = (text, kind) => { const p = document.createElement('p'); p.textContent = text; p.className = kind || ''; $('messages').prepend(p); };
async function api(path, options) {
  let r;
  try { r = await fetch(path, options); } catch (e) { throw new Error('The preview server does not answer (' + e.message + '). Is npm start still running?'); }
  const data = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(data.error || (r.status + ' ' + r.statusText));
  return data;
}
const post = (path, body) => api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
function letters(n) { let s = ''; for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s; return s; }

async function refresh() {
  try {
    const state = await api('/api/state');
    renderMenu(state.menu);
    $('locale').value = state.locale;
    if (state.saveProblem) message(state.saveProblem, 'alert');
    // Show the sheet an action just made active, as Sheets does; otherwise stay where the user is.
    if (state.active !== serverActive) { serverActive = state.active; if (serverActive) active = serverActive; }
    if (!state.sheets.includes(active)) active = state.active;
    $('tabs').replaceChildren(...state.sheets.filter((name) => name === active || !state.hidden.includes(name)).map((name) => {
      const t = document.createElement('button');
      t.type = 'button'; t.textContent = name; t.setAttribute('role', 'tab'); t.setAttribute('aria-selected', String(name === active));
      t.addEventListener('click', () => selectSheet(name));
      return t;
    }));
    await showSheet(active);
  } catch (e) { message(e.message, 'alert'); }
}
function renderMenu(items) {
  const menu = $('menu-items');
  menu.replaceChildren();
  const add = (list) => list.forEach((item) => {
    if (!item) { menu.append(document.createElement('hr')); return; }
    if (item.subMenu) { add(item.subMenu.items); return; }
    const b = document.createElement('button');
    b.type = 'button'; b.textContent = item.caption; b.setAttribute('role', 'menuitem'); b.dataset.fn = item.functionName;
    b.addEventListener('click', () => { menu.hidden = true; runMenu(item.functionName, []); });
    menu.append(b);
  });
  add(items);
}
async function selectSheet(name) {
  if (name === active) return;
  active = name; cursor = { row: 1, column: 1 };
  try { await post('/api/activate', { sheet: name }); serverActive = name; } catch (e) { message(e.message, 'alert'); }
  refresh();
}

async function showSheet(name) {
  const keep = view && view.name === name ? Math.max(WINDOW, view.rows.length) : WINDOW;
  view = await api('/api/sheet?name=' + encodeURIComponent(name) + '&start=1&count=' + keep);
  view.inputsMap = new Map();
  const table = document.createElement('table');
  table.id = 'grid';
  table.setAttribute('role', 'grid');
  table.setAttribute('aria-label', name);
  // Fixed column widths, as Sheets has: the browser lays out a long table without measuring every cell.
  const cols = document.createElement('colgroup');
  const rowHeader = document.createElement('col'); rowHeader.style.width = '46px'; cols.append(rowHeader);
  for (let c = 1; c <= view.totalColumns; c++) {
    if (new Set(view.hidden).has(c)) continue;
    const col = document.createElement('col'); col.style.width = Math.max(30, Math.min(600, Number(view.widths[c]) || 100)) + 'px'; cols.append(col);
  }
  table.append(cols);
  const head = table.createTHead().insertRow();
  const corner = document.createElement('th'); corner.className = 'corner'; head.append(corner);
  const hidden = new Set(view.hidden);
  for (let c = 1; c <= view.totalColumns; c++) {
    if (hidden.has(c)) continue;
    const th = document.createElement('th'); th.textContent = letters(c); th.setAttribute('scope', 'col'); head.append(th);
  }
  table.createTBody();
  const layer = document.createElement('div');
  layer.id = 'charts';
  $('sheet').replaceChildren(table, layer);
  appendRows(view, 0);
  $('problem').hidden = !view.problem;
  $('problem').textContent = view.problem || '';
  drawCharts();
  if (cursor.row > view.totalRows) cursor.row = view.totalRows;
  if (cursor.column > view.totalColumns) cursor.column = view.totalColumns;
  select(cursor.row, cursor.column, false);
}
function appendRows(part, offset) {
  const body = $('grid').tBodies[0];
  const errors = new Map(part.errors.map(([r, c, m]) => [r + ':' + c, m]));
  const looks = new Map(part.styles.map(([r, c, look]) => [r + ':' + c, look]));
  const numeric = new Set(part.numeric.map(([r, c]) => r + ':' + c));
  const hidden = new Set(view.hidden);
  part.rows.forEach((row, r) => {
    const number = part.start + r;
    const tr = body.insertRow();
    if (number <= view.frozenRows) tr.className = 'frozen';
    const th = document.createElement('th'); th.textContent = String(number); th.setAttribute('scope', 'row'); tr.append(th);
    for (let c = 0; c < view.totalColumns; c++) {
      if (hidden.has(c + 1)) continue;
      const td = tr.insertCell();
      td.textContent = row[c] || '';
      td.dataset.cell = letters(c + 1) + number;
      td.dataset.row = String(number); td.dataset.column = String(c + 1);
      td.setAttribute('role', 'gridcell');
      const key = r + ':' + c;
      const look = looks.get(key);
      if (look && look.bold) td.style.fontWeight = '600';
      if (look && look.background) td.style.backgroundColor = look.background;
      if (look && look.color) td.style.color = look.color;
      if (numeric.has(key)) td.classList.add('number');
      const error = errors.get(key);
      if (error) { td.title = error; td.classList.add('error'); }
    }
  });
  if (offset) { view.rows.push(...part.rows); }
  for (const [r, c, text] of part.inputs) view.inputsMap.set((part.start + r) + ':' + (c + 1), text);
}
async function loadMore() {
  if (!view || view.rows.length >= view.totalRows || loadMore.busy) return;
  loadMore.busy = true;
  try {
    const part = await api('/api/sheet?name=' + encodeURIComponent(view.name) + '&start=' + (view.rows.length + 1) + '&count=' + WINDOW);
    if (part.name === view.name) appendRows(part, view.rows.length);
  } catch (e) { message(e.message, 'alert'); }
  finally { loadMore.busy = false; }
}
function cellAt(row, column) { return document.querySelector('#grid td[data-row="' + row + '"][data-column="' + column + '"]'); }
function inputOf(row, column) {
  const typed = view.inputsMap.get(row + ':' + column);
  if (typed !== undefined) return typed;
  const td = cellAt(row, column);
  return td ? td.textContent : '';
}
async function select(row, column, scroll = true) {
  if (!view) return;
  row = Math.max(1, Math.min(view.totalRows, row));
  column = Math.max(1, Math.min(view.totalColumns, column));
  while (new Set(view.hidden).has(column) && column < view.totalColumns) column++;
  if (row > view.rows.length) await loadMore();
  document.querySelectorAll('#grid td.active').forEach((td) => { td.classList.remove('active'); td.removeAttribute('aria-selected'); });
  cursor = { row, column };
  const td = cellAt(row, column);
  $('name-box').textContent = letters(column) + row;
  $('formula-bar').value = inputOf(row, column);
  if (!td) return;
  td.classList.add('active'); td.setAttribute('aria-selected', 'true');
  if (scroll) td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

function startEdit(initial) {
  const td = cellAt(cursor.row, cursor.column);
  if (!td || editing) return;
  const original = inputOf(cursor.row, cursor.column);
  const input = document.createElement('input');
  input.id = 'cell-editor'; input.setAttribute('aria-label', 'Edit ' + td.dataset.cell);
  input.value = initial === undefined ? original : initial;
  td.replaceChildren(input);
  editing = { input, td, original, shown: td.title };
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  input.addEventListener('input', () => { $('formula-bar').value = input.value; });
}
function cancelEdit() {
  if (!editing) return;
  const { td } = editing;
  editing = null;
  td.textContent = view.rows[cursor.row - 1] ? view.rows[cursor.row - 1][cursor.column - 1] || '' : '';
  $('formula-bar').value = inputOf(cursor.row, cursor.column);
  $('sheet').focus();
}
async function commit(value, move) {
  const at = { ...cursor };
  editing = null;
  $('busy').hidden = false;
  try {
    await post('/api/cell', { sheet: active, row: at.row, column: at.column, value });
  } catch (e) { message(e.message, 'alert'); }
  finally { $('busy').hidden = true; }
  cursor = { row: at.row + (move === 'down' ? 1 : 0), column: at.column + (move === 'right' ? 1 : 0) };
  await refresh();
  $('sheet').focus();
}

function onKey(e) {
  if (editing) {
    if (e.key === 'Enter') { e.preventDefault(); commit(editing.input.value, 'down'); }
    else if (e.key === 'Tab') { e.preventDefault(); commit(editing.input.value, 'right'); }
    else if (e.key === 'Escape') { e.preventDefault(); cancelEdit(); }
    return;
  }
  const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  if (moves[e.key]) { e.preventDefault(); select(cursor.row + moves[e.key][0], cursor.column + moves[e.key][1]); return; }
  if (e.key === 'Tab') { e.preventDefault(); select(cursor.row, cursor.column + (e.shiftKey ? -1 : 1)); return; }
  if (e.key === 'Enter' || e.key === 'F2') { e.preventDefault(); startEdit(); return; }
  if (e.key === 'Delete' || e.key === 'Backspace') { e.preventDefault(); commit('', null); return; }
  if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); startEdit(e.key); }
}

async function runMenu(functionName, answers) {
  $('busy').hidden = false;
  try {
    const result = await post('/api/menu', { functionName, answers });
    if (result.question) {
      const yes = confirm((result.question.title ? result.question.title + '\n\n' : '') + result.question.message);
      const ok = result.question.buttons === 'OK_CANCEL';
      return runMenu(functionName, [...answers, yes ? (ok ? 'OK' : 'YES') : (ok ? 'CANCEL' : 'NO')]);
    }
    for (const a of result.alerts) message(a.message, 'alert');
    for (const t of result.toasts) message(t.message, 'toast');
    if (result.sidebar) openPanel(result.sidebar, '/sidebar');
    if (result.dialog) openPanel(result.dialog.title, null, result.dialog.html);
  } catch (e) { message(e.message, 'alert'); }
  finally { $('busy').hidden = true; }
  await refresh();
}
function openPanel(title, src, html) {
  $('panel-title').textContent = title;
  const frame = $('panel-frame');
  if (src) { frame.removeAttribute('srcdoc'); frame.src = src; } else { frame.removeAttribute('src'); frame.srcdoc = html; }
  $('panel').hidden = false;
}

async function rows(action) {
  try {
    if (action === 'sortAsc' || action === 'sortDesc') await post('/api/sort', { sheet: active, fromRow: Math.max(view.frozenRows, 1) + 1, column: cursor.column, ascending: action === 'sortAsc' });
    else await post('/api/rows', { sheet: active, row: cursor.row, count: 1, action });
  } catch (e) { message(e.message, 'alert'); }
  await refresh();
}

// Charts, drawn from what the add-on set: bars per category, one colour per series, a second axis when asked.
const SVG = 'http://www.w3.org/2000/svg';
const COLORS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'];
function svg(tag, attrs, text) { const el = document.createElementNS(SVG, tag); for (const k in attrs) el.setAttribute(k, attrs[k]); if (text !== undefined) el.textContent = text; return el; }
function niceMax(values) { const max = Math.max(0, ...values.filter((v) => v !== null)); if (max <= 0) return 1; const p = Math.pow(10, Math.floor(Math.log10(max))); return Math.ceil(max / p) * p; }
const short = (label, n) => (label.length > n ? label.slice(0, n - 1) + '…' : label);
const tick = (v) => (Math.abs(v) >= 1000 ? (v / 1000).toLocaleString() + 'k' : v.toLocaleString());
// Bars grouped by category, one colour per series; a series on the right axis is scaled to that axis.
function drawChart(chart) {
  const horizontal = chart.type === 'BAR';
  const n = chart.categories.length, s = chart.series.length;
  const W = horizontal ? 560 : Math.max(560, 130 + n * (6 + 10 * s)), H = horizontal ? Math.max(280, 90 + n * (8 + 8 * s)) : 380;
  const left = horizontal ? 140 : 64, right = horizontal ? 20 : 64, top = 44, bottom = horizontal ? 64 : 110;
  const root = svg('svg', { width: W, height: H, viewBox: '0 0 ' + W + ' ' + H, role: 'img', class: 'chart' });
  root.append(svg('title', {}, chart.title || 'Chart'));
  root.append(svg('rect', { x: 0, y: 0, width: W, height: H, fill: '#fff', stroke: '#dadce0' }));
  root.append(svg('text', { x: W / 2, y: 24, 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 600, class: 'chart-title' }, chart.title));
  const axes = ['left', 'right', 'bottom'].filter((axis) => chart.series.some((x) => x.axis === axis));
  const max = {};
  for (const axis of axes) max[axis] = niceMax(chart.series.filter((x) => x.axis === axis).flatMap((x) => x.values));
  const plotW = W - left - right, plotH = H - top - bottom;
  const band = (horizontal ? plotH : plotW) / Math.max(1, n);
  const bar = Math.max(2, (band - 6) / Math.max(1, s));
  for (const axis of axes) {
    for (const f of [0, 0.5, 1]) {
      const v = max[axis] * f;
      if (horizontal) root.append(svg('text', { x: left + plotW * f, y: top + plotH + 14, 'text-anchor': 'middle', 'font-size': 10, fill: '#5f6368' }, tick(v)));
      else {
        const y = top + plotH - plotH * f;
        if (axis === 'left') root.append(svg('line', { x1: left, x2: left + plotW, y1: y, y2: y, stroke: '#e8eaed' }));
        root.append(svg('text', { x: axis === 'left' ? left - 6 : left + plotW + 6, y: y + 4, 'text-anchor': axis === 'left' ? 'end' : 'start', 'font-size': 10, fill: '#5f6368' }, tick(v)));
      }
    }
    const title = chart.axisTitles[axis];
    if (!title) continue;
    if (horizontal) root.append(svg('text', { x: left + plotW / 2, y: top + plotH + 30, 'text-anchor': 'middle', 'font-size': 11, class: 'axis-title' }, title));
    else {
      const x = axis === 'left' ? 14 : W - 10;
      root.append(svg('text', { x, y: top + plotH / 2, 'text-anchor': 'middle', 'font-size': 11, class: 'axis-title', transform: 'rotate(-90 ' + x + ' ' + (top + plotH / 2) + ')' }, title));
    }
  }
  chart.categories.forEach((label, i) => {
    const at = i * band;
    if (horizontal) root.append(svg('text', { x: left - 6, y: top + at + band / 2 + 4, 'text-anchor': 'end', 'font-size': 11 }, short(label, 22)));
    else {
      const x = left + at + band / 2, y = top + plotH + 10;
      root.append(svg('text', { x, y, 'text-anchor': 'end', 'font-size': 10, transform: 'rotate(-45 ' + x + ' ' + y + ')' }, short(label, 18)));
    }
    chart.series.forEach((series, k) => {
      const v = series.values[i];
      if (v === null || v === undefined) return;
      const size = Math.max(0, v) / max[series.axis] * (horizontal ? plotW : plotH);
      const offset = at + 3 + k * bar;
      const rect = horizontal
        ? svg('rect', { x: left, y: top + offset, width: size, height: bar - 1, fill: COLORS[k % COLORS.length] })
        : svg('rect', { x: left + offset, y: top + plotH - size, width: bar - 1, height: size, fill: COLORS[k % COLORS.length] });
      rect.append(svg('title', {}, series.name + ' — ' + label + ': ' + v.toLocaleString()));
      rect.setAttribute('class', 'bar');
      root.append(rect);
    });
  });
  root.append(svg('line', horizontal ? { x1: left, y1: top, x2: left, y2: top + plotH, stroke: '#5f6368' } : { x1: left, y1: top + plotH, x2: left + plotW, y2: top + plotH, stroke: '#5f6368' }));
  chart.series.forEach((series, k) => {
    const x = left + k * 200, y = H - 10;
    root.append(svg('rect', { x, y: y - 9, width: 10, height: 10, fill: COLORS[k % COLORS.length] }));
    root.append(svg('text', { x: x + 14, y, 'font-size': 11, class: 'legend' }, series.name + (series.axis === 'right' ? ' (right axis)' : '')));
  });
  return root;
}
function drawCharts() {
  const layer = $('charts');
  layer.replaceChildren(...view.charts.map((chart) => {
    const box = document.createElement('figure');
    box.className = 'chart-box';
    box.append(drawChart(chart));
    const anchor = cellAt(chart.anchor[0], chart.anchor[1]);
    if (anchor) { box.style.left = anchor.offsetLeft + 'px'; box.style.top = anchor.offsetTop + 'px'; }
    return box;
  }));
}

$('sheet').addEventListener('keydown', onKey);
$('sheet').addEventListener('click', (e) => {
  const td = e.target.closest && e.target.closest('td[data-row]');
  if (!td || editing) return;
  select(Number(td.dataset.row), Number(td.dataset.column), false);
});
$('sheet').addEventListener('dblclick', (e) => { if (e.target.closest && e.target.closest('td[data-row]')) startEdit(); });
$('sheet').addEventListener('scroll', () => { const s = $('sheet'); if (s.scrollTop + s.clientHeight > s.scrollHeight - 400) loadMore(); });
$('formula-bar').addEventListener('keydown', (e) => {
  if (e.key === 'Enter') { e.preventDefault(); commit($('formula-bar').value, 'down'); }
  if (e.key === 'Escape') { $('formula-bar').value = inputOf(cursor.row, cursor.column); $('sheet').focus(); }
});
$('menu-button').addEventListener('click', () => { const m = $('menu-items'); m.hidden = !m.hidden; });
$('panel-close').addEventListener('click', () => { $('panel').hidden = true; });
$('locale').addEventListener('change', async (e) => {
  try { await post('/api/settings', { locale: e.target.value }); } catch (err) { message(err.message, 'alert'); }
  refresh();
});
for (const [id, action] of [['insert-row', 'insertBefore'], ['delete-row', 'delete'], ['sort-asc', 'sortAsc'], ['sort-desc', 'sortDesc']]) $(id).addEventListener('click', () => rows(action));
$('save-xlsx').addEventListener('click', async () => {
  $('busy').hidden = false;
  try {
    const r = await fetch('/api/export');
    if (!r.ok) throw new Error((await r.json().catch(() => ({}))).error || r.statusText);
    const url = URL.createObjectURL(await r.blob());
    const a = document.createElement('a'); a.href = url; a.download = 'icp-toolkit.xlsx'; document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  } catch (e) { message('Save as .xlsx failed: ' + e.message, 'alert'); }
  finally { $('busy').hidden = true; }
});
$('open-file').addEventListener('change', async (e) => {
  const file = e.target.files[0];
  if (!file) return;
  if (file.name.toLowerCase().endsWith('.xlsx') && !confirm('Open ' + file.name + ' in place of the current workbook?')) { e.target.value = ''; return; }
  $('busy').hidden = false;
  try {
    const result = await api('/api/open', { method: 'POST', headers: { 'x-file-name': encodeURIComponent(file.name) }, body: file });
    message('Opened ' + file.name + ': ' + result.added.join(', '), 'toast');
    for (const note of result.notes) message(note, 'toast');
    active = result.added[0]; serverActive = active; cursor = { row: 1, column: 1 };
  } catch (err) { message(err.message, 'alert'); }
  finally { $('busy').hidden = true; }
  e.target.value = '';
  refresh();
});
$('reset').addEventListener('click', async () => {
  if (!confirm('Start again from an empty spreadsheet?')) return;
  try { await api('/api/reset', { method: 'POST' }); } catch (e) { message(e.message, 'alert'); }
  active = null; serverActive = null;
  refresh();
});
window.addEventListener('message', (e) => {
  if (e.origin !== location.origin && e.origin !== 'null') return;
  if (e.data === 'icp-refresh') refresh();
  if (e.data === 'icp-close') $('panel').hidden = true;
});
window.addEventListener('unhandledrejection', (e) => message(String(e.reason && e.reason.message || e.reason), 'alert'));
refresh();
`;
