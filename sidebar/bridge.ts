// A typed promise bridge over google.script.run: `call('guideLoad')` resolves with what src/server.ts returns.
import type * as Api from '../src/server';

type Server = typeof Api;
type Runner = {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: { message?: string } | string) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner } };

export function call<K extends keyof Server>(name: K, ...args: Parameters<Server[K]>): Promise<ReturnType<Server[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<Server[K]>))
      .withFailureHandler((error) => reject(new Error(typeof error === 'string' ? error : error?.message ?? String(error))));
    runner[name](...args);
  });
}
