// Runs the built dist/Code.js in a fresh vm context over the emulation, as Apps Script would.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Emulation } from '../../emulation';
import { type BundleContext, type ScriptRun, type ScriptRunResult, callAsScriptRun, createScriptRun, runBundle } from '../../emulation/bundle';

export { type BundleContext, type ScriptRun, type ScriptRunResult, callAsScriptRun } from '../../emulation/bundle';

const ROOT = path.resolve(__dirname, '../..');
export const CODE_PATH = path.join(ROOT, 'dist/Code.js');
export const SIDEBAR_PATH = path.join(ROOT, 'dist/Sidebar.html');
export const SUGGEST_PATH = path.join(ROOT, 'dist/Suggest.html');
export const SQL_EXPORT_PATH = path.join(ROOT, 'dist/SqlExport.html');

/** Builds dist/ once per test run when it is missing (npm test builds first anyway). */
export function ensureBuilt(): void {
  if (![CODE_PATH, SIDEBAR_PATH, SUGGEST_PATH, SQL_EXPORT_PATH].every((file) => fs.existsSync(file))) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'ignore' });
  }
}

export interface LoadBundleOptions {
  /** Bundle source to run instead of dist/Code.js (tests of the loader itself). */
  code?: string;
  /** Rebuild dist/ first even when it exists. */
  rebuild?: boolean;
}

/**
 * A fresh context holding the emulation's globals with the bundle loaded: call top-level functions as
 * Sheets would (`ctx.SEGMENT_CLV(100, 0.8, 0.02)`, `ctx.onOpen({ authMode: 'NONE' })`).
 */
export function loadBundle(emulation: Emulation, options: LoadBundleOptions = {}): BundleContext {
  if (options.code !== undefined) return runBundle(emulation, options.code);
  if (options.rebuild) execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'ignore' });
  else ensureBuilt();
  return runBundle(emulation, fs.readFileSync(CODE_PATH, 'utf8'));
}

/** `google.script.run` over a loaded bundle: handlers, JSON round trip, asynchronous answers. */
export function scriptRun(ctx: BundleContext): ScriptRun & { pending(): Promise<void> } {
  return createScriptRun(ctx);
}

/** Promise form of one google.script.run call: resolves with the JSON-crossed result, rejects with its Error. */
export function runAsync(ctx: BundleContext, name: string, ...args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      const result: ScriptRunResult = callAsScriptRun(ctx, name, ...args);
      if (result.ok) resolve(result.value);
      else reject(new Error(result.message));
    }, 0);
  });
}

/** The built client pages, as HtmlService.createHtmlOutputFromFile serves them (for `createEmulation({ files })`). */
export function pageFiles(): Record<string, string> {
  ensureBuilt();
  return { Sidebar: fs.readFileSync(SIDEBAR_PATH, 'utf8'), Suggest: fs.readFileSync(SUGGEST_PATH, 'utf8'), SqlExport: fs.readFileSync(SQL_EXPORT_PATH, 'utf8') };
}
