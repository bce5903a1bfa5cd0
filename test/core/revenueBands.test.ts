// The suggestions' annual-revenue ranges follow the sheet's currency (documented rates in vocabulary/money.ts).
import { featureColumns, revenueBands } from '../../src/core/suggestCandidates';

test('US dollars: the bins as they always were', () => {
  expect(revenueBands()).toEqual([
    [0, 999_999], [1_000_000, 9_999_999], [10_000_000, 49_999_999], [50_000_000, 1_000_000_000], [1_000_000_001, Infinity],
  ]);
  expect(revenueBands('USD')).toEqual(revenueBands());
});

test('VND: 1M USD × 25,000 = 25 billion đồng, 10M = 250 billion, then the size bands 1,250 billion and 25,000 billion', () => {
  expect(revenueBands('VND')).toEqual([
    [0, 24_999_999_999], [25_000_000_000, 249_999_999_999], [250_000_000_000, 1_249_999_999_999],
    [1_250_000_000_000, 25_000_000_000_000], [25_000_000_000_001, Infinity],
  ]);
});

test('RON at 4.6 and EUR at 0.92: the edges stay as converted (two significant digits already)', () => {
  // RON: 4.6M, 46M, then 50M × 4.6 = 230M and 1B × 4.6 = 4.6B.
  expect(revenueBands('RON')).toEqual([
    [0, 4_599_999], [4_600_000, 45_999_999], [46_000_000, 229_999_999], [230_000_000, 4_600_000_000], [4_600_000_001, Infinity],
  ]);
  // EUR: 920,000, 9.2M, 46M, 920M.
  expect(revenueBands('EUR').map(([low]) => low)).toEqual([0, 920_000, 9_200_000, 46_000_000, 920_000_001]);
});

test('INR at 83: small edges 83M and 830M; the Mid-market bound is 50M × 83 = 4,150M exactly, as COMPANY_SIZE uses it', () => {
  expect(revenueBands('INR').map(([low]) => low)).toEqual([0, 83_000_000, 830_000_000, 4_150_000_000, 83_000_000_001]);
});

test('a VND sheet never suggests "Annual revenue at most 999,999"', () => {
  const [revenue] = featureColumns(['Annual revenue'], [], { currency: 'VND' });
  expect(revenue.bands![0]).toEqual([0, 24_999_999_999]);
  expect(featureColumns(['Annual revenue'], [], {})[0].bands![0]).toEqual([0, 999_999]);
});
