// Column and rule names live in ./vocabulary; these re-exports keep older imports working.
export {
  ACCOUNT_COLUMNS, type ColumnKey, RULES, type RuleKind, columnKeyOf, headerIndex, nameIdentity, normalizeName, ruleOf,
} from './vocabulary';
