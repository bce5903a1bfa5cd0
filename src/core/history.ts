// Summary History: one snapshot per refresh (as-of, criteria version, each segment's key figures), kept
// under a cap by compaction, and what changed per segment since the previous snapshot.
import { zoneOffset } from './accounts';
import { type Language, type MessageKey, allTranslations, t } from './i18n';
import type { Health, SegmentFigures } from './segments';
import { type CellValue, cellText, isDate, parseNumber } from './values';

/** Snapshots kept; past it, compaction keeps the first, the last and the last of each month. */
export const MAX_SNAPSHOTS = 120;
/** Segments kept per snapshot (the largest by accounts), plus the Total row. */
export const MAX_SNAPSHOT_SEGMENTS = 50;
export const HISTORY_COLUMNS = [
  'history.snapshot', 'summary.asOf', 'history.version', 'summary.segment', 'summary.accounts', 'summary.customers',
  'summary.monthlyChurn', 'summary.clv', 'summary.ltvCac', 'summary.health', 'summary.avgScore', 'summary.aTier',
] as const satisfies readonly MessageKey[];
export const HISTORY_FORMATS = ['0', 'yyyy-mm-dd hh:mm', '@', '@', '0', '0', '0.0%', '#,##0.00', '0.00', '@', '0.0', '0.0%'];
/** The most rows the history sheet holds below its header. */
export const MAX_HISTORY_ROWS = MAX_SNAPSHOTS * (MAX_SNAPSHOT_SEGMENTS + 1);

export interface SegmentPoint {
  name: string;
  accounts: number;
  customers: number;
  monthlyChurn?: number;
  clv?: number;
  ltvCac?: number;
  health: Health;
  avgScore?: number;
  aTierShare?: number;
}

export interface Snapshot {
  id: number;
  /** Epoch milliseconds. */
  asOf: number;
  version: string;
  segments: SegmentPoint[];
  total?: SegmentPoint;
}

const HEALTHS: Health[] = ['Healthy', 'Watch', 'At risk'];

export function pointOf(figures: SegmentFigures, name = figures.name): SegmentPoint {
  const { accounts, customers, monthlyChurn, clv, ltvCac, health, avgScore, aTierShare } = figures;
  return { name, accounts, customers, monthlyChurn, clv, ltvCac, health, avgScore, aTierShare };
}

/** The snapshot of a refresh: the largest MAX_SNAPSHOT_SEGMENTS segments (in summary order) and the total. */
export function takeSnapshot(id: number, asOf: number, version: string, segments: readonly SegmentFigures[], total: SegmentFigures): Snapshot {
  const largest = new Set([...segments].sort((a, b) => b.accounts - a.accounts).slice(0, MAX_SNAPSHOT_SEGMENTS));
  return { id, asOf, version, segments: segments.filter((s) => largest.has(s)).map((s) => pointOf(s)), total: pointOf(total) };
}

/** The rows of snapshots as the history sheet holds them; the Total row is named in `language`. */
export function snapshotRows(snapshots: readonly Snapshot[], language: Language): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const s of snapshots) {
    const date = new Date(s.asOf);
    const row = (p: SegmentPoint, name: string): CellValue[] => [
      s.id, date, s.version, name, p.accounts, p.customers, p.monthlyChurn ?? '', p.clv ?? '', p.ltvCac ?? '',
      t(language, `health.${p.health}` as MessageKey), p.avgScore ?? '', p.aTierShare ?? '',
    ];
    for (const p of s.segments) rows.push(row(p, p.name));
    if (s.total) rows.push(row(s.total, t(language, 'summary.total')));
  }
  return rows;
}

let healthNames: Map<string, Health> | undefined;
let totalNames: Set<string> | undefined;

/** Snapshots from the history sheet's rows below the header (any language); rows that do not read are ignored. */
export function readSnapshots(rows: readonly (readonly CellValue[])[]): Snapshot[] {
  healthNames ??= new Map(HEALTHS.flatMap((h) => allTranslations(`health.${h}` as MessageKey).map((name) => [name.toLowerCase(), h] as const)));
  totalNames ??= new Set(allTranslations('summary.total').map((name) => name.toLowerCase()));
  const byId = new Map<number, Snapshot>();
  for (const cells of rows) {
    const id = parseNumber(cells[0]);
    const asOf = isDate(cells[1]) ? cells[1].getTime() : NaN;
    const name = cellText(cells[3]);
    if (id === undefined || !Number.isFinite(asOf) || !name) continue;
    let snapshot = byId.get(id);
    if (!snapshot) byId.set(id, (snapshot = { id, asOf, version: cellText(cells[2]), segments: [] }));
    const number = (cell: CellValue) => parseNumber(cell);
    const point: SegmentPoint = {
      name, accounts: number(cells[4]) ?? 0, customers: number(cells[5]) ?? 0, monthlyChurn: number(cells[6]), clv: number(cells[7]),
      ltvCac: number(cells[8]), health: healthNames.get(cellText(cells[9]).toLowerCase()) ?? 'Watch', avgScore: number(cells[10]), aTierShare: number(cells[11]),
    };
    if (totalNames.has(name.toLowerCase())) snapshot.total = point;
    else snapshot.segments.push(point);
  }
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

/** `2025-03` of an instant, in the spreadsheet's time zone. */
export function monthOf(instant: number, timeZone: string): string {
  return new Date(instant + zoneOffset(instant, timeZone)).toISOString().slice(0, 7);
}

/**
 * Compaction: at most `max` snapshots. Under the cap nothing changes. Past it, the first, the last and
 * the last snapshot of each calendar month (spreadsheet time zone) are kept; if that is still too many,
 * the oldest of the monthly ones go first.
 */
export function compact(snapshots: readonly Snapshot[], timeZone: string, max = MAX_SNAPSHOTS): Snapshot[] {
  if (snapshots.length <= max) return [...snapshots];
  const first = snapshots[0];
  const last = snapshots[snapshots.length - 1];
  const lastOfMonth = new Map<string, Snapshot>();
  for (const s of snapshots.slice(1, -1)) lastOfMonth.set(monthOf(s.asOf, timeZone), s);
  // The month of the last snapshot is represented by the last snapshot itself.
  lastOfMonth.delete(monthOf(last.asOf, timeZone));
  const monthly = [...lastOfMonth.values()].filter((s) => s !== first);
  return [first, ...monthly.slice(Math.max(0, monthly.length - (max - 2))), last];
}

export interface SegmentChange {
  /** Undefined when the segment was not in the previous snapshot. */
  accounts?: number;
  monthlyChurn?: number;
  clv?: number;
  ltvCac?: number;
  /** The previous health when it differs from today's. */
  healthWas?: Health;
  isNew: boolean;
}

/** Each segment's change since `previous` (matched by name, case-insensitive); figures blank on either side stay blank. */
export function segmentChanges(current: readonly SegmentPoint[], previous: Snapshot): SegmentChange[] {
  const before = new Map(previous.segments.map((p) => [p.name.toLowerCase(), p]));
  return current.map((p) => changeOf(p, before.get(p.name.toLowerCase())));
}

export function changeOf(now: SegmentPoint, was: SegmentPoint | undefined): SegmentChange {
  if (!was) return { isNew: true };
  const delta = (a?: number, b?: number) => (a === undefined || b === undefined ? undefined : a - b);
  return {
    isNew: false, accounts: now.accounts - was.accounts, monthlyChurn: delta(now.monthlyChurn, was.monthlyChurn), clv: delta(now.clv, was.clv),
    ltvCac: delta(now.ltvCac, was.ltvCac), healthWas: was.health === now.health ? undefined : was.health,
  };
}

/**
 * The trend table of the chart: one row per snapshot (its as-of date), one column per named segment,
 * holding its LTV:CAC ('' when the segment was not in that snapshot or had none).
 */
export function trendTable(snapshots: readonly Snapshot[], names: readonly string[]): (number | Date | string)[][] {
  return snapshots.map((s) => {
    const byName = new Map(s.segments.map((p) => [p.name.toLowerCase(), p]));
    return [new Date(s.asOf), ...names.map((name) => byName.get(name.toLowerCase())?.ltvCac ?? '')];
  });
}
