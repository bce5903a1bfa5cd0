// Other names read as the same value: texts earlier versions wrote, and common spellings. Only read, never
// written: a sheet made before a text changed keeps matching.
import type { MessageKey } from '../i18n';

export const ALIASES: Partial<Record<MessageKey, readonly string[]>> = {
  'column.annualRevenue': ['Doanh thu năm', 'Venit anual', 'Revenue'],
  'column.businessType': ['Mô hình kinh doanh'],
  'column.painPoint': ['Problemă'],
  'column.acquisitionChannel': ['Kênh thu hút'],
  'column.growthStage': ['Etapă de creștere', 'Stadiul de creștere'],
  'column.churnDate': ['Data plecării'],
  'rule.isNot': ['không là'],
  'rule.atMost': ['nhiều nhất'],
  'size.smb': ['SMB', 'IMM', 'Doanh nghiệp nhỏ và vừa', 'Small business'],
  'size.midMarket': ['Mid-market', 'Doanh nghiệp tầm trung', 'Companii de mărime medie'],
  'size.enterprise': ['Enterprise', 'Doanh nghiệp lớn', 'Întreprinderi'],
  'option.scaleUp': ['Mở rộng quy mô'],
  'option.mature': ['Matură'],
  'option.cLevel': ['Cấp C'],
  'option.vp': ['Phó chủ tịch', 'Vicepreședinte'],
  'option.director': ['Giám đốc'],
  'option.individual': ['Contributor individual'],
  'sheet.worksheet': ['Bảng tính ICP'],
  'sheet.summary': ['Rezumat segmente'],
};
