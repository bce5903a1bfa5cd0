// Installs an emulation's services as the globals Apps Script code expects, for tests of src/sheets.
import { createEmulation, type EmulationOptions, type Emulation } from '../../emulation';

export function installEmulation(options: EmulationOptions = {}): Emulation {
  const emulation = createEmulation(options);
  Object.assign(globalThis, emulation.globals);
  return emulation;
}

/** Every cell (value and formula) of every sheet, for "nothing else changed" comparisons. */
export function snapshot(emulation: Emulation): Record<string, { values: unknown[][]; formulas: string[][] }> {
  const out: Record<string, { values: unknown[][]; formulas: string[][] }> = {};
  for (const sheet of emulation.workbook.sheets) {
    const range = sheet.getDataRange();
    out[sheet.name] = { values: range.getValues(), formulas: range.getFormulas() };
  }
  return out;
}
