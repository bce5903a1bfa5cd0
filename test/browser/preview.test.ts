// The whole local preview in headless Chromium: menu, sample, scores in the grid, summary, the real
// sidebar saving a step, and an .xlsx saved and opened again.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from './helpers/chromium';
import { servePreview } from './helpers/preview';

jest.setTimeout(180_000);

const session = servePreview('icp-preview-ui-');
const { tmp } = session;

async function menu(page: Page, caption: string): Promise<void> {
  await page.click('#menu-button');
  await page.click(`#menu-items button:text-is("${caption}")`);
  await page.waitForSelector('#busy', { state: 'hidden' });
}

async function column(page: Page, header: string): Promise<string[]> {
  return page.evaluate((name) => {
    const rows = [...document.querySelectorAll('#grid tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''));
    const index = rows[0].indexOf(name);
    const values = rows.slice(1).map((r) => r[index]);
    while (values.length && values[values.length - 1] === '') values.pop();
    return values;
  }, header);
}

test('from an empty spreadsheet to scored accounts, a summary, a saved guide step and an .xlsx round trip', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1800, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept();
  });
  await page.goto(session.preview.url);
  await page.waitForSelector('#tabs button');
  expect(await page.locator('#tabs button').allTextContents()).toEqual(['Sheet1']);

  await menu(page, 'Create ICP worksheet');
  await page.waitForSelector('#tabs button:text-is("Accounts")');
  await menu(page, 'Insert sample accounts');
  expect(dialogs[0]).toContain('Add 200 sample accounts');
  await page.click('#tabs button:text-is("Accounts")');
  await page.waitForSelector('#grid td[data-cell="A201"]:not(:empty)');
  const scores = await column(page, 'ICP score');
  expect(scores).toHaveLength(200);
  expect(scores.every((s) => /^\d+$/.test(s))).toBe(true);
  await page.screenshot({ path: path.join(ARTIFACTS, 'preview-accounts.png') });

  await menu(page, 'Refresh segment summary');
  await page.click('#tabs button:text-is("Segment Summary")');
  await page.waitForSelector('#grid td:text-is("Total")');
  await page.screenshot({ path: path.join(ARTIFACTS, 'preview-summary.png') });

  await menu(page, 'Open ICP worksheet guide');
  const frame = page.frameLocator('#panel-frame');
  await frame.locator('#step-form').waitFor();
  await frame.locator('#answer-industriesPrimary').fill('SaaS; Fintech');
  await frame.locator('#next').click();
  await frame.locator('#step-name:text("Technographics")').waitFor();
  await page.click('#tabs button:text-is("ICP Worksheet")');
  await page.waitForSelector('#grid td:text-is("SaaS; Fintech")');
  await page.screenshot({ path: path.join(ARTIFACTS, 'preview-guide.png') });

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-xlsx')]);
  const file = path.join(tmp, 'saved.xlsx');
  await download.saveAs(file);
  expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  await page.setInputFiles('#open-file', file);
  await page.waitForSelector('#messages p:text("Opened saved.xlsx")');
  expect(dialogs.at(-1)).toBe('Open saved.xlsx in place of the current workbook?');
  await page.click('#tabs button:text-is("Accounts")');
  await page.waitForSelector('#grid td[data-cell="A201"]:not(:empty)');
  expect(await column(page, 'ICP score')).toEqual(scores);
  await page.close();
});
