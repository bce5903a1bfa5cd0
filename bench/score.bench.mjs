// docs/rules.md, Performance: ICP_SCORE on 100,000 accounts × 20 columns with 20 criteria, against a bare loop that reads
// every cell once as text (`total += String(cell).length`), in the same process and run; medians of warm
// runs. `node bench/score.bench.mjs` prints the figures; `run()` returns them for bench/run.mjs.
//
// Honesty notes: the cells are JSON round-tripped, so every text cell is its own string object as
// getValues() hands them over (the memo must hash each one; shared literals would flatter it). Dates are
// ISO text, not Date objects: String(date) is slow and would inflate the baseline and flatter the ratio.
import { fileURLToPath } from 'node:url';
import { loadTs, seeded } from './load.mjs';
import { timeMedian } from './stats.mjs';

const HEADERS = ['Account', 'Industry', 'Employees', 'Annual revenue', 'Country', 'Growth stage', 'Business type', 'Tech stack',
  'Buyer role', 'Pain point', 'Trigger event', 'Acquisition channel', 'MRR', 'Gross margin', 'CAC', 'Start date', 'Churn date',
  'Company size', 'Notes', 'Owner'];
const pick = (random, list) => list[Math.floor(random() * list.length)];

/** Deterministic, realistic accounts: repeated categories, skewed sizes, multi-valued tech stacks, some text numbers and blanks. */
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
    // Some number cells typed as text, as imported sheets have them.
    if (i % 10 === 3) rows[i][2] = employees.toLocaleString('en-US');
  }
  return rows;
}

/** 20 criteria: every rule, alternatives, a graded attribute, an exclusion, derived Company size (its column is blank). */
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

/** Criteria with many alternatives or rows, on the Account column, whose values are all distinct (no memo helps). */
function manyAlternatives() {
  const names = (n, word) => Array.from({ length: n }, (_, i) => `${word} ${i * 7}`).join('; ');
  const header = CRITERIA[0];
  return {
    'contains, 1 row of 20,000 alternatives': [header, ['Account', 'contains', names(20_000, 'client'), 1], ['Industry', 'is', 'SaaS', 1]],
    'is, 1 row of 20,000 alternatives': [header, ['Account', 'is', names(20_000, 'account'), 1], ['Industry', 'is', 'SaaS', 1]],
    'is, 10,000 rows': [header, ...Array.from({ length: 10_000 }, (_, i) => ['Account', 'is', `Account ${i * 7}`, 1 + (i % 3)])],
  };
}

const timeOnce = (fn) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

export async function run({ count = 100_000, runs = 7 } = {}) {
  const { scoreAccounts } = await loadTs('src/core/scoreFormulas.ts');
  const rows = JSON.parse(JSON.stringify(generateAccounts(count)));
  // The whole of ICP_SCORE: parse and compile the criteria, score every row, shape the output column.
  const score = () => scoreAccounts('ICP_SCORE', rows, [HEADERS], CRITERIA);
  const explain = () => scoreAccounts('ICP_EXPLAIN', rows.slice(0, 10_000), [HEADERS], CRITERIA);
  const scoreMs = timeMedian(score, runs);
  const loopMs = timeMedian(() => bareLoop(rows), runs);
  const explainMs = timeMedian(explain, Math.max(3, Math.min(runs, 5)));
  // Slow shapes: one timed call each after one warm-up call on 1,000 rows, so a quadratic version still finishes.
  const many = Object.entries(manyAlternatives()).map(([shape, criteria]) => {
    scoreAccounts('ICP_SCORE', rows.slice(0, 1000), [HEADERS], criteria);
    const ms = timeOnce(() => scoreAccounts('ICP_SCORE', rows, [HEADERS], criteria));
    return { shape, ms, ratio: ms / loopMs };
  });
  const scores = score().map((r) => r[0]);
  // The per-row functions over whole columns, as the header-row formulas call them (a header cell first).
  const { ICP_TIER, COMPANY_SIZE } = await loadTs('src/core/formulas.ts');
  const column = (header, values) => [[header], ...values.map((v) => [v])];
  const tiers = column('ICP score', scores);
  const employees = column('Employees', rows.map((r) => r[2]));
  const revenue = column('Annual revenue', rows.map((r) => r[3]));
  const perRow = {
    'ICP_TIER(score column)': { ms: timeMedian(() => ICP_TIER(tiers), runs), loopMs: timeMedian(() => bareLoop(tiers), runs) },
    'COMPANY_SIZE(employees, revenue)': { ms: timeMedian(() => COMPANY_SIZE(employees, revenue), runs), loopMs: timeMedian(() => bareLoop(employees) + bareLoop(revenue), runs) },
  };
  const histogram = [0, 0, 0, 0, 0];
  for (const s of scores) histogram[Math.min(4, Math.floor(s / 20))]++;
  return {
    count, columns: HEADERS.length, criteria: CRITERIA.length - 1, runs, scoreMs, loopMs, ratio: scoreMs / loopMs,
    explainPer10kMs: explainMs, many, perRow, sample: scores.slice(0, 5), histogram, firstExplanation: explain()[0][0],
  };
}

export function report(r) {
  return [
    `ICP_SCORE ${r.count.toLocaleString('en-US')} × ${r.columns} with ${r.criteria} criteria: ${r.scoreMs.toFixed(1)} ms median of ${r.runs} warm runs (target < 1000 ms)`,
    `bare loop over the same cells: ${r.loopMs.toFixed(1)} ms → ratio ${r.ratio.toFixed(2)}× (target ≤ 5×, aim 2×)`,
    `ICP_EXPLAIN 10,000 rows: ${r.explainPer10kMs.toFixed(1)} ms (not a target)`,
    ...Object.entries(r.perRow).map(([name, c]) => `${name} over ${r.count.toLocaleString('en-US')} rows: ${c.ms.toFixed(1)} ms median, ${(c.ms / c.loopMs).toFixed(1)}× a bare loop over the same cells (${c.loopMs.toFixed(1)} ms)`),
    ...r.many.map((m) => `ICP_SCORE ${r.count.toLocaleString('en-US')} accounts, ${m.shape}: ${m.ms.toFixed(0)} ms, ${m.ratio.toFixed(1)}× the bare loop (one run)`),
    `scores 0–19/20–39/40–59/60–79/80–100: ${r.histogram.join(' / ')}; first rows ${r.sample.join(', ')}`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(report(await run()));
