// One open workbook of the preview: the emulation, the real bundle running over it, the formula engine kept
// up to date with it, and the file it is kept in.
import fs from 'node:fs';
import { createEmulation, type Emulation, type LegacyWorkbookJSON, type WorkbookJSON } from '../emulation';
import { type BundleContext, callAsScriptRun, runBundle } from '../emulation/bundle';
import { parseInput } from '../emulation/cells';
import type { SheetModel } from '../emulation/sheet';
import { FormulaEngine } from './formulas';
import { type ImportedSheet, validSheetName } from './files';
import { type Blocks, type Snapshot, WorkbookStore } from './store';

type MenuItem = { caption: string; functionName: string; subMenu?: { items: Array<MenuItem | null> } } | null;

export interface Session {
  emulation: Emulation;
  bundle: BundleContext;
  engine: FormulaEngine;
  menu: MenuItem[];
}

export class Workbooks {
  session!: Session;
  version = 0;
  readonly store: WorkbookStore;

  constructor(stateFile: string, private readonly code: string, private readonly pages: Record<string, string>) {
    this.store = new WorkbookStore(stateFile);
    this.session = this.first();
  }

  boot(workbook?: WorkbookJSON | LegacyWorkbookJSON, emulation?: Emulation): Session {
    const next = emulation ?? createEmulation({ workbook, files: this.pages });
    next.ui.askUser = true;
    const bundle = runBundle(next, this.code);
    bundle.onOpen({ authMode: 'FULL' });
    return { emulation: next, bundle, engine: new FormulaEngine(next.workbook, bundle), menu: next.ui.menus.at(-1)?.items ?? [] };
  }

  /** A session over a saved workbook, and `blocks` (the store's entries for its cells) if they still hold:
   * onOpen could write cells. */
  private reopen(json: WorkbookJSON | LegacyWorkbookJSON, blocks?: Blocks[]): { session: Session; blocks?: Blocks[] } {
    const emulation = createEmulation({ workbook: json, files: this.pages });
    const restored = emulation.workbook.version;
    const session = this.boot(undefined, emulation);
    return { session, blocks: emulation.workbook.version === restored ? blocks : undefined };
  }

  /** Makes `next` the open workbook (`blocks`: what the store already knows of its cells, see WorkbookStore.attach). */
  swap(next: Session, blocks?: Blocks[]) {
    this.session?.engine.dispose();
    this.session = next;
    this.store.attach(next.emulation, blocks);
    this.version++;
  }

  /** A kept workbook that cannot be read is moved aside, never overwritten, and the preview starts empty. */
  private setAside(why: string) {
    const kept = `${this.store.file}.unreadable-${Date.now()}`;
    fs.renameSync(this.store.file, kept);
    console.warn(`${this.store.file} ${why}; it is kept as ${kept} and the preview starts from an empty spreadsheet.`);
  }

  private first(): Session {
    let kept: ReturnType<WorkbookStore['read']> = null;
    try {
      kept = this.store.read();
    } catch {
      this.setAside('is not a saved workbook');
    }
    let opened: { session: Session; blocks?: Blocks[] };
    try {
      opened = kept ? this.reopen(kept.json, kept.blocks) : { session: this.boot() };
      // A file that parses but holds nonsense (a bad date, a cell far out) fails here, not on every view.
      for (const sheet of opened.session.emulation.workbook.sheets) sheet.grid.extent();
    } catch (error) {
      if (!kept) throw error;
      this.setAside(`could not be opened (${(error as Error).message})`);
      kept = null;
      opened = { session: this.boot() };
    }
    this.session = opened.session;
    // A file of this format holds the workbook as it is; one of the first format is rewritten in this one.
    this.store.attach(opened.session.emulation, opened.blocks, Boolean(opened.blocks));
    if (kept && !opened.blocks) this.store.changed(0);
    return opened.session;
  }

  /** Every menu item's function (sub-menus included). */
  menuFunctions(): Set<string> {
    const names = new Set<string>();
    const walk = (items: MenuItem[]) => items.forEach((item) => {
      if (item?.functionName) names.add(item.functionName);
      if (item?.subMenu) walk(item.subMenu.items);
    });
    walk(this.session.menu);
    return names;
  }

  /** Runs bundle code as a user action; a question it asks is sent to the page, and the action re-run with
   * the answer from the workbook as it was before (a snapshot: the blocks in the kept file and the blocks
   * changed since, serialised). */
  async act(run: (bundle: BundleContext) => unknown, answers: string[] = []) {
    const before = this.store.snapshot();
    const { ui, toasts } = this.session.emulation;
    const marks = { alerts: ui.alerts.length, toasts: toasts.length, sidebars: ui.sidebars.length, dialogs: ui.dialogs.length };
    ui.responses = [...answers];
    ui.pendingQuestion = null;
    let result: unknown;
    let failure: unknown = null;
    try {
      result = run(this.session.bundle);
    } catch (error) {
      failure = error;
    } finally {
      ui.responses = []; // an answer left over never answers a later question
    }
    if (ui.pendingQuestion) {
      const question = ui.pendingQuestion;
      ui.pendingQuestion = null;
      this.rollback(before);
      return { question };
    }
    this.changed();
    if (failure) throw failure;
    return {
      result,
      // Messages only: a question shows as the page's dialog, and was answered there.
      alerts: ui.alerts.slice(marks.alerts).filter((alert) => alert.buttons === 'OK'),
      toasts: toasts.slice(marks.toasts),
      sidebar: ui.sidebars.length > marks.sidebars ? ui.sidebars.at(-1)!.getTitle() : null,
      dialog: ui.dialogs.length > marks.dialogs ? { title: ui.dialogs.at(-1)!.title, html: ui.dialogs.at(-1)!.output.getContent() } : null,
    };
  }

  /** google.script.run from the sidebar or a dialog. */
  run(name: string, args: unknown[]) {
    return this.act((bundle) => callAsScriptRun(bundle, name, ...args));
  }

  /** The workbook as it was at `before`: nothing to do when the action changed nothing before it asked
   * (the usual case), else rebuilt from the snapshot, whose blocks the store then keeps using. */
  private rollback(before: Snapshot) {
    if (this.store.unchangedSince(before)) return;
    const { json, blocks } = this.store.restore(before);
    const { session, blocks: known } = this.reopen(json, blocks);
    this.swap(session, known);
    this.store.changed();
  }

  changed() {
    this.version++;
    this.store.changed();
  }

  /** A user typing into a cell, as in Sheets: `=` starts a formula, numbers and dates in the locale. */
  editCell(sheet: SheetModel, row: number, column: number, value: string) {
    const range = this.session.emulation.spreadsheet.getSheetByName(sheet.name)!.getRange(row, column);
    range.setValue(value);
    this.changed();
  }

  /** An .xlsx opens as the whole workbook (like opening a file); a .csv is added as a new sheet. The open
   * workbook is replaced only once the new one is complete; an opened .xlsx is in the kept file when this
   * resolves (written in slices, so the server keeps answering meanwhile). */
  async open(fileName: string, sheets: ImportedSheet[]): Promise<string[]> {
    const replace = fileName.toLowerCase().endsWith('.xlsx');
    const current = this.session.emulation;
    const target = replace ? createEmulation({ files: this.pages, locale: current.workbook.locale, timeZone: current.workbook.timeZone }) : current;
    const workbook = target.workbook;
    if (replace) workbook.sheets = [];
    const added: SheetModel[] = [];
    try {
      for (const imported of sheets) {
        const sheet = workbook.addSheet(validSheetName(imported.name, workbook.sheets.map((s) => s.name)));
        added.push(sheet);
        fill(sheet, imported);
      }
      if (replace) {
        workbook.active = workbook.sheets[0];
        this.swap(this.boot(undefined, target));
      } else {
        workbook.active = added[0];
        for (const sheet of added) sheet.changed();
        this.changed();
      }
    } catch (error) {
      if (!replace) for (const sheet of added) workbook.sheets = workbook.sheets.filter((s) => s !== sheet);
      throw error;
    }
    if (replace) {
      this.store.changed();
      await this.store.flush();
    }
    return added.map((s) => s.name);
  }

  /** The open workbook opened again, as it is (onOpen builds the menu in the spreadsheet's language, as
   * reopening the spreadsheet would). Its cells come from the kept file's blocks, which stay valid, so the
   * next write copies them rather than serialising every cell again. */
  reload() {
    const { json, blocks } = this.store.restore(this.store.snapshot());
    const { session, blocks: known } = this.reopen(json, blocks);
    this.swap(session, known);
    this.changed();
  }

  reset() {
    this.swap(this.boot());
    this.store.changed();
  }
}

/** Writes an opened file's cells straight into a new sheet: CSV text is typed as Sheets' import types it, an
 * .xlsx's cells keep exactly what they are (text stays text, only formula cells are formulas). */
function fill(sheet: SheetModel, imported: ImportedSheet) {
  const { rows, formats, textCells } = imported;
  let width = 0;
  for (const row of rows) if (row && row.length > width) width = row.length;
  if (rows.length > sheet.maxRows) sheet.maxRows = rows.length;
  if (width > sheet.maxColumns) sheet.maxColumns = width;
  const context = { locale: sheet.workbook.locale, timeZone: sheet.workbook.timeZone };
  rows.forEach((row, r) => {
    if (!row) return;
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      const format = formats[r]?.[c];
      if ((value === '' || value === null || value === undefined) && !format) continue;
      const cell = sheet.grid.cell(r + 1, c + 1);
      if (format) cell.format = format;
      if (value && typeof value === 'object' && 'formula' in value) cell.formula = (value as { formula: string }).formula;
      else if (typeof value === 'string' && !textCells) Object.assign(cell, parseInput(value, format, context));
      else if (value !== null && value !== undefined) cell.value = value as never;
    }
  });
}
