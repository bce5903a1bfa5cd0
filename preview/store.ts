// The file the preview keeps its workbook in across restarts (emulation/persist.ts has the format): a line
// of JSON with the workbook's settings, per sheet a line with its settings followed by a line per block of
// rows, and an end line. Writing it never holds the server for long:
// - only blocks changed since the last write (the workbook's listeners say which rows changed) are
//   serialised again; the others are copied from the previous file, read through a handle kept open on it,
//   so no text of the workbook stays in memory;
// - the work runs in slices of a few milliseconds, with requests answered in between;
// - a change during a write abandons it (the next write starts over and reuses what is still valid), so a
//   file never mixes two moments; it is written aside and renamed over the old one, so a stop or a failure
//   mid-write leaves the previous file whole.
// A snapshot (to roll back an action that asked a question) refers to the blocks in the file the same way
// and serialises only the blocks changed since.
import fs from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { Emulation } from '../emulation';
import {
  BLOCK_ROWS, type BlockJSON, type LegacyWorkbookJSON, type SheetSettingsJSON, type WorkbookJSON, type WorkbookSettingsJSON,
  blockCount, blockJSON, sheetSettingsJSON, workbookSettingsJSON,
} from '../emulation/persist';
import type { SheetModel } from '../emulation/sheet';
import type { ChangedArea } from '../emulation/spreadsheet';

/** How long after a change the file is written: changes in quick succession make one write. */
const SAVE_DELAY_MS = 300;
/** Longest stretch of serialising between two turns of the event loop. */
const SLICE_MS = 20;
/** Bytes gathered before they go to the file, and the largest piece copied from the previous file at once. */
const BATCH_BYTES = 1 << 20;
const FORMAT_VERSION = 2;

/** A block as its line of the file (no newline; '' for an empty block), or where that line is in the kept file (newline included). */
export type BlockEntry = { text: string } | { offset: number; length: number };
/** A sheet's blocks by index (block i holds rows i × BLOCK_ROWS …); a block without an entry is serialised when needed. */
export type Blocks = Map<number, BlockEntry>;

/** A workbook read from the file, with where its blocks are in it (to copy them into later writes). */
export interface KeptWorkbook {
  json: WorkbookJSON | LegacyWorkbookJSON;
  blocks?: Blocks[];
}

/** The workbook at one moment, cheaply: usable only before the next write completes (i.e. synchronously). */
export interface Snapshot {
  generation: number;
  keptVersion: number;
  header: string;
  sheets: Array<{ sheet: SheetModel; settings: string; blocks: Array<[number, BlockEntry]> }>;
}

interface Plan {
  generation: number;
  keptVersion: number;
  kept: number | null;
  header: string;
  sheets: Array<{ sheet: SheetModel; settings: string; blocks: Blocks; count: number }>;
}
/** Where a block went in the file being written. */
interface Placed { blocks: Blocks; index: number; entry: BlockEntry; offset: number; length: number }
type Piece = { bytes: Buffer } | { offset: number; length: number };
type Outcome = 'written' | 'abandoned' | 'failed';

const readAt = promisify(fs.read);
const isText = (entry: BlockEntry): entry is { text: string } => 'text' in entry;

export class WorkbookStore {
  private emulation: Emulation | null = null;
  private blocks = new WeakMap<SheetModel, Blocks>();
  /** Bumped by every change; the file holds `savedGeneration`. */
  private generation = 0;
  private savedGeneration = -1;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private writes = 0;
  /** The file as last written or read, open: block entries' offsets point into it, whatever is renamed over its path. */
  private kept: number | null = null;
  /** Bumped whenever `kept` changes: a write planned against an older one is abandoned. */
  private keptVersion = 0;
  /** Asynchronous writes under way, and the old files they may still read from (closed when none is). */
  private inFlight = 0;
  private retired: number[] = [];
  private readonly listener = (sheet: SheetModel, area?: ChangedArea) => {
    this.generation++;
    const blocks = this.blocks.get(sheet);
    if (!blocks) return;
    if (!area) return void this.blocks.delete(sheet);
    const last = Math.floor((area.row + Math.max(area.numRows, 1) - 1) / BLOCK_ROWS);
    for (let i = Math.floor(area.row / BLOCK_ROWS); i <= last; i++) blocks.delete(i);
  };
  /** The last failure to write the file, for the page. */
  lastError: string | null = null;

  constructor(readonly file: string) {}

  /**
   * Keeps this emulation's workbook in the file from now on. `blocks` (per sheet, in order) are entries known
   * to hold its cells, e.g. from the file it was read from; `saved` says the file holds it exactly.
   */
  attach(emulation: Emulation, blocks?: Blocks[], saved = false) {
    if (this.emulation) this.emulation.workbook.listeners = this.emulation.workbook.listeners.filter((l) => l !== this.listener);
    this.emulation = emulation;
    this.blocks = new WeakMap();
    blocks?.forEach((entries, i) => {
      const sheet = emulation.workbook.sheets[i];
      if (sheet) this.blocks.set(sheet, entries);
    });
    emulation.workbook.listeners.push(this.listener);
    this.generation++;
    if (saved) this.savedGeneration = this.generation;
  }

  /** Reads the file (null when there is none); throws when it is not a kept workbook. */
  read(): KeptWorkbook | null {
    let fd: number;
    try {
      fd = fs.openSync(this.file, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      const kept = parseKept(fs.readFileSync(fd));
      if (kept.blocks) this.keep(fd);
      else fs.closeSync(fd);
      return kept;
    } catch (error) {
      fs.closeSync(fd);
      throw error;
    }
  }

  /** Asks for a write soon (or after `delay` ms). */
  changed(delay = SAVE_DELAY_MS) {
    this.generation++;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
    this.timer.unref?.();
  }

  get pending(): boolean {
    return this.timer !== null || this.generation !== this.savedGeneration;
  }

  /** Writes now if anything changed since the last write; resolves when the file holds the workbook as it then is (or the write failed: `lastError`). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.writing = this.writing.then(() => this.writeUntilSaved());
    return this.writing;
  }

  /** Writes synchronously, if anything changed (before the process stops). */
  flushSync() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.emulation || this.generation === this.savedGeneration) return;
    const plan = this.plan();
    const aside = this.asidePath();
    const placed: Placed[] = [];
    let fd: number | null = null;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fd = fs.openSync(aside, 'w');
      for (const piece of this.pieces(plan, placed)) {
        if ('bytes' in piece) writeAllSync(fd, piece.bytes);
        else copySync(plan.kept!, piece.offset, piece.length, fd);
      }
      fs.closeSync(fd);
      fd = null;
      this.commit(plan, aside, placed);
    } catch (error) {
      if (fd !== null) fs.closeSync(fd);
      fs.rmSync(aside, { force: true });
      this.lastError = `The workbook could not be kept on disk: ${(error as Error).message}`;
      throw error;
    }
  }

  /** The workbook as it is now: blocks in the file are referred to, only the others serialised. */
  snapshot(): Snapshot {
    const workbook = this.emulation!.workbook;
    return {
      generation: this.generation,
      keptVersion: this.keptVersion,
      header: this.header(),
      sheets: workbook.sheets.map((sheet) => {
        const blocks = this.blocksOf(sheet);
        const entries: Array<[number, BlockEntry]> = [];
        for (let i = 0; i < blockCount(sheet.grid); i++) entries.push([i, this.entry(sheet, blocks, i)]);
        return { sheet, settings: JSON.stringify(sheetSettingsJSON(sheet)), blocks: entries };
      }),
    };
  }

  /** True when nothing kept in the file changed since the snapshot (no cell, setting, sheet, property or metadata). */
  unchangedSince(snapshot: Snapshot): boolean {
    const sheets = this.emulation!.workbook.sheets;
    return snapshot.generation === this.generation
      && sheets.length === snapshot.sheets.length
      && sheets.every((sheet, i) => snapshot.sheets[i].sheet === sheet && snapshot.sheets[i].settings === JSON.stringify(sheetSettingsJSON(sheet)))
      && snapshot.header === this.header();
  }

  /** The workbook of a snapshot, with its block entries (to attach the restored workbook with). */
  restore(snapshot: Snapshot): KeptWorkbook & { blocks: Blocks[] } {
    if (snapshot.keptVersion !== this.keptVersion) throw new Error('The workbook file changed since the snapshot was taken.');
    const settings = JSON.parse(snapshot.header) as WorkbookSettingsJSON & { version: number; blockRows: number };
    const json: WorkbookJSON = { ...settingsOf(settings), version: 2, sheets: [] };
    for (const saved of snapshot.sheets) {
      const blocks: BlockJSON[] = [];
      for (const [, entry] of saved.blocks) {
        const text = isText(entry) ? entry.text : readSync(this.kept!, entry.offset, entry.length).toString('utf8');
        if (text.trim()) blocks.push(JSON.parse(text));
      }
      json.sheets.push({ ...(JSON.parse(saved.settings) as SheetSettingsJSON), blocks });
    }
    return { json, blocks: snapshot.sheets.map((s) => new Map(s.blocks)) };
  }

  private asidePath() {
    return `${this.file}.saving-${process.pid}-${++this.writes}`;
  }

  private header(): string {
    const { workbook, documentProperties } = this.emulation!;
    return JSON.stringify({ version: FORMAT_VERSION, blockRows: BLOCK_ROWS, ...workbookSettingsJSON(workbook, documentProperties) });
  }

  private blocksOf(sheet: SheetModel): Blocks {
    let blocks = this.blocks.get(sheet);
    if (!blocks) this.blocks.set(sheet, (blocks = new Map()));
    return blocks;
  }

  /** A block's entry, serialising it when it has none. */
  private entry(sheet: SheetModel, blocks: Blocks, index: number): BlockEntry {
    let entry = blocks.get(index);
    if (!entry) {
      const block = blockJSON(sheet.grid, index);
      entry = { text: block ? JSON.stringify(block) : '' };
      blocks.set(index, entry);
    }
    return entry;
  }

  private keep(fd: number) {
    const previous = this.kept;
    this.kept = fd;
    this.keptVersion++;
    if (previous === null) return;
    if (this.inFlight > 0) this.retired.push(previous);
    else fs.closeSync(previous);
  }

  /** What a write will hold: the settings now, and each sheet's blocks (serialised lazily as the write reaches them). */
  private plan(): Plan {
    return {
      generation: this.generation,
      keptVersion: this.keptVersion,
      kept: this.kept,
      header: this.header(),
      sheets: this.emulation!.workbook.sheets.map((sheet) => ({ sheet, settings: JSON.stringify({ sheet: sheetSettingsJSON(sheet) }), blocks: this.blocksOf(sheet), count: blockCount(sheet.grid) })),
    };
  }

  /** The file's bytes in order: new text, or stretches to copy from the kept file (neighbouring blocks in one). */
  private *pieces(plan: Plan, placed: Placed[]): Generator<Piece> {
    let position = 0;
    let copy: { offset: number; length: number } | null = null;
    const text = function* (line: string) {
      if (copy) yield copy;
      copy = null;
      const bytes = Buffer.from(line);
      position += bytes.length;
      if (bytes.length) yield { bytes };
    };
    yield* text(`${plan.header}\n`);
    for (const { sheet, settings, blocks, count } of plan.sheets) {
      yield* text(`${settings}\n`);
      for (let index = 0; index < count; index++) {
        const entry = this.entry(sheet, blocks, index);
        if (isText(entry)) {
          placed.push({ blocks, index, entry, offset: position, length: entry.text ? Buffer.byteLength(entry.text) + 1 : 0 });
          if (entry.text) yield* text(`${entry.text}\n`);
          continue;
        }
        placed.push({ blocks, index, entry, offset: position, length: entry.length });
        if (entry.length === 0) continue;
        position += entry.length;
        if (copy && copy.offset + copy.length === entry.offset && copy.length + entry.length <= BATCH_BYTES) copy.length += entry.length;
        else {
          if (copy) yield copy;
          copy = { offset: entry.offset, length: entry.length };
        }
      }
    }
    yield* text('{"end":true}\n');
    if (copy) yield copy;
  }

  private async writeUntilSaved() {
    while (this.emulation && this.generation !== this.savedGeneration) {
      if ((await this.write()) === 'failed') return;
    }
  }

  /** One attempt: abandoned as soon as the workbook (or the kept file) changes under it. */
  private async write(): Promise<Outcome> {
    const plan = this.plan();
    const stale = () => this.generation !== plan.generation || this.keptVersion !== plan.keptVersion;
    const aside = this.asidePath();
    const placed: Placed[] = [];
    let handle: fs.promises.FileHandle | null = null;
    let committed = false;
    this.inFlight++;
    try {
      await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
      handle = await fs.promises.open(aside, 'w');
      let batch: Buffer[] = [];
      let size = 0;
      const drain = async () => {
        if (size) await writeAll(handle!, batch.length === 1 ? batch[0] : Buffer.concat(batch, size));
        batch = [];
        size = 0;
      };
      let slice = performance.now();
      for (const piece of this.pieces(plan, placed)) {
        if ('bytes' in piece) {
          batch.push(piece.bytes);
          size += piece.bytes.length;
          if (size >= BATCH_BYTES) await drain();
        } else {
          await drain();
          await copy(plan.kept!, piece.offset, piece.length, handle);
        }
        if (performance.now() - slice > SLICE_MS) {
          await nextTurn();
          slice = performance.now();
        }
        if (stale()) return 'abandoned';
      }
      await drain();
      await handle.close();
      handle = null;
      if (stale()) return 'abandoned';
      this.commit(plan, aside, placed);
      committed = true;
      return 'written';
    } catch (error) {
      this.lastError = `The workbook could not be kept on disk: ${(error as Error).message}`;
      return 'failed';
    } finally {
      if (handle) await handle.close().catch(() => undefined);
      if (!committed) await fs.promises.rm(aside, { force: true }).catch(() => undefined);
      if (--this.inFlight === 0) this.retired.splice(0).forEach((fd) => fs.closeSync(fd));
    }
  }

  /** The aside file becomes the kept file (synchronously, so nothing runs between the rename and what follows). */
  private commit(plan: Plan, aside: string, placed: Placed[]) {
    fs.renameSync(aside, this.file);
    this.keep(fs.openSync(this.file, 'r'));
    // Blocks unchanged since the plan are now read from the new file; blocks serialised since are kept as text.
    const now = new Map<Blocks, Blocks>();
    for (const { sheet, blocks } of plan.sheets) if (this.blocks.get(sheet) === blocks) now.set(blocks, new Map());
    for (const { blocks, index, entry, offset, length } of placed) {
      if (blocks.get(index) === entry) now.get(blocks)?.set(index, { offset, length });
    }
    for (const { sheet, blocks } of plan.sheets) {
      const next = now.get(blocks);
      if (!next) continue;
      for (const [index, entry] of blocks) if (isText(entry) && !next.has(index)) next.set(index, entry);
      this.blocks.set(sheet, next);
    }
    this.savedGeneration = plan.generation;
    this.lastError = null;
  }
}

function settingsOf(header: WorkbookSettingsJSON): WorkbookSettingsJSON {
  const { locale, timeZone, name, activeSheet, documentProperties, metadata } = header;
  return { locale, timeZone, name, activeSheet, documentProperties, metadata };
}

/** A workbook as the text of a kept file, whole (tests; the store writes block by block). */
export function keptText(json: WorkbookJSON): string {
  const { sheets, version: _, ...settings } = json;
  const lines = [JSON.stringify({ version: FORMAT_VERSION, blockRows: BLOCK_ROWS, ...settings })];
  for (const { blocks, ...sheet } of sheets) lines.push(JSON.stringify({ sheet }), ...blocks.map((block) => JSON.stringify(block)));
  return `${lines.join('\n')}\n{"end":true}\n`;
}

/** A kept file's workbook: this format line by line (with where each block is), the first format as one JSON object. */
export function parseKept(bytes: Buffer): KeptWorkbook {
  const firstEnd = bytes.indexOf(10);
  let header: (WorkbookSettingsJSON & { version?: number; blockRows?: number }) | null = null;
  try {
    header = JSON.parse(bytes.toString('utf8', 0, firstEnd === -1 ? bytes.length : firstEnd));
  } catch {
    header = null;
  }
  if (header?.version === undefined) return { json: firstEnd === -1 && header ? (header as LegacyWorkbookJSON) : JSON.parse(bytes.toString('utf8')) };
  if (header.version !== FORMAT_VERSION) throw new Error(`it was written by another version of the preview (format ${JSON.stringify(header.version)})`);
  const sameBlocks = header.blockRows === BLOCK_ROWS;
  const json: WorkbookJSON = { ...settingsOf(header), version: 2, sheets: [] };
  const blocks: Blocks[] = [];
  let ended = false;
  for (let start = firstEnd + 1; start < bytes.length && !ended;) {
    const end = bytes.indexOf(10, start);
    if (end === -1) break;
    const line = JSON.parse(bytes.toString('utf8', start, end));
    if (line.end === true) ended = true;
    else if (line.sheet) {
      json.sheets.push({ ...line.sheet, blocks: [] });
      blocks.push(new Map());
    } else {
      const sheet = json.sheets.at(-1);
      if (!sheet) throw new Error('a block comes before any sheet');
      sheet.blocks.push(line);
      const index = line.row / BLOCK_ROWS;
      if (sameBlocks && Number.isInteger(index)) blocks.at(-1)!.set(index, { offset: start, length: end + 1 - start });
    }
    start = end + 1;
  }
  if (!ended) throw new Error('the file ends before the workbook does');
  return { json, blocks: sameBlocks ? blocks : undefined };
}

async function writeAll(handle: fs.promises.FileHandle, bytes: Buffer) {
  for (let done = 0; done < bytes.length;) done += (await handle.write(bytes, done, bytes.length - done)).bytesWritten;
}

function writeAllSync(fd: number, bytes: Buffer) {
  for (let done = 0; done < bytes.length;) done += fs.writeSync(fd, bytes, done, bytes.length - done);
}

async function copy(from: number, offset: number, length: number, to: fs.promises.FileHandle) {
  const chunk = Buffer.allocUnsafe(Math.min(length, BATCH_BYTES));
  for (let done = 0; done < length;) {
    const { bytesRead } = await readAt(from, chunk, 0, Math.min(chunk.length, length - done), offset + done);
    if (bytesRead === 0) throw new Error('the previous workbook file is shorter than expected');
    await writeAll(to, chunk.subarray(0, bytesRead));
    done += bytesRead;
  }
}

function readSync(from: number, offset: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  for (let done = 0; done < length;) {
    const read = fs.readSync(from, bytes, done, length - done, offset + done);
    if (read === 0) throw new Error('the previous workbook file is shorter than expected');
    done += read;
  }
  return bytes;
}

function copySync(from: number, offset: number, length: number, to: number) {
  writeAllSync(to, readSync(from, offset, length));
}
