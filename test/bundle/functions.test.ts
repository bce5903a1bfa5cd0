// The real dist/Code.js in a vm over the emulation: Sheets sees top-level functions with JSDoc and calls
// them with single values or 2D arrays.
import fs from 'node:fs';
import { createEmulation } from '../../emulation';
import { CODE_PATH, loadBundle } from '../helpers/bundle';

const emu = createEmulation();
const ctx = loadBundle(emu);

test('the check values of docs/rules.md through the bundle', () => {
  expect(ctx.SEGMENT_CLV(100, 0.8, 0.02)).toBeCloseTo(4000, 9);
  expect(ctx.SEGMENT_CLV(200, 0.85, 0.03)).toBeCloseTo(5666.67, 2);
  expect(ctx.SEGMENT_CLV(100, 1, 0.05)).toBeCloseTo(2000, 9);
  expect(ctx.CAC_PAYBACK(6000, 500, 0.8)).toBeCloseTo(15, 9);
  expect(ctx.CAC_PAYBACK(2400, 500, 0.8)).toBeCloseTo(6, 9);
  expect(ctx.LTV_CAC(800, 200)).toBe(4);
  expect(ctx.MONTHLY_CHURN(500, 50)).toBeCloseTo(0.1, 9);
  expect(ctx.MONTHLY_CHURN(100, 24, 12)).toBeCloseTo(0.02261, 5);
  expect(ctx.ANNUAL_CHURN(0.05)).toBeCloseTo(0.4596, 4);
  expect(ctx.ANNUAL_CHURN(0.01)).toBeCloseTo(0.1136, 4);
  expect([ctx.COMPANY_SIZE(499), ctx.COMPANY_SIZE(500), ctx.COMPANY_SIZE(2000), ctx.COMPANY_SIZE(2001)]).toEqual(['SMB', 'Mid-market', 'Mid-market', 'Enterprise']);
  expect([ctx.COMPANY_SIZE(120, 60000000), ctx.COMPANY_SIZE('', 2000000000)]).toEqual(['Mid-market', 'Enterprise']);
  expect(ctx.ICP_TIER([[85], [''], [50], [10]])).toEqual([['A'], [''], ['B'], ['C']]);
});

test('ICP_SCORE and ICP_EXPLAIN over whole columns, as =ICP_SCORE(A2:F, A1:F1, Criteria!A2:D) passes them', () => {
  const headers = [['Account', 'Industry', 'Employees', 'Annual revenue', 'Country', 'Tech stack']];
  const criteria = [
    ['Industry', 'is', 'SaaS', 3], ['Industry', 'is', 'Fintech', 2], ['Industry', 'is', 'Retail', 1],
    ['Employees', 'between', '50..500', 2], ['Tech stack', 'contains', 'HubSpot', 1], ['', '', '', ''],
  ];
  const accounts = [['Acme', 'Fintech', 1000, '', 'VN', 'HubSpot, Slack'], ['', '', '', '', '', ''], ['Beta', 'SaaS', '120', '', 'RO', 'HubSpot']];
  expect(ctx.ICP_SCORE(accounts, headers, criteria)).toEqual([[50], [''], [100]]);
  expect((ctx.ICP_EXPLAIN(accounts, headers, criteria) as string[][])[0][0]).toBe(
    '✔ Industry is Fintech (+2 of 3) · ✔ Tech stack contains HubSpot (+1) · ✘ Employees between 50..500 (0 of 2)',
  );
  expect(() => ctx.ICP_SCORE(accounts, headers, [['Industy', 'is', 'SaaS', 1]])).toThrow('Criterion 1 ("Industy"): unknown attribute');
});

test('bad input throws an Error naming function, argument, row and value', () => {
  expect(() => ctx.MONTHLY_CHURN([[500], [100], [10]], [[50], [24], ['abc']])).toThrow('MONTHLY_CHURN customers_lost row 3: "abc" is not a number');
  expect(() => ctx.SEGMENT_CLV(100, 0.8, 0)).toThrow(/unbounded/);
});

test('custom functions run in a read-only execution', () => {
  emu.runAs('customFunction', () => {
    expect(ctx.ICP_EXPLAIN([['A', 'SaaS']], [['Account', 'Industry']], [['Industry', 'is', 'SaaS', 1]])).toEqual([['✔ Industry is SaaS (+1)']]);
  });
});

test('every custom function is a top-level declaration with its JSDoc for autocomplete', () => {
  const code = fs.readFileSync(CODE_PATH, 'utf8');
  for (const name of ['ICP_SCORE', 'ICP_EXPLAIN', 'ICP_TIER', 'COMPANY_SIZE', 'SEGMENT_CLV', 'CAC_PAYBACK', 'LTV_CAC', 'MONTHLY_CHURN', 'ANNUAL_CHURN']) {
    const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(`).exec(code);
    expect(match).not.toBeNull();
    const doc = match![1];
    expect(doc).toContain('@customfunction');
    expect(doc).toMatch(/@param \{[^}]+\} \w+/);
    expect(doc).toContain('@return');
    expect(doc).toMatch(/Example: =/);
  }
  expect(code).toMatch(/^function onOpen\(\)/m);
  expect(code).not.toMatch(/function \w+_\(/); // Apps Script hides names ending in _
});

test('onOpen adds the add-on menu; in AuthMode.NONE it reads neither properties nor the sheet', () => {
  const fresh = createEmulation({ locale: 'ro_RO' });
  const bundle = loadBundle(fresh);
  fresh.runAs('authModeNone', () => bundle.onOpen({ authMode: 'NONE' }));
  const captions = fresh.ui.menus[0].items.filter(Boolean).map((i) => i!.caption);
  expect(captions[0]).toBe('Deschide ghidul fișei ICP');
  bundle.onOpen({ authMode: 'FULL' });
  const items = fresh.ui.menus[1].items.filter(Boolean);
  expect(items).toHaveLength(8);
  for (const item of items) expect(typeof bundle[item!.functionName]).toBe('function');
  // A mode that reports LIMITED but allows nothing still gets a menu (in English).
  fresh.runAs('authModeNone', () => bundle.onOpen({ authMode: 'LIMITED' }));
  expect(fresh.ui.menus[2].items[0]!.caption).toBe('Open ICP worksheet guide');
});
