// Finding columns in a header row by name: the one place that maps headers to column indexes.
import { columnKeyOf } from './names';
import { normalizeName } from './normalize';
import type { ColumnKey } from './canonical';

/**
 * What a name is matched by: `#key` for one of the add-on's columns (so `Industry`, `Ngành` and
 * `Industrie` are one), else the normalized text. Two names match when their identities are equal.
 */
export function nameIdentity(text: unknown): string {
  const key = columnKeyOf(text);
  if (key) return `#${key}`;
  // A user's header such as `#` or `#users` must not pass for one of ours: `!` never survives normalizeName.
  const name = normalizeName(text);
  return name.startsWith('#') ? `!${name}` : name;
}

/** Index (0-based) of each header's identity within a header row; the first of equal names wins. */
export function headerIndex(headers: readonly unknown[]): Map<string, number> {
  const index = new Map<string, number>();
  headers.forEach((header, column) => {
    const identity = nameIdentity(header);
    if (identity !== '' && !index.has(identity)) index.set(identity, column);
  });
  return index;
}

/** Index (0-based) of each of the add-on's columns within a header row; the first wins. */
export function knownColumns(headers: readonly unknown[]): Map<ColumnKey, number> {
  const columns = new Map<ColumnKey, number>();
  for (const [identity, column] of headerIndex(headers)) {
    if (identity.startsWith('#')) columns.set(identity.slice(1) as ColumnKey, column);
  }
  return columns;
}
