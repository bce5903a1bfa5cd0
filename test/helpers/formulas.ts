// Formula cells computed as in the preview (HyperFormula with the bundle's custom functions), so tests
// through the bundle see what a user would: scores spilling from their header-row formulas.
import { type Emulation, createEmulation } from '../../emulation';
import type { CellValue, Computed } from '../../emulation';
import type { BundleContext } from '../../emulation/bundle';
import { computeWorkbook } from '../../preview/formulas';
import { loadBundle } from './bundle';

/** From now on the emulation's formula cells read their computed values (errors read '#ERROR!'). */
export function computeFormulas(emulation: Emulation, bundle: BundleContext): void {
  emulation.workbook.evaluator = {
    recalculate(workbook) {
      const { values } = computeWorkbook(workbook, bundle);
      const out = new Map<string, Computed>();
      for (const sheet of workbook.sheets) {
        const computed: Computed = new Map();
        (values.get(sheet.name) ?? []).forEach((line, r) => line.forEach((value, c) => {
          const cell = sheet.grid.get(r + 1, c + 1);
          if (value === null || value === undefined || (cell && !cell.formula && cell.value !== '')) return;
          if (!computed.has(r + 1)) computed.set(r + 1, new Map());
          computed.get(r + 1)!.set(c + 1, value as CellValue);
        }));
        out.set(sheet.name, computed);
      }
      return out;
    },
  };
}

/**
 * A new spreadsheet through the built bundle with formulas computed: Create ICP worksheet, then Insert
 * sample accounts (its question answered YES), as a user's first two clicks.
 */
export function sampleWorkbook(): { emu: Emulation; ctx: BundleContext } {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  computeFormulas(emu, ctx);
  ctx.createIcpWorksheet();
  emu.respondToAlerts('YES');
  ctx.insertSampleAccountsFromMenu();
  return { emu, ctx };
}
