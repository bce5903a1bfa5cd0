// The local preview (docs/rules.md, Preview): a web server on 127.0.0.1 that runs the real dist/Code.js in a vm over the
// shared in-memory spreadsheet. The page only shows the workbook and forwards clicks and
// google.script.run calls here; it runs none of the add-on's logic.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createEmulation, type Emulation, type WorkbookJSON } from '../emulation';
import { type BundleContext, callAsScriptRun, runBundle } from '../emulation/bundle';
import { isDate } from '../emulation/cells';
import { computeWorkbook, type Computed } from './formulas';
import { knownColumns } from '../src/core/accounts';
import { FileError, type ImportedSheet, type Look, MAX_FILE_BYTES, cellLook, readFile, writeXlsx } from './files';
import { PAGE_HTML, SIDEBAR_SHIM } from './page';

export interface PreviewOptions {
  port?: number;
  host?: string;
  /** Where the workbook persists across restarts. */
  stateFile: string;
  distDir: string;
}

interface Session {
  emulation: Emulation;
  bundle: BundleContext;
  menu: Array<{ caption: string; functionName: string } | null>;
  version: number;
  computed?: { version: number; result: Computed };
}

const json = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

async function body(req: http.IncomingMessage, limit = MAX_FILE_BYTES + 1): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new FileError('The file is larger than 10 MB.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function startPreview(options: PreviewOptions): Promise<{ url: string; server: http.Server; close: () => Promise<void> }> {
  const code = fs.readFileSync(path.join(options.distDir, 'Code.js'), 'utf8');
  const sidebar = fs.readFileSync(path.join(options.distDir, 'Sidebar.html'), 'utf8');
  // Every built client page, served by file name as HtmlService.createHtmlOutputFromFile does.
  const pages = { Sidebar: sidebar, Suggest: fs.readFileSync(path.join(options.distDir, 'Suggest.html'), 'utf8') };
  /** A kept workbook that cannot be read is moved aside, never overwritten, and the preview starts empty. */
  const setAside = (why: string) => {
    const kept = `${options.stateFile}.unreadable-${Date.now()}`;
    fs.renameSync(options.stateFile, kept);
    console.warn(`${options.stateFile} ${why}; it is kept as ${kept} and the preview starts from an empty spreadsheet.`);
  };
  const load = (): WorkbookJSON | undefined => {
    if (!fs.existsSync(options.stateFile)) return undefined;
    try {
      return JSON.parse(fs.readFileSync(options.stateFile, 'utf8'));
    } catch {
      setAside('is not a saved workbook');
      return undefined;
    }
  };
  const boot = (workbook?: WorkbookJSON): Session => {
    const emulation = createEmulation({ workbook, files: pages });
    emulation.ui.askUser = true;
    const bundle = runBundle(emulation, code);
    bundle.onOpen({ authMode: 'FULL' });
    return { emulation, bundle, menu: emulation.ui.menus.at(-1)?.items ?? [], version: 0 };
  };
  const first = (): Session => {
    const kept = load();
    try {
      return boot(kept);
    } catch (error) {
      if (!kept) throw error;
      setAside(`could not be opened (${(error as Error).message})`);
      return boot();
    }
  };
  let session = first();
  const save = () => {
    session.version++;
    fs.mkdirSync(path.dirname(options.stateFile), { recursive: true });
    // Written aside, then renamed over the old file: a stop mid-write never leaves half a workbook.
    fs.writeFileSync(`${options.stateFile}.saving`, JSON.stringify(session.emulation.toJSON()));
    fs.renameSync(`${options.stateFile}.saving`, options.stateFile);
  };
  const computed = () => {
    if (session.computed?.version !== session.version) session.computed = { version: session.version, result: computeWorkbook(session.emulation.workbook, session.bundle) };
    return session.computed.result;
  };

  /** Runs bundle code as a user action; a question it asks is sent to the page, and the action re-run with the answer. */
  const act = (run: () => unknown, answers: string[] = []) => {
    const { ui, toasts } = session.emulation;
    const snapshot = session.emulation.toJSON();
    const marks = { alerts: ui.alerts.length, toasts: toasts.length, sidebars: ui.sidebars.length, dialogs: ui.dialogs.length };
    ui.responses.push(...answers);
    ui.pendingQuestion = null;
    let result: unknown;
    try {
      result = run();
    } catch (error) {
      if (!ui.pendingQuestion) throw error;
    }
    ui.responses = [];
    if (ui.pendingQuestion) {
      const question = ui.pendingQuestion;
      session = { ...boot(snapshot), version: session.version + 1 };
      return { question };
    }
    save();
    return {
      result,
      // Messages only: a question shows as the page's confirm dialog, and was answered there.
      alerts: ui.alerts.slice(marks.alerts).filter((alert) => alert.buttons === 'OK'),
      toasts: toasts.slice(marks.toasts),
      sidebar: ui.sidebars.length > marks.sidebars ? ui.sidebars.at(-1)!.getTitle() : null,
      dialog: ui.dialogs.length > marks.dialogs ? { title: ui.dialogs.at(-1)!.title, html: withShim(ui.dialogs.at(-1)!.output.getContent()) } : null,
    };
  };

  const withShim = (html: string) => html.replace(/<head>/i, `<head><script>${SIDEBAR_SHIM}</script>`);

  const sheetView = (name: string) => {
    const sheet = session.emulation.workbook.sheetNamed(name);
    if (!sheet) return null;
    const { values, errors } = computed();
    const computedRows = values.get(name) ?? [];
    const { lastRow, lastColumn } = sheet.grid.extent();
    const rows = Math.min(Math.max(lastRow, computedRows.length), 2000);
    const columns = Math.max(lastColumn, ...computedRows.slice(0, rows).map((r) => r.length), 0);
    const display: string[][] = [];
    const styles: Array<[number, number, Look]> = [];
    for (let r = 1; r <= rows; r++) {
      const line: string[] = [];
      for (let c = 1; c <= columns; c++) {
        const cell = sheet.grid.get(r, c);
        const value = cell && !cell.formula && cell.value !== '' ? cell.value : computedRows[r - 1]?.[c - 1];
        line.push(show(value, cell?.format));
        const look = cellLook(cell?.style);
        if (look) styles.push([r - 1, c - 1, look]);
      }
      display.push(line);
    }
    // Spilled blanks (a formula over C2:C fills the whole column) do not make rows worth showing.
    while (display.length > 1 && display[display.length - 1].every((v) => v === '')) display.pop();
    return { name, rows: display, frozenRows: sheet.frozenRows, hidden: [...sheet.hiddenColumns], errors: errors.get(name) ?? [], styles, truncated: lastRow > rows, lastRow };
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!fromOwnPage(req)) return json(res, 403, { error: 'The preview only answers its own page on this computer.' });
    try {
      if (req.method === 'GET' && url.pathname === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(PAGE_HTML);
      }
      if (req.method === 'GET' && url.pathname === '/sidebar') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(withShim(sidebar));
      }
      if (req.method === 'GET' && url.pathname === '/api/state') {
        const workbook = session.emulation.workbook;
        return json(res, 200, { sheets: workbook.sheets.map((s) => s.name), active: workbook.active?.name ?? workbook.sheets[0]?.name, menu: session.menu, version: session.version });
      }
      if (req.method === 'GET' && url.pathname === '/api/sheet') {
        const view = sheetView(url.searchParams.get('name') ?? '');
        return view ? json(res, 200, view) : json(res, 404, { error: 'No such sheet.' });
      }
      if (req.method === 'POST' && url.pathname === '/api/menu') {
        const { functionName, answers } = JSON.parse((await body(req, 1e5)).toString() || '{}');
        if (!session.menu.some((item) => item?.functionName === functionName)) return json(res, 400, { error: `Unknown menu item ${functionName}` });
        return json(res, 200, act(() => session.bundle[functionName](), Array.isArray(answers) ? answers.map(String) : []));
      }
      if (req.method === 'POST' && url.pathname === '/api/run') {
        const { name, args } = JSON.parse((await body(req, 5e6)).toString() || '{}');
        const outcome = act(() => callAsScriptRun(session.bundle, String(name), ...(Array.isArray(args) ? args : [])));
        const question = (outcome as { question?: { message: string } }).question;
        if (question) return json(res, 200, { ok: false, message: question.message });
        return json(res, 200, (outcome as { result: unknown }).result);
      }
      if (req.method === 'POST' && url.pathname === '/api/cell') {
        const { sheet, row, column, value } = JSON.parse((await body(req, 1e6)).toString() || '{}');
        const target = session.emulation.spreadsheet.getSheetByName(String(sheet));
        if (!target) return json(res, 404, { error: 'No such sheet.' });
        target.getRange(Number(row), Number(column)).setValue(String(value));
        save();
        return json(res, 200, { ok: true });
      }
      if (req.method === 'POST' && url.pathname === '/api/open') {
        const name = decodeURIComponent(String(req.headers['x-file-name'] ?? 'file'));
        const sheets = await readFile(name, await body(req));
        return json(res, 200, openSheets(name, sheets));
      }
      if (req.method === 'GET' && url.pathname === '/api/export') {
        const bytes = await writeXlsx(session.emulation.workbook, computed().values);
        res.writeHead(200, {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': 'attachment; filename="icp-toolkit.xlsx"',
        });
        return res.end(bytes);
      }
      if (req.method === 'POST' && url.pathname === '/api/reset') {
        session = { ...boot(), version: session.version + 1 };
        save();
        return json(res, 200, { ok: true });
      }
      json(res, 404, { error: 'Not found' });
    } catch (error) {
      json(res, error instanceof FileError ? 400 : 500, { error: (error as Error).message });
    }
  });

  /** An .xlsx opens as the whole workbook (like opening a file); a .csv is added as a new sheet. */
  const openSheets = (fileName: string, sheets: ImportedSheet[]) => {
    const replace = fileName.toLowerCase().endsWith('.xlsx');
    const next = replace ? createEmulation({ files: pages }) : session.emulation;
    const workbook = next.workbook;
    const added: string[] = [];
    const notes: string[] = [];
    for (const { name, rows, formats } of sheets) {
      let unique = name;
      for (let n = 2; workbook.sheetNamed(unique); n++) unique = `${name} (${n})`;
      const width = Math.max(1, ...rows.map((r) => r.length));
      const sheet = workbook.addSheet(unique);
      if (rows.length > sheet.maxRows) sheet.insertRowsAfter(sheet.maxRows, rows.length - sheet.maxRows);
      if (width > sheet.maxColumns) sheet.insertColumnsAfter(sheet.maxColumns, width - sheet.maxColumns);
      const block = sheet.getRange(1, 1, rows.length, width);
      // Formats first, so text columns (format @) keep their text exactly, as in the file.
      block.setNumberFormats(rows.map((_, r) => Array.from({ length: width }, (__, c) => formats[r]?.[c] ?? 'General')));
      block.setValues(rows.map((r) => [...r, ...new Array(width - r.length).fill('')]));
      added.push(unique);
      notes.push(columnsNote(unique, rows[0] ?? []));
    }
    if (replace) {
      workbook.active = workbook.sheets[0];
      session = { ...boot(next.toJSON()), version: session.version + 1 };
    }
    save();
    return { added, replaced: replace, notes };
  };

  await new Promise<void>((resolve) => server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}/`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Says whether an opened sheet's first row has the Accounts columns the add-on reads. */
function columnsNote(sheet: string, header: unknown[]): string {
  const known = [...knownColumns(header as never).keys()];
  if (known.includes('account')) return `${sheet}: ${known.length} of the Accounts columns found in the first row; paste its rows into Accounts to score and summarize them.`;
  return `${sheet}: no Account column in the first row, so the add-on will not read it as accounts; it is kept as a plain sheet.`;
}

/** Only the preview's own page may drive it: the Host must name this computer (a DNS-rebinding page's does
 * not), and a request another site's page sends (it carries that site's Origin) is refused. */
function fromOwnPage(req: http.IncomingMessage): boolean {
  const host = req.headers.host ?? '';
  if (!/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i.test(host)) return false;
  const origin = req.headers.origin;
  return origin === undefined || origin.toLowerCase() === `http://${host.toLowerCase()}`;
}

function show(value: unknown, format?: string): string {
  if (value === null || value === undefined || typeof value === 'symbol') return '';
  if (isDate(value)) return (value as Date).toISOString().slice(0, format?.includes('hh') ? 16 : 10).replace('T', ' ');
  if (typeof value === 'number') {
    // A rough reading of the number format: decimals after the point, thousands separators, percent.
    const decimals = /0\.(0+)/.exec(format ?? '')?.[1].length ?? (format && /^[#,0]+%?$/.test(format) ? 0 : undefined);
    const scaled = format?.includes('%') ? value * 100 : value;
    const grouping = Boolean(format?.includes(','));
    const digits = decimals ?? (Number.isInteger(value) ? 0 : 4);
    const text = scaled.toLocaleString('en-US', { useGrouping: grouping, minimumFractionDigits: decimals ?? 0, maximumFractionDigits: digits });
    return format?.includes('%') ? `${text}%` : text;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
