// The BigQuery rendering is valid BigQuery Standard SQL as far as node-sql-parser's BigQuery grammar
// knows it (real BigQuery cannot be reached from here; the README says how to check it once).
import { Parser } from 'node-sql-parser';
import { bigquery } from '../../../src/core/sql/bigquery';
import { planCriteria } from '../../../src/core/sql/plan';
import { renderScoring } from '../../../src/core/sql/render';
import { renderSummary } from '../../../src/core/sql/summary';

const HEADERS = ['Account', 'Industry', 'Employees', 'Annual revenue', 'Country', 'Tech stack', 'Company size', 'MRR', 'Gross margin', 'CAC', 'Start date', 'Churn date', "Owner's team"];
const CRITERIA: Record<string, (string | number)[][]> = {
  'every rule': [
    ['Attribute', 'Rule', 'Value', 'Weight'],
    ['Industry', 'is', 'SaaS; Fintech; 42', 3], ['Industry', 'is not', 'Retail', 1], ['Tech stack', 'contains', 'HubSpot, Slack', 1],
    ['Tech stack', 'does not contain', 'SAP', 0.5], ['Employees', 'between', '50..500', 2], ['Annual revenue', 'at least', '1,000,000', 1],
    ['Employees', 'at most', '10%', 1], ['Company size', 'is', 'SMB; IMM', 2], ['Country', 'is', 'Russia', 'exclude'],
    ["Owner's team", 'contains', "o'brien\\", 1],
  ],
  'one line': [['Industry', 'is', 'SaaS', 1]],
  'exclusions only': [['Country', 'is', 'Russia', 'exclude'], ['Industry', 'contains', 'gov', 'exclude']],
};

const parse = (sql: string) => new Parser().astify(sql, { database: 'BigQuery' });

test.each(Object.keys(CRITERIA))('scoring query parses: %s', (name) => {
  const plan = planCriteria(CRITERIA[name], { headers: HEADERS, tiers: { a: 85, b: 60 } });
  const { sql } = renderScoring(plan, bigquery, 'my-project.sales.accounts');
  expect(sql).toContain('FROM `my-project.sales.accounts`');
  expect(() => parse(sql)).not.toThrow();
});

test.each([[undefined], [['Industry', 'Company size', 'Country']], [["Owner's team"]]])('summary query parses, dimensions %j', (dimensions) => {
  const plan = planCriteria(CRITERIA['every rule'], { headers: HEADERS });
  const { sql } = renderSummary(bigquery, 'my-project.sales.accounts', { headers: HEADERS, plan, dimensions });
  expect(sql).toContain('@as_of');
  expect(sql).not.toMatch(/CURRENT_DATE|CURRENT_TIMESTAMP|NOW\(/i);
  expect(() => parse(sql)).not.toThrow();
});
