// The "Is the ICP working?" part of the dialog's model: per-tier tables in the document language.
import type { Thresholds, TierCheck } from './icpCheck';
import { type Language, type MessageKey, t } from './i18n';
import type { Outcome } from './outcome';
import { figureText, formatFigure, percentText } from './suggestReport';

export interface CheckTable {
  caption: string;
  columns: string[];
  /** First cell: the tier; then customers, churn, ARPA, CLV, LTV:CAC, lift ('' where blank). */
  rows: string[][];
  notes: string[];
}

export interface CheckModel {
  tables: CheckTable[];
  /** Why the tiers cannot be shown (broken or missing criteria), when they cannot. */
  error?: string;
  /** The tier formula's thresholds now, and how many accounts have each score 0–100 (for new cut-offs). */
  thresholds: Thresholds;
  histogram: number[];
}

const COLUMNS: MessageKey[] = ['check.col.tier', 'check.col.customers', 'check.col.churn', 'check.col.arpa', 'check.col.clv', 'check.col.ltvCac', 'check.col.lift'];

export function checkTable(language: Language, caption: string, check: TierCheck, outcome: Outcome): CheckTable {
  const cell = (value: number | undefined, render: (v: number) => string) => (value === undefined ? '' : render(value));
  const rows = check.rows.map((row) => [
    row.tier === 'all' ? t(language, 'check.all') : row.tier,
    String(row.figures.customers),
    cell(row.figures.monthlyChurn, (v) => figureText(language, 'churn', v)),
    cell(row.figures.arpa, (v) => figureText(language, 'arpa', v)),
    cell(row.figures.clv, (v) => figureText(language, 'clv', v)),
    cell(row.figures.ltvCac, (v) => figureText(language, 'ltvCac', v)),
    cell(row.lift, (v) => `×${formatFigure(language, v, 2)}`),
  ]);
  const notes: string[] = [];
  if (check.aClvShare !== undefined && check.aCustomerShare !== undefined) {
    notes.push(t(language, 'check.clvShare', { clv: percentText(language, check.aClvShare), customers: percentText(language, check.aCustomerShare) }));
  }
  if (outcome === 'retention' && check.auc !== undefined) notes.push(t(language, 'check.auc', { auc: formatFigure(language, check.auc, 2) }));
  return { caption, columns: COLUMNS.map((key) => t(language, key)), rows, notes };
}
