// The "Suggest criteria" / "Is the ICP working?" dialog in headless Chromium: the real built page, used with
// the keyboard alone, checked with axe at 300–600 px; its google.script.run calls reach the real server
// functions over the emulation, crossing as JSON.
import type { Browser, Page } from 'playwright-core';
import path from 'node:path';
import { installEmulation } from '../helpers/globals';
import { pageFiles } from '../helpers/bundle';
import { ARTIFACTS, launch } from './helpers/chromium';
import { SHIM, seriousViolations } from './helpers/sidebar';
import { showIcpCheck, showSuggestions } from '../../src/sheets/suggest';
import * as server from '../../src/server';
import { HEADERS, syntheticRows } from '../core/suggestData';

jest.setTimeout(120_000);

const HOSTILE = '</script><img src=x onerror=alert(1)>';
const NOW = new Date(Date.UTC(2025, 0, 1));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Emu = ReturnType<typeof installEmulation>;

async function openDialog(mode: 'suggest' | 'check' = 'suggest', width = 640): Promise<{ page: Page; emu: Emu; alerts: string[] }> {
  const emu = installEmulation({ timeZone: 'UTC', files: pageFiles() });
  const rows = syntheticRows(400, 1, true).map((r) => (r[1] === 'Retail' ? [r[0], HOSTILE, ...r.slice(2)] : r));
  emu.setSheetValues('Accounts', [HEADERS, ...rows]);
  emu.setSheetValues('Criteria', [['Attribute', 'Rule', 'Value', 'Weight'], ['Country', 'is', 'Vietnam', 1]]);
  emu.spreadsheet.getSheetByName('Accounts')!.getRange(2, 15).setFormula('=ICP_TIER(N2:N)');
  if (mode === 'suggest') showSuggestions(emu.spreadsheet, 'en', NOW);
  else showIcpCheck(emu.spreadsheet, 'en', NOW);
  const html = emu.ui.dialogs[0].output.getContent();
  const page = await browser.newPage({ viewport: { width, height: 700 } });
  const alerts: string[] = [];
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  await page.exposeFunction('__gasCall', (name: string, args: string) => {
    const fn = (server as Record<string, unknown>)[name];
    if (typeof fn !== 'function') return { ok: false, message: `Script function not found: ${name}` };
    try {
      return { ok: true, value: JSON.parse(JSON.stringify(fn(...JSON.parse(args)))) };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  });
  // The shim stands in for Apps Script's google.script, before the page's own script runs.
  await page.setContent(html.replace('<head>', `<head><script>${SHIM}</script>`));
  return { page, emu, alerts };
}

const active = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent);

test('keyboard only: uncheck one suggestion, accept the rest; the rows land in Criteria', async () => {
  const { page, emu, alerts } = await openDialog();
  const boxes = page.locator('#items input[type=checkbox]');
  const count = await boxes.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: path.join(ARTIFACTS, 'suggest-dialog.png'), fullPage: true });
  // Focus starts on the first suggestion; Space unchecks it; Tab walks the rest, then the check button, to Accept.
  expect(await active(page)).toBe('s0');
  await page.keyboard.press('Space');
  expect(await boxes.nth(0).isChecked()).toBe(false);
  for (let i = 1; i < count; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await active(page)).toBe('check-run');
  await page.keyboard.press('Tab');
  expect(await active(page)).toBe('accept');
  await page.keyboard.press('Enter');
  await page.locator('#status', { hasText: 'Criteria added' }).waitFor();
  expect(await page.locator('#status').textContent()).toBe(`Criteria added to Criteria: ${count - 1} (already there: 0).`);
  const criteria = emu.sheetValues('Criteria');
  expect(criteria.slice(0, 2).map((r) => r.slice(0, 4))).toEqual([['Attribute', 'Rule', 'Value', 'Weight'], ['Country', 'is', 'Vietnam', 1]]);
  expect(criteria).toHaveLength(2 + count - 1);
  expect(await active(page)).toBe('close');
  expect(await page.locator('#close').textContent()).toBe('Close');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { __closed: boolean }).__closed)).toBe(true);
  expect(alerts).toEqual([]);
  await page.close();
});

test('choosing another outcome with the arrow keys reloads the suggestions and remembers the choice', async () => {
  const { page, emu } = await openDialog();
  expect(await page.locator('#outcome-clv').isChecked()).toBe(true);
  expect(await page.locator('#outcome-ltvCac').isDisabled()).toBe(true);
  await expect(page.locator('#outcome-ltvCac-why').textContent()).resolves.toBe(' Needs MRR and CAC for at least half of the customers; 0 of 400 have both.');
  await page.locator('#outcome-clv').focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('#items')?.textContent?.includes('churn') && !document.querySelector('#status')?.textContent);
  expect(await page.locator('#outcome-retention').isChecked()).toBe(true);
  expect(await active(page)).toBe('outcome-retention');
  expect(await page.locator('#s0-meta').textContent()).toMatch(/against the rest: churn [\d.]+% vs [\d.]+% a month/);
  expect(emu.documentProperties.get('icp-toolkit.suggestOutcome')).toBe('retention');
  await page.close();
});

test('the tiers with the checked suggestions, then new thresholds applied to the ICP_TIER formula', async () => {
  const { page, emu } = await openDialog();
  await page.locator('#check-run').focus();
  await page.keyboard.press('Enter');
  await page.locator('#thresholds').waitFor();
  expect(await page.locator('caption').allTextContents()).toEqual(["With today's criteria", 'With the checked suggestions added']);
  expect(await page.locator('table').first().locator('tbody th').allTextContents()).toEqual(['A', 'B', 'C', 'All']);
  await page.locator('#share-a').fill('20');
  await page.locator('#share-b').fill('30');
  const cutoffs = await page.locator('#cutoffs').textContent();
  const [, a, aCount, total, b] = /^Tier A from score (\d+): (\d+) of (\d+) accounts; tier B from (\d+): \d+\.$/.exec(cutoffs!)!;
  expect(Number(total)).toBe(400);
  expect(Number(aCount)).toBeGreaterThan(0);
  await page.locator('#share-a').fill('90');
  expect(await page.locator('#cutoffs').textContent()).toBe('Shares are percentages from 0 to 100 that add up to at most 100.');
  expect(await page.locator('#apply').isDisabled()).toBe(true);
  await page.locator('#share-a').fill('20');
  await page.locator('#apply').click();
  await page.locator('#status', { hasText: 'ICP_TIER' }).waitFor();
  expect(emu.spreadsheet.getSheetByName('Accounts')!.getRange(2, 15).getFormula()).toBe(`=ICP_TIER(N2:N, ${a}, ${b})`);
  await page.close();
});

test('"Is the ICP working?" from the menu: the tiers and the threshold form, no suggestion list', async () => {
  const { page } = await openDialog('check');
  expect(await page.locator('h1').textContent()).toBe('Is the ICP working?');
  expect(await page.locator('#items').count()).toBe(0);
  expect(await page.locator('caption').allTextContents()).toEqual(["With today's criteria"]);
  expect(await page.locator('#thresholds').count()).toBe(1);
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

test('hostile industry names are shown as text; every control has a label', async () => {
  const { page, alerts } = await openDialog();
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.evaluate(() => document.body.textContent!.includes('</script><img src=x onerror=alert(1)>'))).toBe(true);
  const unlabeled = await page.evaluate(() => [...document.querySelectorAll('input')].filter((i) => !i.labels || i.labels.length === 0).length);
  expect(unlabeled).toBe(0);
  expect(alerts).toEqual([]);
  await page.close();
});

test.each([300, 450, 600])('at %i px: nothing sticks out sideways but the scrollable tables, and axe finds nothing serious', async (width) => {
  const { page } = await openDialog('suggest', width);
  await page.locator('#check-run').click();
  await page.locator('#thresholds').waitFor();
  const wide = await page.evaluate((w) => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > w) out.push(`page ${document.documentElement.scrollWidth}px`);
    for (const node of document.querySelectorAll('body *')) {
      if (node.closest('.table')) continue;
      const right = node.getBoundingClientRect().right;
      if (right > w + 0.5) out.push(`${node.tagName.toLowerCase()}#${node.id} ${Math.round(right)}px`);
    }
    return out;
  }, width);
  expect(wide).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(ARTIFACTS, `suggest-dialog-${width}.png`), fullPage: true });
  await page.close();
});

test('accepting nothing says so and writes nothing', async () => {
  const { page, emu } = await openDialog();
  const boxes = page.locator('#items input[type=checkbox]');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).uncheck();
  await page.locator('#accept').click();
  expect(await page.locator('#status').textContent()).toBe('Select at least one criterion.');
  expect(emu.sheetValues('Criteria')).toHaveLength(2);
  await page.close();
});
