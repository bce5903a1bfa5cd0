// Summary History in core: compaction keeps the documented points; the review's due date per language.
import { MAX_SNAPSHOTS, type Snapshot, compact, readSnapshots, snapshotRows } from '../../src/core/history';
import { addMonths, periodMonths, reviewStatus } from '../../src/core/review';
import { readRecords, recordRows } from '../../src/core/historyMovers';

const at = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
const snap = (id: number, iso: string): Snapshot => ({ id, asOf: at(iso), version: 'v', segments: [] });
const ids = (list: Snapshot[]) => list.map((s) => s.id);

describe('compaction', () => {
  // 121 daily snapshots from 2025-01-01: day 31 is Jan 31, 59 Feb 28, 90 Mar 31, 120 Apr 30, 121 May 1.
  const daily = Array.from({ length: 121 }, (_, i) => snap(i + 1, new Date(Date.UTC(2025, 0, 1 + i, 12)).toISOString()));

  test('at the cap nothing changes', () => {
    expect(compact(daily.slice(0, MAX_SNAPSHOTS), 'Etc/UTC')).toEqual(daily.slice(0, MAX_SNAPSHOTS));
  });

  test('past the cap: the first, the last of each month, and the last', () => {
    expect(MAX_SNAPSHOTS).toBe(120);
    expect(ids(compact(daily, 'Etc/UTC'))).toEqual([1, 31, 59, 90, 120, 121]);
  });

  test('when the months alone are too many, the oldest months go first', () => {
    expect(ids(compact(daily, 'Etc/UTC', 4))).toEqual([1, 90, 120, 121]);
  });

  test('months are the spreadsheet time zone\'s: 2025-01-31 20:00 UTC is February in Ho Chi Minh City', () => {
    const list = [snap(1, '2025-01-10'), snap(2, '2025-01-20'), snap(3, '2025-01-31T20:00:00Z'), snap(4, '2025-03-06'), snap(5, '2025-03-07')];
    expect(ids(compact(list, 'Etc/UTC', 4))).toEqual([1, 3, 5]);
    expect(ids(compact(list, 'Asia/Ho_Chi_Minh', 4))).toEqual([1, 2, 3, 5]);
  });
});

test('snapshot rows read back, Total and health in any language', () => {
  const s: Snapshot = {
    id: 7, asOf: at('2025-02-01'), version: 'abc',
    segments: [{ name: 'SaaS · SMB', accounts: 3, customers: 2, monthlyChurn: 0.02, clv: 1000, ltvCac: 2.5, health: 'At risk', avgScore: 60, aTierShare: 0.5 }],
    total: { name: 'Total', accounts: 3, customers: 2, health: 'Watch' },
  };
  const rows = snapshotRows([s], 'vi');
  expect(rows.map((r) => [r[3], r[9]])).toEqual([['SaaS · SMB', 'Có rủi ro'], ['Tổng', 'Cần theo dõi']]);
  const [back] = readSnapshots(rows);
  expect(back.segments).toEqual(s.segments);
  expect(back.total).toMatchObject({ accounts: 3, customers: 2, health: 'Watch' });
});

describe('the review due date, in the spreadsheet time zone and each language', () => {
  const settings = { lastReviewed: '2025-01-15', months: 3, owner: 'Ana', version: '' };
  // Due 3 months after 2025-01-15: 2025-04-15. At 2025-04-14 18:00 UTC it is already the 15th in Ho Chi Minh City (UTC+7).
  const now = at('2025-04-14T18:00:00Z');

  test('due there, in English, Vietnamese and Romanian', () => {
    const status = (language: 'en' | 'vi' | 'ro') => reviewStatus(settings, undefined, now, 'Asia/Ho_Chi_Minh', language);
    expect(status('en')).toEqual({ due: true, dueDay: '2025-04-15', text: "ICP review due since 2025-04-15 (every quarter; owner: Ana). Open the guide's ICP review step." });
    expect(status('vi').text).toBe('Đã đến hạn xem xét ICP từ 15/04/2025 (mỗi quý; người phụ trách: Ana). Mở bước Xem xét ICP trong hướng dẫn.');
    expect(status('ro').text).toBe('Revizuirea ICP este scadentă din 15.04.2025 (la fiecare trimestru; responsabil: Ana). Deschideți pasul Revizuirea ICP din ghid.');
  });

  test('not yet due in UTC, where it is still the 14th', () => {
    expect(reviewStatus(settings, undefined, now, 'Etc/UTC', 'en')).toEqual({ due: false, dueDay: '2025-04-15', text: 'Next ICP review: 2025-04-15 (every quarter; owner: Ana).' });
  });

  test('never reviewed: due a period after the first snapshot; before any snapshot, not due', () => {
    const never = { months: 1, owner: '', version: '' };
    expect(reviewStatus(never, at('2025-03-02'), at('2025-04-02'), 'Etc/UTC', 'en').text).toBe("ICP review due since 2025-04-02 (every month; owner: not set). Open the guide's ICP review step.");
    expect(reviewStatus(never, undefined, now, 'Etc/UTC', 'en')).toEqual({ due: false, text: '' });
  });

  test('Review every: period words in any language or months; a quarter by default; month ends clamp', () => {
    expect(['year', 'năm', 'an', '6 luni', '1', '', 'whenever'].map(periodMonths)).toEqual([12, 12, 12, 6, 1, 3, 3]);
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2024-12-31', 2)).toBe('2025-02-28');
  });
});

describe('the tier snapshot, packed into few cells', () => {
  // 100,000 accounts of about 20 characters a line: about 2.1 million characters, 45,000 a cell at most.
  const records = Array.from({ length: 100_000 }, (_, i) => ({ account: `Account ${i}`, tier: (['A', 'B', 'C'] as const)[i % 3], score: i % 101, met: i % 2 ? [0, 2] : [] }));

  test('100,000 accounts fit in about 50 cells, none near the 50,000-character limit, and read back unchanged', () => {
    const cells = recordRows(records);
    expect(cells.length).toBeLessThan(60);
    expect(Math.max(...cells.map((c) => String(c[0]).length))).toBeLessThanOrEqual(45_000);
    expect(readRecords(cells)).toEqual(records);
  });

  test('names that look like formulas or numbers stay text; tabs and line breaks in a name read as spaces', () => {
    const cells = recordRows([{ account: '=HYPERLINK("x")', tier: 'A', score: 90, met: [1] }, { account: 'two\tparts\nname', tier: '', score: '', met: [] }]);
    expect(cells.every((c) => String(c[0]).startsWith('~\n'))).toBe(true);
    expect(readRecords(cells)).toEqual([{ account: '=HYPERLINK("x")', tier: 'A', score: 90, met: [1] }, { account: 'two parts name', tier: '', score: '', met: [] }]);
  });
});
