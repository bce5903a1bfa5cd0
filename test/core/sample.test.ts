// The sample accounts: the same on every machine, valid input for scoring and the summary, with a pattern.
import { companyNames, sampleAccounts, seededRandom, type SampleAccount } from '../../src/core/sample';
import { ACCOUNT_COLUMNS } from '../../src/core/columns';
import { companySize } from '../../src/core/size';
import { columnHeader, exampleCriteria } from '../../src/core/template';
import type { CellValue } from '../../src/core/values';
import { ICP_SCORE } from '../../src/functions';

const accounts = sampleAccounts();
const TODAY = Date.now();

const dateOf = (value: unknown) => (value instanceof Date ? value.getTime() : undefined);

test('deterministic: the same seed gives the same accounts, another seed others', () => {
  expect(sampleAccounts()).toEqual(accounts);
  expect(sampleAccounts(200, 7)).not.toEqual(accounts);
  const a = seededRandom(1);
  const b = seededRandom(1);
  const draws = Array.from({ length: 1000 }, () => a());
  expect(Array.from({ length: 1000 }, () => b())).toEqual(draws);
  expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
});

test('about 200 accounts with distinct, realistic names', () => {
  expect(accounts).toHaveLength(200);
  const names = accounts.map((a) => String(a.account));
  expect(new Set(names).size).toBe(200);
  expect(names.every((name) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(name))).toBe(true);
  // More than the combinations: still distinct.
  expect(new Set(companyNames(600, 1)).size).toBe(600);
});

test('every row is valid input: numbers ≥ 0, margins in [0, 1], churn after start, start before today', () => {
  for (const account of accounts) {
    for (const key of Object.keys(account)) expect(ACCOUNT_COLUMNS).toContain(key);
    for (const key of ['employees', 'annualRevenue', 'cac'] as const) {
      expect(typeof account[key]).toBe('number');
      expect(account[key] as number).toBeGreaterThanOrEqual(0);
    }
    expect(Number.isInteger(account.employees)).toBe(true);
    const start = dateOf(account.startDate);
    if (start === undefined) {
      // A prospect: no revenue figures, no churn.
      expect([account.mrr, account.grossMargin, account.churnDate]).toEqual([undefined, undefined, undefined]);
      continue;
    }
    expect(start).toBeLessThan(TODAY);
    expect(account.mrr as number).toBeGreaterThan(0);
    expect(account.grossMargin as number).toBeGreaterThanOrEqual(0);
    expect(account.grossMargin as number).toBeLessThanOrEqual(1);
    const churn = dateOf(account.churnDate);
    if (churn !== undefined) {
      expect(churn).toBeGreaterThan(start);
      expect(churn).toBeLessThan(TODAY);
    }
  }
});

test('variety: industries, sizes, countries incl. Vietnam and Romania, tech stacks of several tools, churn', () => {
  const distinct = (key: keyof SampleAccount) => new Set(accounts.map((a) => String(a[key] ?? '')));
  expect(distinct('industry').size).toBeGreaterThanOrEqual(6);
  expect([...distinct('country')]).toEqual(expect.arrayContaining(['Vietnam', 'Romania']));
  const sizes = new Set(accounts.map((a) => companySize(a.employees as number, a.annualRevenue as number)));
  expect(sizes).toEqual(new Set(['SMB', 'Mid-market', 'Enterprise']));
  expect(accounts.filter((a) => String(a.techStack).includes(', ')).length).toBeGreaterThan(150);
  expect(accounts.filter((a) => String(a.techStack).includes('HubSpot')).length).toBeGreaterThan(40);
  for (const key of ['buyerRole', 'painPoint', 'triggerEvent', 'acquisitionChannel', 'growthStage', 'businessType'] as const) {
    expect(distinct(key).size).toBeGreaterThanOrEqual(3);
  }
  const customers = accounts.filter((a) => a.startDate);
  const churned = customers.filter((a) => a.churnDate);
  expect(customers.length).toBeGreaterThan(120);
  expect(customers.length).toBeLessThan(200);
  expect(churned.length).toBeGreaterThan(20);
  expect(churned.length).toBeLessThan(customers.length / 2);
});

test('a real pattern: SaaS/Fintech of 50–500 employees on HubSpot churn least; HubSpot users churn less; retail most', () => {
  const customers = accounts.filter((a) => a.startDate);
  const churnRate = (list: SampleAccount[]) => list.filter((a) => a.churnDate).length / list.length;
  const hubspot = (a: SampleAccount) => String(a.techStack).includes('HubSpot');
  const fitIndustry = (a: SampleAccount) => ['SaaS', 'Fintech'].includes(String(a.industry));
  const midSize = (a: SampleAccount) => (a.employees as number) >= 50 && (a.employees as number) <= 500;
  const ideal = customers.filter((a) => fitIndustry(a) && hubspot(a) && midSize(a));
  expect(ideal.length).toBeGreaterThanOrEqual(5);
  expect(churnRate(ideal)).toBeLessThan(0.5 * churnRate(customers));
  expect(churnRate(customers.filter(hubspot))).toBeLessThan(0.7 * churnRate(customers.filter((a) => !hubspot(a))));
  expect(churnRate(customers.filter(fitIndustry))).toBeLessThan(0.7 * churnRate(customers.filter((a) => !fitIndustry(a))));
  expect(churnRate(customers.filter((a) => a.industry === 'Retail'))).toBeGreaterThan(churnRate(customers) * 1.3);
});

test("the template's example criteria score retained customers well above churned ones", () => {
  const headers = ACCOUNT_COLUMNS.map((key) => columnHeader('en', key));
  const rows = accounts.map((a) => ACCOUNT_COLUMNS.map((key) => (a[key] ?? '') as CellValue));
  const criteria = [headers.slice(0, 4).map(() => ''), ...exampleCriteria('en')] as CellValue[][];
  const scores = (ICP_SCORE(rows, [headers], criteria) as number[][]).map((r) => r[0]);
  const mean = (list: number[]) => list.reduce((s, x) => s + x, 0) / list.length;
  const retained = scores.filter((_, i) => accounts[i].startDate && !accounts[i].churnDate);
  const churned = scores.filter((_, i) => accounts[i].churnDate);
  expect(mean(retained) - mean(churned)).toBeGreaterThan(15);
  expect(new Set(scores).size).toBeGreaterThanOrEqual(5);
});
