// The bundle's entry: everything exported here becomes a top-level Apps Script function
// (scripts/build.mjs generates the stubs), so these modules export entry points only.
export * from './functions';
export * from './menu';
export * from './server';
