import { defineMessages } from './define';

/** Sheet names, menu captions and messages shared by every menu action. */
export const app = defineMessages({
  'app.name': ["ICP Toolkit", "ICP Toolkit", "ICP Toolkit"],
  'sheet.worksheet': ["ICP Worksheet", "Bảng tính ICP", "Fișa ICP"],
  'sheet.criteria': ["Criteria", "Tiêu chí", "Criterii"],
  'sheet.accounts': ["Accounts", "Tài khoản", "Conturi"],
  'sheet.summary': ["Segment Summary", "Tổng hợp phân khúc", "Rezumat segmente"],
  'menu.openGuide': ["Open ICP worksheet guide", "Mở hướng dẫn bảng tính ICP", "Deschide ghidul fișei ICP"],
  'menu.createWorksheet': ["Create ICP worksheet", "Tạo bảng tính ICP", "Creează fișa ICP"],
  'menu.insertSample': ["Insert sample accounts", "Chèn tài khoản mẫu", "Inserează conturi exemplu"],
  'menu.refreshSummary': ["Refresh segment summary", "Làm mới tổng hợp phân khúc", "Actualizează rezumatul segmentelor"],
  'menu.suggestCriteria': ["Suggest criteria from best customers", "Đề xuất tiêu chí từ khách hàng tốt nhất", "Sugerează criterii din cei mai buni clienți"],
  'guide.title': ["ICP worksheet guide", "Hướng dẫn bảng tính ICP", "Ghidul fișei ICP"],
  'message.lockBusy': ["Another ICP Toolkit action is still running in this spreadsheet. Try again in a minute.", "Một thao tác ICP Toolkit khác vẫn đang chạy trong bảng tính này. Vui lòng thử lại sau một phút.", "O altă acțiune ICP Toolkit rulează încă în această foaie de calcul. Încercați din nou peste un minut."],
  'message.columnMissing': ["{sheet} has no {column} column in row 1: add a column with that header, or run Create ICP worksheet to add it.", "{sheet} không có cột {column} ở dòng 1: hãy thêm một cột có tiêu đề đó, hoặc chạy Tạo bảng tính ICP để thêm cột.", "{sheet} nu are coloana {column} în rândul 1: adăugați o coloană cu acest antet sau rulați Creează fișa ICP pentru a o adăuga."],
  'message.copies': ["Several sheets act as {role}: using {sheet}.", "Có nhiều trang tính cùng đóng vai trò {role}: đang dùng {sheet}.", "Mai multe foi au rolul {role}: se folosește {sheet}."],
  'message.failed': ["ICP Toolkit could not finish: {message}", "ICP Toolkit không thể hoàn tất: {message}", "ICP Toolkit nu a putut finaliza: {message}"],
});
