// Runs the built dist/Code.js in a fresh vm context over the emulation, as Apps Script would.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { execFileSync } from 'node:child_process';
import type { Emulation } from '../../emulation';

const ROOT = path.resolve(__dirname, '../..');
export const CODE_PATH = path.join(ROOT, 'dist/Code.js');
export const SIDEBAR_PATH = path.join(ROOT, 'dist/Sidebar.html');

/** Builds dist/ once per test run when it is missing (npm test builds first anyway). */
export function ensureBuilt(): void {
  if (!fs.existsSync(CODE_PATH) || !fs.existsSync(SIDEBAR_PATH)) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'ignore' });
  }
}

export type BundleContext = vm.Context & Record<string, (...args: unknown[]) => unknown>;

export function loadBundle(emulation: Emulation): BundleContext {
  ensureBuilt();
  const context = vm.createContext({ ...emulation.globals });
  vm.runInContext(fs.readFileSync(CODE_PATH, 'utf8'), context, { filename: 'Code.js' });
  return context as BundleContext;
}

/** google.script.run semantics: arguments and results cross as JSON (no Dates, no functions). */
export function callAsScriptRun(context: BundleContext, name: string, ...args: unknown[]): { ok: true; value: unknown } | { ok: false; message: string } {
  const fn = context[name];
  if (typeof fn !== 'function') return { ok: false, message: `Script function not found: ${name}` };
  try {
    const result = fn(...JSON.parse(JSON.stringify(args)));
    return { ok: true, value: result === undefined ? null : JSON.parse(JSON.stringify(result)) };
  } catch (error) {
    return { ok: false, message: error instanceof Error || (error && typeof error === 'object' && 'message' in error) ? String((error as Error).message) : String(error) };
  }
}
