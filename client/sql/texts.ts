// The "Export ICP as SQL" dialog's own words (kept out of the Apps Script bundle: only the page needs them).
import { type Language, defineMessages, pick } from '../../src/core/i18n/define';

export const sqlDialogTexts = defineMessages({
  'intro': [
    "The Criteria sheet as SQL, with the same rules as ICP_SCORE and ICP_TIER: score accounts in a data warehouse, beyond what one spreadsheet holds.",
    "Trang Tiêu chí dưới dạng SQL, cùng quy tắc với ICP_SCORE và ICP_TIER: chấm điểm tài khoản trong kho dữ liệu, vượt quá giới hạn của một bảng tính.",
    "Foaia Criterii ca SQL, cu aceleași reguli ca ICP_SCORE și ICP_TIER: punctați conturile într-un depozit de date, dincolo de cât încape într-o foaie de calcul.",
  ],
  'dialect': ["SQL dialect", "Phương ngữ SQL", "Dialect SQL"],
  'table': ["Table name", "Tên bảng", "Numele tabelului"],
  'tableHelp': [
    "BigQuery: project.dataset.table. The table needs these columns, named as in {sheet}: {columns}.",
    "BigQuery: dự_án.tập_dữ_liệu.bảng. Bảng cần các cột sau, đặt tên như trong {sheet}: {columns}.",
    "BigQuery: proiect.set_de_date.tabel. Tabelul are nevoie de aceste coloane, numite ca în {sheet}: {columns}.",
  ],
  'query': ["Query", "Truy vấn", "Interogare"],
  'scores': [
    "Scores per account: icp_score, icp_tier, icp_explain, criteria_version",
    "Điểm theo tài khoản: icp_score, icp_tier, icp_explain, criteria_version",
    "Scoruri pe cont: icp_score, icp_tier, icp_explain, criteria_version",
  ],
  'summary': [
    "Segment summary (the as-of date is a parameter, as_of)",
    "Tổng hợp phân khúc (ngày tính đến là một tham số, as_of)",
    "Rezumatul segmentelor (data de referință este un parametru, as_of)",
  ],
  'dimensions': ["Segment dimensions (up to 3)", "Chiều phân khúc (tối đa 3)", "Dimensiuni de segment (cel mult 3)"],
  'generated': ["Generated SQL (read-only)", "SQL đã tạo (chỉ đọc)", "SQL generat (doar citire)"],
  'copy': ["Copy SQL", "Sao chép SQL", "Copiază SQL"],
  'copied': ["Copied to the clipboard.", "Đã sao chép vào bộ nhớ tạm.", "Copiat în clipboard."],
  'copyFailed': [
    "Could not copy: the text is selected, press Ctrl+C (⌘C on a Mac).",
    "Không sao chép được: văn bản đã được chọn, hãy nhấn Ctrl+C (⌘C trên Mac).",
    "Nu s-a putut copia: textul este selectat, apăsați Ctrl+C (⌘C pe Mac).",
  ],
  'close': ["Close", "Đóng", "Închide"],
  'criteriaError': [
    "The criteria cannot become SQL. ICP_SCORE says: {message}",
    "Không thể chuyển tiêu chí thành SQL. ICP_SCORE báo: {message}",
    "Criteriile nu pot deveni SQL. ICP_SCORE spune: {message}",
  ],
  'stepsTitle': ["Use it in Connected Sheets", "Dùng trong Connected Sheets", "Folosiți-l în Connected Sheets"],
  'step1': ["Copy the SQL (BigQuery dialect).", "Sao chép SQL (phương ngữ BigQuery).", "Copiați SQL-ul (dialectul BigQuery)."],
  'step2': [
    "In Sheets: Data → Data connectors → Connect to BigQuery, then choose your project.",
    "Trong Trang tính: Dữ liệu → Trình kết nối dữ liệu → Kết nối với BigQuery, rồi chọn dự án.",
    "În Foi de calcul: Date → Conectori de date → Conectați-vă la BigQuery, apoi alegeți proiectul.",
  ],
  'step3': [
    "Choose Custom query, paste the SQL and connect.",
    "Chọn Truy vấn tùy chỉnh, dán SQL rồi kết nối.",
    "Alegeți Interogare personalizată, lipiți SQL-ul și conectați-vă.",
  ],
  'step4': [
    "For the summary, add a parameter named as_of: a date, or a cell holding one.",
    "Với tổng hợp, thêm tham số tên as_of: một ngày, hoặc một ô chứa ngày.",
    "Pentru rezumat, adăugați un parametru numit as_of: o dată sau o celulă care conține una.",
  ],
  'step5': [
    "Check once: the warehouse's row count and sum of icp_score equal this sheet's for the same accounts.",
    "Kiểm tra một lần: số dòng và tổng icp_score trong kho dữ liệu bằng với bảng tính này cho cùng các tài khoản.",
    "Verificați o dată: numărul de rânduri și suma icp_score din depozit sunt egale cu cele din această foaie pentru aceleași conturi.",
  ],
  'duckdb': [
    "DuckDB: run it where the table (or a view over a CSV or Parquet file) is named as above; or use npm run score from the ICP Toolkit repository.",
    "DuckDB: chạy ở nơi bảng (hoặc một view trên tệp CSV hay Parquet) có tên như trên; hoặc dùng npm run score trong kho mã ICP Toolkit.",
    "DuckDB: rulați-l acolo unde tabelul (sau o vedere peste un fișier CSV ori Parquet) are numele de mai sus; sau folosiți npm run score din depozitul ICP Toolkit.",
  ],
});

export type SqlDialogText = keyof typeof sqlDialogTexts;

/** A text in the language, `{name}` placeholders filled. */
export function dialogText(language: Language, key: SqlDialogText, params: Record<string, string> = {}): string {
  return (pick(sqlDialogTexts[key], language) ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
