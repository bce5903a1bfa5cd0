// The rule kinds live with the other canonical values; this re-export keeps older imports working.
export { RULES, type RuleKind } from './vocabulary/canonical';
