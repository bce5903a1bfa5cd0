// The Criteria Weight check through the real bundle, evaluated by a formula engine as an en-US sheet and as
// a comma-decimal sheet (ro_RO, vi_VN: `;` between arguments) would read it.
import { HyperFormula } from 'hyperformula';
import { createEmulation } from '../../emulation';
import { loadBundle } from '../helpers/bundle';

function weightRule(locale: string): string {
  const emu = createEmulation({ locale });
  loadBundle(emu).createIcpWorksheet();
  const criteria = emu.spreadsheet.getSheets().find((s) => s.getRange('D1').getValue() !== '' && s.getMaxColumns() <= 26 && /Weight|Trọng số|Pondere/.test(String(s.getRange('D1').getValue())))!;
  const rule = criteria.getRange('D2').getDataValidation()!;
  expect(rule.getCriteriaType()).toBe('CUSTOM_FORMULA');
  return String(rule.getCriteriaValues()[0]);
}

/** The formula's result for each Weight cell value, in a sheet that parses formulas with these separators. */
function accepts(formula: string, values: unknown[], separators: { functionArgSeparator: string; decimalSeparator: '.' | ',' }): boolean[] {
  return values.map((value) => {
    const engine = HyperFormula.buildFromArray([['', '', '', ''], ['', '', '', value as string, formula]], { licenseKey: 'gpl-v3', ...separators, thousandSeparator: ' ' });
    const result = engine.getCellValue({ sheet: 0, row: 1, col: 4 });
    engine.destroy();
    return result === true;
  });
}

const VALUES = [2, 0, 1_000_000, null, 'exclude', ' Exclude ', 'loại trừ', 'exclude', -1, 2_000_000, 'abc', 'off'];
const EXPECTED = [true, true, true, true, true, true, true, true, false, false, false, false];

test.each(['en_US', 'ro_RO', 'vi_VN'])('%s: the Weight check accepts a weight, blank or exclude in any language, and reads the same with either separator', (locale) => {
  const formula = weightRule(locale);
  // Before: =OR(ISBLANK(D2), AND(…), …) did not parse where arguments are separated by `;`.
  expect(formula.replace(/"[^"]*"/g, '')).not.toMatch(/[,;]/);
  expect(accepts(formula, VALUES, { functionArgSeparator: ',', decimalSeparator: '.' })).toEqual(EXPECTED);
  expect(accepts(formula, VALUES, { functionArgSeparator: ';', decimalSeparator: ',' })).toEqual(EXPECTED);
});
