// "Suggest criteria from best customers" at 1,000 / 10,000 / 100,000 accounts: parsing the Accounts rows,
// the comparisons of every candidate (core), the whole menu action over the emulation (one read of each
// sheet, the dialog page built) and "Is the ICP working?" (tiers scored twice: today and with suggestions);
// a bare loop over the same cells in the same run is the baseline.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs, seeded } from './load.mjs';
import { timeMedian } from './stats.mjs';

const HEADERS = ['Account', 'Industry', 'Employees', 'Annual revenue', 'Country', 'Growth stage', 'Business type', 'Tech stack',
  'Buyer role', 'Pain point', 'Trigger event', 'Acquisition channel', 'MRR', 'Gross margin', 'CAC', 'Start date', 'Churn date',
  'Company size', 'ICP score', 'ICP tier', 'Notes', 'Owner'];
const CRITERIA = [['Attribute', 'Rule', 'Value', 'Weight'], ['Industry', 'is', 'Fintech', 2], ['Country', 'is', 'Russia', 'exclude'], ['Business type', 'is', 'B2B', 1]];
const pick = (random, list) => list[Math.floor(random() * list.length)];

/** Accounts with a pattern worth finding (fit drives value and retention) and 15% prospects. */
export function generateAccounts(count, seed = 7) {
  const random = seeded(seed);
  const industries = ['SaaS', 'Fintech', 'Retail', 'Healthcare', 'Manufacturing', 'Logistics', 'Education', 'Media'];
  const tools = ['Slack', 'Jira', 'Zendesk', 'Shopify', 'SAP', 'Intercom', 'Notion'];
  const rows = new Array(count);
  for (let i = 0; i < count; i++) {
    const industry = pick(random, industries);
    const employees = Math.floor(1 + random() * random() * 5000);
    const hubspot = random() < (industry === 'SaaS' ? 0.7 : 0.3);
    const fit = (industry === 'SaaS' ? 0.4 : industry === 'Retail' ? -0.3 : 0) + (hubspot ? 0.2 : 0) + (employees >= 50 && employees < 500 ? 0.2 : 0);
    const customer = random() < 0.85;
    const churned = customer && random() < 0.35 - fit * 0.4;
    rows[i] = [
      `Account ${i}`, industry, employees, Math.round(employees * (50000 + random() * 150000)), pick(random, ['Vietnam', 'Romania', 'Germany', 'France', 'Russia']),
      pick(random, ['Startup', 'Scale-up', 'Mature']), pick(random, ['B2B', 'B2C', 'B2B2C']),
      `${hubspot ? 'HubSpot' : pick(random, ['Salesforce', 'Pipedrive'])}, ${pick(random, tools)}`, pick(random, ['CMO', 'VP Sales', 'CTO', 'Head of RevOps']),
      pick(random, ['Low conversion', 'Manual reporting', 'Churn']), pick(random, ['Funding', 'New CMO', 'Expansion']), pick(random, ['Inbound', 'Outbound', 'Partner']),
      customer ? Math.round(100 + random() * 3000 * (1 + fit)) : '', customer ? 0.6 + random() * 0.3 : '', Math.round(1000 + random() * 20000),
      customer ? '2023-01-15' : '', churned ? '2024-03-01' : '', '', '', '', `note ${i}`, pick(random, ['Ana', 'Minh', 'Ion']),
    ];
  }
  return rows;
}

export async function run({ sizes = [1_000, 10_000, 100_000], runs = 5 } = {}) {
  const { parseAccounts } = await loadTs('src/core/accounts.ts');
  const { suggestCriteria } = await loadTs('src/core/suggest.ts');
  const { createEmulation } = await loadTs('emulation/index.ts');
  const { checkModel, showSuggestions } = await loadTs('src/sheets/suggest.ts');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const files = { Suggest: fs.readFileSync(path.join(root, 'dist/Suggest.html'), 'utf8') };
  const now = new Date(Date.UTC(2025, 0, 1));
  const results = [];
  for (const size of sizes) {
    const rows = generateAccounts(size);
    const time = (fn) => timeMedian(fn, runs);
    let parsed;
    const parseMs = time(() => (parsed = parseAccounts(HEADERS, rows, { asOf: now.getTime(), timeZone: 'UTC' })));
    let result;
    const suggestMs = time(() => (result = suggestCriteria({ headers: HEADERS, accounts: parsed.accounts, criteria: CRITERIA, asOf: now.getTime() })));
    const emu = createEmulation({ timeZone: 'UTC', files });
    Object.assign(globalThis, emu.globals);
    emu.setSheetValues('Accounts', [HEADERS, ...rows]);
    emu.setSheetValues('Criteria', CRITERIA);
    emu.resetCalls();
    const actionMs = time(() => showSuggestions(emu.spreadsheet, 'en', now));
    const calls = { reads: emu.calls.reads / (runs + 1), writes: emu.calls.writes };
    const rowsToCheck = result.suggestions.map((x) => ({ attribute: x.attribute, rule: x.rule, value: x.value, weight: String(x.weight) }));
    const checkMs = time(() => checkModel(emu.spreadsheet, 'en', undefined, rowsToCheck, now));
    const loopMs = time(() => {
      let total = 0;
      for (const row of rows) for (const cell of row) total += String(cell).length;
      if (total < 0) console.log(total);
    });
    results.push({
      size, parseMs, suggestMs, actionMs, checkMs, loopMs, calls, status: result.status, outcome: result.outcome, suggestions: result.suggestions.length,
      tested: result.tested, customers: result.customers, leaks: result.leaks.length,
    });
  }
  return results;
}

export function report(results) {
  return results
    .map((r) => `${r.size.toLocaleString('en-US').padStart(7)} accounts: parse ${r.parseMs.toFixed(1)} ms + suggest ${r.suggestMs.toFixed(1)} ms; ` +
      `menu action over the emulation ${r.actionMs.toFixed(0)} ms (${r.calls.reads} reads, ${r.calls.writes} writes per run); ` +
      `bare loop ${r.loopMs.toFixed(1)} ms → action ${(r.actionMs / r.loopMs).toFixed(1)}×\n` +
      `         ${r.customers} customers, outcome ${r.outcome}, ${r.tested} candidates tested, ${r.suggestions} suggested (${r.status}), ${r.leaks} leaked columns; ` +
      `Is the ICP working? with them ${r.checkMs.toFixed(0)} ms`)
    .join('\n');
}
