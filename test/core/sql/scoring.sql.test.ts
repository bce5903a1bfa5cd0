// The DuckDB rendering of the criteria scores rows exactly as ICP_SCORE does.
import { planCriteria } from '../../../src/core/sql/plan';
import { renderScoring } from '../../../src/core/sql/render';
import { duckdb } from '../../../src/core/sql/duckdb';
import { loadTable, openDuckDB, rowsOf } from '../../helpers/duckdb';

const HEADERS = ['Account', 'Industry', 'Employees', 'Annual revenue', 'Country', 'Tech stack'];

test('example criteria over a few accounts: score, tier, explain and version', async () => {
  const criteria = [
    ['Attribute', 'Rule', 'Value', 'Weight', 'Notes'],
    ['Industry', 'is', 'SaaS; Fintech', 3, ''],
    ['Employees', 'between', '50..500', 2, ''],
    ['Tech stack', 'contains', 'HubSpot', 1, ''],
    ['Country', 'is', 'Russia', 'exclude', ''],
  ];
  const rows = [
    // 3 + 2 + 1 of 6 → 100
    ['Acme', 'SaaS', '120', '', 'Vietnam', 'HubSpot, Slack'],
    // 3 + 0 + 0 of 6 → 50; "1,200" is 1200, outside 50..500
    ['Beta', ' fintech ', '1,200', '', 'Romania', 'Jira'],
    // excluded
    ['Gamma', 'SaaS', '100', '', 'Russia', 'HubSpot'],
    // 0 + 2 + 1 of 6 = 50 → 50
    ['Delta', 'Retail', '50', '', '', 'hubspot'],
    ['', '', '', '', '', ''],
  ];
  const connection = await openDuckDB();
  await loadTable(connection, 'accounts', HEADERS, rows);
  const plan = planCriteria(criteria, { headers: HEADERS });
  const result = await rowsOf(connection, renderScoring(plan, duckdb, 'accounts').sql);
  expect(result.map((r) => [r.Account, r.icp_score, r.icp_tier])).toEqual([
    ['Acme', 100, 'A'], ['Beta', 50, 'B'], ['Gamma', 0, 'C'], ['Delta', 50, 'B'], [null, null, null],
  ]);
  expect(result[1].icp_explain).toBe('✔ Industry is SaaS; Fintech (+3) · ✘ Employees between 50..500 (0 of 2) · ✘ Tech stack contains HubSpot (0 of 1)');
  expect(result[2].icp_explain).toBe('⛔ Excluded: Country is Russia');
  expect(result[0].criteria_version).toMatch(/^[0-9a-f]{12}$/);
  expect(Object.keys(result[0])).toEqual([...HEADERS, 'icp_score', 'icp_tier', 'icp_explain', 'criteria_version']);
});
