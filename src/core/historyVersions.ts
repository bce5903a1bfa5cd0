// Criteria versions: each distinct version of the active criteria recorded once, with the date it was
// first seen and its rows (as text to read, as data to restore), and which reviews it went through.
import { type Language, t } from './i18n';
import { criteriaChanges, criteriaLines } from './historyMovers';
import { type CellValue, MAX_CELL_CHARS, cellText, isBlank, isDate } from './values';
import { isWeightHeader } from './criteria';

export const VERSION_COLUMNS = ['history.version', 'history.firstSeen', 'history.rows', 'history.reviewed', 'history.data'] as const;

export interface VersionRecord {
  version: string;
  firstSeen: number;
  text: string;
  /** Review days (`YYYY-MM-DD`) this version was marked reviewed on. */
  reviewed: string[];
  /** The Criteria rows below the header (Attribute, Rule, Value, Weight, Notes); undefined when too long to keep. */
  rows?: CellValue[][];
}

/** The Criteria rows worth keeping: below the header, non-blank, the first five cells as text or numbers. */
export function criteriaBody(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  const body = rows.filter((cells, i) => !(i === 0 && isWeightHeader(cells[3])) && cells.slice(0, 5).some((c) => !isBlank(c)));
  return body.map((cells) => Array.from({ length: 5 }, (_, i) => {
    const cell = cells[i];
    return typeof cell === 'number' ? cell : isDate(cell) ? cellText(cell) : cellText(cell);
  }));
}

/** The row of the versions sheet for a version seen for the first time. */
export function versionRow(version: string, firstSeen: Date, rows: readonly (readonly CellValue[])[]): CellValue[] {
  const body = criteriaBody(rows);
  const text = body.map((cells) => cells.filter((c, i) => i < 4 || !isBlank(c)).map((c) => cellText(c)).join(' | ')).join('\n');
  const data = JSON.stringify(body);
  // Rows longer than a cell holds are kept as text only.
  return [version, firstSeen, text.slice(0, MAX_CELL_CHARS), '', data.length <= MAX_CELL_CHARS ? data : ''];
}

export function readVersions(rows: readonly (readonly CellValue[])[]): VersionRecord[] {
  const records: VersionRecord[] = [];
  for (const cells of rows) {
    const version = cellText(cells[0]);
    if (!version) continue;
    let body: CellValue[][] | undefined;
    try {
      const parsed: unknown = JSON.parse(cellText(cells[4]) || 'null');
      if (Array.isArray(parsed) && parsed.every(Array.isArray)) body = parsed as CellValue[][];
    } catch {
      body = undefined;
    }
    records.push({
      version, firstSeen: isDate(cells[1]) ? cells[1].getTime() : NaN, text: cellText(cells[2]),
      reviewed: cellText(cells[3]).split(/[;,\s]+/).filter(Boolean), rows: body,
    });
  }
  return records;
}

/** What changed from one version's rows to another's: criteria added, removed and reweighted, in `language`. */
export function versionDiff(from: readonly (readonly CellValue[])[], to: readonly (readonly CellValue[])[], language: Language): string[] {
  return criteriaChanges(criteriaLines(from, [], language), criteriaLines(to, [], language), language).map((c) => c.text);
}

/** Short form of a version for messages; the empty version reads as "none". */
export function versionLabel(version: string, language: Language): string {
  return version || t(language, 'versions.none');
}
