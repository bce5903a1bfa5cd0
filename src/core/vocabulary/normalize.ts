// How names are compared: headers, rule words, option values, sheet names.

/**
 * A name reduced for matching: case, spaces, punctuation and accents ignored (`Annual revenue`,
 * `annual_revenue`, `ANNUAL-REVENUE` match; so do `Angajați` and `Angajati`), while the symbols that tell
 * columns apart are kept: `Uses C#` ≠ `Uses C++`, `ARR $` ≠ `ARR €`, and `#` or `%` alone is a name.
 */
export function normalizeName(text: unknown): string {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{S}#%&@*]/gu, '');
}
