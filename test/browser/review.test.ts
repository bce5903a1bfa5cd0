// The guide's ICP review in headless Chromium over the real bundle: the due notice on the first screen,
// the review screen (what changed, Mark as reviewed) and a criteria version restored after confirming.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createEmulation } from '../../emulation';
import { loadBundle } from '../helpers/bundle';
import { ARTIFACTS, launch } from './helpers/chromium';
import { openSidebar, overflow, seriousViolations } from './helpers/sidebar';

jest.setTimeout(120_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const V1 = [['Attribute', 'Rule', 'Value', 'Weight', 'Notes'], ['Industry', 'is', 'SaaS', 3, ''], ['Employees', 'at least', 500, 1, '']];
const V2 = [V1[0], ['Industry', 'is', 'SaaS', 1, ''], V1[2]];

test('a due review is announced on the first screen; the team reviews, restores a version and marks it reviewed', async () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  emu.setSheetValues('Accounts', [['Account', 'Industry', 'Employees', 'MRR'], ['a1', 'SaaS', 1000, 10], ['a3', 'Retail', 1000, 10]]);
  emu.workbook.sheetNamed('Criteria')!.clear();
  emu.setSheetValues('Criteria', V1);
  ctx.refreshSegmentSummary();
  ctx.reviewMark(); // reviewed with a3 in C
  emu.setSheetValues('Criteria', V2);
  ctx.refreshSegmentSummary(); // a3: 1/4 = 25 → C, then 1/2 = 50 → B
  ctx.reviewSave({ months: 3, owner: 'Ana' });
  const worksheet = emu.spreadsheet.getSheetByName('ICP Worksheet')!;
  worksheet.getRange(worksheet.getDataRange().getValues().findIndex((r) => r[5] === 'reviewLast') + 1, 3).setValue('2024-01-10');
  const [v1] = emu.sheetValues('Criteria Versions').slice(1).map((r) => r[0]);

  const page = await openSidebar(browser, ctx);
  await page.waitForSelector('#review-due');
  expect(await page.locator('#review-due p').textContent()).toBe("ICP review due since 2024-04-10 (every quarter; owner: Ana). Open the guide's ICP review step.");
  expect(await seriousViolations(page)).toEqual([]);
  await page.focus('#start-review');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#icp-review-title');
  expect(await page.locator('#step-name').textContent()).toBe('ICP review');
  expect(await page.locator('#review-movers li').allTextContents()).toEqual(['C→B: 1', 'a3: C → B (criteria: Industry is SaaS: weight 3 → 1)']);
  expect(await page.locator('h3:has(+ #review-movers)').textContent()).toBe('Accounts whose tier changed since the last review (as of the latest refresh)');
  expect(await page.inputValue('#review-owner')).toBe('Ana');
  expect(await seriousViolations(page)).toEqual([]);
  expect(await overflow(page)).toEqual([]);
  await page.screenshot({ path: path.join(ARTIFACTS, 'sidebar-icp-review.png'), fullPage: true });

  // Compare the first version with the current criteria, then restore it: nothing happens before confirming.
  await page.focus('#compare-0');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#diff-0 li');
  expect(await page.locator('#diff-0 li').allTextContents()).toEqual(['Industry is SaaS: weight 3 → 1']);
  await page.focus('#restore-0');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('confirm-restore-0');
  expect(emu.sheetValues('Criteria')).toEqual(V2);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Criteria version'));
  expect(await page.locator('#status').textContent()).toBe(`Criteria version ${v1} restored; the previous rows are version ${emu.sheetValues('Criteria Versions')[2][0]}.`);
  expect(emu.sheetValues('Criteria')).toEqual(V1);

  await page.focus('#mark-reviewed');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Marked as reviewed'));
  expect(await page.locator('#review-status').textContent()).toMatch(/^Next ICP review: \d{4}-\d{2}-\d{2} \(every quarter; owner: Ana\)\.$/);
  await page.focus('#back');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#step-form');
  expect(await page.locator('#review-due').count()).toBe(0);
});
