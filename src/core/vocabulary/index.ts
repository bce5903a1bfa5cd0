// The vocabulary: every canonical value with its names in three languages, how names are matched, and
// how a locale writes numbers, dates and money. Everything else asks here rather than keeping a table.
export * from './canonical';
export { terms, type TermKey } from './terms';
export * from './normalize';
export * from './names';
export * from './headers';
export * from './options';
export * from './numbers';
export * from './dates';
export * from './plural';
export * from './money';
