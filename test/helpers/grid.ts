/** A grid view's rows without the blank cells and rows the page pads a sheet with (Sheets shows an empty grid
 * around the data too). */
export function trimGrid(rows: string[][]): string[][] {
  const out = rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === '') end--;
    return row.slice(0, end);
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}
