// Runs a built dist/Code.js in a fresh vm context over an emulation, as Apps Script runs it.
import vm from 'node:vm';
import type { Emulation } from './index';

export type BundleContext = vm.Context & Record<string, (...args: unknown[]) => unknown>;

export function runBundle(emulation: Emulation, code: string): BundleContext {
  const context = vm.createContext({ ...emulation.globals });
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context as BundleContext;
}

export type ScriptRunResult = { ok: true; value: unknown } | { ok: false; message: string };

/** google.script.run semantics: arguments and results cross as JSON (no Dates, no functions). */
export function callAsScriptRun(context: BundleContext, name: string, ...args: unknown[]): ScriptRunResult {
  const fn = context[name];
  if (typeof fn !== 'function') return { ok: false, message: `Script function not found: ${name}` };
  try {
    const result = fn(...JSON.parse(JSON.stringify(args)));
    return { ok: true, value: result === undefined ? null : JSON.parse(JSON.stringify(result)) };
  } catch (error) {
    const message = error && typeof error === 'object' && 'message' in error ? String((error as Error).message) : String(error);
    return { ok: false, message };
  }
}
