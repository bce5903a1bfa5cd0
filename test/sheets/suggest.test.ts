// "Suggest criteria from best customers" and "Is the ICP working?" over the in-memory spreadsheet: one read
// of each sheet, nothing written until the user accepts or applies; the outcome remembered per document; a
// merge into Criteria without duplicates that keeps the user's rows (and no example rows in a new sheet);
// tier thresholds written into the ICP_TIER formula in either of its forms, the rest of it kept.
import { installEmulation, snapshot } from '../helpers/globals';
import { pageFiles } from '../helpers/bundle';
import { checkModel, showIcpCheck, showSuggestions } from '../../src/sheets/suggest';
import { icpCheckLoad, suggestAcceptCriteria, suggestLoad, tierThresholdsApply } from '../../src/server';
import { checkIcpFromMenu, suggestCriteriaFromBestCustomers } from '../../src/menu';
import { ICP_TIER } from '../../src/core/formulas';
import { scoreHistogram, scoresOf, thresholdsFor } from '../../src/core/icpCheck';
import { compileCriteria } from '../../src/core/scoring';
import type { AcceptRow, DialogModel } from '../../src/core/suggestReport';
import { tierThresholds } from '../../src/core/tierFormula';
import type { CellValue } from '../../src/core/values';
import { HEADERS, parse, syntheticRows } from '../core/suggestData';

const NOW = new Date(Date.UTC(2025, 0, 1));
const USER_CRITERIA = [['Attribute', 'Rule', 'Value', 'Weight', 'Notes'], ['Country', 'is', 'Vietnam', 1, 'our own row'], ['Industry', 'is', 'SaaS', 2, '']];

function setup(rows: CellValue[][] = syntheticRows(400, 1, true), criteria: CellValue[][] | null = USER_CRITERIA) {
  const emu = installEmulation({ timeZone: 'UTC', files: pageFiles() });
  emu.setSheetValues('Accounts', [HEADERS, ...rows]);
  if (criteria) emu.setSheetValues('Criteria', criteria);
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
    expect(emu.calls.reads).toBe(4); // Accounts values, row-1 formulas (header names) and row-2 formats (the currency), Criteria
    expect(emu.calls.writes).toBe(0);
    expect(snapshot(emu)).toEqual(before);
  });

  test('MRR but no CAC: CLV is the default, LTV:CAC disabled with the reason; criteria already there are not repeated', () => {
    const s = model.suggest!;
    expect(s.outcome).toBe('clv');
    expect(s.outcomes.map((o) => [o.value, o.available])).toEqual([['ltvCac', false], ['clv', true], ['retention', true]]);
    expect(s.outcomes[0].reason).toBe('Needs MRR and CAC for at least half of the customers; 0 of 400 have both.');
    const labels = s.items.map((i) => i.label);
    expect(labels).toContain('Employees between 50..499');
    expect(labels).not.toContain('Industry is SaaS');
    expect(s.items[0].evidence).toMatch(/, against the rest: CLV [\d,]+ vs [\d,]+$/);
  });
});

describe('the outcome is remembered per document', () => {
  test('choosing retention in the dialog stores it; the next Suggest opens with it', () => {
    const emu = setup();
    const loaded = suggestLoad({ outcome: 'retention' });
    expect(loaded.outcome).toBe('retention');
    expect(emu.documentProperties.get('icp-toolkit.suggestOutcome')).toBe('retention');
    expect(emu.calls.writes).toBe(0);
    showSuggestions(emu.spreadsheet, 'en', NOW);
    expect(dialogModelOf(emu).model.suggest!.outcome).toBe('retention');
  });

  test('a remembered outcome the data no longer supports falls back to the preferred one', () => {
    const emu = setup();
    emu.documentProperties.set('icp-toolkit.suggestOutcome', 'ltvCac');
    showSuggestions(emu.spreadsheet, 'en', NOW);
    expect(dialogModelOf(emu).model.suggest!.outcome).toBe('clv');
  });
});

describe('accepting', () => {
  let emu: ReturnType<typeof setup>;
  let rows: AcceptRow[];
  let accountsBefore: unknown[][];
  beforeAll(() => {
    emu = setup();
    showSuggestions(emu.spreadsheet, 'en', NOW);
    rows = dialogModelOf(emu).model.suggest!.items.slice(0, 3).map((i) => i.row);
    accountsBefore = emu.sheetValues('Accounts');
  });

  test('merges the checked rows below the user rows, which stay as they were', () => {
    const result = suggestAcceptCriteria({ rows });
    expect(result).toEqual({ ok: true, message: 'Criteria added to Criteria: 3 (already there: 0).' });
    const criteria = emu.sheetValues('Criteria');
    expect(criteria.slice(0, 3).map((r) => r.slice(0, 5))).toEqual(USER_CRITERIA);
    const words: Record<string, string> = { isNot: 'is not', doesNotContain: 'does not contain', atLeast: 'at least', atMost: 'at most' };
    expect(criteria.slice(3).map((r) => r.slice(0, 4))).toEqual(rows.map((r) => [r.attribute, words[r.rule] ?? r.rule, r.value, r.weight === 'exclude' ? 'exclude' : Number(r.weight)]));
    expect(emu.sheetValues('Accounts')).toEqual(accountsBefore);
  });

  test('accepting the same rows again adds nothing', () => {
    const size = emu.sheetValues('Criteria').length;
    expect(suggestAcceptCriteria({ rows }).message).toBe('Criteria added to Criteria: 0 (already there: 3).');
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

  test('with no Criteria sheet, only the accepted rows go into the new one: no example rows', () => {
    // (last in this block: it installs another spreadsheet)
    const fresh = setup(syntheticRows(400, 1, true), null);
    const result = suggestAcceptCriteria({ rows: rows.slice(0, 2) });
    expect(result.ok).toBe(true);
    const criteria = fresh.sheetValues('Criteria').filter((r) => r.some((c) => c !== ''));
    expect(criteria).toHaveLength(3);
    expect(criteria.slice(1).map((r) => r[0])).toEqual(rows.slice(0, 2).map((r) => r.attribute));
  });
});

// 50 accounts whose six yes/no features, weighted 1, 2, 4, 8, 16 and 32, spell the numbers 10…59 in binary:
// scores round(100 × n / 63) are all different, so any share of accounts is reachable within one account.
const BIN_HEADERS = ['Account', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'MRR', 'Start date', 'Churn date', 'ICP score', 'ICP tier'];
const BIN_CRITERIA = [['Attribute', 'Rule', 'Value', 'Weight'], ...[1, 2, 3, 4, 5, 6].map((k) => [`F${k}`, 'is', 'Y', 2 ** (k - 1)])];
function binaryAccounts(): CellValue[][] {
  return Array.from({ length: 50 }, (_, i) => {
    const n = i + 10;
    const bits = [0, 1, 2, 3, 4, 5].map((b) => ((n >> b) & 1 ? 'Y' : 'N'));
    return [`a${i}`, ...bits, 100 + i, new Date(Date.UTC(2024, 0, 1)), i % 4 === 0 ? new Date(Date.UTC(2024, 6, 1)) : '', '', ''];
  });
}

function tierSetup(formula: string, row: 1 | 2) {
  // A header-row formula ={"ICP tier"; …} shows its first element as the header, as in Sheets.
  const evaluator = { evaluate: (_: string, r: number, __: number, f: string) => (r === 1 ? (/"([^"]*)"/.exec(f)?.[1] ?? '') : '') };
  const emu = installEmulation({ timeZone: 'UTC', files: pageFiles(), evaluator });
  emu.setSheetValues('Accounts', [BIN_HEADERS, ...binaryAccounts()]);
  emu.setSheetValues('Criteria', BIN_CRITERIA);
  const sheet = emu.spreadsheet.getSheetByName('Accounts')!;
  sheet.getRange(row, 12).setFormula(formula);
  emu.resetCalls();
  return { emu, sheet };
}

describe('Is the ICP working?', () => {
  test('from the menu: a dialog with today\'s tiers and no write; the header-row formula costs no extra read', () => {
    const { emu } = tierSetup('={"ICP tier"; ICP_TIER(K2:K, 85, 60)}', 1);
    showIcpCheck(emu.spreadsheet, 'en', NOW);
    // Accounts values, row-1 formulas (the header names and the tier formula) and row-2 formats (the currency), Criteria.
    expect(emu.calls.reads).toBe(4);
    expect(emu.calls.writes).toBe(0);
    const { model } = dialogModelOf(emu);
    expect(model.mode).toBe('check');
    expect(emu.ui.dialogs[0].title).toBe('Is the ICP working?');
    expect(model.check!.thresholds).toEqual({ a: 85, b: 60 });
    expect(model.check!.tables.map((t) => t.caption)).toEqual(["With today's criteria"]);
    expect(model.check!.tables[0].rows.map((r) => r[0])).toEqual(['A', 'B', 'C', 'All']);
    expect(model.check!.histogram.reduce((a, b) => a + b, 0)).toBe(50);
  });

  test('with checked suggestions: a second table scored with them added; a row-2 formula is one more read', () => {
    const { emu } = tierSetup('=ICP_TIER(K2:K, 85, 60)', 2);
    const check = icpCheckLoad({ rows: [{ attribute: 'F6', rule: 'is', value: 'N', weight: '5' }] });
    expect(check.thresholds).toEqual({ a: 85, b: 60 });
    expect(emu.calls.reads).toBe(5);
    expect(check.tables.map((t) => t.caption)).toEqual(["With today's criteria", 'With the checked suggestions added']);
    expect(emu.calls.writes).toBe(0);
  });

  test('no criteria yet: says so, and no table', () => {
    const { emu } = tierSetup('=ICP_TIER(K2:K)', 2);
    emu.spreadsheet.getSheetByName('Criteria')!.getRange(2, 1, 6, 4).clearContent();
    expect(checkModel(emu.spreadsheet, 'en', undefined, [], NOW)).toMatchObject({ error: 'There are no active criteria yet, so every account scores the same.', tables: [] });
  });
});

describe('set tier thresholds', () => {
  const scores = scoresOf(compileCriteria(BIN_CRITERIA, BIN_HEADERS), parse(binaryAccounts(), BIN_HEADERS));

  test.each([
    ['row 2', '=ICP_TIER(K2:K)', 2, '=ICP_TIER(K2:K, {a}, {b})'],
    ['header row', '={"ICP tier"; ICP_TIER(K2:K, 85, 60)}', 1, '={"ICP tier"; ICP_TIER(K2:K, {a}, {b})}'],
  ] as const)('%s form: 20%% in A and 30%% in B land within one account; the rest of the formula is kept', (_, formula, row, expected) => {
    const { emu, sheet } = tierSetup(formula, row);
    const chosen = thresholdsFor(scoreHistogram(scores), 0.2, 0.3);
    const result = tierThresholdsApply({ a: chosen.a, b: chosen.b });
    expect(result).toEqual({ ok: true, message: `The ICP_TIER formula in Accounts now gives tier A from score ${chosen.a} and tier B from ${chosen.b}.` });
    const written = sheet.getRange(row, 12).getFormula();
    expect(written).toBe(expected.replace('{a}', String(chosen.a)).replace('{b}', String(chosen.b)));
    const { a, b } = tierThresholds(written)!;
    const tiers = (ICP_TIER(scores.map((s) => [s!]), a, b) as string[][]).map((r) => r[0]);
    expect(Math.abs(tiers.filter((t) => t === 'A').length - 10)).toBeLessThanOrEqual(1);
    expect(Math.abs(tiers.filter((t) => t === 'B').length - 15)).toBeLessThanOrEqual(1);
    expect(emu.lockWaits.length).toBe(1);
  });

  test('no ICP_TIER formula: says so and writes nothing; thresholds out of order are refused', () => {
    const { emu } = tierSetup('=1+1', 2);
    const before = snapshot(emu);
    expect(tierThresholdsApply({ a: 70, b: 40 })).toEqual({ ok: false, message: 'No ICP_TIER formula was found in the tier column of Accounts; nothing was changed.' });
    expect(tierThresholdsApply({ a: 40, b: 70 }).ok).toBe(false);
    expect(tierThresholdsApply({ a: 40.5, b: 10 } as never).ok).toBe(false);
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
    expect(model.suggest!.items.map((i) => i.label)).toContain(`Industry is ${hostile}`);
    expect(html).not.toContain('<img');
    expect(html.match(/<\/script/gi)).toHaveLength(2);
  });

  test('too few customers: the dialog says why, with no items', () => {
    const emu = setup(syntheticRows(8, 3, true));
    showSuggestions(emu.spreadsheet, 'en', NOW);
    const s = dialogModelOf(emu).model.suggest!;
    expect(s.status).toBe('notEnoughData');
    expect(s.message).toBe('Not enough data to suggest criteria: 8 customers; at least 30 are needed.');
    expect(s.items).toEqual([]);
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
    expect(model.suggest!.items.some((i) => i.label === 'Employees trong khoảng 50..499')).toBe(true);
    expect(model.text.accept).toBe('Thêm mục đã chọn vào Tiêu chí');
  });

  test('Romanian: "Is the ICP working?" from the menu', () => {
    const { emu } = tierSetup('=ICP_TIER(K2:K)', 2);
    emu.documentProperties.set('icp-toolkit.language', 'ro');
    checkIcpFromMenu();
    expect(emu.ui.dialogs[0].title).toBe('Funcționează ICP-ul?');
    expect(dialogModelOf(emu).model.check!.tables[0].columns[0]).toBe('Nivel');
  });
});
