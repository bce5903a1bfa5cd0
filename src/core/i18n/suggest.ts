import { defineMessages } from './define';

/** "Suggest criteria from best customers": the dialog and its messages. */
export const suggest = defineMessages({
  'suggest.title': ["Suggest criteria from best customers", "Đề xuất tiêu chí từ khách hàng tốt nhất", "Sugerează criterii pe baza celor mai buni clienți"],
  'suggest.ruleHeading': ["Who counts as best and worst", "Thế nào là khách hàng tốt nhất và kém nhất", "Cine sunt cei mai buni și cei mai slabi clienți"],
  'suggest.ruleGrossProfit': [
    "Best customers are retained customers whose monthly gross profit (MRR × gross margin) is at least {bestFrom}, the median of retained customers. Worst customers are the churned ones, plus retained customers below {worstBelow} (the lowest quarter). Customers in between, without MRR, and prospects are left out of the comparison.",
    "Khách hàng tốt nhất là những khách hàng chưa rời bỏ có lợi nhuận gộp hàng tháng (MRR × biên lợi nhuận gộp) từ {bestFrom} trở lên, tức mức trung vị của nhóm chưa rời bỏ. Khách hàng kém nhất là những khách hàng đã rời bỏ, cùng các khách hàng chưa rời bỏ dưới {worstBelow} (nhóm 25% thấp nhất). Khách hàng ở nhóm giữa, khách hàng không có MRR và khách hàng tiềm năng không được đưa vào so sánh.",
    "Cei mai buni clienți sunt clienții păstrați al căror profit brut lunar (MRR × marjă brută) este de cel puțin {bestFrom}, mediana clienților păstrați. Cei mai slabi sunt clienții pierduți, plus clienții păstrați sub {worstBelow} (sfertul cel mai de jos). Clienții de la mijloc, cei fără MRR și clienții potențiali nu intră în comparație.",
  ],
  'suggest.ruleRetention': [
    "No retained customer has an MRR, so best customers are all retained customers and worst customers are the churned ones.",
    "Không có khách hàng chưa rời bỏ nào có MRR, nên nhóm tốt nhất gồm tất cả khách hàng chưa rời bỏ và nhóm kém nhất gồm các khách hàng đã rời bỏ.",
    "Niciun client păstrat nu are MRR, deci cei mai buni clienți sunt toți clienții păstrați, iar cei mai slabi sunt clienții pierduți.",
  ],
  'suggest.groups': [
    "{customers|customer|customers}: {best} best, {worst} worst ({churned} churned, {lowValue} low value), {middle} left out.",
    "{customers} khách hàng: {best} tốt nhất, {worst} kém nhất ({churned} đã rời bỏ, {lowValue} giá trị thấp), {middle} không đưa vào so sánh.",
    "Clienți: {customers} — cei mai buni: {best}; cei mai slabi: {worst} (pierduți: {churned}; cu valoare mică: {lowValue}); lăsați deoparte: {middle}.",
  ],
  'suggest.skipped': [
    "{skipped|row was|rows were} left out because of bad data (Refresh segment summary lists them).",
    "{skipped} dòng bị bỏ qua vì dữ liệu không hợp lệ (Làm mới tổng hợp phân khúc sẽ liệt kê chúng).",
    "Rânduri omise din cauza datelor invalide: {skipped} (Actualizează rezumatul segmentelor le listează).",
  ],
  'suggest.notEnough': [
    "Not enough data to suggest criteria: {customers|customer|customers} ({best} best, {worst} worst); need at least {needCustomers|customer|customers} with {needBest} best and {needWorst} worst.",
    "Chưa đủ dữ liệu để đề xuất tiêu chí: {customers} khách hàng ({best} tốt nhất, {worst} kém nhất); cần ít nhất {needCustomers} khách hàng, trong đó {needBest} tốt nhất và {needWorst} kém nhất.",
    "Nu sunt destule date pentru a sugera criterii. Clienți: {customers} (cei mai buni: {best}; cei mai slabi: {worst}); sunt necesari cel puțin {needCustomers|client|clienți|de clienți}, dintre care cei mai buni: {needBest}; cei mai slabi: {needWorst}.",
  ],
  'suggest.noneFound': [
    "No attribute separates your best customers from your worst clearly enough to suggest a criterion ({tested|value or range|values and ranges} compared).",
    "Không có thuộc tính nào phân biệt khách hàng tốt nhất với khách hàng kém nhất đủ rõ để đề xuất tiêu chí ({tested} giá trị và khoảng đã được so sánh).",
    "Niciun atribut nu îi deosebește pe cei mai buni clienți de cei mai slabi suficient de clar pentru a sugera un criteriu (valori și intervale comparate: {tested}).",
  ],
  'suggest.closest': [
    "The closest was “{criterion}”: {evidence}, a difference that could be chance.",
    "Tiêu chí gần đạt nhất là “{criterion}”: {evidence}; mức chênh lệch này có thể chỉ là ngẫu nhiên.",
    "Cel mai aproape a fost „{criterion}”: {evidence}, o diferență care poate fi întâmplătoare.",
  ],
  'suggest.evidence': [
    "{best}% of best customers ({bestCount} of {bestTotal}) vs {worst}% of worst ({worstCount} of {worstTotal})",
    "{best}% khách hàng tốt nhất ({bestCount}/{bestTotal}) so với {worst}% khách hàng kém nhất ({worstCount}/{worstTotal})",
    "{best}% dintre cei mai buni clienți ({bestCount} din {bestTotal}) față de {worst}% dintre cei mai slabi ({worstCount} din {worstTotal})",
  ],
  'suggest.weight': ["weight {weight}", "trọng số {weight}", "pondere {weight}"],
  'suggest.excludeWeight': ["exclude: a matching account scores 0", "loại trừ: tài khoản khớp sẽ có điểm 0", "exclude: un cont care se potrivește primește scorul 0"],
  'suggest.separationHeading': ["How well the criteria separate best from worst", "Khả năng phân biệt khách hàng tốt nhất với kém nhất của tiêu chí", "Cât de bine separă criteriile cei mai buni clienți de cei mai slabi"],
  'suggest.aucNote': [
    "AUC is the chance that a best customer gets a higher ICP score than a worst one: 0.50 is no better than a coin, 1.00 is perfect.",
    "AUC là xác suất một khách hàng tốt nhất có điểm ICP cao hơn một khách hàng kém nhất: 0,50 không hơn tung đồng xu, 1,00 là hoàn hảo.",
    "AUC este probabilitatea ca un client dintre cei mai buni să aibă un scor ICP mai mare decât unul dintre cei mai slabi: 0,50 nu e mai bun decât aruncarea unei monede, 1,00 este perfect.",
  ],
  'suggest.current': [
    "Today: AUC {auc}; mean score {meanBest} for best vs {meanWorst} for worst.",
    "Hiện tại: AUC {auc}; điểm trung bình {meanBest} ở nhóm tốt nhất so với {meanWorst} ở nhóm kém nhất.",
    "Acum: AUC {auc}; scor mediu {meanBest} la cei mai buni față de {meanWorst} la cei mai slabi.",
  ],
  'suggest.currentNone': [
    "Today: no active criteria, so every account scores the same (AUC 0.50).",
    "Hiện tại: chưa có tiêu chí nào đang dùng, nên mọi tài khoản có cùng điểm (AUC 0,50).",
    "Acum: niciun criteriu activ, deci toate conturile au același scor (AUC 0,50).",
  ],
  'suggest.currentError': [
    "Today: the criteria cannot be used ({message}); the figures below use the suggestions alone.",
    "Hiện tại: không dùng được tiêu chí ({message}); các số liệu bên dưới chỉ dùng các đề xuất.",
    "Acum: criteriile nu pot fi folosite ({message}); cifrele de mai jos folosesc doar sugestiile.",
  ],
  'suggest.after': [
    "With the checked suggestions added: AUC {auc}; mean score {meanBest} for best vs {meanWorst} for worst.",
    "Khi thêm các đề xuất được chọn: AUC {auc}; điểm trung bình {meanBest} ở nhóm tốt nhất so với {meanWorst} ở nhóm kém nhất.",
    "Cu sugestiile bifate adăugate: AUC {auc}; scor mediu {meanBest} la cei mai buni față de {meanWorst} la cei mai slabi.",
  ],
  'suggest.noGain': [
    "None of the suggestions raises the separation of today's criteria, so none is checked; each one's evidence is still shown.",
    "Không đề xuất nào làm tăng khả năng phân biệt của tiêu chí hiện tại, nên không mục nào được chọn sẵn; bằng chứng của từng đề xuất vẫn được hiển thị.",
    "Nicio sugestie nu îmbunătățește separarea obținută cu criteriile actuale, așa că niciuna nu este bifată; dovezile fiecăreia sunt totuși afișate.",
  ],
  'suggest.cumulative': [
    "AUC with this and the checked suggestions above it: {auc}",
    "AUC với đề xuất này và các đề xuất được chọn phía trên: {auc}",
    "AUC cu aceasta și sugestiile bifate de deasupra: {auc}",
  ],
  'suggest.noGainItem': [
    "Adds little on top of the suggestions above it (AUC {auc}), so it is not checked.",
    "Hầu như không cải thiện thêm so với các đề xuất phía trên (AUC {auc}), nên không được chọn sẵn.",
    "Adaugă prea puțin peste sugestiile de deasupra (AUC {auc}), așa că nu este bifată.",
  ],
  'suggest.listLegend': ["Suggested criteria, strongest first (checked ones are added)", "Tiêu chí đề xuất, xếp từ mạnh đến yếu (các mục được chọn sẽ được thêm)", "Criterii sugerate, cele mai puternice primele (cele bifate se adaugă)"],
  'suggest.nothingWritten': [
    "Nothing is written until you click “Add selected to Criteria”; rows already in Criteria are not added twice and your own rows are kept.",
    "Không có gì được ghi cho đến khi bạn bấm “Thêm mục đã chọn vào Tiêu chí”; các dòng đã có trong Tiêu chí không bị thêm lần nữa và các dòng của bạn được giữ nguyên.",
    "Nu se scrie nimic până nu apăsați „Adaugă selecția în Criterii”; rândurile existente în Criterii nu se adaugă de două ori, iar rândurile dvs. rămân neschimbate.",
  ],
  'suggest.accept': ["Add selected to Criteria", "Thêm mục đã chọn vào Tiêu chí", "Adaugă selecția în Criterii"],
  'suggest.cancel': ["Cancel", "Hủy", "Anulează"],
  'suggest.close': ["Close", "Đóng", "Închide"],
  'suggest.adding': ["Adding…", "Đang thêm…", "Se adaugă…"],
  'suggest.noneSelected': ["Select at least one criterion.", "Hãy chọn ít nhất một tiêu chí.", "Selectați cel puțin un criteriu."],
  'suggest.added': [
    "Criteria added to {sheet}: {added} (already there: {duplicates}).",
    "Tiêu chí đã thêm vào {sheet}: {added} (đã có sẵn: {duplicates}).",
    "Criterii adăugate în {sheet}: {added} (existau deja: {duplicates}).",
  ],
  'suggest.addedSeparation': [
    "Best vs worst with the criteria now: AUC {auc} (was {before}).",
    "Khả năng phân biệt tốt nhất/kém nhất với tiêu chí hiện tại: AUC {auc} (trước đó: {before}).",
    "Separarea celor mai buni de cei mai slabi cu criteriile de acum: AUC {auc} (înainte {before}).",
  ],
  'suggest.failed': ["The criteria were not added: {message}", "Chưa thêm được tiêu chí: {message}", "Criteriile nu au fost adăugate: {message}"],
  'suggest.invalid': [
    "a suggested row no longer fits the sheets; run Suggest criteria again",
    "một dòng đề xuất không còn khớp với các trang; hãy chạy lại Đề xuất tiêu chí",
    "un rând sugerat nu se mai potrivește cu foile; rulați din nou Sugerează criterii",
  ],
  'suggest.noCustomers': [
    "There are no customers to learn from. Add accounts with a start date to the {sheet} sheet (or use Insert sample accounts) and try again.",
    "Chưa có khách hàng nào để phân tích. Hãy thêm tài khoản có ngày bắt đầu vào trang {sheet} (hoặc dùng Chèn tài khoản mẫu) rồi thử lại.",
    "Nu există clienți pe baza cărora să se facă sugestii. Adăugați în foaia {sheet} conturi cu data începerii completată (sau folosiți Inserează conturi de exemplu) și încercați din nou.",
  ],
});
