// Synthetic accounts for the suggestion tests: a planted pattern, or outcomes independent of attributes.
import { parseAccounts } from '../../src/core/accounts';
import { seededRandom } from '../../src/core/sample';
import type { CellValue } from '../../src/core/values';

export const HEADERS = ['Account', 'Industry', 'Employees', 'Annual revenue', 'Country', 'Growth stage', 'Tech stack', 'Buyer role',
  'MRR', 'Gross margin', 'Start date', 'Churn date', 'Company size', 'ICP score', 'ICP tier'];
export const AS_OF = Date.UTC(2025, 0, 1);
const START = new Date(Date.UTC(2023, 0, 15));
const CHURN = new Date(Date.UTC(2024, 5, 1));

const INDUSTRIES = ['SaaS', 'Fintech', 'Retail', 'Healthcare', 'Logistics', 'Education'];
const COUNTRIES = ['Vietnam', 'Romania', 'Germany', 'France'];
const STAGES = ['Startup', 'Scale-up', 'Mature'];
const TOOLS = ['Slack', 'Jira', 'Zendesk', 'Notion'];
const ROLES = ['CMO', 'VP Sales', 'CTO'];

type Kind = 'good' | 'bad' | 'mid';

/** One account row; `kind` plants the pattern, `planted` false draws every attribute at random. */
function row(i: number, kind: Kind, random: () => number, planted: boolean): CellValue[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const p = (probability: number) => planted && random() < probability;
  let industry = pick(INDUSTRIES);
  let employees = Math.floor(1 + random() * 3000);
  let hubspot = random() < 0.4;
  if (kind === 'good') {
    if (p(0.75)) industry = 'SaaS';
    if (p(0.8)) employees = 50 + Math.floor(random() * 450);
    if (planted) hubspot = random() < 0.8;
  } else if (kind === 'bad') {
    if (p(0.6)) industry = 'Retail';
    if (p(0.7)) employees = 1 + Math.floor(random() * 40);
    if (planted) hubspot = random() < 0.1;
  }
  const tools = [hubspot ? 'HubSpot' : pick(['Salesforce', 'Pipedrive']), pick(TOOLS)].join(', ');
  const churned = kind === 'bad' && random() < 0.8;
  const mrr = kind === 'good' ? 2000 + Math.floor(random() * 2000) : kind === 'mid' ? 500 + Math.floor(random() * 1000) : 50 + Math.floor(random() * 100);
  return [`Acct ${i}`, industry, employees, Math.round(1_000_000 + random() * 500_000_000), pick(COUNTRIES), pick(STAGES), tools, pick(ROLES), mrr, 0.8, START, churned ? CHURN : '', '', '', ''];
}

/** `count` customers: 40% good, 35% bad, 25% middling; with `planted`, good and bad differ in industry, size and HubSpot. */
export function syntheticRows(count: number, seed: number, planted: boolean): CellValue[][] {
  const random = seededRandom(seed);
  const rows: CellValue[][] = [];
  for (let i = 0; i < count; i++) {
    const draw = random();
    const kind: Kind = draw < 0.4 ? 'good' : draw < 0.75 ? 'bad' : 'mid';
    rows.push(row(i + 1, kind, random, planted));
  }
  return rows;
}

/** Outcome (churn and MRR) independent of every attribute. */
export function randomRows(count: number, seed: number): CellValue[][] {
  return syntheticRows(count, seed, false);
}

export function parse(rows: CellValue[][], headers: CellValue[] = HEADERS) {
  return parseAccounts(headers, rows, { asOf: AS_OF, timeZone: 'UTC' }).accounts;
}
