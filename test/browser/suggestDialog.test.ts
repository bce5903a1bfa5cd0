// The "Suggest criteria" dialog in headless Chromium: rendered from the real page, used with the keyboard
// alone, checked with axe; its google.script.run call reaches the real accept function over the emulation.
import type { Browser, Page } from 'playwright-core';
import { installEmulation } from '../helpers/globals';
import { pageFiles } from '../helpers/bundle';
import path from 'node:path';
import { ARTIFACTS, launch, AXE_SOURCE } from './helpers/chromium';
import { SHIM } from './helpers/sidebar';
import { showSuggestions } from '../../src/sheets/suggest';
import { suggestAcceptCriteria } from '../../src/server';
import { HEADERS, syntheticRows } from '../core/suggestData';

jest.setTimeout(120_000);

const HOSTILE = '</script><img src=x onerror=alert(1)>';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openDialog(): Promise<{ page: Page; emu: ReturnType<typeof installEmulation>; alerts: string[] }> {
  const emu = installEmulation({ timeZone: 'UTC', files: pageFiles() });
  const rows = syntheticRows(400, 1, true).map((r) => (r[1] === 'Retail' ? [r[0], HOSTILE, ...r.slice(2)] : r));
  emu.setSheetValues('Accounts', [HEADERS, ...rows]);
  emu.setSheetValues('Criteria', [['Attribute', 'Rule', 'Value', 'Weight'], ['Country', 'is', 'Vietnam', 1]]);
  showSuggestions(emu.spreadsheet, 'en', new Date(Date.UTC(2025, 0, 1)));
  const html = emu.ui.dialogs[0].output.getContent();
  const page = await browser.newPage({ viewport: { width: 640, height: 600 } });
  const alerts: string[] = [];
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  await page.exposeFunction('__gasCall', (name: string, args: string) => {
    if (name !== 'suggestAcceptCriteria') return { ok: false, message: `Script function not found: ${name}` };
    try {
      return { ok: true, value: JSON.parse(JSON.stringify(suggestAcceptCriteria(...(JSON.parse(args) as [never])))) };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  });
  // The shim stands in for Apps Script's google.script, before the page's own script runs.
  await page.setContent(html.replace('<head>', `<head><script>${SHIM}</script>`));
  return { page, emu, alerts };
}

test('keyboard only: uncheck one suggestion, accept the rest; the rows land in Criteria', async () => {
  const { page, emu, alerts } = await openDialog();
  const boxes = page.getByRole('checkbox');
  const count = await boxes.count();
  expect(count).toBeGreaterThanOrEqual(4);
  const checked = await page.locator('input:checked').count();
  expect(checked).toBeGreaterThanOrEqual(3);
  await page.screenshot({ path: path.join(ARTIFACTS, 'suggest-dialog.png'), fullPage: true });
  // Focus starts on the first suggestion (checked: it is the strongest); Space unchecks it; Tab walks the rest to Accept.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('s0');
  await page.keyboard.press('Space');
  expect(await boxes.nth(0).isChecked()).toBe(false);
  for (let i = 1; i < count; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add selected to Criteria');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Added' }).waitFor();
  const status = await page.locator('#status').textContent();
  expect(status).toMatch(new RegExp(`^Criteria added to Criteria: ${checked - 1} \\(already there: 0\\)\\.`));
  const criteria = emu.sheetValues('Criteria');
  expect(criteria.slice(0, 2).map((r) => r.slice(0, 4))).toEqual([['Attribute', 'Rule', 'Value', 'Weight'], ['Country', 'is', 'Vietnam', 1]]);
  expect(criteria).toHaveLength(2 + checked - 1);
  // The button that closes the dialog now has focus and says so.
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { __closed: boolean }).__closed)).toBe(true);
  expect(alerts).toEqual([]);
  await page.close();
});

test('hostile industry names are shown as text; every checkbox has a label; no serious axe violation', async () => {
  const { page, alerts } = await openDialog();
  expect(await page.locator('img').count()).toBe(0);
  await expect(page.getByText(`Industry is ${HOSTILE}`, { exact: true }).count()).resolves.toBe(1);
  const unlabeled = await page.evaluate(() => [...document.querySelectorAll('input')].filter((i) => !i.labels || i.labels.length === 0).length);
  expect(unlabeled).toBe(0);
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
    return (await axe.run(document)).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
  expect(violations).toEqual([]);
  expect(alerts).toEqual([]);
  await page.close();
});

test('accepting nothing says so and writes nothing', async () => {
  const { page, emu } = await openDialog();
  const boxes = page.getByRole('checkbox');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).uncheck();
  await page.getByRole('button', { name: 'Add selected to Criteria' }).click();
  expect(await page.locator('#status').textContent()).toBe('Select at least one criterion.');
  expect(emu.sheetValues('Criteria')).toHaveLength(2);
  await page.close();
});
