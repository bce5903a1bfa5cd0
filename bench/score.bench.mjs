// SPEC §9: ICP_SCORE on 100,000 accounts × 20 columns with 20 criteria, against a bare loop that reads
// every cell once as text, in the same process and run.
import { loadTs, seeded } from './load.mjs';
import { timeMedian } from './stats.mjs';

const HEADERS = ['Account', 'Industry', 'Employees', 'Annual revenue', 'Country', 'Growth stage', 'Business type', 'Tech stack',
  'Buyer role', 'Pain point', 'Trigger event', 'Acquisition channel', 'MRR', 'Gross margin', 'CAC', 'Start date', 'Churn date',
  'Company size', 'Notes', 'Owner'];
const pick = (random, list) => list[Math.floor(random() * list.length)];

export function generateAccounts(count, seed = 42) {
  const random = seeded(seed);
  const industries = ['SaaS', 'Fintech', 'Retail', 'Healthcare', 'Manufacturing', 'Logistics', 'Education', 'Media'];
  const countries = ['Vietnam', 'Romania', 'Germany', 'United States', 'France', 'Singapore', 'Russia'];
  const tools = ['HubSpot', 'Salesforce', 'Slack', 'Jira', 'Zendesk', 'Shopify', 'SAP', 'Intercom'];
  const rows = new Array(count);
  for (let i = 0; i < count; i++) {
    const employees = Math.floor(5 + random() * random() * 5000);
    rows[i] = [
      `Account ${i}`, pick(random, industries), employees, Math.round(employees * (50000 + random() * 150000)),
      pick(random, countries), pick(random, ['Startup', 'Scale-up', 'Mature']), pick(random, ['B2B', 'B2C', 'B2B2C']),
      `${pick(random, tools)}, ${pick(random, tools)}`, pick(random, ['CMO', 'VP Sales', 'CTO', 'Head of RevOps']),
      pick(random, ['Low conversion', 'Manual reporting', 'Churn']), pick(random, ['Funding', 'New CMO', 'Expansion']),
      pick(random, ['Inbound', 'Outbound', 'Partner']), Math.round(100 + random() * 5000), 0.6 + random() * 0.3,
      Math.round(1000 + random() * 20000), '2023-01-15', random() < 0.2 ? '2024-03-01' : '', '', 'note', pick(random, ['Ana', 'Minh', 'Ion']),
    ];
  }
  return rows;
}

export const CRITERIA = [
  ['Attribute', 'Rule', 'Value', 'Weight'],
  ['Industry', 'is', 'SaaS; Fintech', 3], ['Industry', 'is', 'Healthcare', 2], ['Industry', 'is not', 'Retail', 1],
  ['Employees', 'between', '50..500', 3], ['Employees', 'at least', 2000, 1], ['Annual revenue', 'at most', '50,000,000', 1],
  ['Country', 'is', 'Vietnam; Romania', 2], ['Country', 'is', 'Russia', 'exclude'], ['Growth stage', 'is', 'Scale-up', 2],
  ['Business type', 'is', 'B2B', 2], ['Tech stack', 'contains', 'HubSpot', 2], ['Tech stack', 'does not contain', 'SAP', 1],
  ['Buyer role', 'contains', 'Sales; RevOps', 1], ['Pain point', 'is', 'Manual reporting', 1], ['Trigger event', 'is', 'Funding', 2],
  ['Acquisition channel', 'is not', 'Outbound', 1], ['MRR', 'at least', 1000, 1], ['Gross margin', 'between', '0.7..1', 1],
  ['CAC', 'at most', 10000, 1], ['Company size', 'is', 'Mid-market', 2],
];

function bareLoop(rows) {
  let total = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) total += String(row[c]).length;
  }
  return total;
}

export async function run({ count = 100_000, runs = 7 } = {}) {
  const { scoreAccounts } = await loadTs('src/core/scoreFormulas.ts');
  const rows = generateAccounts(count);
  const score = () => scoreAccounts('ICP_SCORE', rows, [HEADERS], CRITERIA);
  const time = (fn) => timeMedian(fn, runs);
  const scoreMs = time(score);
  const loopMs = time(() => bareLoop(rows));
  const sample = score().slice(0, 3).map((r) => r[0]);
  return { count, columns: HEADERS.length, criteria: CRITERIA.length - 1, scoreMs, loopMs, ratio: scoreMs / loopMs, sample };
}

export function report(r) {
  return `ICP_SCORE ${r.count.toLocaleString('en-US')} × ${r.columns} with ${r.criteria} criteria: ${r.scoreMs.toFixed(1)} ms median (target < 1000 ms)\n` +
    `bare loop over the same cells: ${r.loopMs.toFixed(1)} ms → ratio ${r.ratio.toFixed(2)}× (target ≤ 5×)`;
}
