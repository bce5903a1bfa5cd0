// Regenerates the README's screenshots of the local preview (docs/preview.png, docs/segment-summary.png
// with its chart) by clicking through it in headless Chromium from an empty spreadsheet: `npm run build && node
// scripts/screenshots.mjs`. Chromium: /usr/bin/chromium, or CHROMIUM_PATH.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { loadPreview } from './start.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docs = path.join(root, 'docs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-screenshots-'));

const { startPreview } = await loadPreview();
const preview = await startPreview({ port: 0, stateFile: path.join(tmp, 'workbook.json'), distDir: path.join(root, 'dist') });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1800, height: 900 } });
  page.on('dialog', (dialog) => void dialog.accept());
  const menu = async (caption) => {
    await page.click('#menu-button');
    await page.click(`#menu-items button:text-is("${caption}")`);
    await page.waitForSelector('#busy', { state: 'hidden' });
  };
  const tab = async (name, cell) => {
    await page.click(`#tabs button:text-is("${name}")`);
    await page.waitForSelector(`#grid td:text-is("${cell}")`);
  };
  /** Wide enough for the whole table and its charts (and the side panel when open), so everything shows. */
  const fit = async (extra) => {
    const width = await page.evaluate(() => document.getElementById('sheet').scrollWidth);
    await page.setViewportSize({ width: Math.min(3400, Math.max(1200, width + extra + 40)), height: 900 });
  };

  await page.goto(preview.url);
  await page.waitForSelector('#tabs button');
  await menu('Create ICP worksheet');
  await menu('Insert sample accounts');
  await menu('Open ICP worksheet guide');
  await page.frameLocator('#panel-frame').locator('#step-form').waitFor();
  await tab('Accounts', 'ICP score');
  await fit(320);
  await page.screenshot({ path: path.join(docs, 'preview.png') });

  await page.click('#panel-close');
  await menu('Refresh segment summary');
  await tab('Segment Summary', 'Total');
  await page.waitForSelector('svg.chart rect.bar');
  await fit(0);
  await page.screenshot({ path: path.join(docs, 'segment-summary.png') });
  console.log('Wrote docs/preview.png and docs/segment-summary.png');
} finally {
  await browser.close();
  await preview.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
