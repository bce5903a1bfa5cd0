// Builds dist/: Code.js (the Apps Script bundle), one self-contained HTML file per client page (Sidebar.html,
// Suggest.html, SqlExport.html) and appsscript.json.
//
// Apps Script only sees top-level `function NAME() {}` declarations, and esbuild drops comments, so the
// bundle is an IIFE exposing src/main.ts's exports as `ICPToolkit`, followed by one generated stub per
// export. The export list of src/main.ts is the single list of entry points; custom functions get their
// JSDoc (read from src/functions.ts with the TypeScript parser) so Sheets shows autocomplete and help.
import * as esbuild from 'esbuild';
import ts from 'typescript';
import vm from 'node:vm';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const GLOBAL = 'ICPToolkit';
/**
 * Client pages: client/<dir>/{main.ts, style.css} → dist/<file>.html, served by HtmlService by file name.
 * The dialogs share one shell, client/dialog.{html,css} (their own style.css adds to it); the sidebar has its own.
 */
export const PAGES = [
  { dir: 'sidebar', file: 'Sidebar', shell: 'sidebar/index' },
  { dir: 'suggest', file: 'Suggest', shell: 'dialog' },
  { dir: 'sql', file: 'SqlExport', shell: 'dialog' },
];

export async function build({ minify = true } = {}) {
  fs.mkdirSync(dist, { recursive: true });
  const bundle = await esbuild.build({
    entryPoints: [path.join(root, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    minify,
    legalComments: 'none',
    // UTF-8 output: Vietnamese and Romanian texts cost 2–3 bytes a character instead of a 6-byte \u escape.
    charset: 'utf8',
    write: false,
  });
  const body = bundle.outputFiles[0].text;
  const names = exportedNames(body);
  const docs = customFunctionDocs(path.join(root, 'src/functions.ts'));
  const stubs = names.map((name) => stub(name, docs.get(name))).join('\n');
  const code = `${body}\n${stubs}\n`;
  fs.writeFileSync(path.join(dist, 'Code.js'), code);
  fs.copyFileSync(path.join(root, 'appsscript.json'), path.join(dist, 'appsscript.json'));
  const pageBytes = {};
  for (const page of PAGES) {
    const html = await buildPage(page, minify);
    fs.writeFileSync(path.join(dist, `${page.file}.html`), html);
    pageBytes[page.file] = Buffer.byteLength(html);
  }
  return { codeBytes: Buffer.byteLength(code), sidebarBytes: pageBytes.Sidebar, pageBytes, entryPoints: names };
}

/** Evaluates the bundle in an empty context to list what src/main.ts exports. */
function exportedNames(body) {
  const context = vm.createContext({});
  vm.runInContext(`${body};this.__names = Object.keys(${GLOBAL});`, context);
  const names = context.__names;
  for (const name of names) {
    if (!/^[A-Za-z][A-Za-z0-9_]*[A-Za-z0-9]$/.test(name)) throw new Error(`entry point "${name}" is not a valid Apps Script name`);
  }
  return [...names].sort();
}

/** Reads the JSDoc and parameter names of every exported function in src/functions.ts. */
function customFunctionDocs(file) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true);
  const docs = new Map();
  source.forEachChild((node) => {
    if (!ts.isFunctionDeclaration(node) || !node.name) return;
    const exported = node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const jsDoc = node.jsDoc?.at(-1);
    if (!exported || !jsDoc) return;
    const text = jsDoc.getText();
    if (!text.includes('@customfunction')) return;
    docs.set(node.name.text, { text, params: node.parameters.map((p) => p.name.getText()) });
  });
  return docs;
}

function stub(name, doc) {
  if (doc) {
    const params = doc.params.join(', ');
    return `${doc.text}\nfunction ${name}(${params}) { return ${GLOBAL}.${name}(${params}); }\n`;
  }
  return `function ${name}() { return ${GLOBAL}.${name}.apply(null, arguments); }`;
}

/** Inlines a page's bundled script and stylesheet (its shell's, then its own) into its shell's HTML. */
async function buildPage({ dir, shell }, minify) {
  const client = (file) => fs.readFileSync(path.join(root, 'client', file), 'utf8');
  const html = client(`${shell}.html`);
  const script = await esbuild.build({
    entryPoints: [path.join(root, 'client', dir, 'main.ts')],
    bundle: true, format: 'iife', target: 'es2020', minify, legalComments: 'none', charset: 'utf8', write: false,
  });
  const sharedCss = fs.existsSync(path.join(root, 'client', `${shell}.css`)) ? client(`${shell}.css`) : '';
  const css = sharedCss + client(`${dir}/style.css`);
  const js = script.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  return html
    .replace('/*STYLE*/', () => css.replace(/<\/style/gi, '<\\/style'))
    .replace('/*SCRIPT*/', () => js);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await build({ minify: !process.argv.includes('--no-minify') });
  console.log(
    `dist/Code.js ${(result.codeBytes / 1024).toFixed(1)} KB, ${result.entryPoints.length} entry points; ` +
      Object.entries(result.pageBytes).map(([file, bytes]) => `dist/${file}.html ${(bytes / 1024).toFixed(1)} KB`).join(', '),
  );
}
