// The answer options the worksheet offers; each option is one canonical value whose names are in ./terms.
// No catalog is imported here, so the sidebar can use the list cheaply.
import type { TermKey } from './terms';

/** Options per kind of question. */
export const OPTIONS = {
  size: ['size.smb', 'size.midMarket', 'size.enterprise'],
  stage: ['option.startup', 'option.scaleUp', 'option.mature'],
  business: ['option.b2b', 'option.b2c', 'option.b2b2c', 'option.b2g'],
  seniority: ['option.cLevel', 'option.vp', 'option.director', 'option.manager', 'option.individual'],
  cycle: ['option.cycle1', 'option.cycle3', 'option.cycle6', 'option.cycle12', 'option.cycleLong'],
} as const satisfies Record<string, readonly TermKey[]>;
export type OptionKey = (typeof OPTIONS)[keyof typeof OPTIONS][number];
