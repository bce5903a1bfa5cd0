// The rule kinds of the Criteria language (docs/rules.md, Scoring); no imports, so the sidebar can use them cheaply.
export const RULES = ['is', 'isNot', 'contains', 'doesNotContain', 'between', 'atLeast', 'atMost'] as const;
export type RuleKind = (typeof RULES)[number];
