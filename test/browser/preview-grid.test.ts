// The preview page as a spreadsheet, in headless Chromium: a blank sheet's grid, keyboard editing with the
// formula bar (no prompt), an error cell next to working cells and a working Save as .xlsx, formula-looking
// CSV text saved back as text, the summary chart drawn, and another site unable to frame the page.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from './helpers/chromium';
import { servePreview } from './helpers/preview';

jest.setTimeout(180_000);

const session = servePreview('icp-preview-grid-');
const { tmp } = session;

async function open(): Promise<{ page: Page; dialogs: string[] }> {
  const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept();
  });
  await page.goto(session.preview.url);
  await page.waitForSelector('#grid td[data-cell="A1"].active');
  return { page, dialogs };
}
const text = (page: Page, cell: string) => page.textContent(`#grid td[data-cell="${cell}"]`);
async function menu(page: Page, caption: string): Promise<void> {
  await page.click('#menu-button');
  await page.click(`#menu-items button:text-is("${caption}")`);
  await page.waitForSelector('#busy', { state: 'hidden' });
}

test('a blank spreadsheet shows a grid A–Z with numbered rows, the active cell and the formula bar', async () => {
  const { page } = await open();
  const headers = await page.locator('#grid thead th[scope="col"]').allTextContents();
  expect(headers).toEqual(Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i)));
  expect(await page.locator('#grid tbody tr').count()).toBeGreaterThanOrEqual(100);
  expect(await page.textContent('#grid tbody tr:nth-child(100) th')).toBe('100');
  expect(await page.textContent('#name-box')).toBe('A1');
  expect(await page.inputValue('#formula-bar')).toBe('');
  await page.close();
});

test('keyboard editing: typing starts editing, Enter and Tab commit and move, arrows move, the formula bar shows the formula', async () => {
  const { page, dialogs } = await open();
  await page.focus('#sheet');
  await page.keyboard.type('1234.5');
  expect(await page.locator('#cell-editor').count()).toBe(1);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#grid td[data-cell="A1"]')?.textContent === '1234.5');
  expect(await page.textContent('#name-box')).toBe('A2');
  await page.keyboard.type('=A1*2');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.querySelector('#grid td[data-cell="A2"]')?.textContent === '2469');
  expect(await page.textContent('#name-box')).toBe('B2');
  await page.keyboard.press('ArrowLeft');
  expect(await page.inputValue('#formula-bar')).toBe('=A1*2');
  await page.keyboard.press('ArrowUp');
  expect(await page.textContent('#name-box')).toBe('A1');
  // Escape leaves a cell as it was.
  await page.keyboard.type('oops');
  await page.keyboard.press('Escape');
  expect(await text(page, 'A1')).toBe('1234.5');
  expect(dialogs).toEqual([]); // no prompt() anywhere
  await page.close();
});

test('a cell the engine cannot compute shows #ERROR! with its message next to working cells, and Save as .xlsx works', async () => {
  const { page } = await open();
  await page.click('#grid td[data-cell="C1"]');
  await page.fill('#formula-bar', `=${Array.from({ length: 1500 }, (_, i) => `D${i + 1}`).join('+')}`);
  await page.press('#formula-bar', 'Enter');
  await page.waitForFunction(() => document.querySelector('#grid td[data-cell="C1"]')?.textContent === '#ERROR!');
  expect(await page.getAttribute('#grid td[data-cell="C1"]', 'title')).toBe("This formula is too long or too deeply nested for the preview's formula engine.");
  expect(await text(page, 'A2')).toBe('2469');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-xlsx')]);
  const file = path.join(tmp, 'with-error.xlsx');
  await download.saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  expect((book.getWorksheet('Sheet1')!.getCell('A2').value as ExcelJS.CellFormulaValue).result).toBe(2469);
  await page.close();
});

test('an uploaded CSV with formula-looking text shows it as text and saves it back as text', async () => {
  const { page } = await open();
  const csv = path.join(tmp, 'contacts.csv');
  fs.writeFileSync(csv, 'Account,Phone,Note\nAcme,+84 912 345 678,"=HYPERLINK(""http://evil.example"",""x"")"\nBeta,-,@SUM(1;2)\n');
  await page.setInputFiles('#open-file', csv);
  await page.waitForSelector('#tabs button[aria-selected="true"]:text-is("contacts")');
  await page.waitForFunction(() => document.querySelector('#grid td[data-cell="B2"]')?.textContent === '+84 912 345 678');
  expect(await text(page, 'C2')).toBe('=HYPERLINK("http://evil.example","x")');
  expect(await text(page, 'C3')).toBe('@SUM(1;2)');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-xlsx')]);
  const file = path.join(tmp, 'contacts.xlsx');
  await download.saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet('contacts')!;
  expect(['B2', 'C2', 'B3', 'C3'].map((a) => [sheet.getCell(a).type, sheet.getCell(a).value])).toEqual([
    [ExcelJS.ValueType.String, '+84 912 345 678'], [ExcelJS.ValueType.String, '=HYPERLINK("http://evil.example","x")'],
    [ExcelJS.ValueType.String, '-'], [ExcelJS.ValueType.String, '@SUM(1;2)'],
  ]);
  await page.close();
});

test('Refresh segment summary switches to the summary, draws its chart from what the add-on set and shows no hidden sheet', async () => {
  const { page } = await open();
  await menu(page, 'Create ICP worksheet');
  await menu(page, 'Insert sample accounts');
  await menu(page, 'Refresh segment summary');
  await page.waitForSelector('#tabs button[aria-selected="true"]:text-is("Segment Summary")');
  // The hidden Tier Snapshot sheet has no tab, as in Sheets; the history sheet does.
  const tabs = await page.locator('#tabs button').allTextContents();
  const state = await page.evaluate(async () => (await fetch('/api/state')).json());
  expect(state.hidden).toEqual(['Tier Snapshot']);
  expect(tabs).toEqual(expect.arrayContaining(['Segment Summary', 'Summary History', 'Criteria Versions']));
  expect(tabs).not.toContain('Tier Snapshot');
  const chart = page.locator('svg.chart');
  await chart.scrollIntoViewIfNeeded();
  expect(await chart.isVisible()).toBe(true);
  expect(await page.textContent('svg.chart .chart-title')).toBe('CLV and LTV:CAC by segment');
  expect(await page.locator('svg.chart rect.bar').count()).toBeGreaterThan(20);
  await page.screenshot({ path: path.join(ARTIFACTS, 'preview-chart.png') });
  await page.close();
});

test('another site cannot frame the preview', async () => {
  const evil = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<iframe id="target" src="${session.preview.url}" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
  const page = await session.browser.newPage();
  try {
    // "localhost" is another site than 127.0.0.1 to the session.browser.
    await page.goto(`http://localhost:${(evil.address() as { port: number }).port}/`);
    await page.waitForLoadState('load');
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    expect(await frame.evaluate(() => document.querySelector('#menu-button'))).toBeNull();
  } finally {
    await page.close();
    await new Promise((resolve) => evil.close(resolve));
  }
});
