// Runs a built dist/Code.js in a fresh vm context over an emulation, as Apps Script runs it, and calls its
// functions the way the sidebar's google.script.run does.
import vm from 'node:vm';
import type { Emulation } from './index';

export type BundleContext = vm.Context & Record<string, (...args: unknown[]) => unknown>;

/**
 * The bundle gets the emulation's globals in its own realm. Dates read from cells are made with the
 * context's own `Date` (workbook.DateCtor), so `value instanceof Date` holds inside the bundle as it does in
 * Apps Script; Dates the bundle writes are recognised by Object.prototype.toString, whatever their realm.
 */
export function runBundle(emulation: Emulation, code: string): BundleContext {
  const context = vm.createContext({ ...emulation.globals });
  emulation.workbook.DateCtor = vm.runInContext('Date', context) as DateConstructor;
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context as BundleContext;
}

export type ScriptRunResult = { ok: true; value: unknown } | { ok: false; message: string };

const kind = (value: unknown) => Object.prototype.toString.call(value).slice(8, -1);

/** The first value google.script.run refuses to send (Date, function, …), with its path, or undefined. */
function illegal(value: unknown, path: string): string | undefined {
  if (value === null || value === undefined || ['string', 'number', 'boolean'].includes(typeof value)) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = illegal(value[i], path ? `${path}.${i}` : String(i));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (kind(value) !== 'Object') return path || 'value';
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const found = illegal(item, path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * google.script.run semantics, synchronously: arguments containing a Date, function or other non-plain value
 * are refused as the browser client refuses them; results cross as JSON, and a result containing a Date
 * arrives as null (what the sidebar gets from Apps Script); undefined arrives as null.
 */
export function callAsScriptRun(context: BundleContext, name: string, ...args: unknown[]): ScriptRunResult {
  const bad = illegal(args, '');
  if (bad !== undefined) return { ok: false, message: `Failed due to illegal value in property: ${bad}` };
  const fn = context[name];
  if (typeof fn !== 'function') return { ok: false, message: `Script function not found: ${name}` };
  try {
    const result = fn(...JSON.parse(JSON.stringify(args)));
    if (result === undefined || illegal(result, '') !== undefined) return { ok: true, value: null };
    return { ok: true, value: JSON.parse(JSON.stringify(result)) };
  } catch (error) {
    const message = error && typeof error === 'object' && 'message' in error ? String((error as Error).message) : String(error);
    return { ok: false, message };
  }
}

type Handler = (value: unknown, userObject?: unknown) => void;
export type ScriptRun = {
  withSuccessHandler(handler: Handler): ScriptRun;
  withFailureHandler(handler: Handler): ScriptRun;
  withUserObject(userObject: unknown): ScriptRun;
} & Record<string, (...args: unknown[]) => void>;

/**
 * An object that behaves like the sidebar's `google.script.run`: handlers are set by chaining (each
 * with* returns a new runner keeping the earlier settings), any other property is a server function whose
 * call returns nothing and answers later (a macrotask), through the success or failure handler. The
 * failure handler gets an Error. `pending()` resolves when every call made so far has answered.
 */
export function createScriptRun(context: BundleContext): ScriptRun & { pending(): Promise<void> } {
  const inFlight = new Set<Promise<void>>();
  const runner = (success?: Handler, failure?: Handler, userObject?: unknown): ScriptRun =>
    new Proxy({} as ScriptRun, {
      get(_, property) {
        if (property === 'withSuccessHandler') return (h: Handler) => runner(h, failure, userObject);
        if (property === 'withFailureHandler') return (h: Handler) => runner(success, h, userObject);
        if (property === 'withUserObject') return (o: unknown) => runner(success, failure, o);
        if (property === 'pending') return () => Promise.all([...inFlight]).then(() => undefined);
        if (typeof property !== 'string' || property === 'then') return undefined;
        return (...args: unknown[]) => {
          const bad = illegal(args, '');
          if (bad !== undefined) throw new TypeError(`Failed due to illegal value in property: ${bad}`);
          const call = new Promise<void>((resolve) => {
            setTimeout(() => {
              const result = callAsScriptRun(context, property, ...args);
              try {
                if (result.ok) success?.(result.value, userObject);
                else if (failure) failure(new Error(result.message), userObject);
              } finally {
                inFlight.delete(call);
                resolve();
              }
            }, 0);
          });
          inFlight.add(call);
        };
      },
    });
  return runner() as ScriptRun & { pending(): Promise<void> };
}
