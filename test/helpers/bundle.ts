// Runs the built dist/Code.js in a fresh vm context over the emulation, as Apps Script would.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Emulation } from '../../emulation';
import { type BundleContext, runBundle } from '../../emulation/bundle';

export { type BundleContext, callAsScriptRun } from '../../emulation/bundle';

const ROOT = path.resolve(__dirname, '../..');
export const CODE_PATH = path.join(ROOT, 'dist/Code.js');
export const SIDEBAR_PATH = path.join(ROOT, 'dist/Sidebar.html');

/** Builds dist/ once per test run when it is missing (npm test builds first anyway). */
export function ensureBuilt(): void {
  if (!fs.existsSync(CODE_PATH) || !fs.existsSync(SIDEBAR_PATH)) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'ignore' });
  }
}

export function loadBundle(emulation: Emulation): BundleContext {
  ensureBuilt();
  return runBundle(emulation, fs.readFileSync(CODE_PATH, 'utf8'));
}
