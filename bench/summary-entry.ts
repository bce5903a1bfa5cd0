// What the summary benchmark runs: the real refresh over the shared emulation, and its core phases.
export { createEmulation } from '../emulation';
export { refreshSummary } from '../src/sheets/summary';
export { parseAccounts } from '../src/core/accounts';
export { compileCriteria } from '../src/core/scoring';
export { segmentAccounts, segmentFigures } from '../src/core/segments';
export { buildSummary } from '../src/core/summaryLayout';
