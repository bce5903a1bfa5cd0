// Sample accounts for trying the add-on: deterministic, realistic, and with a pattern worth finding
// (SaaS and Fintech companies of 50–500 employees on HubSpot stay longer and pay more; retailers churn).
import type { ColumnKey } from './columns';

export type SampleAccount = Partial<Record<ColumnKey, string | number | Date>>;

/** mulberry32: a tiny seeded generator, so the sample is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const INDUSTRIES: Array<[string, number]> = [['SaaS', 0.9], ['Fintech', 0.8], ['Healthcare', 0.5], ['E-commerce', 0.3], ['Retail', 0.1], ['Manufacturing', 0.4], ['Logistics', 0.4], ['Education', 0.3]];
const COUNTRIES = ['Vietnam', 'Romania', 'Germany', 'United States', 'Singapore', 'France', 'United Kingdom', 'Poland'];
const NAMES = ['Nova', 'Lotus', 'Carpat', 'Delta', 'Mekong', 'Danube', 'Blue', 'Apex', 'Saigon', 'Cluj', 'Orbit', 'Pine', 'Hanoi', 'Iasi',
  'Vertex', 'Lumen', 'Halong', 'Brasov', 'Sapa', 'Timis', 'Hue', 'Arges', 'Bamboo', 'Amber', 'Cobalt', 'Falcon'];
const SUFFIXES = ['Labs', 'Systems', 'Group', 'Tech', 'Solutions', 'Digital', 'Works', 'Analytics', 'Software', 'Partners'];
const TOOLS = ['Slack', 'Jira', 'Google Workspace', 'Zendesk', 'Intercom', 'Shopify', 'SAP', 'Notion'];
const ROLES = ['CMO', 'VP Sales', 'Head of RevOps', 'CTO', 'Marketing Manager', 'CEO'];
const PAINS = ['Manual reporting', 'Low lead conversion', 'Poor pipeline visibility', 'High churn', 'Slow onboarding'];
const TRIGGERS = ['New funding round', 'New sales leader', 'Expansion to new market', 'CRM migration', 'Rapid hiring'];
const CHANNELS = ['Inbound', 'Outbound', 'Partner', 'Referral', 'Events'];
const STAGES = ['Startup', 'Scale-up', 'Mature'];

const DAY = 86_400_000;
const FIRST_START = Date.UTC(2022, 0, 1);
const LAST_START = Date.UTC(2025, 9, 1);
const LAST_CHURN = Date.UTC(2026, 9, 31);

/** `count` different company names ("Mekong Analytics"), shuffled by their own seeded stream. */
export function companyNames(count: number, seed: number): string[] {
  const random = seededRandom(seed ^ 0x5eed);
  const names = NAMES.flatMap((name) => SUFFIXES.map((suffix) => `${name} ${suffix}`));
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [names[i], names[j]] = [names[j], names[i]];
  }
  // Beyond the combinations, numbered names keep every account distinct.
  return Array.from({ length: count }, (_, i) => (i < names.length ? names[i] : `${names[i % names.length]} ${Math.floor(i / names.length) + 1}`));
}

/**
 * `count` accounts: about 80% customers (with start date, MRR and margin), the rest prospects.
 * Fit drives the outcome, as the example criteria assume: SaaS and Fintech companies, 50–500 employees,
 * on HubSpot churn far less, pay more per seat and cost less to win; a poor fit mostly churns.
 */
export function sampleAccounts(count = 200, seed = 2024): SampleAccount[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const names = companyNames(count, seed);
  const accounts: SampleAccount[] = [];
  for (let i = 0; i < count; i++) {
    const [industry, fit] = pick(INDUSTRIES);
    // Log-uniform 5–8,000 employees: about a third each below 50, 50–500, and above.
    const employees = Math.round(5 * Math.pow(1600, random()));
    const hubspot = random() < 0.2 + fit * 0.5;
    const crm = hubspot ? 'HubSpot' : pick(['Salesforce', 'Pipedrive', 'Zoho CRM']);
    const midSize = employees >= 50 && employees <= 500;
    const quality = fit * 0.5 + (hubspot ? 0.25 : 0) + (midSize ? 0.25 : 0); // 0.05–0.95
    const account: SampleAccount = {
      account: names[i],
      industry,
      employees,
      annualRevenue: Math.round((employees * (40_000 + random() * 160_000)) / 1000) * 1000,
      country: pick(COUNTRIES),
      growthStage: pick(STAGES),
      businessType: random() < 0.8 ? 'B2B' : pick(['B2C', 'B2B2C']),
      techStack: [crm, pick(TOOLS), pick(TOOLS)].filter((tool, index, all) => all.indexOf(tool) === index).join(', '),
      buyerRole: pick(ROLES),
      painPoint: pick(PAINS),
      triggerEvent: pick(TRIGGERS),
      acquisitionChannel: pick(CHANNELS),
    };
    // Seats grow with the square root of the headcount; a good fit buys more of the product.
    const typicalMrr = (120 + 20 * Math.sqrt(employees)) * (0.4 + 1.2 * quality);
    // What winning the account cost: 3–7 months of its revenue for a good fit, up to 24 for a poor one,
    // so LTV:CAC spans about 0.5–15 and the summary shows every health verdict.
    account.cac = Math.round((typicalMrr * (2 + (1 - quality) * 18 + random() * 3)) / 10) * 10;
    if (random() < 0.8) {
      const start = FIRST_START + Math.floor(random() * ((LAST_START - FIRST_START) / DAY)) * DAY;
      account.startDate = new Date(start);
      account.mrr = Math.round((typicalMrr * (0.8 + random() * 0.4)) / 10) * 10;
      account.grossMargin = Math.round((0.62 + random() * 0.26) * 100) / 100;
      if (random() < Math.max(0.04, 0.8 - quality * 0.85)) {
        const months = 2 + Math.floor(random() * 24);
        account.churnDate = new Date(Math.min(start + months * 30 * DAY, LAST_CHURN));
      }
    }
    accounts.push(account);
  }
  return accounts;
}
