// The add-on's own formulas in the preview: read into a plan, computed by calling the bundle with the
// range values (as Apps Script runs a custom function) and spilled as Sheets spills an array result.
import { createEmulation } from '../../emulation';
import { FormulaEngine } from '../../preview/formulas';
import { parseNative } from '../../preview/native';
import { loadBundle } from '../helpers/bundle';

const OURS = new Set(['ICP_SCORE', 'ICP_EXPLAIN', 'ICP_TIER', 'COMPANY_SIZE', 'SEGMENT_CLV', 'CAC_PAYBACK', 'LTV_CAC', 'MONTHLY_CHURN', 'ANNUAL_CHURN']);

describe('which formulas are ours', () => {
  test('the forms Create writes, and plain calls with ranges and constants', () => {
    expect(parseNative('={"ICP score"; ICP_SCORE({A1:Q, U1:V}, {A1:Q1, U1:V1}, \'My criteria\'!A1:D, "ro_RO")}', OURS)).toEqual({
      name: 'ICP_SCORE',
      label: 'ICP score',
      args: [
        { kind: 'join', parts: [{ kind: 'range', sheet: null, top: 1, left: 1, bottom: null, right: 17, single: false }, { kind: 'range', sheet: null, top: 1, left: 21, bottom: null, right: 22, single: false }] },
        { kind: 'join', parts: [{ kind: 'range', sheet: null, top: 1, left: 1, bottom: 1, right: 17, single: false }, { kind: 'range', sheet: null, top: 1, left: 21, bottom: 1, right: 22, single: false }] },
        { kind: 'range', sheet: 'my criteria', top: 1, left: 1, bottom: null, right: 4, single: false },
        { kind: 'value', value: 'ro_RO' },
      ],
    });
    expect(parseNative('=icp_tier($S$2:S, 85, 60.5)', OURS)).toEqual({
      name: 'ICP_TIER',
      label: undefined,
      args: [{ kind: 'range', sheet: null, top: 2, left: 19, bottom: null, right: 19, single: false }, { kind: 'value', value: 85 }, { kind: 'value', value: 60.5 }],
    });
    expect(parseNative('=SEGMENT_CLV(B2, 0.8, TRUE)', OURS)?.args).toEqual([
      { kind: 'range', sheet: null, top: 2, left: 2, bottom: 2, right: 2, single: true }, { kind: 'value', value: 0.8 }, { kind: 'value', value: true },
    ]);
    expect(parseNative('={"Size ""x"""; COMPANY_SIZE(C1:C, D1:D, "VND")}', OURS)?.label).toBe('Size "x"');
  });

  test('anything else is left to the general engine', () => {
    for (const formula of ['=ICP_TIER(S2:S)*2', '=SUM(A1:A3)', '=ICP_TIER(MAX(S2:S))', '={"a"; ICP_TIER(S1:S)}+1', '={"a", ICP_TIER(S1:S)}', '=ICP_TIER(2:5)', 'ICP_TIER(S1:S)', '=ICP_TIER(S1:S', '=IFERROR(ICP_TIER(S1:S), "")']) {
      expect([formula, parseNative(formula, OURS)]).toEqual([formula, null]);
    }
  });
});

function setup() {
  const emulation = createEmulation();
  const bundle = loadBundle(emulation);
  const api = emulation.spreadsheet.getSheetByName('Sheet1')!;
  const model = emulation.workbook.sheetNamed('Sheet1')!;
  const engine = new FormulaEngine(emulation.workbook, bundle);
  const show = (a1: [number, number, number, number]) => engine.block(model, ...a1);
  return { emulation, bundle, api, model, engine, show };
}

test('a header-row formula spills its label and one result per row, and the general engine holds none of it', () => {
  const { api, engine, show } = setup();
  api.getRange('A1:A4').setValues([['Employees'], [10], [700], [5000]]);
  api.getRange('B1').setFormula('={"Size"; COMPANY_SIZE(A1:A4)}');
  // COMPANY_SIZE by employees (docs/rules.md): under 500 SMB, 500–2,000 Mid-market, 2,000+ Enterprise.
  expect(show([1, 2, 4, 1]).values).toEqual([['Size'], ['SMB'], ['Mid-market'], ['Enterprise']]);
  expect(engine.heldSheets()).toEqual([]);
  expect(engine.extent(api as never)).toEqual({ lastRow: 4, lastColumn: 2 });
});

test('a value typed where the results would go blocks the spill with #REF!, as in Sheets, until it is cleared', () => {
  const { api, show } = setup();
  api.getRange('A1:A4').setValues([['Employees'], [10], [700], [5000]]);
  api.getRange('B1').setFormula('={"Size"; COMPANY_SIZE(A1:A4)}');
  api.getRange('B3').setValue('mine');
  expect(show([1, 2, 4, 1])).toEqual({ values: [['#REF!'], [''], ['mine'], ['']], errors: [[0, 0, 'Array result was not expanded because it would overwrite data in B3.']] });
  api.getRange('B3').clearContent();
  expect(show([1, 2, 4, 1]).values).toEqual([['Size'], ['SMB'], ['Mid-market'], ['Enterprise']]);
});

test('a formula over the results of another recomputes when what that one reads changes, and only then', () => {
  const { api, bundle, show } = setup();
  api.getRange('A1:B3').setValues([['Employees', 'ICP score'], [10, 90], [700, 50]]);
  api.getRange('C1').setFormula('={"Tier"; ICP_TIER(B1:B3)}');
  api.getRange('D1').setFormula('={"Tier of tier"; ICP_TIER(E1:E3)}');
  api.getRange('E1').setFormula('={"Size"; COMPANY_SIZE(A1:A3)}');
  const calls: string[] = [];
  for (const name of ['ICP_TIER', 'COMPANY_SIZE']) {
    const real = bundle[name];
    bundle[name] = (...args: unknown[]) => (calls.push(name), real(...args));
  }
  // Tiers (docs/rules.md): A from 80, B from 50.
  expect(show([1, 3, 3, 1]).values).toEqual([['Tier'], ['A'], ['B']]);
  expect(calls.sort()).toEqual(['COMPANY_SIZE', 'ICP_TIER', 'ICP_TIER']);
  calls.length = 0;
  api.getRange('B2').setValue(30);
  expect(show([1, 3, 3, 1]).values).toEqual([['Tier'], ['C'], ['B']]);
  expect(calls).toEqual(['ICP_TIER']);
});

test('a formula of ours and a general formula read each other\'s results', () => {
  const { api, engine, show } = setup();
  api.getRange('A1').setValue('Employees');
  api.getRange('A2').setFormula('=5*200');
  api.getRange('A3').setValue(40);
  api.getRange('B1').setFormula('={"Size"; COMPANY_SIZE(A1:A3)}');
  api.getRange('C1').setFormula('=COUNTIF(B2:B3, "SMB")');
  expect(show([1, 1, 3, 3]).values).toEqual([['Employees', 'Size', 1], [1000, 'Mid-market', ''], [40, 'SMB', '']]);
  expect(engine.heldSheets()).toEqual(['Sheet1']);
  api.getRange('A3').setValue(900);
  expect(show([1, 3, 1, 1]).values).toEqual([[0]]);
});

test('errors a user can act on: a failing function keeps its label, and unknown sheets, loops and sheet ends say why', () => {
  const { api, show } = setup();
  api.getRange('A1:A3').setValues([['Employees'], ['lots'], [5]]);
  api.getRange('B1').setFormula('={"Size"; COMPANY_SIZE(A1:A3)}');
  api.getRange('C1').setFormula('=ICP_TIER(Nowhere!A1:A3)');
  api.getRange('D1').setFormula('=ICP_TIER(D1:D3)');
  api.getRange('E999').setFormula('=ICP_TIER(A3:A5)');
  api.getRange('F1').setFormula('={"Both"; COMPANY_SIZE({A1:A3, A1:A2})}');
  const { values, errors } = show([1, 2, 2, 5]);
  // An error inside an array literal is one of its values: the label above it stays.
  expect(values).toEqual([['Size', '#REF!', '#REF!', '', 'Both'], ['#ERROR!', '', '', '', '#VALUE!']]);
  expect(errors).toEqual([
    [1, 0, 'COMPANY_SIZE employees row 1: "lots" is not a number'],
    [0, 1, "Unresolved sheet name 'nowhere'."],
    [0, 2, 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.'],
    [1, 4, 'In ARRAY_LITERAL, an Array Literal was missing values for one or more rows.'],
  ]);
  expect(show([999, 5, 1, 1]).errors).toEqual([[0, 0, 'Result was not automatically expanded, please insert more rows (1).']]);
});

test('per-row formulas filled down a column each read their own row; a range larger than a spreadsheet is refused', () => {
  const { api, model, show } = setup();
  const scores = Array.from({ length: 300 }, (_, i) => [i % 101]);
  api.getRange(2, 1, 300, 1).setValues(scores);
  api.getRange(2, 2, 300, 1).setFormulas(scores.map((_, i) => [`=ICP_TIER(A${i + 2})`]));
  // Tiers (docs/rules.md): A from 80, B from 50, else C.
  expect(show([2, 2, 300, 1]).values.map(([tier]) => tier)).toEqual(scores.map(([score]) => (score >= 80 ? 'A' : score >= 50 ? 'B' : 'C')));
  model.maxRows = 1_000_000;
  api.getRange('C1').setFormula('=COMPANY_SIZE(D1:Z)');
  expect(show([1, 3, 1, 1]).errors).toEqual([[0, 0, 'This formula reads more than 10,000,000 cells, more than a spreadsheet holds.']]);
});
