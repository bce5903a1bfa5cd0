// The one vocabulary: names in three languages plus aliases, header matching that keeps symbols, and
// options that match across languages.
import { criterionKey } from '../../src/core/criteria';
import { LANGUAGES } from '../../src/core/i18n';
import { compileCriteria } from '../../src/core/scoring';
import {
  OPTIONS, columnHeader, columnKeyOf, headerIndex, isExcludeWord, knownColumns, matchToken, nameIdentity, namesOf,
  normalizeName, optionOf, ruleName, ruleOf, sizeBandName, sizeBandOf,
} from '../../src/core/vocabulary';
import { t } from '../../src/core/i18n';
import type { CellValue } from '../../src/core/values';

const score = (accounts: CellValue[][], headers: CellValue[], criteria: CellValue[][]) => {
  const scorer = compileCriteria(criteria, headers);
  return accounts.map((row) => scorer.score(row));
};

describe('header matching', () => {
  test('case, spaces, punctuation and accents are ignored', () => {
    expect(normalizeName(' Annual_Revenue ')).toBe(normalizeName('annual-revenue'));
    expect(normalizeName('Angajați')).toBe(normalizeName('ANGAJATI'));
    expect(normalizeName('Đặc điểm')).toBe('dacdiem');
  });

  test('symbols that tell columns apart are kept', () => {
    expect(normalizeName('Uses C#')).not.toBe(normalizeName('Uses C++'));
    expect(normalizeName('ARR $')).not.toBe(normalizeName('ARR €'));
    expect(normalizeName('#')).toBe('#');
    expect(normalizeName('%')).toBe('%');
  });

  test('Uses C# is not read from the Uses C++ column, nor ARR € from ARR $', () => {
    // The C# column holds "yes", so the account earns the criterion's only point: 100.
    expect(score([['A', 'no', 'yes']], ['Account', 'Uses C++', 'Uses C#'], [['Uses C#', 'is', 'yes', 1]])).toEqual([100]);
    // ARR € is 500 ≥ 100: 100; the ARR $ column (1) would have given 0.
    expect(score([['A', 1, 500]], ['Account', 'ARR $', 'ARR €'], [['ARR €', 'at least', 100, 1]])).toEqual([100]);
  });

  test('a header made only of a symbol can be named', () => {
    expect(score([['A', 5], ['B', 0]], ['Account', '#'], [['#', 'at least', 1, 1]])).toEqual([100, 0]);
    expect(score([['A', 0.5]], ['Account', '%'], [['%', 'at most', 1, 1]])).toEqual([100]);
  });

  test('a user header that looks like a key is not one of ours', () => {
    expect(nameIdentity('#industry')).not.toBe(nameIdentity('Industry'));
    expect(knownColumns(['#industry', 'Industry']).get('industry')).toBe(1);
  });

  test('a symbol makes a column of its own; first of equal names wins', () => {
    expect(columnKeyOf('MRR ($)')).toBeUndefined();
    expect(knownColumns(['Employees %', 'Employees']).get('employees')).toBe(1);
    expect(headerIndex(['Industry', 'Ngành', 'industrie']).get('#industry')).toBe(0);
  });

  test('every column name in every language, and old names, find the column', () => {
    for (const key of ['industry', 'annualRevenue', 'churnDate', 'painPoint'] as const) {
      for (const language of LANGUAGES) expect(columnKeyOf(columnHeader(language, key))).toBe(key);
    }
    // Texts written by earlier versions.
    expect(columnKeyOf('Data plecării')).toBe('churnDate');
    expect(columnKeyOf('Doanh thu năm')).toBe('annualRevenue');
    expect(columnKeyOf('Venit anual')).toBe('annualRevenue');
    expect(columnKeyOf('Problemă')).toBe('painPoint');
    expect(columnKeyOf('Mô hình kinh doanh')).toBe('businessType');
  });
});

describe('words', () => {
  test('rule words in any language, old ones too', () => {
    expect(ruleOf('không phải là')).toBe('isNot');
    expect(ruleOf('không là')).toBe('isNot');
    expect(ruleOf('nhiều nhất')).toBe('atMost');
    expect(ruleOf('tối đa')).toBe('atMost');
    expect(ruleOf('CEL PUTIN')).toBe('atLeast');
    expect(ruleName('atMost', 'vi')).toBe('tối đa');
    expect(ruleName('isNot')).toBe('is not');
  });

  test('exclude in any language', () => {
    expect(['Exclude', 'loại trừ', 'LOAI TRU'].every(isExcludeWord)).toBe(true);
    expect(isExcludeWord('excluded')).toBe(false);
  });

  test('names are a value’s texts then its aliases, without repeats', () => {
    expect(namesOf('size.smb')).toEqual(['SMB', 'Doanh nghiệp nhỏ và vừa (SMB)', 'IMM', 'Doanh nghiệp nhỏ và vừa', 'Small business']);
    expect(namesOf('sheet.worksheet')).toContain('Bảng tính ICP');
  });
});

describe('options: one canonical value, any language', () => {
  test('every option name in every language is that option, and no two options share a name', () => {
    const seen = new Map<string, string>();
    for (const key of Object.values(OPTIONS).flat()) {
      for (const name of namesOf(key)) {
        expect(optionOf(name)).toBe(key);
        const other = seen.get(normalizeName(name));
        expect(other ?? key).toBe(key);
        seen.set(normalizeName(name), key);
      }
    }
  });

  test('size bands in any of their names', () => {
    expect(['SMB', 'IMM', 'imm', 'Doanh nghiệp nhỏ và vừa (SMB)'].map(sizeBandOf)).toEqual(['SMB', 'SMB', 'SMB', 'SMB']);
    expect(sizeBandOf('mid market')).toBe('Mid-market');
    expect(sizeBandOf('Întreprinderi mari')).toBe('Enterprise');
    expect(sizeBandOf('huge')).toBeUndefined();
    expect(sizeBandName('SMB', 'ro')).toBe('IMM');
  });

  test('a growth stage written in any language matches data written in any', () => {
    const stages = LANGUAGES.map((language) => t(language, 'option.startup'));
    expect(stages).toEqual(['Startup', 'Khởi nghiệp', 'Startup']);
    const cells = ['Startup', 'Khởi nghiệp', 'khoi nghiep', 'Mature', 'Trưởng thành', 'Consacrată (matură)', 'Matură'];
    // Per criterion language: the three Startup cells score 100, the four Mature cells 0.
    for (const criterion of ['Startup', 'Khởi nghiệp']) {
      expect(score(cells.map((c) => ['A', c]), ['Account', 'Growth stage'], [['Growth stage', 'is', criterion, 1]])).toEqual([100, 100, 100, 0, 0, 0, 0]);
    }
    expect(score(cells.map((c) => ['A', c]), ['Account', 'Giai đoạn phát triển'], [['Stadiu de creștere', 'este', 'Consacrată (matură)', 1]]))
      .toEqual([0, 0, 0, 100, 100, 100, 100]);
  });

  test('contains: an option in another language matches a whole item; substrings still count', () => {
    const rows = [['A', 'Director, Manager'], ['B', 'Sales Director'], ['C', 'Giám đốc khối / bộ phận (Director)'], ['D', 'Quản lý']];
    // A: item "Director"; B: substring "director"; C: the vi name of Director as a whole item; D: Manager only.
    expect(score(rows, ['Account', 'Buyer role'], [['Buyer role', 'contains', 'Director', 1]])).toEqual([100, 100, 100, 0]);
    expect(score(rows, ['Account', 'Buyer role'], [['Buyer role', 'contains', 'Giám đốc', 1]])).toEqual([100, 0, 100, 0]);
  });

  test('size criteria: IMM and SMB are one band, for cells and for the band derived from Employees', () => {
    const headers = ['Account', 'Employees', 'Company size'];
    const rows = [['A', 10, ''], ['B', 10, 'IMM'], ['C', 10, 'Doanh nghiệp nhỏ và vừa (SMB)'], ['D', 5000, '']];
    expect(score(rows, headers, [['Company size', 'is', 'IMM', 1]])).toEqual([100, 100, 100, 0]);
    expect(score(rows, headers, [['Quy mô công ty', 'là', 'Doanh nghiệp lớn (Enterprise)', 1]])).toEqual([0, 0, 0, 100]);
  });

  test('criteria that differ only by the language of an option are the same criterion', () => {
    expect(criterionKey('Growth stage', 'is', 'Khởi nghiệp')).toBe(criterionKey('Giai đoạn phát triển', 'là', 'Startup'));
    expect(criterionKey('Company size', 'is', 'IMM; Enterprise')).toBe(criterionKey('Company size', 'is', 'Întreprinderi mari; SMB'));
  });

  test('text that is no option is left as it is', () => {
    expect(matchToken('fintech')).toBe('fintech');
    expect(matchToken('startup')).not.toBe('startup');
  });
});
