// The real sidebar in headless Chromium, its google.script.run calls answered by the real bundle over the
// in-memory spreadsheet. Everything is typed with the keyboard alone.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createEmulation } from '../../emulation';
import { SIDEBAR_PATH, loadBundle } from '../helpers/bundle';
import { ARTIFACTS, launch } from './helpers/chromium';
import { externalRequests, openSidebar, overflow, seriousViolations } from './helpers/sidebar';
import { QUESTIONS, SECTIONS } from '../../src/core/worksheet';

jest.setTimeout(120_000);

const HOSTILE_FORMULA = '=HYPERLINK("http://x","y")';
const HOSTILE_HTML = '<img src=x onerror=alert(1)>';
// What to type per question: text, or the first letters of a choice; importance as a digit.
const TYPED: Record<string, [string, string?]> = {
  industriesPrimary: ['SaaS; Fintech', '5'],
  industriesSecondary: ['Healthcare'],
  industriesExcluded: [HOSTILE_FORMULA],
  sizeBand: ['Mid', '4'],
  employeeRange: ['50..500'],
  geoInclude: ['Vietnam; Romania'],
  geoExclude: ['Russia'],
  crm: ['HubSpot', '4'],
  otherTools: [HOSTILE_HTML],
  role: ['VP Sales'],
  salesCycle: ['3'],
  whyUs: ['+1 faster onboarding'],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function fillStep(page: Page, stepIndex: number): Promise<void> {
  const questions = QUESTIONS.filter((q) => q.section === SECTIONS[stepIndex]);
  for (const q of questions) {
    const [answer, importance] = TYPED[q.id] ?? [''];
    if (answer) await page.keyboard.type(answer);
    await page.keyboard.press('Tab');
    if (importance) await page.keyboard.type(importance);
    await page.keyboard.press('Tab');
  }
  if (stepIndex > 0) await page.keyboard.press('Tab'); // past Back
  await page.keyboard.press('Enter'); // Save and continue
}

const stepName = (page: Page) => page.locator('#step-name').textContent();

test('Sidebar.html is one self-contained file within the 60 KB budget', () => {
  const html = fs.readFileSync(SIDEBAR_PATH, 'utf8');
  expect(Buffer.byteLength(html)).toBeLessThanOrEqual(60 * 1024);
  expect(html).not.toMatch(/<script[^>]+src=|<link|@import|url\(|https?:\/\//i);
  expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
});

test('a team fills every step with the keyboard, reloads, reviews and accepts criteria', async () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  const page = await openSidebar(browser, ctx);
  const alerts: string[] = [];
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  await page.waitForSelector('#step-form');
  expect(await stepName(page)).toBe('Step 1 of 6: Firmographics');
  // The guide created the worksheet it saves into.
  expect(emu.spreadsheet.getSheetByName('ICP Worksheet')).not.toBeNull();

  for (let i = 0; i < SECTIONS.length; i++) {
    expect(await seriousViolations(page)).toEqual([]);
    expect(await overflow(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, `sidebar-step-${i + 1}.png`), fullPage: true });
    await fillStep(page, i);
    await page.waitForFunction((n) => document.querySelector('#step-name')?.textContent?.startsWith(`Step ${n} `), i + 2);
  }
  expect(await stepName(page)).toBe('Step 6 of 6: Review');

  // Saved to the sheet as plain text: the formula-looking answer is not a formula.
  const sheet = emu.spreadsheet.getSheetByName('ICP Worksheet')!;
  const rows = sheet.getDataRange().getValues();
  const rowOf = (id: string) => rows.find((r) => r[5] === id)!;
  expect(rowOf('industriesPrimary').slice(2, 4)).toEqual(['SaaS; Fintech', 5]);
  expect(rowOf('sizeBand')[2]).toBe('Mid-market');
  expect(rowOf('salesCycle')[2]).toBe('3–6 months');
  expect(rowOf('industriesExcluded')[2]).toBe(HOSTILE_FORMULA);
  expect(rowOf('whyUs')[2]).toBe('+1 faster onboarding');
  expect(sheet.getRange('C2:C').getFormulas().flat().every((f) => f === '')).toBe(true);

  // The review shows hostile text as text, never as markup.
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('dd', { hasText: HOSTILE_HTML }).count()).toBe(1);
  expect(alerts).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(ARTIFACTS, 'sidebar-review.png'), fullPage: true });

  // Proposed criteria from the answers; accept them into Criteria (merged with the examples).
  const attributes = await page.locator('[id^="attribute-"]').evaluateAll((nodes) => nodes.map((n) => (n as HTMLInputElement).value));
  const values = await page.locator('[id^="value-"]').evaluateAll((nodes) => nodes.map((n) => (n as HTMLInputElement).value));
  expect(attributes.slice(0, 3)).toEqual(['Industry', 'Industry', 'Industry']);
  // Lists are split on , and ; into alternatives: the hostile answer becomes two harmless text values.
  const excluded = '=HYPERLINK("http://x"; "y")';
  expect(values.slice(0, 3)).toEqual(['SaaS; Fintech', 'Healthcare', excluded]);
  expect(values[5]).toBe('Vietnam; Romania');
  expect(await overflow(page)).toEqual([]);
  const criteriaBefore = emu.sheetValues('Criteria');

  // A weight that is not a number: the error shows next to the field, focus goes there, nothing is written.
  await page.focus('#weight-1');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('lots');
  await page.focus('#accept');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#error-1-weight')?.textContent !== '');
  expect(await page.locator('#error-1-weight').textContent()).toBe('Weight is a number from 0 to 100 (usually 1–5) or exclude.');
  expect(await page.getAttribute('#weight-1', 'aria-invalid')).toBe('true');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('weight-1');
  expect(emu.sheetValues('Criteria')).toEqual(criteriaBefore);
  // The user settles on weight 2, and removes the Vietnam; Romania proposal; focus moves to the next Remove.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('2');
  await page.focus('#remove-5');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'Criterion 6 removed.');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('remove-5');
  expect(await page.inputValue('#value-5')).toBe('Russia');
  expect(await page.inputValue('#weight-1')).toBe('2');
  expect(await page.locator('#error-1-weight').textContent()).toBe('');

  await page.focus('#accept');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Criteria added'));
  // 8 proposals left; 4 match the example rows (attribute, rule and value), which stay as the user has them.
  expect(await page.locator('#status').textContent()).toBe('Criteria added: 4; already there: 4.');
  await page.screenshot({ path: path.join(ARTIFACTS, 'sidebar-review-accepted.png'), fullPage: true });
  const criteria = emu.spreadsheet.getSheetByName('Criteria')!.getDataRange().getValues();
  expect(criteria[1]).toEqual(['Industry', 'is', 'SaaS; Fintech', 3, '']); // the example row, untouched
  expect(criteria.slice(5).map((r) => r.slice(0, 4))).toContainEqual(['Industry', 'is', 'Healthcare', 2]);
  expect(criteria.some((r) => String(r[2]).includes('Vietnam'))).toBe(false);
  expect(criteria.slice(5).map((r) => r.slice(0, 4))).toContainEqual(['Company size', 'is', 'Mid-market', 4]);
  expect(criteria.slice(5).map((r) => r.slice(0, 4))).toContainEqual(['Buyer role', 'contains', 'VP Sales', 1]);
  expect(criteria).toHaveLength(9);
  expect(criteria.slice(5).map((r) => r.slice(0, 4))).toContainEqual(['Industry', 'is', excluded, 'exclude']);
  expect(emu.spreadsheet.getSheetByName('Criteria')!.getRange('A2:D').getFormulas().flat().every((f) => f === '')).toBe(true);

  // Reopening resumes from the sheet, including an answer typed straight into the sheet.
  sheet.getRange(rows.findIndex((r) => r[5] === 'department') + 1, 3).setValue('Marketing');
  await page.reload();
  await page.waitForSelector('#step-form');
  expect(await page.inputValue('#answer-industriesPrimary')).toBe('SaaS; Fintech');
  expect(await page.inputValue('#importance-industriesPrimary')).toBe('5');
  expect(await page.inputValue('#answer-industriesExcluded')).toBe(HOSTILE_FORMULA);
  await page.focus('#next');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#step-name')?.textContent?.includes('Technographics'));
  await page.focus('#next');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#step-name')?.textContent?.includes('Buyer persona'));
  expect(await page.inputValue('#answer-department')).toBe('Marketing');
  expect(externalRequests(page)).toEqual([]);
  await page.close();
});

test('bad input is shown next to the field and nothing typed is lost', async () => {
  const emu = createEmulation();
  const page = await openSidebar(browser, loadBundle(emu));
  await page.waitForSelector('#step-form');
  await page.keyboard.type('SaaS');
  await page.focus('#answer-employeeRange');
  await page.keyboard.type('lots');
  await page.focus('#next');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#error-employeeRange-answer')?.textContent !== '');
  expect(await page.locator('#error-employeeRange-answer').textContent()).toBe('Write a range as min..max, e.g. 50..500.');
  expect(await page.getAttribute('#answer-employeeRange', 'aria-invalid')).toBe('true');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer-employeeRange');
  expect(await page.inputValue('#answer-industriesPrimary')).toBe('SaaS');
  expect(await stepName(page)).toBe('Step 1 of 6: Firmographics');
  await page.close();
});

test('settings: the language and the segment dimensions', async () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  const page = await openSidebar(browser, ctx);
  await page.waitForSelector('#step-form');
  await page.focus('#settings');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#language');
  expect(await page.inputValue('#dimension-0')).toBe('Industry');
  expect(await page.inputValue('#dimension-1')).toBe('Company size');
  // The same column twice: the error is next to the third select, the one that repeats it.
  await page.selectOption('#dimension-0', '');
  await page.selectOption('#dimension-1', 'Country');
  await page.selectOption('#dimension-2', 'Country');
  await page.focus('#save-settings');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#error-2-dimension')?.textContent !== '');
  expect(await page.locator('#error-2-dimension').textContent()).toBe('This dimension is already chosen.');
  expect(await page.getAttribute('#dimension-2', 'aria-invalid')).toBe('true');
  expect(emu.documentProperties.has('icp-toolkit.segmentDimensions')).toBe(false);

  await page.selectOption('#language', 'vi');
  await page.selectOption('#dimension-1', '');
  await page.selectOption('#dimension-2', '');
  await page.selectOption('#dimension-0', 'Country');
  await page.focus('#save-settings');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Hướng dẫn bảng câu hỏi ICP');
  expect(await page.locator('#status').textContent()).toBe('Đã lưu cài đặt.');
  expect(emu.documentProperties.get('icp-toolkit.language')).toBe('vi');
  expect(JSON.parse(emu.documentProperties.get('icp-toolkit.segmentDimensions')!)).toEqual(['Country']);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(ARTIFACTS, 'sidebar-settings-vi.png'), fullPage: true });
  // Back in the guide, the steps and their questions are in Vietnamese too.
  await page.focus('#back');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#step-form');
  expect(await stepName(page)).toMatch(/^Bước 1\/6: /);
  expect(await page.locator('label[for="answer-industriesPrimary"]').textContent()).toBe('Ngành chính (phân cách bằng ;)');
  expect(await page.locator('#next').textContent()).toBe('Lưu và tiếp tục');
  await page.close();
});

test('a save that fails on the server keeps what was typed and says so', async () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  ctx.createIcpWorksheet();
  const page = await openSidebar(browser, ctx);
  await page.waitForSelector('#step-form');
  await page.keyboard.type('SaaS');
  emu.holdDocumentLockElsewhere(true); // another user's action holds the document lock
  await page.focus('#next');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Not saved'));
  expect(await page.locator('#status').textContent()).toBe(
    'Not saved: Another ICP Toolkit action is still running in this spreadsheet. Try again in a minute. Your answers are still here; try again.',
  );
  expect(await page.inputValue('#answer-industriesPrimary')).toBe('SaaS');
  expect(await stepName(page)).toBe('Step 1 of 6: Firmographics');
  emu.holdDocumentLockElsewhere(false);
  await page.focus('#next');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#step-name')?.textContent?.includes('Technographics'));
  expect(emu.spreadsheet.getSheetByName('ICP Worksheet')!.getRange('C2').getValue()).toBe('SaaS');
  await page.close();
});
