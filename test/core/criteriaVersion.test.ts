// The criteria version: what the active rows mean, not how they are laid out.
import fc from 'fast-check';
import { NO_CRITERIA_VERSION, canonicalCriteria, criteriaVersion } from '../../src/core/criteriaVersion';
import type { CellValue } from '../../src/core/values';

const ROWS: CellValue[][] = [
  ['Attribute', 'Rule', 'Value', 'Weight', 'Notes'],
  ['Industry', 'is', 'SaaS; Fintech', 3, 'our best'],
  ['Employees', 'between', '50..500', 2, ''],
  ['Tech stack', 'contains', 'HubSpot', '', ''],
  ['Country', 'is', 'Russia', 'exclude', ''],
  ['MRR', 'at least', '1,000', 0, 'off for now'],
];

test('canonical lines: known column identity, rule kind, sorted alternatives, weight (blank 1, exclude x); weight 0 and the header left out', () => {
  expect(canonicalCriteria(ROWS)).toEqual([
    '#country|is|russia|x',
    '#employees|between|50..500|2',
    '#industry|is|fintech;saas|3',
    '#techStack|contains|hubspot|1',
  ]);
});

test('a version is 12 hex digits; no active row gives the empty version', () => {
  expect(criteriaVersion(ROWS)).toMatch(/^[0-9a-f]{12}$/);
  expect(criteriaVersion([ROWS[0], ROWS[5]])).toBe(NO_CRITERIA_VERSION);
  expect(criteriaVersion([])).toBe(NO_CRITERIA_VERSION);
});

test('reordering rows, editing Notes, blank rows, case, spacing, language and alternative order change nothing', () => {
  const base = criteriaVersion(ROWS);
  expect(criteriaVersion([ROWS[0], ROWS[4], ROWS[2], ['', '', '', ''], ROWS[1], ROWS[3]])).toBe(base);
  expect(criteriaVersion(ROWS.map((row) => [...row.slice(0, 4), 'edited note']))).toBe(base);
  expect(criteriaVersion([
    ['Thuộc tính', 'Quy tắc', 'Giá trị', 'Trọng số'],
    [' ngành ', 'LÀ', 'fintech ;SaaS', '3'],
    ['Số nhân viên', 'trong khoảng', '50..500', 2],
    ['Công nghệ sử dụng', 'chứa', 'hubspot', ''],
    ['Quốc gia', 'là', 'Russia', 'loại trừ'],
  ])).toBe(base);
});

test('any change to an active row is a new version: weight, value, rule, attribute, a row added or turned off', () => {
  const base = criteriaVersion(ROWS);
  const edit = (row: number, column: number, value: CellValue) => criteriaVersion(ROWS.map((r, i) => (i === row ? r.map((c, j) => (j === column ? value : c)) : r)));
  const changed = [
    edit(1, 3, 2), edit(1, 2, 'SaaS'), edit(1, 1, 'is not'), edit(1, 0, 'Country'), edit(5, 3, 1), edit(3, 3, 0),
    criteriaVersion([...ROWS, ['Growth stage', 'is', 'Scale-up', 1]]),
  ];
  for (const version of changed) expect(version).not.toBe(base);
  expect(new Set(changed).size).toBe(changed.length);
});

test('a broken row counts as written, so fixing it is a new version', () => {
  const broken = criteriaVersion([...ROWS, ['Industry', 'resembles', 'SaaS', 1]]);
  expect(broken).not.toBe(criteriaVersion(ROWS));
  expect(broken).not.toBe(criteriaVersion([...ROWS, ['Industry', 'is', 'SaaS', 1]]));
});

test('property: any permutation of the rows below the header has the same version', () => {
  const body = ROWS.slice(1);
  fc.assert(fc.property(fc.shuffledSubarray(body, { minLength: body.length, maxLength: body.length }), (shuffled) => {
    expect(criteriaVersion([ROWS[0], ...shuffled])).toBe(criteriaVersion(ROWS));
  }));
});
