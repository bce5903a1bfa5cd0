// What the kept-file benchmark runs: the emulation and the preview's store.
export { createEmulation } from '../emulation';
export { WorkbookStore } from '../preview/store';
