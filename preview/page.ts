// The preview page and the google.script.run shim given to the sidebar and dialogs. The page shows what
// the server computed and sends clicks and keys back; every cell text goes in with textContent.
import { PAGE_SCRIPT } from './script';

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

export const PAGE_HTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ICP Toolkit — local preview</title>
<style>
body { margin: 0; font: 13px Roboto, Arial, sans-serif; color: #202124; display: flex; flex-direction: column; height: 100vh; }
header { display: flex; align-items: center; gap: 8px; padding: 6px 10px; border-bottom: 1px solid #dadce0; background: #f8f9fa; position: relative; flex-wrap: wrap; }
header h1 { font-size: 15px; margin: 0 12px 0 0; }
button, label.file, select { font: inherit; padding: 4px 10px; border: 1px solid #dadce0; border-radius: 4px; background: #fff; cursor: pointer; }
#menu-items { position: absolute; top: 34px; left: 150px; background: #fff; border: 1px solid #dadce0; box-shadow: 0 2px 6px #0003; z-index: 10; display: flex; flex-direction: column; min-width: 280px; }
#menu-items[hidden] { display: none; }
#menu-items button { border: 0; text-align: left; padding: 8px 12px; }
#menu-items button:hover, #menu-items button:focus { background: #e8f0fe; }
#menu-items hr { margin: 2px 0; border: 0; border-top: 1px solid #dadce0; }
#bar { display: flex; align-items: stretch; border-bottom: 1px solid #dadce0; }
#name-box { width: 70px; padding: 4px 8px; border-right: 1px solid #dadce0; color: #5f6368; }
#formula-bar { flex: 1; border: 0; padding: 4px 8px; font: 13px monospace; }
#tools { display: flex; gap: 4px; padding: 4px 10px; border-bottom: 1px solid #dadce0; }
#tools button { padding: 2px 8px; font-size: 12px; }
main { flex: 1; display: flex; min-height: 0; }
#sheet { flex: 1; overflow: auto; position: relative; outline: none; }
#sheet:focus-visible { box-shadow: inset 0 0 0 2px #1a73e8; }
table { border-collapse: collapse; font-size: 12px; table-layout: fixed; width: max-content; }
th, td { border: 1px solid #e0e0e0; padding: 2px 6px; white-space: nowrap; height: 18px; overflow: hidden; text-overflow: ellipsis; }
tbody th { background: #f1f3f4; }
th { background: #f1f3f4; color: #5f6368; font-weight: 400; position: sticky; top: 0; z-index: 2; }
tbody th { position: sticky; left: 0; min-width: 36px; z-index: 1; }
th.corner { left: 0; z-index: 3; }
td.number { text-align: right; }
td.active { outline: 2px solid #1a73e8; outline-offset: -2px; }
td input { width: 100%; box-sizing: border-box; border: 0; font: inherit; outline: none; padding: 0; }
tr.frozen td { font-weight: 600; background: #f8f9fa; }
td.error { color: #c5221f; }
#charts { position: absolute; top: 0; left: 0; width: 0; height: 0; }
.chart-box { position: absolute; margin: 0; box-shadow: 0 1px 4px #0003; z-index: 4; }
#tabs { display: flex; gap: 2px; padding: 4px 8px; border-top: 1px solid #dadce0; background: #f8f9fa; overflow-x: auto; }
#tabs button[aria-selected="true"] { background: #e8f0fe; border-color: #1a73e8; color: #174ea6; }
#panel { width: 320px; border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
#panel[hidden] { display: none; }
#panel header { justify-content: space-between; }
#panel iframe { flex: 1; border: 0; width: 100%; }
#messages { max-height: 90px; overflow: auto; padding: 0 10px; }
#problem { margin: 0; padding: 6px 10px; background: #fce8e6; color: #c5221f; }
#problem[hidden] { display: none; }
#messages p { margin: 4px 0; } #messages .alert { color: #c5221f; } #messages .toast { color: #137333; }
</style>
</head>
<body>
<header>
  <h1>ICP Toolkit preview</h1>
  <button type="button" id="menu-button" aria-haspopup="menu">Extensions ▸ ICP Toolkit ▾</button>
  <div id="menu-items" role="menu" hidden></div>
  <label class="file">Open .xlsx / .csv <input type="file" id="open-file" accept=".xlsx,.csv" hidden></label>
  <button type="button" id="save-xlsx">Save as .xlsx</button>
  <button type="button" id="reset">Empty spreadsheet</button>
  <label>Locale <select id="locale"><option value="en_US">English (US)</option><option value="vi_VN">Tiếng Việt (Việt Nam)</option><option value="ro_RO">Română (România)</option></select></label>
  <span id="busy" hidden>Working…</span>
</header>
<div id="messages" aria-live="polite"></div>
<div id="bar"><span id="name-box" aria-label="Selected cell">A1</span><input id="formula-bar" aria-label="Formula bar" autocomplete="off"></div>
<div id="tools" role="toolbar" aria-label="Rows">
  <button type="button" id="insert-row">Insert row above</button>
  <button type="button" id="delete-row">Delete row</button>
  <button type="button" id="sort-asc">Sort sheet A → Z by this column</button>
  <button type="button" id="sort-desc">Sort sheet Z → A</button>
</div>
<p id="problem" role="alert" hidden></p>
<main>
  <div id="sheet" tabindex="0"><div id="charts"></div></div>
  <aside id="panel" hidden><header><strong id="panel-title"></strong><button type="button" id="panel-close">Close</button></header><iframe id="panel-frame" title="Add-on panel"></iframe></aside>
</main>
<nav id="tabs" role="tablist" aria-label="Sheets"></nav>
<script>${PAGE_SCRIPT}</script>
</body>
</html>`;
