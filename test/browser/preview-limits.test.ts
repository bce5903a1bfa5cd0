// The preview page says when a sheet has more rows than the grid shows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startPreview } from '../../preview/server';
import { ensureBuilt } from '../helpers/bundle';
import { launch } from './helpers/chromium';

jest.setTimeout(60_000);

let browser: Browser;
let preview: Awaited<ReturnType<typeof startPreview>>;

beforeAll(async () => {
  ensureBuilt();
  const stateFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'icp-preview-ui-lim-')), 'workbook.json');
  preview = await startPreview({ port: 0, stateFile, distDir: path.resolve(__dirname, '../../dist') });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

test('a 2,500-row CSV opens; the grid shows 2,000 rows and a note with the total', async () => {
  const file = path.join(os.tmpdir(), `long-${process.pid}.csv`);
  fs.writeFileSync(file, ['Account,MRR', ...Array.from({ length: 2499 }, (_, i) => `Account ${i + 1},${i}`)].join('\n'));
  const page = await browser.newPage();
  await page.goto(preview.url);
  await page.waitForSelector('#tabs button');
  await page.setInputFiles('#open-file', file);
  await page.waitForSelector('#truncated');
  expect(await page.locator('#grid tbody tr').count()).toBe(2000);
  expect(await page.textContent('#truncated')).toBe('Showing the first 2,000 of 2,500 rows. Menu actions, formulas and Save as .xlsx use them all.');
  expect(await page.locator('#tabs button[aria-selected="true"]').textContent()).toBe(path.basename(file, '.csv'));
  await page.close();
});
