// Summary history through the built bundle: snapshots, criteria versions and movers over two refreshes
// with one criterion's weight changed in between, then a refresh with the criteria rows reordered.
import { createEmulation } from '../../emulation';
import { callAsScriptRun, loadBundle } from '../helpers/bundle';

const HEADERS = ['Account', 'Industry', 'Employees', 'MRR'];
const V1 = [['Attribute', 'Rule', 'Value', 'Weight', 'Notes'], ['Industry', 'is', 'SaaS', 3, ''], ['Employees', 'at least', 500, 1, '']];
const V2 = [V1[0], ['Industry', 'is', 'SaaS', 1, ''], V1[2]];

function refreshed() {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  // Criteria v1: Industry is SaaS (3) + Employees at least 500 (1), out of 4 points; A ≥ 80, B ≥ 50.
  emu.setSheetValues('Accounts', [
    HEADERS,
    ['a1', 'SaaS', 1000, 10], //   4/4 = 100 → A
    ['a2', 'SaaS', 100, 10], //    3/4 =  75 → B
    ['a3', 'Retail', 1000, 10], // 1/4 =  25 → C
    ['a4', 'Retail', 100, 10], //  0/4 =   0 → C
    ['a6', 'Retail', 100, 10], //  0   → C, removed before the second refresh
    ['a7', 'Retail', 1000, 10], // 1/4 =  25 → C, becomes SaaS
  ]);
  emu.setSheetValues('Criteria', V1);
  ctx.refreshSegmentSummary();
  const afterFirst = emu.sheetValues('Summary History').length;
  // Criteria v2: Industry is SaaS weighs 1, so 2 points in all.
  emu.setSheetValues('Criteria', V2);
  emu.workbook.sheetNamed('Accounts')!.clear();
  emu.setSheetValues('Accounts', [
    HEADERS,
    ['a1', 'SaaS', 1000, 10], //   2/2 = 100 → A (no move)
    ['a2', 'SaaS', 100, 10], //    1/2 =  50 → B (no move)
    ['a3', 'Retail', 1000, 10], // 1/2 =  50 → B: C→B by the weight change alone
    ['a4', 'Retail', 100, 10], //  0        → C (no move)
    ['a5', 'SaaS', 1000, 10], //   new      → A
    ['a7', 'SaaS', 1000, 10], //   2/2 = 100 → A: C→A, its industry changed (and the weight)
  ]);
  emu.resetCalls();
  ctx.refreshSegmentSummary();
  return { emu, ctx, afterFirst, calls: emu.calls };
}

const blockAfter = (values: unknown[][], title: RegExp) => {
  const start = values.findIndex((r) => title.test(String(r[0])));
  return start < 0 ? [] : values.slice(start);
};

describe('two refreshes with one weight changed in between', () => {
  const { emu, afterFirst, calls } = refreshed();
  const history = emu.sheetValues('Summary History');
  const versions = emu.sheetValues('Criteria Versions');
  const summary = emu.sheetValues('Segment Summary');

  test('two snapshots: the header, then 4 segments + Total per snapshot, in summary order, numbered 1 and 2', () => {
    // Company size derives from Employees: 100 → SMB, 1000 → Mid-market. No CAC, so no LTV:CAC: by name.
    expect(afterFirst).toBe(1 + 5);
    expect(history[0].slice(0, 4)).toEqual(['Snapshot', 'As of', 'Criteria version', 'Segment']);
    expect(history.slice(1).map((r) => [r[0], r[3], r[4]])).toEqual([
      [1, 'Retail · Mid-market', 2], [1, 'Retail · SMB', 2], [1, 'SaaS · Mid-market', 1], [1, 'SaaS · SMB', 1], [1, 'Total', 6],
      [2, 'Retail · Mid-market', 1], [2, 'Retail · SMB', 1], [2, 'SaaS · Mid-market', 3], [2, 'SaaS · SMB', 1], [2, 'Total', 6],
    ]);
    expect(new Set(history.slice(1, 6).map((r) => r[2])).size).toBe(1);
    expect(history[6][2]).not.toBe(history[1][2]);
  });

  test('one block write per sheet: the summary, the appended snapshot, the tier snapshot and the new version', () => {
    expect(calls.byMethod.setValues).toBe(4);
  });

  test('the summary shows each segment\'s change since the previous snapshot', () => {
    const header = summary[4];
    const row = (name: string) => summary.find((r) => r[0] === name)!;
    expect(header.slice(header.indexOf('Notes') + 1, header.indexOf('Notes') + 6)).toEqual(['Δ Accounts', 'Δ Monthly churn', 'Δ CLV', 'Δ LTV:CAC', 'Health before']);
    const delta = header.indexOf('Δ Accounts');
    expect(['Retail · Mid-market', 'Retail · SMB', 'SaaS · Mid-market', 'SaaS · SMB', 'Total'].map((name) => row(name)[delta])).toEqual([-1, -1, 2, 0, 0]);
  });

  test('a new criteria version is recorded once, with its rows as text', () => {
    expect(versions.length).toBe(3);
    expect(versions.slice(1).map((r) => r[0])).toEqual([history[1][2], history[6][2]]);
    expect(versions[2][2]).toBe('Industry | is | SaaS | 1\nEmployees | at least | 500 | 1');
    expect(summary[1][4]).toBe(`Criteria changed: version ${history[1][2]} → ${history[6][2]}`);
  });

  test('exactly the movers worked out by hand, each with what moved it', () => {
    const movers = blockAfter(summary, /^Accounts that changed tier since /);
    expect(movers[1][0]).toBe('Moves: C→B: 1, new→A: 1, C→A: 1, C→gone: 1');
    expect(movers.slice(2, 7).map((r) => r.slice(0, 4))).toEqual([
      ['Account', 'From', 'To', 'Why'],
      ['a3', 'C', 'B', 'criteria: Industry is SaaS: weight 3 → 1'],
      ['a5', 'new', 'A', 'new in Accounts'],
      ['a7', 'C', 'A', 'data: now meets Industry is SaaS; criteria: Industry is SaaS: weight 3 → 1'],
      ['a6', 'C', 'gone', 'no longer in Accounts'],
    ]);
  });
});

test('reordering the criteria rows and editing a note change nothing: same version, no new version row, no movers', () => {
  const { emu, ctx } = refreshed();
  const version = emu.sheetValues('Criteria Versions')[2][0];
  emu.setSheetValues('Criteria', [V2[0], [...V2[2].slice(0, 4), 'size matters'], V2[1]]);
  ctx.refreshSegmentSummary();
  const history = emu.sheetValues('Summary History');
  expect(history.slice(11).map((r) => r[2])).toEqual(new Array(5).fill(version));
  expect(emu.sheetValues('Criteria Versions')).toHaveLength(3);
  const summary = emu.sheetValues('Segment Summary');
  expect(summary[1][4]).toBe(`Criteria version ${version} (unchanged)`);
  expect(blockAfter(summary, /^Accounts that changed tier since /)[1][0]).toBe('No account changed tier.');
});

test('the refresh with history makes the same spreadsheet calls at 1,000 and 100,000 accounts', () => {
  const industries = ['SaaS', 'Fintech', 'Retail', 'Healthcare'];
  const steady = (count: number) => {
    const emu = createEmulation();
    const ctx = loadBundle(emu);
    emu.setSheetValues('Accounts', [HEADERS, ...Array.from({ length: count }, (_, i) => [`acct ${i}`, industries[i % 4], i % 3 ? 100 : 1000, 10])]);
    emu.setSheetValues('Criteria', V1);
    ctx.refreshSegmentSummary();
    ctx.refreshSegmentSummary();
    emu.resetCalls();
    ctx.refreshSegmentSummary();
    // Progress toasts appear from 5,000 rows on, by design: every other call is counted.
    const { toast, ...byMethod } = emu.calls.byMethod;
    return { reads: emu.calls.reads, writes: emu.calls.writes, total: emu.calls.total - toast, byMethod };
  };
  const thousand = steady(1_000);
  expect(steady(100_000)).toEqual(thousand);
  expect(thousand.byMethod.setValues).toBe(3);
});

describe('criteria versions and the review', () => {
  test('restoring a version writes its rows back, keeps the current ones, and restoring back round-trips', () => {
    const { emu, ctx } = refreshed();
    const [v1, v2] = emu.sheetValues('Criteria Versions').slice(1).map((r) => r[0]);
    expect(callAsScriptRun(ctx, 'versionsCompare', { version: v1 })).toEqual({ ok: true, value: ['Industry is SaaS: weight 3 → 1'] });
    expect(callAsScriptRun(ctx, 'versionsCompare', { version: v2, to: v1 })).toEqual({ ok: true, value: ['Industry is SaaS: weight 1 → 3'] });
    expect(ctx.versionsRestore({ version: v1 })).toEqual({ ok: true, message: `Criteria version ${v1} restored; the previous rows are version ${v2}.` });
    expect(emu.sheetValues('Criteria')).toEqual(V1);
    expect(emu.sheetValues('Criteria Versions')).toHaveLength(3);
    expect(ctx.versionsRestore({ version: v2 })).toEqual({ ok: true, message: `Criteria version ${v2} restored; the previous rows are version ${v1}.` });
    expect(emu.sheetValues('Criteria')).toEqual(V2);
    expect(emu.sheetValues('Criteria Versions')).toHaveLength(3);
    expect(ctx.versionsRestore({ version: '0123456789ab' })).toEqual({ ok: false, message: 'Criteria version 0123456789ab is not in the Criteria Versions sheet.' });
  });

  test('restoring rows edited since any refresh records them as a version first', () => {
    const { emu, ctx } = refreshed();
    const v1 = emu.sheetValues('Criteria Versions')[1][0];
    emu.workbook.sheetNamed('Criteria')!.clear();
    emu.setSheetValues('Criteria', [V1[0], ['Country', 'is', 'VN', 2, 'typed, never refreshed']]);
    ctx.versionsRestore({ version: v1 });
    const versions = emu.sheetValues('Criteria Versions');
    expect(versions).toHaveLength(4);
    expect(versions[3][2]).toBe('Country | is | VN | 2 | typed, never refreshed');
    expect(emu.sheetValues('Criteria')).toEqual(V1);
  });

  test('Mark as reviewed records the day and the version on the worksheet and the version; the review is then not due', () => {
    const { emu, ctx } = refreshed();
    const v2 = emu.sheetValues('Criteria Versions')[2][0];
    const today = new Date().toISOString().slice(0, 10); // the emulated spreadsheet is in UTC
    expect(ctx.reviewMark()).toEqual({ ok: true, message: `Marked as reviewed on ${today} with criteria version ${v2}.` });
    const worksheet = emu.sheetValues('ICP Worksheet');
    const row = (id: string) => worksheet.find((r) => r[5] === id)!;
    expect(row('reviewLast').slice(0, 3)).toEqual(['ICP review', 'Last reviewed', today]);
    expect(row('reviewVersion')[2]).toBe(v2);
    expect(emu.sheetValues('Criteria Versions')[2][3]).toBe(today);
    const review = ctx.reviewLoad();
    expect(review).toMatchObject({ due: false, reviewedVersion: v2, currentVersion: v2, criteriaChanges: [], months: 3 });
    // Before the review the step listed the latest refresh's 4 movers; once reviewed, none has moved since.
    expect(review.movers).toMatchObject({ since: 'review', count: 0, first: [] });
  });

  test('the review step lists the accounts whose tier changed since the last review, over any number of refreshes', () => {
    const { emu, ctx } = refreshed();
    expect(ctx.reviewLoad().movers).toMatchObject({ since: 'refresh', count: 4 });
    ctx.reviewMark(); // reviewed with a1 A, a2 B, a3 B, a4 C, a5 A, a7 A
    // Back to criteria v1 (Industry is SaaS weighs 3 of 4 points): a3, Retail with 1,000 employees, scores
    // 1/4 = 25 → C; every other account keeps its tier.
    emu.setSheetValues('Criteria', V1);
    ctx.refreshSegmentSummary();
    expect(ctx.reviewLoad().movers).toMatchObject({ since: 'review', count: 1, transitions: 'B→C: 1', first: [{ account: 'a3', from: 'B', to: 'C' }] });
    // A refresh with nothing changed has no movers of its own, but a3 is still moved since the review.
    ctx.refreshSegmentSummary();
    expect(ctx.reviewLoad().movers).toMatchObject({ since: 'review', count: 1, transitions: 'B→C: 1' });
    // Criteria v2 again: a3 scores 1/2 = 50 → B, its tier at the review: the latest refresh moved it, the review lists nothing.
    emu.setSheetValues('Criteria', V2);
    ctx.refreshSegmentSummary();
    expect(ctx.reviewLoad().movers).toMatchObject({ since: 'review', count: 0 });
    expect(blockAfter(emu.sheetValues('Segment Summary'), /^Accounts that changed tier since /).flat()).toContain('a3');
  });

  test('a review due: the summary and the review data say so, with the owner and the period chosen', () => {
    const { emu, ctx } = refreshed();
    ctx.reviewMark();
    expect(ctx.reviewSave({ months: 6, owner: 'Ana' })).toEqual({ ok: true, message: 'Review settings saved to the ICP Worksheet.' });
    expect(ctx.reviewSave({ months: 5, owner: 'Ana' })).toMatchObject({ ok: false });
    // Reviewed on 2000-01-31: six months on is 2000-07-31.
    const sheet = emu.spreadsheet.getSheetByName('ICP Worksheet')!;
    const at = sheet.getDataRange().getValues().findIndex((r) => r[5] === 'reviewLast') + 1;
    sheet.getRange(at, 3).setValue('2000-01-31');
    const text = "ICP review due since 2000-07-31 (every 6 months; owner: Ana). Open the guide's ICP review step.";
    expect(ctx.reviewLoad()).toMatchObject({ due: true, status: text, owner: 'Ana', months: 6, lastReviewed: '2000-01-31' });
    ctx.refreshSegmentSummary();
    expect(emu.sheetValues('Segment Summary')[0][2]).toBe(text);
  });
});

test('the first refresh ends on the summary sheet, though it creates the history sheets after it', () => {
  const { emu } = refreshed();
  expect(emu.spreadsheet.getActiveSheet().getName()).toBe('Segment Summary');
  expect(emu.spreadsheet.getSheetByName('Tier Snapshot')!.isSheetHidden()).toBe(true);
});

test('a user sheet named Summary History is left alone: the history goes to a tagged sheet of its own', () => {
  const emu = createEmulation();
  const ctx = loadBundle(emu);
  emu.setSheetValues('Summary History', [['My notes'], ['keep']]);
  emu.setSheetValues('Accounts', [HEADERS, ['a1', 'SaaS', 1000, 10]]);
  emu.setSheetValues('Criteria', V1);
  ctx.refreshSegmentSummary();
  ctx.refreshSegmentSummary();
  expect(emu.sheetValues('Summary History')).toEqual([['My notes'], ['keep']]);
  expect(emu.sheetValues('Summary History (2)').map((r) => r[0])).toEqual(['Snapshot', 1, 1, 2, 2]);
});
