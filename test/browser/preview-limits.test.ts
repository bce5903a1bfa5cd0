// A long sheet: the page shows the first rows at once and loads more as they scroll into view.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { servePreview } from './helpers/preview';

jest.setTimeout(60_000);

const session = servePreview('icp-preview-ui-lim-');

test('a 2,500-row CSV opens; rows load as the grid scrolls, down to the last one', async () => {
  const file = path.join(os.tmpdir(), `long-${process.pid}.csv`);
  fs.writeFileSync(file, ['Account,MRR', ...Array.from({ length: 2499 }, (_, i) => `Account ${i + 1},${i}`)].join('\n'));
  const page = await session.browser.newPage();
  await page.goto(session.preview.url);
  await page.waitForSelector('#tabs button');
  await page.setInputFiles('#open-file', file);
  await page.waitForSelector('#grid td[data-cell="A2"]:text-is("Account 1")');
  expect(await page.locator('#tabs button[aria-selected="true"]').textContent()).toBe(path.basename(file, '.csv'));
  const first = await page.locator('#grid tbody tr').count();
  expect(first).toBeLessThan(2500);
  // Scroll to the bottom again each time more rows arrive, until the last row is there.
  await page.evaluate(async () => {
    const sheet = document.getElementById('sheet')!;
    const count = () => document.querySelectorAll('#grid tbody tr').length;
    while (count() < 2500) {
      const before = count();
      sheet.scrollTo(0, sheet.scrollHeight);
      while (count() === before) await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  expect(await page.textContent('#grid td[data-cell="A2500"]')).toBe('Account 2499');
  expect(await page.textContent('#grid td[data-cell="B2500"]')).toBe('2498');
  await page.close();
});
