// Currency formats shown as Sheets shows them: the symbol of `[$…]`, without brackets or locale code.
import { displayValue } from '../../emulation/display';

test('[$$], [$€] and [$lei] show their symbol once, in the locale\'s separators', () => {
  expect(displayValue(352.5, '[$$]#,##0.00', 'en_US', 'Etc/UTC')).toBe('$352.50');
  expect(displayValue(1234.5, '#,##0.00 [$€]', 'en_US', 'Etc/UTC')).toBe('1,234.50 €');
  expect(displayValue(1234.5, '#,##0.00 [$lei]', 'ro_RO', 'Etc/UTC')).toBe('1.234,50 lei');
  expect(displayValue(1234567, '#,##0 [$₫]', 'vi_VN', 'Etc/UTC')).toBe('1.234.567 ₫');
  expect(displayValue(5, '[$$-409]#,##0', 'en_US', 'Etc/UTC')).toBe('$5');
});
