// Movers: the accounts whose tier changed since the last snapshot, with what moved them. Between two
// refreshes only this is kept per account: name, tier, score and which active criteria it met (indexes
// into the version's canonical lines), so a move can be told apart as a data change (it met other
// criteria) or a criteria change (the same data, other criteria).
import { type Account } from './accounts';
import { ruleOf } from './vocabulary';
import { type Criterion, formatCriterion, parseCriteria } from './criteria';
import { canonicalCriteria, canonicalLine } from './criteriaVersion';
import { type Tier, tierOf } from './formulas';
import { type Language, t } from './i18n';
import { type CompileOptions, compile } from './scoring';
import { type CellValue, cellText } from './values';

export const TIER_COLUMNS = ['column.account', 'history.tier', 'history.score', 'history.met'] as const;

/** One account as the tier snapshot keeps it. */
export interface TierRecord {
  account: string;
  tier: Tier | '';
  score: number | '';
  /** Indexes of the met criteria among the version's canonical lines (sorted). */
  met: number[];
}

export interface Mover {
  account: string;
  /** '' = no score; 'new' = not in the previous snapshot. */
  from: Tier | '' | 'new';
  /** 'gone' = no longer in Accounts. */
  to: Tier | '' | 'gone';
  why: string;
}

/** Which canonical line each active row is, with its compiled one-criterion scorer (undefined when it cannot score). */
interface Line {
  line: string;
  label: string;
  test?: (cells: readonly CellValue[]) => boolean;
}

/** The canonical lines of criteria rows (sorted, as the version hashes them) with a label and a test each. */
export function criteriaLines(rows: readonly (readonly CellValue[])[], headers: readonly CellValue[], language: Language, options: CompileOptions = {}): Line[] {
  const canonical = canonicalCriteria(rows);
  const byLine = new Map<string, Line>();
  for (const cells of rows) {
    const line = canonicalLine(cells);
    if (line === undefined || byLine.has(line) || !canonical.includes(line)) continue;
    const rule = ruleOf(cells[1]);
    const label = rule ? formatCriterion({ attribute: cellText(cells[0]), rule, value: cellText(cells[2]) }, language) : cells.slice(0, 3).map((c) => cellText(c)).join(' ');
    byLine.set(line, { line, label, test: testOf(cells, headers, options) });
  }
  return canonical.map((line) => byLine.get(line) ?? { line, label: line });
}

/** A one-criterion scorer: an account meets a weighted criterion when it scores 100, an exclusion when it scores 0. */
function testOf(cells: readonly CellValue[], headers: readonly CellValue[], options: CompileOptions): Line['test'] {
  let criterion: Criterion;
  try {
    [criterion] = parseCriteria([cells.slice(0, 4)], options);
    const scorer = compile([criterion], headers, options);
    return (row) => scorer.score(row) === (criterion.excluded ? 0 : 100);
  } catch {
    return undefined; // a broken row or an unknown attribute meets nothing
  }
}

export function metBy(lines: readonly Line[], cells: readonly CellValue[]): number[] {
  const met: number[] = [];
  lines.forEach((l, i) => {
    if (l.test?.(cells)) met.push(i);
  });
  return met;
}

/** The key an account is matched by between snapshots: its name, trimmed, case ignored. */
export const accountKey = (name: string) => name.trim().toLowerCase();

/** Each account's record (first row of a name wins); tiers by the sheet's thresholds (A ≥ 80, B ≥ 50 by default). */
export function tierRecords(accounts: readonly Account[], accountColumn: number, scores: Map<Account, number> | undefined, lines: readonly Line[], thresholds = { a: 80, b: 50 }): TierRecord[] {
  const seen = new Set<string>();
  const records: TierRecord[] = [];
  for (const account of accounts) {
    const name = clean(cellText(account.cells[accountColumn]));
    const key = accountKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    const score = scores?.get(account);
    records.push({ account: name, tier: score === undefined ? '' : tierOf(score, thresholds.a, thresholds.b), score: score ?? '', met: score === undefined ? [] : metBy(lines, account.cells) });
  }
  return records;
}

/** Characters per packed cell: under Sheets' 50,000 per cell. */
export const PACKED_CELL_CHARS = 45_000;
/** Tabs and line breaks separate the fields and accounts; inside a name they read as a space. */
const clean = (name: string) => name.replace(/[\t\r\n]+/g, ' ');
const CELL_MARK = '~';

/**
 * The records packed as `name⇥tier⇥score⇥met` lines, as many lines per cell as fit in PACKED_CELL_CHARS,
 * one cell per row: about 100 cells for 100,000 accounts instead of 400,000, so the snapshot is cheap to
 * write and far inside Sheets' 10 million cells.
 */
export function recordRows(records: readonly TierRecord[]): CellValue[][] {
  const cells: CellValue[][] = [];
  // Each cell opens with a marker line, so a name such as `=x` or `+84…` can never start a formula or a number.
  const start = CELL_MARK;
  let cell = start;
  for (const r of records) {
    const line = `${clean(r.account)}\t${r.tier}\t${r.score}\t${r.met.join(',')}`;
    if (cell !== start && cell.length + 1 + line.length > PACKED_CELL_CHARS) {
      cells.push([cell]);
      cell = start;
    }
    cell = `${cell}\n${line}`;
  }
  if (cell !== start) cells.push([cell]);
  return cells;
}

export function readRecords(rows: readonly (readonly CellValue[])[]): TierRecord[] {
  const records: TierRecord[] = [];
  for (const cells of rows) {
    const lines = cellText(cells[0]).split('\n');
    if (lines[0] !== CELL_MARK) continue;
    for (const line of lines.slice(1)) {
      const [name, tierText = '', scoreText = '', metText = ''] = line.split('\t');
      const account = (name ?? '').trim();
      if (!account) continue;
      const tier = tierText.toUpperCase();
      const score = scoreText === '' ? '' : Number(scoreText);
      const met = metText.split(',').filter(Boolean).map(Number).filter(Number.isInteger);
      records.push({ account, tier: tier === 'A' || tier === 'B' || tier === 'C' ? tier : '', score: Number.isFinite(score) ? score : '', met });
    }
  }
  return records;
}

export interface MoverInput {
  previous: readonly TierRecord[];
  current: readonly TierRecord[];
  /** Lines of the previous snapshot's version; undefined when its rows are not known (explanations then give scores). */
  previousLines?: readonly Line[];
  currentLines: readonly Line[];
  /** The cells of each current account, by account key (for old criteria against new data). */
  cellsOf: (key: string) => readonly CellValue[] | undefined;
  language: Language;
}

/** The accounts whose tier changed, in the current order, then the gone ones in the previous order. */
export function findMovers(input: MoverInput): Mover[] {
  const { language: lang } = input;
  const before = new Map(input.previous.map((r) => [accountKey(r.account), r]));
  const now = new Set(input.current.map((r) => accountKey(r.account)));
  const movers: Mover[] = [];
  const sameCriteria = input.previousLines !== undefined && sameLines(input.previousLines, input.currentLines);
  for (const record of input.current) {
    const was = before.get(accountKey(record.account));
    if (!was) {
      if (record.tier !== '') movers.push({ account: record.account, from: 'new', to: record.tier, why: t(lang, 'history.whyNew') });
      continue;
    }
    if (was.tier === record.tier) continue;
    movers.push({ account: record.account, from: was.tier, to: record.tier, why: explain(input, was, record, sameCriteria) });
  }
  for (const record of input.previous) {
    if (!now.has(accountKey(record.account)) && record.tier !== '') movers.push({ account: record.account, from: record.tier, to: 'gone', why: t(lang, 'history.whyGone') });
  }
  return movers;
}

function sameLines(a: readonly Line[], b: readonly Line[]): boolean {
  return a.length === b.length && a.every((l, i) => l.line === b[i].line);
}

/**
 * Why one account moved. Data: the criteria it meets under the previous criteria changed (old criteria,
 * old data vs old criteria, new data). Criteria: lines added, removed or reweighted, those the account
 * meets first. Both can be true; when neither can be told, the score change is given.
 */
function explain(input: MoverInput, was: TierRecord, now: TierRecord, sameCriteria: boolean): string {
  const { language: lang, previousLines: oldLines, currentLines: newLines } = input;
  const scoreText = t(lang, 'history.score.change', { from: was.score === '' ? '–' : was.score, to: now.score === '' ? '–' : now.score });
  if (!oldLines) return scoreText;
  const cells = input.cellsOf(accountKey(now.account));
  const oldMetNow = sameCriteria ? now.met : cells ? metBy(oldLines, cells) : undefined;
  const parts: string[] = [];
  if (oldMetNow) {
    const before = new Set(was.met);
    const after = new Set(oldMetNow);
    const data = [
      ...oldMetNow.filter((i) => !before.has(i)).map((i) => t(lang, 'history.nowMeets', { criterion: oldLines[i]?.label ?? '?' })),
      ...was.met.filter((i) => !after.has(i)).map((i) => t(lang, 'history.noLongerMeets', { criterion: oldLines[i]?.label ?? '?' })),
    ];
    if (data.length) parts.push(t(lang, 'history.whyData', { changes: data.join(', ') }));
  }
  if (!sameCriteria) {
    const metLabels = new Set([...now.met.map((i) => newLines[i]?.line), ...(oldMetNow ?? []).map((i) => oldLines[i]?.line)]);
    const changes = criteriaChanges(oldLines, newLines, lang);
    const relevant = changes.filter((c) => metLabels.has(c.line));
    const listed = (relevant.length ? relevant : changes).slice(0, 3).map((c) => c.text);
    if (listed.length) parts.push(t(lang, 'history.whyCriteria', { changes: listed.join(', ') }));
  }
  return parts.length ? parts.join('; ') : scoreText;
}

/** Lines added, removed, or the same criterion with another weight (the weight is the line's last field). */
export function criteriaChanges(oldLines: readonly Line[], newLines: readonly Line[], language: Language): { line: string; text: string }[] {
  const stem = (line: string) => line.slice(0, line.lastIndexOf('|'));
  const weight = (line: string) => {
    const w = line.slice(line.lastIndexOf('|') + 1);
    return w === 'x' ? t(language, 'criteria.exclude') : w;
  };
  const oldByStem = new Map(oldLines.map((l) => [stem(l.line), l]));
  const newByStem = new Map(newLines.map((l) => [stem(l.line), l]));
  const newSet = new Set(newLines.map((l) => l.line));
  const oldSet = new Set(oldLines.map((l) => l.line));
  const changes: { line: string; text: string }[] = [];
  for (const l of newLines) {
    if (oldSet.has(l.line)) continue;
    const was = oldByStem.get(stem(l.line));
    changes.push({ line: l.line, text: was
      ? t(language, 'history.weight', { criterion: l.label, from: weight(was.line), to: weight(l.line) })
      : t(language, 'history.added', { criterion: l.label }) });
  }
  for (const l of oldLines) {
    if (!newSet.has(l.line) && !newByStem.has(stem(l.line))) changes.push({ line: l.line, text: t(language, 'history.removed', { criterion: l.label }) });
  }
  return changes;
}
