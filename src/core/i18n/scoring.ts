import { defineMessages } from './define';

/** ICP_SCORE / ICP_EXPLAIN (docs/rules.md, Explanations): explanations (`✔ Industry is Fintech (+2 of 3)`) and the Criteria errors. */
export const scoring = defineMessages({
  'explain.excluded': ["Excluded", "Bị loại trừ", "Exclus"],
  /** Between points and maximum: `+2 of 3`, `0 of 1`. */
  'explain.of': ["of", "trên", "din"],
  /** When every active criterion is an exclusion and none applies (the score is 100). */
  'explain.notExcluded': ["No exclusion applies", "Không thuộc diện loại trừ", "Nu se aplică nicio excludere"],
  'value.blank': ["blank", "ô trống", "gol"],
  'criteria.error.row': ["Criterion {row}: {message}", "Tiêu chí {row}: {message}", "Criteriul {row}: {message}"],
  'criteria.error.rowNamed': ["Criterion {row} ({attribute}): {message}", "Tiêu chí {row} ({attribute}): {message}", "Criteriul {row} ({attribute}): {message}"],
  'criteria.error.noAttribute': ["the attribute is blank", "thuộc tính đang để trống", "atributul este gol"],
  'criteria.error.noRule': ["the rule is blank; rules are {rules}", "quy tắc đang để trống; các quy tắc là: {rules}", "regula este goală; regulile sunt: {rules}"],
  'criteria.error.unknownRule': ["unknown rule {value}; rules are {rules}", "quy tắc {value} không hợp lệ; các quy tắc là: {rules}", "regula {value} nu este cunoscută; regulile sunt: {rules}"],
  'criteria.error.noValue': ["{rule} needs a value", "{rule} cần có giá trị", "{rule} are nevoie de o valoare"],
  'criteria.error.badValue': ["{rule} needs a value, got {value}", "{rule} cần có giá trị, nhưng ô chứa {value}", "{rule} are nevoie de o valoare, dar celula conține {value}"],
  'criteria.error.range': ["{rule} needs min..max, got {value}", "{rule} cần dạng min..max, nhưng ô chứa {value}", "{rule} are nevoie de forma min..max, dar celula conține {value}"],
  'criteria.error.number': ["{rule} needs a number, got {value}", "{rule} cần một số, nhưng ô chứa {value}", "{rule} are nevoie de un număr, dar celula conține {value}"],
  'criteria.error.weight': ["weight {value} must be a positive number, 0 (off) or {exclude}", "trọng số {value} phải là số dương, 0 (tắt) hoặc {exclude}", "ponderea {value} trebuie să fie un număr pozitiv, 0 (dezactivat) sau {exclude}"],
  'criteria.error.noActive': ["no active criteria: add rows of Attribute | Rule | Value | Weight with a weight above 0 or exclude", "chưa có tiêu chí nào có hiệu lực: hãy thêm dòng Thuộc tính | Quy tắc | Giá trị | Trọng số với trọng số lớn hơn 0 hoặc loại trừ", "niciun criteriu activ: adăugați rânduri Atribut | Regulă | Valoare | Pondere cu o pondere peste 0 sau exclude"],
  'criteria.error.unknownAttribute': ["unknown attribute; columns are {columns} (a column added to the sheet later is read once Create ICP worksheet or Refresh segment summary updates the score formula)", "không có cột nào tên như vậy; các cột là: {columns} (cột thêm vào sau sẽ được đọc khi Tạo bảng câu hỏi ICP hoặc Làm mới tổng hợp phân khúc cập nhật công thức điểm)", "nu există o coloană cu acest nume; coloanele sunt: {columns} (o coloană adăugată ulterior este citită după ce Creează fișa ICP sau Actualizează rezumatul segmentelor actualizează formula scorului)"],
  'criteria.error.companySize': ["{size} needs a {size}, {employees} or {revenue} column", "{size} cần một cột {size}, {employees} hoặc {revenue}", "{size} are nevoie de o coloană {size}, {employees} sau {revenue}"],
  /** After a number that two conventions read differently (`1,000` in ro_RO): how to write it. */
  'number.ambiguous': ["{value} can be read two ways: write {thousand} for one thousand, {decimal} for one and a half", "{value} có thể hiểu theo hai cách: viết {thousand} cho một nghìn, {decimal} cho một phẩy năm", "{value} se poate citi în două feluri: scrieți {thousand} pentru o mie, {decimal} pentru unu virgulă cinci"],
  /** After `Criterion 3 ("Industry"): `. A weight that large would make the score's sums overflow. */
  'criteria.weightTooLarge': [
    "weight {weight} is too large; use at most 1,000,000 (the worksheet's importance is 1–5)",
    "trọng số {weight} quá lớn; tối đa là 1.000.000 (mức quan trọng trong bảng ICP là 1–5)",
    "ponderea {weight} este prea mare; folosiți cel mult 1.000.000 (importanța din fișa ICP este 1–5)",
  ],
});
