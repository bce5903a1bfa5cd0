// Sample accounts for trying the add-on: deterministic, realistic, and with a pattern worth finding
// (mid-size SaaS and Fintech companies on HubSpot stay longer and pay more; small retailers churn).
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
const NAMES = ['Nova', 'Lotus', 'Carpat', 'Delta', 'Mekong', 'Danube', 'Blue', 'Apex', 'Saigon', 'Cluj', 'Orbit', 'Pine', 'Hanoi', 'Iasi', 'Vertex', 'Lumen'];
const SUFFIXES = ['Labs', 'Systems', 'Group', 'Tech', 'Solutions', 'Digital', 'Works', 'Analytics'];
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

export function sampleAccounts(count = 200, seed = 2024): SampleAccount[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const accounts: SampleAccount[] = [];
  for (let i = 0; i < count; i++) {
    const [industry, fit] = pick(INDUSTRIES);
    const employees = Math.round(5 + Math.pow(random(), 2.2) * 6000);
    const hubspot = random() < 0.25 + fit * 0.5;
    const crm = hubspot ? 'HubSpot' : pick(['Salesforce', 'Pipedrive', 'Zoho CRM']);
    const midSize = employees >= 50 && employees <= 500;
    // Fit drives value and retention: the pattern "Suggest criteria" and the summary should find.
    const quality = fit * 0.5 + (hubspot ? 0.25 : 0) + (midSize ? 0.25 : 0);
    const isCustomer = random() < 0.8;
    const account: SampleAccount = {
      account: `${pick(NAMES)} ${pick(SUFFIXES)} ${i + 1}`,
      industry,
      employees,
      annualRevenue: Math.round(employees * (40_000 + random() * 160_000) / 1000) * 1000,
      country: pick(COUNTRIES),
      growthStage: pick(STAGES),
      businessType: random() < 0.8 ? 'B2B' : pick(['B2C', 'B2B2C']),
      techStack: [crm, pick(TOOLS), pick(TOOLS)].filter((tool, index, all) => all.indexOf(tool) === index).join(', '),
      buyerRole: pick(ROLES),
      painPoint: pick(PAINS),
      triggerEvent: pick(TRIGGERS),
      acquisitionChannel: pick(CHANNELS),
    };
    // What winning the account cost: 8–24 months of the revenue its size brings (LTV:CAC then lands
    // around 1–6, as in real B2B data, so the summary shows every health verdict).
    const typicalMrr = 150 + employees * (0.8 + quality * 2);
    account.cac = Math.round((typicalMrr * (8 + random() * 16)) / 10) * 10;
    if (isCustomer) {
      const start = FIRST_START + Math.floor(random() * ((LAST_START - FIRST_START) / DAY)) * DAY;
      account.startDate = new Date(start);
      account.mrr = Math.round((150 + employees * (0.8 + quality * 2) + random() * 400) / 10) * 10;
      account.grossMargin = Math.round((0.62 + random() * 0.26) * 100) / 100;
      if (random() > 0.35 + quality * 0.6) {
        const months = 2 + Math.floor(random() * 24);
        account.churnDate = new Date(Math.min(start + months * 30 * DAY, LAST_CHURN));
      }
    }
    accounts.push(account);
  }
  return accounts;
}
