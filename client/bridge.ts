// The one typed bridge of every client page: `call('guideLoad')` resolves with what src/server.ts returns,
// as it arrives after the JSON crossing, and `closeDialog()` closes the dialog the page runs in.
import type * as Api from '../src/server';

type Server = typeof Api;

/** What a value becomes after google.script.run's JSON crossing: a Date arrives as null, functions vanish. */
export type Jsonify<T> = T extends Date ? null
  : T extends (...args: never[]) => unknown ? never
  : T extends readonly (infer U)[] ? Jsonify<U>[]
  : T extends object ? { [K in keyof T]: Jsonify<T[K]> }
  : T;

type Runner = {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: { message?: string } | string) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner; host: { close(): void } } };

export function call<K extends keyof Server>(name: K, ...args: Parameters<Server[K]>): Promise<Jsonify<ReturnType<Server[K]>>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Jsonify<ReturnType<Server[K]>>))
      .withFailureHandler((error) => reject(new Error(typeof error === 'string' ? error : error?.message ?? String(error))));
    runner[name](...args);
  });
}

export function closeDialog(): void {
  google.script.host.close();
}
