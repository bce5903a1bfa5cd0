// The sidebar's own words (question texts come from the server, in the document's language).
import { defineMessages, type Language, pick } from '../../src/core/i18n/define';

const ui = defineMessages({
  title: ['ICP worksheet guide', 'Hướng dẫn bảng tính ICP', 'Ghidul fișei ICP'],
  loading: ['Loading…', 'Đang tải…', 'Se încarcă…'],
  step: ['Step {n} of {total}: {name}', 'Bước {n}/{total}: {name}', 'Pasul {n} din {total}: {name}'],
  answered: ['{n} of {total} questions answered', 'Đã trả lời {n}/{total} câu hỏi', '{n} din {total} întrebări completate'],
  back: ['Back', 'Quay lại', 'Înapoi'],
  next: ['Save and continue', 'Lưu và tiếp tục', 'Salvează și continuă'],
  review: ['Review', 'Xem lại', 'Revizuire'],
  settings: ['Settings', 'Cài đặt', 'Setări'],
  importance: ['Importance', 'Mức độ quan trọng', 'Importanță'],
  notSet: ['not set', 'chưa đặt', 'nesetat'],
  choose: ['(choose)', '(chọn)', '(alegeți)'],
  saving: ['Saving…', 'Đang lưu…', 'Se salvează…'],
  saved: ['Saved to the ICP Worksheet sheet.', 'Đã lưu vào trang Bảng tính ICP.', 'Salvat în foaia Fișa ICP.'],
  saveFailed: ['Not saved: {message}. Your answers are still here; try again.', 'Chưa lưu được: {message}. Câu trả lời của bạn vẫn còn; hãy thử lại.', 'Nesalvat: {message}. Răspunsurile sunt încă aici; încercați din nou.'],
  fixErrors: ['Please fix the highlighted fields.', 'Vui lòng sửa các trường được đánh dấu.', 'Corectați câmpurile marcate.'],
  'error.invalid': ['This value is not valid.', 'Giá trị này không hợp lệ.', 'Valoarea nu este validă.'],
  'error.range': ['Write a range as min..max, e.g. 50..500.', 'Nhập khoảng dạng min..max, vd. 50..500.', 'Scrieți intervalul ca min..max, ex. 50..500.'],
  'error.importance': ['Importance is 1 to 5.', 'Mức độ quan trọng từ 1 đến 5.', 'Importanța este între 1 și 5.'],
  'error.tooLong': ['This answer is too long (5,000 characters at most).', 'Câu trả lời quá dài (tối đa 5.000 ký tự).', 'Răspunsul este prea lung (maximum 5.000 de caractere).'],
  'error.required': ['Required.', 'Bắt buộc.', 'Obligatoriu.'],
  'error.weight': ['Weight is a number 0–100 or {exclude}.', 'Trọng số là số 0–100 hoặc {exclude}.', 'Ponderea este un număr 0–100 sau {exclude}.'],
  'error.duplicate': ['This dimension is already chosen.', 'Chiều này đã được chọn.', 'Această dimensiune este deja aleasă.'],
  'error.unknownColumn': ['Not a column of the Accounts sheet.', 'Không phải cột của trang Tài khoản.', 'Nu este o coloană a foii Conturi.'],
  summary: ['Your answers', 'Câu trả lời của bạn', 'Răspunsurile dvs.'],
  noAnswers: ['No answers yet.', 'Chưa có câu trả lời.', 'Niciun răspuns încă.'],
  proposed: ['Proposed scoring criteria', 'Tiêu chí chấm điểm đề xuất', 'Criterii de scor propuse'],
  noProposals: ['Answer the firmographics and technographics steps to get criteria.', 'Hãy trả lời các bước đặc điểm doanh nghiệp và công nghệ để có tiêu chí.', 'Completați pașii firmografic și tehnografic pentru a obține criterii.'],
  attribute: ['Attribute', 'Thuộc tính', 'Atribut'],
  rule: ['Rule', 'Quy tắc', 'Regulă'],
  value: ['Value', 'Giá trị', 'Valoare'],
  weight: ['Weight', 'Trọng số', 'Pondere'],
  remove: ['Remove', 'Xóa', 'Elimină'],
  removed: ['Criterion {n} removed.', 'Đã xóa tiêu chí {n}.', 'Criteriul {n} a fost eliminat.'],
  criterion: ['Criterion {n}', 'Tiêu chí {n}', 'Criteriul {n}'],
  accept: ['Add to Criteria', 'Thêm vào Tiêu chí', 'Adaugă la Criterii'],
  accepted: ['Criteria added: {added}; already there: {duplicates}.', 'Tiêu chí đã thêm: {added}; đã có sẵn: {duplicates}.', 'Criterii adăugate: {added}; existau deja: {duplicates}.'],
  language: ['Language', 'Ngôn ngữ', 'Limbă'],
  dimensions: ['Segment dimensions (up to three)', 'Chiều phân khúc (tối đa ba)', 'Dimensiuni de segment (maximum trei)'],
  dimension: ['Dimension {n}', 'Chiều {n}', 'Dimensiunea {n}'],
  none: ['(none)', '(không)', '(niciuna)'],
  saveSettings: ['Save settings', 'Lưu cài đặt', 'Salvează setările'],
  settingsSaved: ['Settings saved.', 'Đã lưu cài đặt.', 'Setările au fost salvate.'],
  close: ['Back to the guide', 'Quay lại hướng dẫn', 'Înapoi la ghid'],
});

export type UiKey = keyof typeof ui;

export function text(language: Language, key: UiKey, params: Record<string, string | number> = {}): string {
  return pick(ui[key], language)!.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const sidebarCatalog = ui;
