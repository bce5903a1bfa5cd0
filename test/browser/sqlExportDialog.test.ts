// "Export ICP as SQL" in headless Chromium: the real page with the model the server puts in it; the SQL it
// shows is the compiler's; keyboard alone switches dialect and query; Copy puts the SQL on the clipboard;
// a broken criterion shows ICP_SCORE's message; sheet text stays text; axe finds nothing serious.
import type { Browser, Page } from 'playwright-core';
import path from 'node:path';
import { installEmulation } from '../helpers/globals';
import { pageFiles } from '../helpers/bundle';
import { ARTIFACTS, AXE_SOURCE, launch } from './helpers/chromium';
import { SHIM } from './helpers/sidebar';
import { showSqlExport, sqlExportModel } from '../../src/sheets/sqlExport';
import { bigquery } from '../../src/core/sql/bigquery';
import { planCriteria } from '../../src/core/sql/plan';
import { renderScoring } from '../../src/core/sql/render';

jest.setTimeout(120_000);

const HOSTILE = '<img src=x onerror=alert(1)>';
const HEADERS = ['Account', 'Industry', 'Employees', 'Country', HOSTILE, 'MRR', 'Start date', 'ICP score', 'ICP tier'];
const CRITERIA = [['Attribute', 'Rule', 'Value', 'Weight'], ['Industry', 'is', 'SaaS; Fintech', 3], ['Employees', 'between', '50..500', 2], ['Country', 'is', 'Russia', 'exclude']];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openDialog(criteria: unknown[][] = CRITERIA): Promise<{ page: Page; alerts: string[]; emu: ReturnType<typeof installEmulation> }> {
  const emu = installEmulation({ timeZone: 'UTC', files: pageFiles() });
  emu.setSheetValues('Accounts', [HEADERS, ['Acme', 'SaaS', 120, 'Vietnam', 'x', 100, '2024-01-01', '', '']]);
  emu.setSheetValues('Criteria', criteria);
  showSqlExport(emu.spreadsheet, 'en');
  const html = emu.ui.dialogs[0].output.getContent();
  const context = await browser.newContext({ viewport: { width: 720, height: 640 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://sheets.test' });
  const page = await context.newPage();
  const alerts: string[] = [];
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  // Served from an https origin: the clipboard API exists only in secure contexts.
  await page.route('https://sheets.test/dialog', (route) => route.fulfill({ contentType: 'text/html', body: html.replace('<head>', `<head><script>${SHIM}</script>`) }));
  await page.goto('https://sheets.test/dialog');
  return { page, alerts, emu };
}

test('shows the compiler\'s BigQuery SQL; keyboard alone switches to DuckDB and to the summary; Copy puts it on the clipboard', async () => {
  const { page, alerts, emu } = await openDialog();
  const model = sqlExportModel(emu.spreadsheet, 'en');
  expect(model.headers).toEqual(['Account', 'Industry', 'Employees', 'Country', HOSTILE, 'MRR', 'Start date']);
  const expected = renderScoring(planCriteria(CRITERIA, { headers: model.headers }), bigquery, 'my_project.my_dataset.accounts').sql;
  expect(await page.inputValue('#sql')).toBe(expected);
  expect(await page.isVisible('#dimensions')).toBe(false);

  // Focus starts on the BigQuery choice; an arrow key moves to DuckDB.
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('dialect-bigquery');
  await page.keyboard.press('ArrowRight');
  expect(await page.inputValue('#sql')).toContain('FROM "my_project"."my_dataset"."accounts"');
  // Tab to the table name and type another.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('table');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('crm.accounts');
  expect(await page.inputValue('#sql')).toContain('FROM "crm"."accounts"');
  // Tab to the query choice; an arrow key picks the summary, whose dimensions then show.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('query-scores');
  await page.keyboard.press('ArrowRight');
  expect(await page.isVisible('#dimensions')).toBe(true);
  const summary = await page.inputValue('#sql');
  expect(summary.startsWith("SET VARIABLE as_of = DATE '2025-07-01';")).toBe(true);
  expect(summary).toContain('AS "Monthly churn"');
  await page.screenshot({ path: path.join(ARTIFACTS, 'sql-export-dialog.png'), fullPage: true });

  // Tab through the dimensions and the SQL box to Copy, press Enter.
  for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Copy SQL'; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(summary);
  expect(alerts).toEqual([]);
});

test('a broken criterion shows ICP_SCORE\'s message and nothing to copy', async () => {
  const { page } = await openDialog([['Attribute', 'Rule', 'Value', 'Weight'], ['Industy', 'is', 'SaaS', 1]]);
  expect(await page.textContent('[role="alert"]')).toContain('ICP_SCORE: Criterion 2 ("Industy"): unknown attribute');
  expect(await page.inputValue('#sql')).toBe('');
  expect(await page.isDisabled('button.primary')).toBe(true);
});

test('sheet text stays text; every control has a name; no serious axe violation; the summary allows three dimensions', async () => {
  const { page, alerts } = await openDialog();
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.textContent('#table-help')).toContain(HOSTILE);
  await page.check('#query-summary');
  const boxes = page.locator('#dimensions input[type="checkbox"]');
  const count = await boxes.count();
  for (let i = 0; i < count; i++) if (!(await boxes.nth(i).isDisabled())) await boxes.nth(i).check();
  expect(await page.locator('#dimensions input:checked').count()).toBe(3);
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
    return (await axe.run(document)).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
  expect(violations).toEqual([]);
  expect(alerts).toEqual([]);
});
