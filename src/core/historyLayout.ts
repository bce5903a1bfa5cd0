// What the history adds to the Segment Summary block: the review notice, the comparison line, a change
// column set per segment, the movers block and the trend table its chart reads. The block stays one grid,
// so the summary is still written in the same few calls.
import { zoneOffset } from './accounts';
import { type SegmentChange, type Snapshot, changeOf, pointOf, trendTable } from './history';
import type { Mover } from './historyMovers';
import { type Language, type MessageKey, t } from './i18n';
import type { SegmentFigures } from './segments';
import type { SummaryBlock, SummaryCell } from './summaryLayout';

/** Movers listed below the summary; the count of every move is always shown. */
export const MAX_MOVERS_SHOWN = 1_000;
/** Segments drawn in the trend chart. */
export const TREND_SEGMENTS = 5;

const HEADER_COLOR = '#cfe2f3';
const CHANGE_FORMATS = ['+#,##0;-#,##0;0', '+0.0%;-0.0%;0.0%', '+#,##0.00;-#,##0.00;0', '+0.00;-0.00;0', '@'];
const DATE_TIME = 'yyyy-mm-dd hh:mm';

export interface HistoryView {
  language: Language;
  segments: readonly SegmentFigures[];
  total: SegmentFigures;
  version: string;
  /** The snapshot before this refresh; undefined on the first. */
  previous?: Snapshot;
  movers: readonly Mover[];
  /** Every kept snapshot, this refresh's last (the trend). */
  snapshots: readonly Snapshot[];
  /** The review sentence ('' when none). */
  review: string;
  timeZone: string;
}

export interface HistoryBlock extends SummaryBlock {
  /** 1-based: the trend table's header row, its data rows and columns (date + segments); 0 rows = no chart. */
  trendHeaderRow: number;
  trendRows: number;
  trendColumns: number;
}

export function addHistory(block: SummaryBlock, view: HistoryView): HistoryBlock {
  const lang = view.language;
  const label = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
  const changeColumn = block.ltvCacColumn + 6; // after Health and Notes
  const width = Math.max(block.width, changeColumn + CHANGE_FORMATS.length - 1);
  const values = block.values.map((row) => pad(row, width, ''));
  const formats = block.formats.map((row) => pad(row, width, 'General'));
  const fontWeights = block.fontWeights.map((row) => pad(row, width, 'normal'));
  const backgrounds = block.backgrounds.map((row) => pad(row, width, '#ffffff'));
  const set = (row: number, column: number, value: SummaryCell, format = 'General') => {
    values[row - 1][column - 1] = value;
    formats[row - 1][column - 1] = format;
  };

  if (view.review) set(1, 3, view.review, '@');
  if (view.previous) {
    set(2, 3, label('history.previous'), '@');
    set(2, 4, new Date(view.previous.asOf), DATE_TIME);
    set(2, 5, view.previous.version === view.version
      ? label('history.criteriaSame', { version: view.version || label('versions.none') })
      : label('history.criteriaChanged', { from: view.previous.version || label('versions.none'), to: view.version || label('versions.none') }), '@');
  } else {
    set(2, 3, label('history.noPrevious'), '@');
  }

  const headers: MessageKey[] = ['history.changeAccounts', 'history.changeChurn', 'history.changeClv', 'history.changeLtvCac', 'history.healthWas'];
  headers.forEach((key, i) => {
    set(block.tableHeaderRow, changeColumn + i, label(key), '@');
    fontWeights[block.tableHeaderRow - 1][changeColumn - 1 + i] = 'bold';
    backgrounds[block.tableHeaderRow - 1][changeColumn - 1 + i] = HEADER_COLOR;
  });
  if (view.previous) {
    const before = new Map(view.previous.segments.map((p) => [p.name.toLowerCase(), p]));
    const rowOf = (change: SegmentChange, row: number) => {
      const cells: SummaryCell[] = [change.accounts ?? '', change.monthlyChurn ?? '', change.clv ?? '', change.ltvCac ?? '',
        change.isNew ? label('history.newSegment') : change.healthWas ? label(`health.${change.healthWas}` as MessageKey) : ''];
      cells.forEach((cell, i) => set(row, changeColumn + i, cell, CHANGE_FORMATS[i]));
    };
    view.segments.forEach((s, i) => rowOf(changeOf(pointOf(s), before.get(s.name.toLowerCase())), block.tableHeaderRow + 1 + i));
    if (view.previous.total) rowOf(changeOf(pointOf(view.total), view.previous.total), block.lastSegmentRow + 1);
  }

  const push = (cells: SummaryCell[], format: string[] | string = 'General', weight = 'normal', background = '#ffffff') => {
    const row = pad(cells, width, '');
    values.push(row);
    formats.push(row.map((_, i) => (Array.isArray(format) ? format[i] ?? 'General' : format)));
    fontWeights.push(row.map(() => weight));
    backgrounds.push(row.map((_, i) => (i < cells.length ? background : '#ffffff')));
  };
  if (view.previous) {
    push([]);
    push([label('history.movers', { date: localMinute(view.previous.asOf, view.timeZone) })], '@', 'bold');
    if (view.movers.length === 0) {
      push([label('history.noMovers')], '@');
    } else {
      push([label('history.transitions', { list: transitions(view.movers, lang) })], '@');
      push([label('column.account' as MessageKey), label('history.from'), label('history.to'), label('history.why')], '@', 'bold', HEADER_COLOR);
      const tierText = (tier: string) => (tier === 'new' ? label('history.new') : tier === 'gone' ? label('history.gone') : tier || '–');
      for (const m of view.movers.slice(0, MAX_MOVERS_SHOWN)) push([m.account, tierText(m.from), tierText(m.to), m.why], '@');
      if (view.movers.length > MAX_MOVERS_SHOWN) push([label('history.moreMovers', { count: view.movers.length - MAX_MOVERS_SHOWN, shown: MAX_MOVERS_SHOWN })], '@');
    }
  }

  const names = view.segments.slice(0, TREND_SEGMENTS).map((s) => s.name);
  let trendHeaderRow = 0;
  let trendRows = 0;
  if (names.length && view.snapshots.length > 1) {
    push([]);
    push([label('history.trend')], '@', 'bold');
    trendHeaderRow = values.length + 1;
    push([label('summary.asOf'), ...names], '@', 'bold', HEADER_COLOR);
    for (const row of trendTable(view.snapshots, names)) push(row, [DATE_TIME, ...names.map(() => '0.00')]);
    trendRows = view.snapshots.length;
  }
  return { ...block, values, formats, fontWeights, backgrounds, width, trendHeaderRow, trendRows, trendColumns: names.length + 1 };
}

function pad<T>(row: readonly T[], width: number, fill: T): T[] {
  return row.length >= width ? [...row] : [...row, ...new Array<T>(width - row.length).fill(fill)];
}

/** `A→B: 3, new→B: 2` in order of first appearance. */
export function transitions(movers: readonly Mover[], language: Language): string {
  const counts = new Map<string, number>();
  const name = (tier: string) => (tier === 'new' ? t(language, 'history.new') : tier === 'gone' ? t(language, 'history.gone') : tier || '–');
  for (const m of movers) {
    const key = `${name(m.from)}→${name(m.to)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${key}: ${count}`).join(', ');
}

/** `2025-03-31 09:30` in the spreadsheet's time zone. */
const localMinute = (instant: number, timeZone: string) => new Date(instant + zoneOffset(instant, timeZone)).toISOString().slice(0, 16).replace('T', ' ');
