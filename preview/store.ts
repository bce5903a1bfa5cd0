// The file the preview keeps its workbook in across restarts. Each sheet's cells are turned into JSON once
// and kept until that sheet changes, so an edit in Criteria does not re-serialise 100,000 accounts; the
// file is written shortly after the last change (not on every one), aside and then renamed over the old
// one, so a stop mid-write never leaves half a workbook.
import fs from 'node:fs';
import path from 'node:path';
import { sheetCellsJSON, sheetSettingsJSON, workbookSettingsJSON } from '../emulation/persist';
import type { Emulation } from '../emulation';
import type { SheetModel } from '../emulation/sheet';

/** How long after a change the file is written: changes in quick succession make one write. */
const SAVE_DELAY_MS = 300;

export class WorkbookStore {
  private cells = new WeakMap<SheetModel, string>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private writes = 0;
  /** Bumped by each synchronous write: an older asynchronous write still under way must not rename over it. */
  private generation = 0;
  private emulation: Emulation | null = null;
  private readonly listener = (sheet: SheetModel) => this.cells.delete(sheet);
  /** The last failure to write the file, for the page. */
  lastError: string | null = null;

  constructor(readonly file: string) {}

  /** Keeps this emulation's workbook in the file from now on. */
  attach(emulation: Emulation) {
    if (this.emulation) this.emulation.workbook.listeners = this.emulation.workbook.listeners.filter((l) => l !== this.listener);
    this.emulation = emulation;
    this.cells = new WeakMap();
    emulation.workbook.listeners.push(this.listener);
  }

  /** The workbook as the file's text (throws when it cannot be, e.g. over the longest string V8 makes). */
  serialise(emulation: Emulation = this.emulation!): string {
    const { workbook, documentProperties } = emulation;
    const mine = emulation === this.emulation;
    const sheets = workbook.sheets.map((sheet) => {
      let cells = mine ? this.cells.get(sheet) : undefined;
      if (cells === undefined) {
        cells = JSON.stringify(sheetCellsJSON(sheet));
        if (mine) this.cells.set(sheet, cells);
      }
      return `${JSON.stringify(sheetSettingsJSON(sheet)).slice(0, -1)},"cells":${cells}}`;
    });
    return `${JSON.stringify(workbookSettingsJSON(workbook, documentProperties)).slice(0, -1)},"sheets":[${sheets.join(',')}]}`;
  }

  /** Asks for a write soon. */
  changed() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
    this.timer.unref?.();
  }

  get pending(): boolean {
    return this.timer !== null;
  }

  /** Writes now if anything changed since the last write; resolves when the file is complete. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      let text: string;
      try {
        text = this.serialise();
      } catch (error) {
        this.lastError = `The workbook could not be kept on disk: ${(error as Error).message}`;
        return this.writing;
      }
      const generation = this.generation;
      this.writing = this.writing.then(() => this.write(text, generation));
    }
    return this.writing;
  }

  /** Writes synchronously (before the process stops, or before an action that may be rolled back). */
  flushSync(text?: string) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const content = text ?? this.serialise();
    this.generation++;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const aside = `${this.file}.saving-${++this.writes}`;
    fs.writeFileSync(aside, content);
    fs.renameSync(aside, this.file);
    this.lastError = null;
  }

  private async write(text: string, generation: number) {
    try {
      await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
      const aside = `${this.file}.saving-${++this.writes}`;
      await fs.promises.writeFile(aside, text);
      if (generation !== this.generation) return void (await fs.promises.unlink(aside));
      await fs.promises.rename(aside, this.file);
      this.lastError = null;
    } catch (error) {
      this.lastError = `The workbook could not be kept on disk: ${(error as Error).message}`;
    }
  }
}
