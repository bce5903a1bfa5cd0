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

const external = new WeakMap<Page, string[]>();

/** Requests the page made for anything but itself: the sidebar must work with no network at all. */
export const externalRequests = (page: Page): string[] => external.get(page) ?? [];

export async function openSidebar(browser: Browser, context: BundleContext): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const requests: string[] = [];
  external.set(page, requests);
  page.on('request', (request) => {
    if (!/^(file|data|about|blob):/.test(request.url())) requests.push(request.url());
  });
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

/** Widths wider than the 300 px Sheets sidebar: the page itself and any element that sticks out. */
export function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wide: string[] = [];
    if (document.documentElement.scrollWidth > 300) wide.push(`page ${document.documentElement.scrollWidth}px`);
    for (const node of document.querySelectorAll('body *')) {
      const right = node.getBoundingClientRect().right;
      if (right > 300.5) wide.push(`${node.tagName.toLowerCase()}#${node.id} ${Math.round(right)}px`);
    }
    return wide;
  });
}
