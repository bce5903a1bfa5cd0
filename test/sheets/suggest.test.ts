// "Suggest criteria from best customers" over the in-memory spreadsheet: one read of each sheet, nothing
// written until the user accepts, then a merge into Criteria without duplicates that keeps the user's rows.
import { installEmulation, snapshot } from '../helpers/globals';
import { pageFiles } from '../helpers/bundle';
import { showSuggestions } from '../../src/sheets/suggest';
import { suggestAcceptCriteria } from '../../src/server';
import { suggestCriteriaFromBestCustomers } from '../../src/menu';
import type { DialogModel } from '../../src/core/suggestReport';
import type { CellValue } from '../../src/core/values';
import { HEADERS, syntheticRows } from '../core/suggestData';

const NOW = new Date(Date.UTC(2025, 0, 1));
const USER_CRITERIA = [['Attribute', 'Rule', 'Value', 'Weight', 'Notes'], ['Country', 'is', 'Vietnam', 1, 'our own row'], ['Industry', 'is', 'SaaS', 2, '']];

function setup(rows: CellValue[][] = syntheticRows(400, 1, true), criteria: CellValue[][] = USER_CRITERIA) {
  const emu = installEmulation({ timeZone: 'UTC', files: pageFiles() });
  emu.setSheetValues('Accounts', [HEADERS, ...rows]);
  emu.setSheetValues('Criteria', criteria);
  emu.resetCalls();
  return emu;
}

function dialogModelOf(emu: ReturnType<typeof setup>): { html: string; model: DialogModel } {
  const html = emu.ui.dialogs.at(-1)!.output.getContent();
  const json = /<script type="application\/json" id="model">([\s\S]*?)<\/script>/.exec(html)![1];
  return { html, model: JSON.parse(json) };
}

describe('showing suggestions', () => {
  const emu = setup();
  const before = snapshot(emu);
  showSuggestions(emu.spreadsheet, 'en', NOW);
  const { model } = dialogModelOf(emu);

  test('a modal dialog, after one read of Accounts and one of Criteria, and no write at all', () => {
    expect(emu.ui.dialogs).toHaveLength(1);
    expect(emu.ui.dialogs[0]).toMatchObject({ title: 'Suggest criteria from best customers', modal: true });
    expect(emu.calls.reads).toBe(3); // Accounts values and row-1 formulas (header names), Criteria
    expect(emu.calls.writes).toBe(0);
    expect(snapshot(emu)).toEqual(before);
  });

  test('lists the planted criteria first (Industry is SaaS is already in Criteria, so it is not repeated)', () => {
    expect(model.status).toBe('ok');
    const labels = model.items.map((i) => i.label);
    expect(labels.slice(0, 2).sort()).toEqual(['Employees between 50..499', 'Tech stack contains HubSpot']);
    expect(labels).not.toContain('Industry is SaaS');
    expect(model.items[0].evidence).toMatch(/^\d+% of best customers \(\d+ of \d+\) vs \d+% of worst \(\d+ of \d+\)$/);
    expect(model.separation[0]).toMatch(/^Today: AUC 0\.\d\d; mean score \d+ for best vs \d+ for worst\.$/);
    expect(model.separation[1]).toMatch(/^With the checked suggestions added: AUC 0\.9\d;/);
  });
});

describe('accepting', () => {
  const emu = setup();
  showSuggestions(emu.spreadsheet, 'en', NOW);
  const { model } = dialogModelOf(emu);
  const rows = model.items.slice(0, 3).map((i) => i.row);
  const accountsBefore = emu.sheetValues('Accounts');

  test('merges the checked rows below the user rows, which stay as they were', () => {
    const result = suggestAcceptCriteria({ rows });
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/^Criteria added to Criteria: 3 \(already there: 0\)\. Best vs worst with the criteria now: AUC 0\.\d\d \(was 0\.\d\d\)\.$/);
    const criteria = emu.sheetValues('Criteria');
    expect(criteria.slice(0, 3).map((r) => r.slice(0, 5))).toEqual(USER_CRITERIA);
    expect(criteria.slice(3).map((r) => r.slice(0, 4))).toEqual(rows.map((r) => [r.attribute, { isNot: 'is not', doesNotContain: 'does not contain', atLeast: 'at least', atMost: 'at most' }[r.rule as string] ?? r.rule, r.value, r.weight === 'exclude' ? 'exclude' : Number(r.weight)]));
    expect(emu.sheetValues('Accounts')).toEqual(accountsBefore);
  });

  test('accepting the same rows again adds nothing', () => {
    const size = emu.sheetValues('Criteria').length;
    const again = suggestAcceptCriteria({ rows });
    expect(again.message).toMatch(/^Criteria added to Criteria: 0 \(already there: 3\)\./);
    expect(emu.sheetValues('Criteria')).toHaveLength(size);
  });

  test('a row that no longer fits the sheets, or looks like a formula, is refused and nothing is written', () => {
    const before = snapshot(emu);
    for (const bad of [
      { attribute: 'Nope', rule: 'is', value: 'x', weight: '1' },
      { attribute: 'Industry', rule: 'is', value: '=IMPORTXML("http://x")', weight: '1' },
      { attribute: 'Employees', rule: 'between', value: 'lots', weight: '1' },
    ]) {
      expect(suggestAcceptCriteria({ rows: [bad] } as never)).toEqual({ ok: false, message: 'The criteria were not added: a suggested row no longer fits the sheets; run Suggest criteria again' });
    }
    expect(suggestAcceptCriteria({ rows: 'nope' } as never).ok).toBe(false);
    expect(suggestAcceptCriteria({ rows: [] }).ok).toBe(false);
    expect(snapshot(emu)).toEqual(before);
  });
});

describe('hostile and small data', () => {
  test('an industry name with markup stays text in the dialog', () => {
    const hostile = '</script><img src=x onerror=alert(1)>';
    const rows = syntheticRows(400, 2, true).map((r) => (r[1] === 'SaaS' ? [r[0], hostile, ...r.slice(2)] : r));
    const emu = setup(rows, [['Attribute', 'Rule', 'Value', 'Weight']]);
    showSuggestions(emu.spreadsheet, 'en', NOW);
    const { html, model } = dialogModelOf(emu);
    expect(model.items.map((i) => i.label)).toContain(`Industry is ${hostile}`);
    expect(html).not.toContain('<img');
    expect(html.match(/<\/script/gi)).toHaveLength(2);
  });

  test('a few customers: the dialog says there is not enough data, and why', () => {
    const emu = setup(syntheticRows(8, 3, true));
    showSuggestions(emu.spreadsheet, 'en', NOW);
    const { model } = dialogModelOf(emu);
    expect(model.status).toBe('notEnoughData');
    expect(model.message).toMatch(/^Not enough data to suggest criteria: 8 customers \(\d+ best, \d+ worst\); need at least 30 customers with 10 best and 10 worst\.$/);
    expect(model.items).toEqual([]);
  });

  test('no customers at all (or no Accounts sheet): an alert, no dialog', () => {
    const emu = installEmulation({ files: pageFiles() });
    showSuggestions(emu.spreadsheet, 'en', NOW);
    expect(emu.ui.dialogs).toHaveLength(0);
    expect(emu.ui.alerts[0].message).toBe('There are no customers to learn from. Add accounts with a start date to the Accounts sheet (or use Insert sample accounts) and try again.');
  });
});

describe('from the menu, in the document language', () => {
  test('Vietnamese: the menu action shows the dialog in Vietnamese under the lock', () => {
    const emu = setup();
    emu.documentProperties.set('icp-toolkit.language', 'vi');
    suggestCriteriaFromBestCustomers();
    expect(emu.lockWaits.length).toBe(1);
    const { model, html } = dialogModelOf(emu);
    expect(emu.ui.dialogs[0].title).toBe('Đề xuất tiêu chí từ khách hàng tốt nhất');
    expect(html).toContain('<html lang="vi">');
    expect(model.items.some((i) => i.label === 'Employees trong khoảng 50..499')).toBe(true);
    expect(model.text.accept).toBe('Thêm mục đã chọn vào Tiêu chí');
  });

  test('Romanian rule words are written into Criteria on accept', () => {
    const emu = setup();
    emu.documentProperties.set('icp-toolkit.language', 'ro');
    showSuggestions(emu.spreadsheet, 'ro', NOW);
    const { model } = dialogModelOf(emu);
    const range = model.items.find((i) => i.row.rule === 'between')!;
    const result = suggestAcceptCriteria({ rows: [range.row] });
    expect(result.message).toMatch(/^Criterii adăugate în Criteria: 1 \(existau deja: 0\)/);
    expect(emu.sheetValues('Criteria').at(-1)!.slice(0, 4)).toEqual(['Employees', 'între', '50..499', 3]);
  });
});
