// The Accounts formula columns through the built bundle, computed as in the preview: their formulas live
// in the header row, so sorting, inserting and deleting rows keeps every score on its own account; a sheet
// made the old way (formulas in row 2) is repaired by Create ICP worksheet, keeping the user's thresholds.
import { loadBundle } from '../helpers/bundle';
import { sampleWorkbook } from '../helpers/formulas';

function setup() {
  const { emu, ctx } = sampleWorkbook();
  const sheet = emu.spreadsheet.getSheetByName('Accounts')!;
  const criteria = emu.spreadsheet.getSheetByName('Criteria')!.getRange('A2:D5').getValues();
  return { emu, ctx, sheet, criteria };
}

/** Rows 2…n whose score (S) or tier (T) is not what ICP_SCORE / ICP_TIER give for that row alone. */
function misplaced(ctx: ReturnType<typeof loadBundle>, sheet: GoogleAppsScript.Spreadsheet.Sheet, criteria: unknown[][], rows: number) {
  const block = sheet.getRange(1, 1, rows + 1, 20).getValues();
  const headers = [block[0].slice(0, 17)];
  return block.slice(1).flatMap((row, i) => {
    if (row[0] === '') return [];
    const score = ctx.ICP_SCORE([row.slice(0, 17)], headers, criteria) as unknown[][];
    const tier = ctx.ICP_TIER(score[0][0]);
    return row[18] === score[0][0] && row[19] === tier ? [] : [`row ${i + 2}: ${row[0]} shows ${row[18]}/${row[19]}, is ${score[0][0]}/${tier}`];
  });
}

test('Create writes the formula columns into the header row; rows 2+ hold no formula', () => {
  const { sheet } = setup();
  expect(sheet.getRange('R1:T1').getFormulas()[0]).toEqual([
    '={"Company size"; COMPANY_SIZE(C1:C, D1:D)}',
    '={"ICP score"; ICP_SCORE(A1:Q, A1:Q1, Criteria!A1:D)}',
    '={"ICP tier"; ICP_TIER(S1:S)}',
  ]);
  expect(sheet.getRange('R2:T2').getFormulas()[0]).toEqual(['', '', '']);
  expect(sheet.getRange('R1:T1').getValues()[0]).toEqual(['Company size', 'ICP score', 'ICP tier']);
});

test('sorting the accounts by score, then inserting and deleting rows, keeps every score on its account', () => {
  const { ctx, sheet, criteria } = setup();
  const rows = sheet.getLastRow() - 1;
  const scored = sheet.getRange(2, 19, rows, 1).getValues().filter((r) => typeof r[0] === 'number').length;
  expect(scored).toBe(rows);
  sheet.getRange(2, 1, rows, 20).sort({ column: 19, ascending: false });
  const scores = sheet.getRange(2, 19, rows, 1).getValues().map((r) => r[0] as number);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  expect(misplaced(ctx, sheet, criteria, rows)).toEqual([]);
  sheet.insertRowBefore(2);
  sheet.getRange('A2:C2').setValues([['Inserted on top', 'SaaS', 100]]);
  sheet.insertRowsAfter(10, 3);
  sheet.deleteRow(5);
  sheet.getRange(2, 1, rows + 3, 20).sort([{ column: 2, ascending: true }, 1]);
  expect(sheet.getRange('S1').getFormula()).toBe('={"ICP score"; ICP_SCORE(A1:Q, A1:Q1, Criteria!A1:D)}');
  expect(misplaced(ctx, sheet, criteria, rows + 3)).toEqual([]);
});

test('a sheet made the old way breaks when sorted; Create moves its formulas up, keeping custom tier thresholds', () => {
  const { emu, ctx, sheet, criteria } = setup();
  const rows = sheet.getLastRow() - 1;
  // The old layout: header text in row 1, spilling formulas in row 2, a user's own tier thresholds.
  sheet.getRange('R1:T1').setValues([['Company size', 'ICP score', 'ICP tier']]);
  sheet.getRange('R2:T2').setFormulas([['=COMPANY_SIZE(C2:C, D2:D)', '=ICP_SCORE(A2:Q, A1:Q1, Criteria!A2:D)', '=ICP_TIER(S2:S, 85, 60)']]);
  expect(misplaced(ctx, sheet, criteria, rows).length).toBeGreaterThan(0); // thresholds 85/60 differ from the defaults
  // The preview's engine cannot compute the broken state (a moved formula reads an empty criteria range).
  const evaluator = emu.workbook.evaluator;
  emu.workbook.evaluator = undefined;
  sheet.getRange(2, 1, rows, 20).sort({ column: 1, ascending: false });
  // Row 2's account moved down, its formulas with it, reading from there: rows above it lose their scores.
  const moved = sheet.getRange(2, 19, rows, 1).getFormulas().findIndex((r) => r[0] !== '') + 2;
  expect(moved).toBeGreaterThan(2);
  expect(sheet.getRange(moved, 19).getFormula()).toBe(`=ICP_SCORE(A${moved}:Q, A${moved - 1}:Q${moved - 1}, Criteria!A${moved}:D)`);

  ctx.createIcpWorksheet();
  emu.workbook.evaluator = evaluator;
  emu.workbook.version++;
  expect(emu.ui.alerts).toHaveLength(1); // the sample question only
  expect(sheet.getRange('R1:T1').getFormulas()[0]).toEqual([
    '={"Company size"; COMPANY_SIZE(C1:C, D1:D)}',
    '={"ICP score"; ICP_SCORE(A1:Q, A1:Q1, Criteria!A1:D)}',
    '={"ICP tier"; ICP_TIER(S1:S, 85, 60)}',
  ]);
  expect(sheet.getRange(2, 18, rows, 3).getFormulas().flat().filter(Boolean)).toEqual([]);
  const tiers = sheet.getRange(2, 19, rows, 2).getValues();
  expect(tiers.every(([score, tier]) => tier === (score >= 85 ? 'A' : score >= 60 ? 'B' : 'C'))).toBe(true);
  expect(tiers.every(([score]) => typeof score === 'number')).toBe(true);
});
