// Suggesting criteria from best customers: the outcome rule, the statistics, a planted pattern found
// first, random data yielding nothing, small samples refused with the reason, and the dialog's escaping.
import fs from 'node:fs';
import path from 'node:path';
import { parseAccounts } from '../../src/core/accounts';
import {
  type SuggestResult, logOddsRatio, normalQuantile, separationOf, splitByOutcome, suggestCriteria,
} from '../../src/core/suggest';
import { dialogModel, pageWithModel, scriptJson } from '../../src/core/suggestReport';
import type { CellValue } from '../../src/core/values';
import { AS_OF, HEADERS, parse, randomRows, syntheticRows } from './suggestData';
import { formatNumberValue } from '../../src/core/vocabulary/numbers';

const D = (iso: string) => new Date(`${iso}T00:00:00Z`);
const label = (s: { attribute: string; rule: string; value: string }) => `${s.attribute} ${s.rule} ${s.value}`;

describe('best and worst customers', () => {
  const H = ['Account', 'MRR', 'Gross margin', 'Start date', 'Churn date'];
  test('best: retained at or above the median monthly gross profit; worst: churned plus the lowest quarter', () => {
    // Retained values 100…800 (margin 100%): quarter cut = 3rd value (300), median cut = 5th (500).
    const rows: CellValue[][] = [100, 200, 300, 400, 500, 600, 700, 800].map((mrr, i) => [`r${i}`, mrr, 1, D('2024-01-01'), '']);
    rows.push(['c1', 5000, 1, D('2024-01-01'), D('2024-06-01')], ['c2', 50, 1, D('2024-01-01'), D('2024-06-01')], ['p1', '', '', '', '']);
    const groups = splitByOutcome(parseAccounts(H, rows, { asOf: AS_OF, timeZone: 'UTC' }).accounts);
    expect(groups.best.map((a) => a.cells[0])).toEqual(['r4', 'r5', 'r6', 'r7']);
    expect(groups.worst.map((a) => a.cells[0])).toEqual(['c1', 'c2', 'r0', 'r1']);
    expect([groups.customers, groups.churned, groups.lowValue, groups.middle, groups.bestFrom, groups.worstBelow, groups.basis])
      .toEqual([10, 2, 2, 2, 500, 300, 'grossProfit']);
  });

  test('a blank margin takes the mean margin of retained customers; no MRR at all falls back to retention', () => {
    // Margins 0.5, 1 and 1 → mean 5/6, so r3 (MRR 400, blank margin) is worth 333.33: the median cut of [100, 200, 333.33, 500].
    const rows: CellValue[][] = [['r1', 200, 0.5, D('2024-01-01'), ''], ['r2', 200, 1, D('2024-01-01'), ''], ['r3', 400, '', D('2024-01-01'), ''], ['r4', 500, 1, D('2024-01-01'), '']];
    const groups = splitByOutcome(parseAccounts(H, rows, { asOf: AS_OF, timeZone: 'UTC' }).accounts);
    expect(groups.best.map((a) => a.cells[0])).toEqual(['r3', 'r4']);
    expect(groups.bestFrom).toBeCloseTo(1000 / 3, 10);
    const noMrr = splitByOutcome(parseAccounts(H, [['a', '', '', D('2024-01-01'), ''], ['b', '', '', D('2024-01-01'), D('2024-02-01')]], { asOf: AS_OF, timeZone: 'UTC' }).accounts);
    expect([noMrr.basis, noMrr.best.length, noMrr.worst.length]).toEqual(['retention', 1, 1]);
  });
});

describe('statistics', () => {
  test('log odds ratio with 0.5 added to each cell, and its standard error', () => {
    const { lor, se } = logOddsRatio(31, 50, 9, 50);
    expect(lor).toBeCloseTo(Math.log((31.5 * 41.5) / (19.5 * 9.5)), 12);
    expect(se).toBeCloseTo(Math.sqrt(1 / 31.5 + 1 / 19.5 + 1 / 9.5 + 1 / 41.5), 12);
  });

  test('normal quantiles', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.0005)).toBeCloseTo(-3.290527, 5);
  });

  test('AUC counts ties as half; means of each group', () => {
    expect(separationOf([100, 50], [50, 0])).toEqual({ auc: 3.5 / 4, meanBest: 75, meanWorst: 25 });
    expect(separationOf([10, 10], [10]).auc).toBe(0.5);
  });

  test('numbers are written with the thousands separators the criteria parser reads', () => {
    expect([formatNumberValue(49), formatNumberValue(9_999_999), formatNumberValue(1234.5), formatNumberValue(1_000_000_000)]).toEqual(['49', '9,999,999', '1234.5', '1,000,000,000']);
  });
});

describe('a planted pattern: best are mostly SaaS, 50–499 employees, on HubSpot; worst mostly tiny Retail', () => {
  const rows = syntheticRows(400, 1, true);
  const accounts = parse(rows);
  const result = suggestCriteria({ headers: HEADERS, accounts });
  const labels = result.suggestions.map(label);

  test('those three criteria come first, each with weight 3', () => {
    expect(result.status).toBe('ok');
    expect(labels.slice(0, 3).sort()).toEqual(['Employees between 50..499', 'Industry is SaaS', 'Tech stack contains HubSpot']);
    expect(result.suggestions.slice(0, 3).map((s) => s.weight)).toEqual([3, 3, 3]);
  });

  test('Retail and tiny companies are excluded: almost no best customer has them', () => {
    expect(result.suggestions).toContainEqual(expect.objectContaining({ attribute: 'Industry', rule: 'is', value: 'Retail', weight: 'exclude' }));
    expect(result.suggestions).toContainEqual(expect.objectContaining({ attribute: 'Employees', rule: 'atMost', value: '49', weight: 'exclude' }));
  });

  test('evidence counts are the customers that satisfy the criterion, counted directly', () => {
    const { best, worst } = result.groups;
    const saas = result.suggestions.find((s) => s.value === 'SaaS')!;
    const count = (group: typeof best, test: (cells: readonly CellValue[]) => boolean) => group.filter((a) => test(a.cells)).length;
    expect(saas.best).toEqual({ count: count(best, (c) => c[1] === 'SaaS'), total: best.length });
    expect(saas.worst).toEqual({ count: count(worst, (c) => c[1] === 'SaaS'), total: worst.length });
    const hubspot = result.suggestions.find((s) => s.value === 'HubSpot')!;
    expect(hubspot.best.count).toBe(count(best, (c) => String(c[6]).includes('HubSpot')));
    const range = result.suggestions.find((s) => s.rule === 'between')!;
    expect(range.worst.count).toBe(count(worst, (c) => (c[2] as number) >= 50 && (c[2] as number) <= 499));
  });

  test('ranked by strength, at most 10, and never a rule on identifiers, money or dates', () => {
    const strengths = result.suggestions.map((s) => s.strength);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
    expect(result.suggestions.length).toBeLessThanOrEqual(10);
    for (const s of result.suggestions) expect(['Account', 'MRR', 'Gross margin', 'Start date', 'Churn date', 'ICP score', 'ICP tier']).not.toContain(s.attribute);
  });

  test('separation: none today; the suggestions separate best from worst well', () => {
    expect(result.current).toBeUndefined();
    const all = result.cumulative[result.cumulative.length - 1];
    expect(result.cumulative).toHaveLength(result.suggestions.length);
    expect(all.auc).toBeGreaterThan(0.9);
    expect(all.meanBest - all.meanWorst).toBeGreaterThan(50);
  });

  test('a suggestion is recommended (checked) only when it raises the AUC by 0.005 over the recommended ones above it', () => {
    expect(result.suggestions.slice(0, 3).every((s) => s.recommended)).toBe(true);
    let auc = 0.5;
    result.suggestions.forEach((s, i) => {
      expect(s.recommended).toBe(result.cumulative[i].auc >= auc + 0.005);
      if (s.recommended) auc = result.cumulative[i].auc;
    });
    expect(result.after!.auc).toBe(auc);
    const model = dialogModel(result, 'en', { skipped: 0 });
    expect(model.items.map((i) => i.checked)).toEqual(result.suggestions.map((s) => s.recommended));
    const skipped = model.items.find((i) => !i.checked);
    if (skipped) expect(skipped.cumulative).toMatch(/^Adds little on top of the suggestions above it \(AUC 0\.\d\d\), so it is not checked\.$/);
  });

  test('current criteria are measured, and criteria already there are not suggested again', () => {
    const criteria = [['Attribute', 'Rule', 'Value', 'Weight'], ['industry', 'IS', 'saas', 2]];
    const withCurrent = suggestCriteria({ headers: HEADERS, accounts, criteria });
    expect(withCurrent.suggestions.map(label)).not.toContain('Industry is SaaS');
    expect(withCurrent.current!.auc).toBeGreaterThan(0.7);
    expect(withCurrent.cumulative[withCurrent.cumulative.length - 1].auc).toBeGreaterThan(withCurrent.current!.auc);
  });

  test('broken current criteria are reported, and the suggestions are measured alone', () => {
    const broken = suggestCriteria({ headers: HEADERS, accounts, criteria: [['Industy', 'is', 'SaaS', 1]] });
    expect(broken.currentError).toMatch(/Criterion 1 \("Industy"\): unknown attribute/);
    expect(broken.cumulative[0]).toEqual(result.cumulative[0]);
  });
});

describe('no pattern', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('outcomes independent of attributes (seed %i): nothing is suggested', (seed) => {
    const result = suggestCriteria({ headers: HEADERS, accounts: parse(randomRows(400, seed)) });
    expect(result.suggestions).toEqual([]);
    expect(result.status).toBe('noneFound');
    expect(result.tested).toBeGreaterThan(20);
    expect(result.closest!.strength).toBeLessThan(0);
  });

  test('the dialog says why nothing was suggested and names the closest candidate', () => {
    const result = suggestCriteria({ headers: HEADERS, accounts: parse(randomRows(400, 1)) });
    const model = dialogModel(result, 'en', { skipped: 0 });
    expect(model.message).toMatch(/^No attribute separates your best customers from your worst clearly enough to suggest a criterion \(\d+ values and ranges compared\)\. The closest was “.+”: \d+% of best customers \(\d+ of \d+\) vs \d+% of worst \(\d+ of \d+\), a difference that could be chance\.$/);
    expect(model.items).toEqual([]);
  });
});

describe('small samples', () => {
  test('8 customers: not enough data, with the counts and what is needed', () => {
    const result = suggestCriteria({ headers: HEADERS, accounts: parse(syntheticRows(8, 3, true)) });
    expect(result.status).toBe('notEnoughData');
    expect(result.suggestions).toEqual([]);
    const { best, worst } = result.groups;
    const model = dialogModel(result, 'en', { skipped: 0 });
    expect(model.message).toBe(`Not enough data to suggest criteria: 8 customers (${best.length} best, ${worst.length} worst); need at least 30 customers with 10 best and 10 worst.`);
  });

  test('enough customers but fewer than 10 worst is still refused', () => {
    const rows: CellValue[][] = Array.from({ length: 40 }, (_, i) => [`a${i}`, 'SaaS', 100, '', 'VN', '', '', '', 1000, 0.8, D('2024-01-01'), i < 5 ? D('2024-06-01') : '', '', '', '']);
    const result = suggestCriteria({ headers: HEADERS, accounts: parse(rows) });
    // All retained worth the same: nobody is below the lowest-quarter cut, so worst = the 5 churned.
    expect([result.status, result.groups.best.length, result.groups.worst.length]).toEqual(['notEnoughData', 35, 5]);
  });

  test('a value held by fewer than 5 customers of the favoured group is never suggested', () => {
    // 20 best, 20 worst; "Rare" on 4 best only: a perfect split but too little support.
    const rows: CellValue[][] = [];
    for (let i = 0; i < 40; i++) {
      const best = i < 20;
      rows.push([`a${i}`, best && i < 4 ? 'Rare' : 'Common', '', '', '', '', '', '', best ? 1000 : 10, 1, D('2024-01-01'), best ? '' : D('2024-06-01'), '', '', '']);
    }
    const result = suggestCriteria({ headers: HEADERS, accounts: parse(rows) });
    expect(result.groups.best.length).toBe(20);
    expect(result.suggestions.map((s) => s.value)).not.toContain('Rare');
  });
});

describe('values as the scorer reads them', () => {
  // 20 best and 20 worst customers with hand-set attributes.
  function fixture(best: (i: number) => Partial<Record<'industry' | 'tech', string>>, worst: (i: number) => Partial<Record<'industry' | 'tech', string>>) {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 40; i++) {
      const isBest = i < 20;
      const a = isBest ? best(i) : worst(i - 20);
      rows.push([`a${i}`, a.industry ?? 'Other', '', '', '', '', a.tech ?? '', '', isBest ? 1000 : 10, 1, D('2024-01-01'), isBest ? '' : D('2024-06-01'), '', '', '']);
    }
    return suggestCriteria({ headers: HEADERS, accounts: parse(rows) });
  }

  test('case-insensitive, each item of a list; contains counts substrings as ICP_SCORE does', () => {
    const result = fixture(
      (i) => ({ industry: i % 2 ? 'saas' : 'SaaS ', tech: i % 2 ? 'HubSpot, Slack' : 'hubspot sales hub; Zoho CRM' }),
      (i) => ({ industry: 'Retail', tech: i < 6 ? 'Salesforce CRM' : 'Pipedrive' }),
    );
    const find = (value: string) => result.suggestions.find((s) => s.value.toLowerCase() === value.toLowerCase());
    expect(find('saas')).toMatchObject({ attribute: 'Industry', rule: 'is', best: { count: 20, total: 20 }, worst: { count: 0, total: 20 }, weight: 3 });
    // "HubSpot" is an item of 10 best and inside the item "hubspot sales hub" of the other 10: contains matches all 20.
    expect(find('hubspot')).toMatchObject({ rule: 'contains', best: { count: 20, total: 20 }, worst: { count: 0, total: 20 } });
    expect(find('Retail')).toMatchObject({ rule: 'is', weight: 'exclude', best: { count: 0, total: 20 }, worst: { count: 20, total: 20 } });
    // Pipedrive: 0 of 20 best, 14 of 20 worst. With 20 a side an exclusion is not certain enough (its odds ratio's
    // lower bound is below 2), so it becomes a low-weight "does not contain", whose evidence counts who satisfies it.
    expect(find('Pipedrive')).toMatchObject({ rule: 'doesNotContain', weight: 1, best: { count: 20, total: 20 }, worst: { count: 6, total: 20 } });
  });

  test('a value that starts like a formula is never suggested', () => {
    const result = fixture(() => ({ industry: '=HYPERLINK("http://x")' }), () => ({ industry: 'Retail' }));
    expect(result.suggestions.map((s) => s.value)).not.toContain('=HYPERLINK("http://x")');
  });
});

describe('the dialog page', () => {
  const hostile = '</script><img src=x onerror=alert(1)>';
  const rows: CellValue[][] = [];
  for (let i = 0; i < 40; i++) {
    const best = i < 20;
    rows.push([`a${i}`, best ? hostile : 'Retail & <b>Co</b>', '', '', '', '', '', '', best ? 1000 : 10, 1, D('2024-01-01'), best ? '' : D('2024-06-01'), '', '', '']);
  }
  const result: SuggestResult = suggestCriteria({ headers: HEADERS, accounts: parse(rows) });
  const model = dialogModel(result, 'en', { skipped: 2 });
  const html = pageWithModel(fs.readFileSync(path.join(__dirname, '../../client/suggest/index.html'), 'utf8'), model);

  test('sheet text stays inert JSON: no markup from it survives, and it parses back unchanged', () => {
    expect(model.items.map((i) => i.label)).toContain(`Industry is ${hostile}`);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html.match(/<\/script/gi)).toHaveLength(2); // the two script elements of the page itself
    const json = /<script type="application\/json" id="model">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(model)));
    expect(scriptJson('\u2028&<>')).toBe('"\\u2028\\u0026\\u003c\\u003e"');
  });

  test('the page names its language, and a page without the model slot is refused', () => {
    expect(html).toContain('<html lang="en">');
    expect(pageWithModel('<html lang="en"><script type="application/json" id="model">null</script>', { ...model, language: 'vi' })).toContain('<html lang="vi">');
    expect(() => pageWithModel('<html></html>', model)).toThrow('no model slot');
  });

  test('the model explains the rule, the skipped rows, and carries the rows to accept', () => {
    expect(model.rule[0]).toBe('Best customers are retained customers whose monthly gross profit (MRR × gross margin) is at least 1,000, the median of retained customers. Worst customers are the churned ones, plus retained customers below 1,000 (the lowest quarter). Customers in between, without MRR, and prospects are left out of the comparison.');
    expect(model.rule[1]).toBe('40 customers: 20 best, 20 worst (20 churned, 0 low value), 0 left out.');
    expect(model.rule[2]).toMatch(/^2 rows were left out/);
    expect(model.items[0].row).toEqual({ attribute: 'Industry', rule: 'is', value: hostile, weight: '3' });
    expect(model.separation[0]).toBe('Today: no active criteria, so every account scores the same (AUC 0.50).');
  });

  test('Vietnamese and Romanian dialogs: translated texts and rule words, decimal comma', () => {
    const vi = dialogModel(result, 'vi', { skipped: 0 });
    const ro = dialogModel(result, 'ro', { skipped: 0 });
    expect(vi.items[0].label).toBe(`Industry là ${hostile}`);
    expect(ro.items[0].label).toBe(`Industry este ${hostile}`);
    expect(vi.text.accept).toBe('Thêm mục đã chọn vào Tiêu chí');
    expect(ro.separation[1]).toMatch(/^Cu sugestiile bifate adăugate: AUC 1,00;/);
  });
});
