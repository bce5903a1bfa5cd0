// The local preview (docs/rules.md, Preview): a web server on 127.0.0.1 that runs the real dist/Code.js in a vm over the
// in-memory spreadsheet. The page only shows the workbook and forwards clicks and google.script.run calls
// here; it runs none of the add-on's logic.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { FileError, MAX_FILE_BYTES, readFile, writeXlsx } from './files';
import { knownColumns } from '../src/core/accounts';
import { PAGE_HTML, SIDEBAR_SHIM } from './page';
import { BusyError, WorkQueue } from './queue';
import { Workbooks } from './session';
import { sheetView } from './view';

export interface PreviewOptions {
  port?: number;
  host?: string;
  /** Where the workbook persists across restarts. */
  stateFile: string;
  distDir: string;
}

/** Locales and time zones the page offers (the add-on's three languages). */
export const LOCALES: Record<string, string> = { en_US: 'America/New_York', vi_VN: 'Asia/Ho_Chi_Minh', ro_RO: 'Europe/Bucharest' };

/** At most this many workbook requests wait their turn; more get "busy" (a flood cannot pile up work). */
const MAX_QUEUED = 8;

/** A request the page can fix: answered 400 with the message. */
class BadRequest extends Error {}

const SECURITY_HEADERS = {
  // No other site may frame the preview (clickjacking); its own sidebar and dialogs are same-origin frames.
  'x-frame-options': 'SAMEORIGIN',
  'content-security-policy': "frame-ancestors 'self'",
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

const json = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

const sizeText = (bytes: number) => (bytes >= 1048576 ? `${bytes / 1048576} MB` : `${Math.round(bytes / 1024)} kB`);

async function body(req: http.IncomingMessage, limit: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new (what === 'file' ? FileError : BadRequest)(`The ${what} is larger than ${sizeText(limit)}.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function jsonBody(req: http.IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const text = (await body(req, limit, 'request')).toString();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text || '{}');
  } catch {
    throw new BadRequest('The request is not valid JSON.');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new BadRequest('The request must be a JSON object.');
  return parsed as Record<string, unknown>;
}

function whole(value: unknown, name: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new BadRequest(`${name} must be a whole number from 1 to ${max.toLocaleString('en-US')}, got ${JSON.stringify(value)}.`);
  return n;
}

export async function startPreview(options: PreviewOptions): Promise<{ url: string; server: http.Server; close: () => Promise<void>; saveNow: () => void }> {
  const code = fs.readFileSync(path.join(options.distDir, 'Code.js'), 'utf8');
  const sidebar = fs.readFileSync(path.join(options.distDir, 'Sidebar.html'), 'utf8');
  // Every built client page, served by file name as HtmlService.createHtmlOutputFromFile does.
  const pages = { Sidebar: sidebar, Suggest: fs.readFileSync(path.join(options.distDir, 'Suggest.html'), 'utf8') };
  const books = new Workbooks(options.stateFile, code, pages);
  const withShim = (html: string) => html.replace(/<head>/i, `<head><script>${SIDEBAR_SHIM}</script>`);

  const queue = new WorkQueue(MAX_QUEUED);
  const inTurn = <T>(work: () => Promise<T> | T) => queue.run(work);

  const sheetNamed = (name: unknown) => {
    const sheet = books.session.emulation.workbook.sheetNamed(String(name ?? ''));
    if (!sheet) throw new NotFound('No such sheet.');
    return sheet;
  };

  const state = () => {
    const workbook = books.session.emulation.workbook;
    return {
      sheets: workbook.sheets.map((s) => s.name),
      // Sheets lists a hidden sheet (the add-on's Tier Snapshot) only under View > Hidden sheets, not as a tab.
      hidden: workbook.sheets.filter((s) => s.hidden).map((s) => s.name),
      active: workbook.active?.name ?? workbook.sheets[0]?.name,
      menu: books.session.menu,
      version: books.version,
      locale: workbook.locale,
      timeZone: workbook.timeZone,
      locales: Object.keys(LOCALES),
      saveProblem: books.store.lastError,
    };
  };

  const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<unknown>> = {
    'GET /': async (_req, res) => {
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE_HTML);
    },
    'GET /sidebar': async (_req, res) => {
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8' });
      res.end(withShim(sidebar));
    },
    'GET /api/state': async (_req, res) => json(res, 200, state()),
    'GET /api/sheet': (_req, res, url) => inTurn(() => {
      const sheet = sheetNamed(url.searchParams.get('name'));
      const start = Number(url.searchParams.get('start') ?? 1) || 1;
      const count = Number(url.searchParams.get('count') ?? 200) || 200;
      json(res, 200, sheetView(sheet, books.session.engine, start, count));
    }),
    'POST /api/menu': async (req, res) => {
      const { functionName, answers } = await jsonBody(req, 100 * 1024);
      if (typeof functionName !== 'string' || !books.menuFunctions().has(functionName)) throw new BadRequest(`Unknown menu item ${JSON.stringify(functionName)}.`);
      const replies = Array.isArray(answers) ? answers.map(String) : [];
      json(res, 200, await inTurn(async () => {
        const outcome = await books.act((bundle) => bundle[functionName](), replies);
        return 'dialog' in outcome && outcome.dialog ? { ...outcome, dialog: { ...outcome.dialog, html: withShim(outcome.dialog.html) } } : outcome;
      }));
    },
    'POST /api/run': async (req, res) => {
      const { name, args } = await jsonBody(req, 5 * 1024 * 1024);
      if (typeof name !== 'string') throw new BadRequest('name must be the name of a server function.');
      const outcome: { question?: { message: string }; result?: unknown } = await inTurn(() => books.run(name, Array.isArray(args) ? args : []));
      if (outcome.question) return json(res, 200, { ok: false, message: outcome.question.message });
      json(res, 200, outcome.result);
    },
    'POST /api/cell': async (req, res) => {
      const input = await jsonBody(req, 1024 * 1024);
      await inTurn(() => {
        const sheet = sheetNamed(input.sheet);
        const row = whole(input.row, 'row', sheet.maxRows);
        const column = whole(input.column, 'column', sheet.maxColumns);
        const value = input.value === null || input.value === undefined ? '' : String(input.value);
        if (value.length > 50_000) throw new BadRequest('A cell holds at most 50,000 characters.');
        books.editCell(sheet, row, column, value);
      });
      json(res, 200, { ok: true });
    },
    'POST /api/rows': async (req, res) => {
      const input = await jsonBody(req, 10_000);
      await inTurn(() => {
        const sheet = sheetNamed(input.sheet);
        const api = books.session.emulation.spreadsheet.getSheetByName(sheet.name)!;
        const row = whole(input.row, 'row', sheet.maxRows);
        const count = whole(input.count ?? 1, 'count', sheet.maxRows);
        if (input.action === 'insertBefore') api.insertRowsBefore(row, count);
        else if (input.action === 'insertAfter') api.insertRowsAfter(row, count);
        else if (input.action === 'delete') api.deleteRows(row, Math.min(count, sheet.maxRows - row + 1));
        else throw new BadRequest('action must be insertBefore, insertAfter or delete.');
        books.changed();
      });
      json(res, 200, { ok: true });
    },
    'POST /api/sort': async (req, res) => {
      const input = await jsonBody(req, 10_000);
      await inTurn(() => {
        const sheet = sheetNamed(input.sheet);
        const api = books.session.emulation.spreadsheet.getSheetByName(sheet.name)!;
        const from = whole(input.fromRow, 'fromRow', sheet.maxRows);
        const column = whole(input.column, 'column', sheet.maxColumns);
        const { lastRow, lastColumn } = sheet.grid.extent();
        if (lastRow < from) return;
        const range = api.getRange(from, 1, lastRow - from + 1, Math.max(lastColumn, column));
        if (typeof (range as { sort?: unknown }).sort !== 'function') throw new BadRequest('Sorting is not available in this version of the preview.');
        range.sort({ column, ascending: input.ascending !== false });
        books.changed();
      });
      json(res, 200, { ok: true });
    },
    'POST /api/activate': async (req, res) => {
      const input = await jsonBody(req, 10_000);
      await inTurn(() => {
        sheetNamed(input.sheet).activate();
      });
      json(res, 200, { ok: true });
    },
    'POST /api/settings': async (req, res) => {
      const { locale } = await jsonBody(req, 10_000);
      if (typeof locale !== 'string' || !(locale in LOCALES)) throw new BadRequest(`locale must be one of ${Object.keys(LOCALES).join(', ')}.`);
      await inTurn(() => {
        const spreadsheet = books.session.emulation.spreadsheet;
        spreadsheet.setSpreadsheetLocale(locale);
        spreadsheet.setSpreadsheetTimeZone(LOCALES[locale]);
        // The menu is in the user's language: onOpen builds it again, as reopening the spreadsheet would.
        books.reload();
      });
      json(res, 200, state());
    },
    'POST /api/open': async (req, res) => {
      const raw = String(req.headers['x-file-name'] ?? 'file');
      let name: string;
      try {
        name = decodeURIComponent(raw);
      } catch {
        name = raw;
      }
      const bytes = await body(req, MAX_FILE_BYTES, 'file');
      const result = await inTurn(async () => {
        const sheets = await readFile(name, bytes);
        const added = await books.open(name, sheets);
        return { added, replaced: name.toLowerCase().endsWith('.xlsx'), notes: sheets.map((s, i) => columnsNote(added[i], s.rows[0] ?? [])) };
      });
      json(res, 200, result);
    },
    'GET /api/export': (_req, res) => inTurn(async () => {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': 'attachment; filename="icp-toolkit.xlsx"',
      });
      const engine = books.session.engine;
      await writeXlsx(books.session.emulation.workbook, (sheet, first, count, width) => engine.block(sheet, first, 1, count, width).values, res);
    }),
    'POST /api/reset': (_req, res) => inTurn(() => {
      books.reset();
      json(res, 200, { ok: true });
    }),
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const why = refusal(req, url);
    if (why) return json(res, 403, { error: why });
    const route = routes[`${req.method} ${url.pathname}`];
    if (!route) return json(res, 404, { error: 'Not found' });
    try {
      await route(req, res, url);
    } catch (error) {
      if (res.headersSent) {
        res.destroy(error as Error); // a save cut short: the browser reports the download as failed
        return;
      }
      // A body left unread (too large) would be read as the next request: this connection ends here.
      if (!req.complete) res.setHeader('connection', 'close');
      const status = error instanceof BusyError ? 503 : error instanceof NotFound ? 404 : error instanceof FileError || error instanceof BadRequest ? 400 : 500;
      json(res, status, { error: (error as Error).message || String(error) });
    }
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}/`,
    server,
    /** Writes the workbook file now, synchronously (before the process exits). */
    saveNow: () => books.store.flushSync(),
    close: async () => {
      await books.store.flush();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      books.session.engine.dispose();
    },
  };
}

class NotFound extends Error {}

/** Says whether an opened sheet's first row has the Accounts columns the add-on reads. */
function columnsNote(sheet: string, header: unknown[]): string {
  const known = [...knownColumns(header.map((h) => (typeof h === 'string' && h.startsWith("'") ? h.slice(1) : h)) as never).keys()];
  if (known.includes('account')) return `${sheet}: ${known.length} of the Accounts columns found in the first row; paste its rows into Accounts to score and summarize them.`;
  return `${sheet}: no Account column in the first row, so the add-on will not read it as accounts; it is kept as a plain sheet.`;
}

/**
 * Only the preview's own page may drive it. The Host must name this computer (a DNS-rebinding page's does
 * not); a request another site's page sends carries that site's Origin, or a Sec-Fetch-Site other than
 * same-origin (browsers send it with every request, GETs and downloads included); only the page itself may
 * be opened from the address bar.
 */
function refusal(req: http.IncomingMessage, url: URL): string | null {
  const refused = 'The preview only answers its own page on this computer.';
  const host = req.headers.host ?? '';
  if (!/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i.test(host)) return refused;
  const origin = req.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${host.toLowerCase()}`) return refused;
  const site = req.headers['sec-fetch-site'];
  if (site === undefined || site === 'same-origin') return null;
  if (site === 'none' && req.method === 'GET' && url.pathname === '/') return null;
  return refused;
}
