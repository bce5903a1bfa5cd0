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
  'menu.about': ["Help / About", "Trợ giúp / Giới thiệu", "Ajutor / Despre"],
  'about.title': ["ICP Toolkit {version}", "ICP Toolkit {version}", "ICP Toolkit {version}"],
  'about.body': [
    "Builds an Ideal Customer Profile in this spreadsheet and scores your accounts against it.\n\nReads: the ICP Worksheet, Criteria and Accounts sheets, and its settings (language, segment columns, the outcome Suggest learns from), which are stored in this spreadsheet.\n\nWrites, only when you choose a menu item or save in the guide: the sheets it creates (ICP Worksheet, Criteria, Accounts, Segment Summary) the criteria you accept and the tier thresholds you apply to the ICP tier formula. It never changes a cell you typed.\n\nNothing leaves this spreadsheet: no internet connection, no other files, no data sent anywhere. It may only see the spreadsheet it is used in and show its own dialogs.\n\nHelp: the ICP Toolkit README (linked from the add-on's page in the Google Workspace Marketplace) explains every function, sheet and menu item.",
    "Xây dựng Hồ sơ khách hàng lý tưởng (ICP) trong bảng tính này và chấm điểm các tài khoản theo hồ sơ đó.\n\nĐọc: các trang Bảng câu hỏi ICP, Tiêu chí và Tài khoản, cùng các thiết lập (ngôn ngữ, cột phân khúc, kết quả mà Đề xuất tiêu chí dựa vào) được lưu trong bảng tính này.\n\nGhi, chỉ khi bạn chọn một mục trong menu hoặc lưu trong phần hướng dẫn: các trang do tiện ích tạo (Bảng câu hỏi ICP, Tiêu chí, Tài khoản, Tổng hợp phân khúc) các tiêu chí bạn chấp nhận và các ngưỡng hạng bạn áp dụng vào công thức hạng ICP. Tiện ích không bao giờ sửa ô bạn đã nhập.\n\nKhông có gì rời khỏi bảng tính này: không kết nối internet, không dùng tệp khác, không gửi dữ liệu đi đâu cả. Tiện ích chỉ được xem bảng tính đang dùng và hiển thị hộp thoại của chính nó.\n\nTrợ giúp: tệp README của ICP Toolkit (có liên kết trên trang của tiện ích trong Google Workspace Marketplace) giải thích mọi hàm, trang và mục menu.",
    "Construiește un profil al clientului ideal (ICP) în această foaie de calcul și punctează conturile după el.\n\nCitește: foile Fișa ICP, Criterii și Conturi, precum și setările sale (limba, coloanele de segmentare, rezultatul după care sugerează criterii), păstrate în această foaie de calcul.\n\nScrie, doar când alegeți o comandă din meniu sau salvați în ghid: foile pe care le creează (Fișa ICP, Criterii, Conturi, Rezumatul segmentelor) criteriile pe care le acceptați și pragurile nivelurilor pe care le aplicați în formula nivelului ICP. Nu modifică niciodată o celulă scrisă de dumneavoastră.\n\nNimic nu părăsește această foaie de calcul: fără conexiune la internet, fără alte fișiere, fără date trimise undeva. Poate vedea doar foaia de calcul în care este folosit și își poate afișa propriile ferestre.\n\nAjutor: fișierul README al ICP Toolkit (cu link de pe pagina suplimentului din Google Workspace Marketplace) explică fiecare funcție, foaie și comandă din meniu.",
  ],
  'guide.title': ["ICP worksheet guide", "Hướng dẫn bảng câu hỏi ICP", "Ghidul fișei ICP"],
  'message.sheetMissing': ["The {sheet} sheet is missing.", "Không tìm thấy trang {sheet}.", "Foaia {sheet} lipsește."],
  'message.lockBusy': ["Another ICP Toolkit action is still running in this spreadsheet. Try again in a minute.", "Một thao tác ICP Toolkit khác vẫn đang chạy trong bảng tính này. Vui lòng thử lại sau một phút.", "O altă acțiune ICP Toolkit rulează încă în această foaie de calcul. Încercați din nou peste un minut."],
  'message.columnMissing': ["{sheet} has no {column} column in row 1: add a column with that header, or run Create ICP worksheet to add it.", "{sheet} không có cột {column} ở dòng 1: hãy thêm một cột có tiêu đề đó, hoặc chạy Tạo bảng câu hỏi ICP để thêm cột.", "{sheet} nu are coloana {column} în rândul 1: adăugați o coloană cu acest antet sau rulați Creează fișa ICP pentru a o adăuga."],
  'message.copies': ["Several sheets act as {role}: using {sheet}.", "Có nhiều trang tính cùng đóng vai trò {role}: đang dùng {sheet}.", "Mai multe foi au rolul {role}: se folosește {sheet}."],
  'message.failed': ["ICP Toolkit could not finish: {message}", "ICP Toolkit không thể hoàn tất: {message}", "ICP Toolkit nu a putut finaliza acțiunea: {message}"],
});
