// Refresh segment summary as the manager runs it: through the menu (lock), against a full workbook (no
// other sheet changes, cell by cell), at 10 and 1,000 rows (the same spreadsheet calls), when the summary
// outgrows its sheet, with broken or missing criteria, with unusable settings, and through the built bundle.
import type { Emulation } from '../../emulation';
import { createEmulation } from '../../emulation';
import { installEmulation } from '../helpers/globals';
import { loadBundle } from '../helpers/bundle';
import { refreshSegmentSummary } from '../../src/menu';
import { refreshSummary } from '../../src/sheets/summary';
import { createWorksheet } from '../../src/sheets/template';
import type { CellValue } from '../../src/core/values';

const D = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NOW = D('2025-01-01');
const HEADERS = ['Account', 'Industry', 'Employees', 'Country', 'MRR', 'Gross margin', 'CAC', 'Start date', 'Churn date'];
const INDUSTRIES = ['SaaS', 'Fintech', 'Retail', 'Healthcare'];

/** `count` valid rows over the same 8 segments (4 industries × SMB / Mid-market), some churned. */
function accounts(count: number): CellValue[][] {
  return Array.from({ length: count }, (_, i) => [
    `acct ${i + 1}`, INDUSTRIES[i % 4], i % 8 < 4 ? 100 : 1000, 'VN', 100 + (i % 7) * 50, 0.7, 1000 + (i % 5) * 100,
    D('2023-01-01'), i % 6 === 0 ? D('2024-06-01') : '',
  ]);
}
const CRITERIA = [['Attribute', 'Rule', 'Value', 'Weight'], ['Industry', 'is', 'SaaS; Fintech', 1], ['Employees', 'at least', 500, 1]];

function withData(rows: CellValue[][], criteria: CellValue[][] | null = CRITERIA): Emulation {
  const emu = installEmulation();
  emu.setSheetValues('Accounts', [HEADERS, ...rows]);
  if (criteria) emu.setSheetValues('Criteria', criteria);
  return emu;
}

/** Every cell of every sheet: values, formulas, number formats, bold and backgrounds (uncounted reads). */
function fullSnapshot(emu: Emulation, except: string[] = []) {
  const out: Record<string, unknown> = {};
  for (const sheet of emu.workbook.sheets) {
    if (except.includes(sheet.name)) continue;
    const range = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
    out[sheet.name] = {
      values: range.getValues(), formulas: range.getFormulas(), formats: range.getNumberFormats(),
      weights: range.getFontWeights(), backgrounds: range.getBackgrounds(), size: [sheet.getMaxRows(), sheet.getMaxColumns()],
    };
  }
  return out;
}

const summaryValues = (emu: Emulation) => emu.sheetValues('Segment Summary');
const forgetHistory = (emu: Emulation) => {
  for (const name of ['Summary History', 'Tier Snapshot', 'Criteria Versions']) emu.spreadsheet.deleteSheet(emu.spreadsheet.getSheetByName(name)!);
};

describe('the document lock', () => {
  test('the menu action takes the lock (waiting up to 30 s) and refreshes', () => {
    const emu = withData(accounts(10));
    refreshSegmentSummary();
    expect(emu.lockWaits).toEqual([30_000]);
    expect(emu.ui.alerts).toEqual([]);
    expect(summaryValues(emu)[0][0]).toBe('Segment summary');
  });

  test('while another refresh holds the lock, the menu action alerts the busy message and writes nothing', () => {
    const emu = withData(accounts(10));
    const before = fullSnapshot(emu);
    emu.holdDocumentLockElsewhere(true);
    emu.resetCalls();
    refreshSegmentSummary();
    expect(emu.ui.alerts.map((a) => a.message)).toEqual(['Another ICP Toolkit action is still running in this spreadsheet. Try again in a minute.']);
    expect(emu.calls.writes).toBe(0);
    expect(emu.spreadsheet.getSheetByName('Segment Summary')).toBeNull();
    expect(fullSnapshot(emu)).toEqual(before);
    // Once the other run is done, the next click works.
    emu.holdDocumentLockElsewhere(false);
    refreshSegmentSummary();
    expect(emu.ui.alerts).toHaveLength(1);
    expect(emu.spreadsheet.getSheetByName('Segment Summary')).not.toBeNull();
  });
});

test('no other sheet changes, cell by cell (values, formulas, formats, bold, backgrounds, size)', () => {
  const emu = installEmulation();
  createWorksheet(emu.spreadsheet, 'en');
  emu.spreadsheet.getSheetByName('Accounts')!.getRange(2, 1, 3, 4).setValues([['a1', 'SaaS', 100, 1e6], ['a2', 'Retail', 5000, ''], ['', 'x', '', '']]);
  emu.spreadsheet.insertSheet('My notes').getRange('A1:B2').setValues([['keep', 1], [D('2024-01-01'), '=1+1']]);
  const before = fullSnapshot(emu);
  refreshSummary(emu.spreadsheet, 'en', NOW);
  refreshSummary(emu.spreadsheet, 'en', NOW);
  const ours = ['Segment Summary', 'Summary History', 'Tier Snapshot', 'Criteria Versions'];
  expect(fullSnapshot(emu, ours)).toEqual(before);
  expect(emu.workbook.sheets.map((s) => s.name)).toEqual([...Object.keys(before), ...ours]);
});

describe('spreadsheet calls do not grow with rows', () => {
  const steady = (rows: number) => {
    const emu = withData(accounts(rows));
    // Twice first: the trend chart appears with the second snapshot.
    refreshSummary(emu.spreadsheet, 'en', NOW);
    refreshSummary(emu.spreadsheet, 'en', NOW);
    emu.resetCalls();
    refreshSummary(emu.spreadsheet, 'en', NOW);
    return { reads: emu.calls.reads, writes: emu.calls.writes, total: emu.calls.total, byMethod: emu.calls.byMethod };
  };

  test('10 and 1,000 rows: the same calls, at most 11 reads and 9 writes', () => {
    const ten = steady(10);
    const thousand = steady(1000);
    expect(thousand).toEqual(ten);
    // Four of them check the score formula and the Criteria dropdown (rows 1–2 of Accounts, Criteria's
    // header, the dropdown); three read Summary History, Tier Snapshot and Criteria Versions.
    expect(ten.reads).toBeLessThanOrEqual(11);
    // The summary's six, the history append, the tier snapshot, and the trend chart.
    expect(ten.writes).toBeLessThanOrEqual(9);
    // One read of each sheet (and of Accounts' top rows and Criteria's header); the formats are batched: one call each, never one per row.
    expect(ten.byMethod.getValues).toBe(7);
    // Row 2's formats of the money columns, for the currency: one call.
    expect([ten.byMethod.getNumberFormat, ten.byMethod.getNumberFormats]).toEqual([undefined, 1]);
    for (const method of ['setNumberFormats', 'setFontWeights', 'setBackgrounds', 'clear']) {
      expect([method, ten.byMethod[method]]).toEqual([method, 1]);
    }
    // The summary, the snapshot appended to the history, the tier snapshot; the segment and trend charts.
    expect(ten.byMethod.setValues).toBe(3);
    expect(ten.byMethod.updateChart).toBe(2);
  });

  test('the first refresh, which creates the sheet and its chart, stays small too', () => {
    const emu = withData(accounts(1000));
    emu.resetCalls();
    refreshSummary(emu.spreadsheet, 'en', NOW);
    // Accounts values and row-1 formulas (header names), Criteria values, the MRR cell's number format, and
    // rows 1–2 of Accounts (values, formulas), Criteria's header and its dropdown to check the score formula.
    expect(emu.calls.reads).toBe(8);
    // Summary: insertSheet and the role tag, the four block writes and insertChart (no clear on a new sheet),
    // and the Criteria dropdown this Criteria sheet lacked. History: insertSheet, tag, header, column
    // formats, bold header, frozen row, the snapshot. Tier Snapshot: insertSheet, tag, hide, the packed
    // records. Criteria Versions: insertSheet, tag, header and first version. Then the summary is made the
    // active sheet again (Sheets activates every sheet it inserts).
    expect(emu.calls.writes).toBe(8 + 7 + 4 + 3 + 1);
  });
});

describe('a summary taller than its sheet (many skipped rows)', () => {
  const bad = (n: number) => Array.from({ length: n }, (_, i) => [`bad ${i}`, 'SaaS', 100, 'VN', 'abc', '', '', '', '']);

  test('grows past a new sheet\'s 1,000 rows; lists the first 1,000 skipped rows and counts the rest', () => {
    const emu = withData([...accounts(10), ...bad(1500)]);
    refreshSummary(emu.spreadsheet, 'en', NOW);
    const values = summaryValues(emu);
    // Rows 12–1011 are listed (1,000), rows 1012–1511 counted: 500 more.
    expect(values.filter((r) => /^Row \d+: MRR "abc" is not a number$/.test(String(r[0])))).toHaveLength(1000);
    const firstColumn = values.map((r) => String(r[0]));
    expect(firstColumn).toContain('Row 1011: MRR "abc" is not a number');
    expect(firstColumn).not.toContain('Row 1012: MRR "abc" is not a number');
    expect(firstColumn).toContain('… and 500 more rows (fix the rows above and refresh to see them)');
    expect(values.length).toBeGreaterThan(1000);
    // Again with even more rows: the list stays at 1,000 lines and the count grows; still at most nine writes.
    emu.setSheetValues('Accounts', [HEADERS, ...accounts(10), ...bad(2500)]);
    emu.resetCalls();
    refreshSummary(emu.spreadsheet, 'en', NOW);
    expect(emu.calls.writes).toBeLessThanOrEqual(9);
    const again = summaryValues(emu).map((r) => String(r[0]));
    expect(again.filter((text) => /^Row /.test(text))).toHaveLength(1000);
    expect(again).toContain('… and 1,500 more rows (fix the rows above and refresh to see them)');
  });

  test('growing over a wider old summary leaves no stale cells; shrinking back clears the old rows', () => {
    const emu = withData(accounts(10));
    const properties = emu.globals.PropertiesService.getDocumentProperties();
    properties.setProperty('icp-toolkit.segmentDimensions', JSON.stringify(['Industry', 'Company size', 'Country']));
    refreshSummary(emu.spreadsheet, 'en', NOW);
    properties.deleteProperty('icp-toolkit.segmentDimensions');
    emu.setSheetValues('Accounts', [HEADERS, ...accounts(10), ...bad(1500)]);
    forgetHistory(emu); // so both summaries are first snapshots, with nothing to compare
    refreshSummary(emu.spreadsheet, 'en', NOW);
    const fresh = withData([...accounts(10), ...bad(1500)]);
    refreshSummary(fresh.spreadsheet, 'en', NOW);
    const sheetOf = (e: Emulation) => e.spreadsheet.getSheetByName('Segment Summary')!;
    expect(sheetOf(emu).getMaxRows()).toBe(sheetOf(fresh).getMaxRows());
    const block = (e: Emulation) => sheetOf(e).getRange(1, 1, sheetOf(e).getMaxRows(), sheetOf(e).getMaxColumns());
    expect(block(emu).getValues()).toEqual(block(fresh).getValues());
    expect(block(emu).getNumberFormats()).toEqual(block(fresh).getNumberFormats());
    expect(block(emu).getBackgrounds()).toEqual(block(fresh).getBackgrounds());

    emu.workbook.sheetNamed('Accounts')!.clear();
    emu.setSheetValues('Accounts', [HEADERS, ...accounts(10)]);
    forgetHistory(emu);
    refreshSummary(emu.spreadsheet, 'en', NOW);
    const small = withData(accounts(10));
    refreshSummary(small.spreadsheet, 'en', NOW);
    expect(summaryValues(emu)).toEqual(summaryValues(small));
    expect(sheetOf(emu).getCharts()).toHaveLength(1);
  });
});

describe('criteria', () => {
  const scoreColumns = (emu: Emulation) => {
    const values = summaryValues(emu);
    const header = values[4];
    const total = values.find((r) => r[0] === 'Total')!;
    return { heading: values[3][0], avg: total[header.indexOf('Avg ICP score')], share: total[header.indexOf('A-tier share')], clv: total[header.indexOf('CLV')] };
  };

  test('scored from Criteria: Avg ICP score and A-tier share', () => {
    // Industry SaaS/Fintech (1) + Employees ≥ 500 (1): rows cycle SaaS·100, Fintech·100, Retail·100, Healthcare·100,
    // SaaS·1000, Fintech·1000, Retail·1000, Healthcare·1000 → 50, 50, 0, 0, 100, 100, 50, 50 → mean 50, A-tier 2 of 8.
    const emu = withData(accounts(8));
    refreshSummary(emu.spreadsheet, 'en', NOW);
    expect(scoreColumns(emu)).toMatchObject({ heading: '', avg: 50, share: 0.25 });
  });

  test('no Criteria sheet, or only criteria switched off: the score columns are blank, nothing else changes', () => {
    for (const criteria of [null, [['Attribute', 'Rule', 'Value', 'Weight'], ['Industry', 'is', 'SaaS', 0]]]) {
      const emu = withData(accounts(8), criteria);
      refreshSummary(emu.spreadsheet, 'en', NOW);
      expect(scoreColumns(emu)).toMatchObject({ heading: '', avg: '', share: '', clv: expect.any(Number) });
      expect(emu.ui.alerts).toEqual([]);
    }
  });

  test('broken criteria do not stop the refresh: the error is shown above the table and the score columns stay blank', () => {
    const emu = withData(accounts(8), [['Attribute', 'Rule', 'Value', 'Weight'], ['Industy', 'is', 'SaaS', 1]]);
    refreshSummary(emu.spreadsheet, 'en', NOW);
    const columns = scoreColumns(emu);
    expect(columns.heading).toMatch(/^Criteria: Criterion 2 \("Industy"\): unknown attribute/);
    expect(columns).toMatchObject({ avg: '', share: '', clv: expect.any(Number) });
  });
});

describe('clear messages instead of exceptions', () => {
  test('an Accounts sheet with only its header', () => {
    const emu = withData([]);
    refreshSegmentSummary();
    expect(emu.ui.alerts.map((a) => a.message)).toEqual([
      'There are no accounts to summarize. Add rows to the Accounts sheet (or use Insert sample accounts) and refresh again.',
    ]);
    expect(emu.spreadsheet.getSheetByName('Segment Summary')).toBeNull();
  });

  test('an Accounts sheet without an Account column', () => {
    const emu = installEmulation();
    emu.setSheetValues('Accounts', [['Company', 'MRR'], ['x', 1]]);
    refreshSegmentSummary();
    expect(emu.ui.alerts[0].message).toBe('The Accounts sheet has no Account column in row 1, so no row can be read as an account. Run Create ICP worksheet to repair its headers.');
    expect(emu.spreadsheet.getSheetByName('Segment Summary')).toBeNull();
  });

  test('a stored segment dimension that is no longer a column', () => {
    const emu = withData(accounts(4));
    emu.globals.PropertiesService.getDocumentProperties().setProperty('icp-toolkit.segmentDimensions', JSON.stringify(['Region']));
    refreshSegmentSummary();
    expect(emu.ui.alerts[0].message).toBe('The segment dimension "Region" is not a column of Accounts. Choose the dimensions again in the guide\'s settings.');
    expect(emu.spreadsheet.getSheetByName('Segment Summary')).toBeNull();
  });

  test('in the document language', () => {
    const emu = withData([]);
    emu.globals.PropertiesService.getDocumentProperties().setProperty('icp-toolkit.language', 'ro');
    refreshSegmentSummary();
    expect(emu.ui.alerts[0].message).toMatch(/^Nu există conturi care să poată fi rezumate/);
  });
});

test('a minimal Accounts sheet (no Industry column, every row bad) still gets a summary: (blank) segments, the list of skipped rows', () => {
  const emu = installEmulation();
  emu.setSheetValues('Accounts', [['Account', 'MRR', 'Start date'], ['a', 'abc', ''], ['', 5, ''], ['b', 100, D('2024-01-01')]]);
  refreshSummary(emu.spreadsheet, 'en', NOW);
  expect(emu.ui.alerts).toEqual([]);
  const values = summaryValues(emu);
  expect(values[2].slice(0, 8)).toEqual(['Accounts', 1, 'Customers', 1, 'Segments', 1, 'Skipped rows', 2]);
  expect(values[5].slice(0, 4)).toEqual(['(blank) · (blank)', '(blank)', '(blank)', 1]);
  expect(values.slice(-2).map((r) => r[0])).toEqual(['Row 2: MRR "abc" is not a number', 'Row 3: data but no Account']);
});

test('up to three chosen dimensions; a fourth is ignored; Company size is derived when its column is absent', () => {
  const emu = withData(accounts(8));
  emu.globals.PropertiesService.getDocumentProperties().setProperty('icp-toolkit.segmentDimensions', JSON.stringify(['country', 'Company size', 'industry', 'MRR']));
  refreshSummary(emu.spreadsheet, 'en', NOW);
  const values = summaryValues(emu);
  expect(values[4].slice(0, 5)).toEqual(['Segment', 'Country', 'Company size', 'Industry', 'Accounts']);
  expect(values.slice(5, 13).map((r) => r[0]).sort()).toEqual([
    'VN · Mid-market · Fintech', 'VN · Mid-market · Healthcare', 'VN · Mid-market · Retail', 'VN · Mid-market · SaaS',
    'VN · SMB · Fintech', 'VN · SMB · Healthcare', 'VN · SMB · Retail', 'VN · SMB · SaaS',
  ]);
  expect(values[13][0]).toBe('Total');
});

describe('money cells carry the currency format', () => {
  const clvFormat = (emu: Emulation, name = 'Segment Summary') => {
    const sheet = emu.spreadsheet.getSheetByName(name)!;
    // Columns I (ARPA), K (CLV), L (Avg CAC) and H (Monthly churn) with the two default dimensions.
    return ['I6', 'K6', 'L6', 'H6'].map((a1) => sheet.getRange(a1).getNumberFormat());
  };

  test("the Accounts sheet's own currency when its MRR cells name one", () => {
    const emu = withData(accounts(8));
    emu.spreadsheet.getSheetByName('Accounts')!.getRange('E2:E9').setNumberFormat('[$€]#,##0.00');
    refreshSummary(emu.spreadsheet, 'en', NOW);
    expect(clvFormat(emu)).toEqual(['[$€]#,##0.00', '[$€]#,##0.00', '[$€]#,##0.00', '0.0%']);
  });

  test("else the spreadsheet locale's currency", () => {
    const emu = installEmulation({ locale: 'vi_VN' });
    emu.setSheetValues('Accounts', [HEADERS, ...accounts(8)]);
    refreshSummary(emu.spreadsheet, 'vi', NOW);
    expect(clvFormat(emu, 'Tổng hợp phân khúc').slice(0, 3)).toEqual(['#,##0 [$₫]', '#,##0 [$₫]', '#,##0 [$₫]']);
  });
});

test('long runs show progress toasts', () => {
  const emu = withData(accounts(5000));
  refreshSummary(emu.spreadsheet, 'en', NOW);
  expect(emu.toasts.map((t) => t.message)).toEqual([
    'Reading accounts…',
    'Computing 8 segments over 5,000 accounts…',
    'Writing the segment summary…',
    'Segment summary refreshed: 8 segments, 0 skipped rows.',
  ]);
});

test('through the built bundle: the menu function refreshes under the lock', () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu); // npm test builds dist/ first
  // Dates relative to the real clock: the bundle's refresh runs as of now.
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  emu.setSheetValues('Accounts', [
    HEADERS,
    ['a1', 'SaaS', 100, 'VN', 1000, 0.8, 4000, daysAgo(400), ''],
    ['a2', 'SaaS', 100, 'VN', 3000, 0.6, 2000, daysAgo(300), ''],
    ['a3', 'SaaS', 100, 'VN', 'abc', 0.6, 2000, daysAgo(300), ''],
  ]);
  ctx.refreshSegmentSummary();
  expect(emu.lockWaits).toEqual([30_000]);
  expect(emu.ui.alerts).toEqual([]);
  const values = emu.sheetValues('Segment Summary');
  expect(values[2].slice(0, 8)).toEqual(['Accounts', 2, 'Customers', 2, 'Segments', 1, 'Skipped rows', 1]);
  const header = values[4];
  const saas = values.find((r) => r[0] === 'SaaS · SMB')!;
  expect(saas[header.indexOf('ARPA')]).toBe(2000); // (1000 + 3000) / 2
  expect(saas[header.indexOf('Gross margin')]).toBeCloseTo(0.65, 12); // (800 + 1800) / 4000
  expect(saas[header.indexOf('CLV')]).toBeCloseTo(78_000, 6); // no churn: 2000 × 0.65 × 60
  expect(saas[header.indexOf('LTV:CAC')]).toBeCloseTo(26, 10); // 78000 / 3000
  expect(saas[header.indexOf('Notes')]).toBe('lifetime capped at 60 months');
  expect(values.at(-1)![0]).toBe('Row 4: MRR "abc" is not a number');
  expect(emu.spreadsheet.getSheetByName('Segment Summary')!.getCharts()).toHaveLength(1);
});
