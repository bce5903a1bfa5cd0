import { defineMessages } from './define';

/** Sheet names, menu captions and messages shared by every menu action. */
export const app = defineMessages({
  'app.name': ["ICP Toolkit", "ICP Toolkit", "ICP Toolkit"],
  'sheet.worksheet': ["ICP Worksheet", "Bảng câu hỏi ICP", "Fișa ICP"],
  'sheet.criteria': ["Criteria", "Tiêu chí", "Criterii"],
  'sheet.accounts': ["Accounts", "Tài khoản", "Conturi"],
  'sheet.summary': ["Segment Summary", "Tổng hợp phân khúc", "Rezumatul segmentelor"],
  'menu.openGuide': ["Open ICP worksheet guide", "Mở hướng dẫn bảng câu hỏi ICP", "Deschide ghidul fișei ICP"],
  'menu.createWorksheet': ["Create ICP worksheet", "Tạo bảng câu hỏi ICP", "Creează fișa ICP"],
  'menu.insertSample': ["Insert sample accounts", "Chèn tài khoản mẫu", "Inserează conturi de exemplu"],
  'menu.refreshSummary': ["Refresh segment summary", "Làm mới tổng hợp phân khúc", "Actualizează rezumatul segmentelor"],
  'menu.suggestCriteria': ["Suggest criteria from best customers", "Đề xuất tiêu chí từ khách hàng tốt nhất", "Sugerează criterii pe baza celor mai buni clienți"],
  'guide.title': ["ICP worksheet guide", "Hướng dẫn bảng câu hỏi ICP", "Ghidul fișei ICP"],
  'message.lockBusy': ["Another ICP Toolkit action is still running in this spreadsheet. Try again in a minute.", "Một thao tác ICP Toolkit khác vẫn đang chạy trong bảng tính này. Vui lòng thử lại sau một phút.", "O altă acțiune ICP Toolkit rulează încă în această foaie de calcul. Încercați din nou peste un minut."],
  'message.failed': ["ICP Toolkit could not finish: {message}", "ICP Toolkit không thể hoàn tất: {message}", "ICP Toolkit nu a putut finaliza acțiunea: {message}"],
});
