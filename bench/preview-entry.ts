// What the preview benchmark's baseline runs: the emulation and the bundle, without the preview.
export { createEmulation } from '../emulation';
export { runBundle } from '../emulation/bundle';
export { workbookToJSON } from '../emulation/persist';
