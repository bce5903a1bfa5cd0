// What the summary benchmark runs: the real refresh over the shared emulation.
export { createEmulation } from '../emulation';
export { refreshSummary } from '../src/sheets/summary';
