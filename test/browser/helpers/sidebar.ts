// Opens the built sidebar with google.script.run wired to the real bundle over the in-memory spreadsheet.
import type { Browser, Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { type BundleContext, SIDEBAR_PATH, callAsScriptRun } from '../../helpers/bundle';
import { AXE_SOURCE } from './chromium';

// The page's google.script.run: each call crosses as JSON to the test process, like the real one.
export const SHIM = `
(() => {
  window.__closed = false;
  const runner = (success, failure) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (fn) => runner(fn, failure);
      if (name === 'withFailureHandler') return (fn) => runner(success, fn);
      return (...args) => window.__gasCall(String(name), JSON.stringify(args)).then((r) => {
        if (r.ok) success && success(r.value); else failure && failure(new Error(r.message));
      });
    },
  });
  window.google = { script: { run: runner(), host: { close: () => { window.__closed = true; } } } };
})();`;

export async function openSidebar(browser: Browser, context: BundleContext): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.exposeFunction('__gasCall', (name: string, args: string) => callAsScriptRun(context, name, ...JSON.parse(args)));
  await page.addInitScript(SHIM);
  await page.goto(pathToFileURL(SIDEBAR_PATH).href);
  return page;
}

export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    return axe.run(document);
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
}
