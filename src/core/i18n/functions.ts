import { defineMessages } from './define';

/** Errors of the custom functions: `MONTHLY_CHURN customers_lost row 3: "abc" is not a number`. */
export const functions = defineMessages({
  /** Where a value came from: the function, the argument, and its row within a range. */
  'fn.where': ["{fn} {arg}", "{fn} {arg}", "{fn} {arg}"],
  'fn.whereRow': ["{fn} {arg} row {row}", "{fn} {arg} dòng {row}", "{fn} {arg} rândul {row}"],
  'fn.oneColumn': ["{fn} {arg}: expects one column, got a range {width} columns wide (row {row})", "{fn} {arg}: cần một cột, nhưng vùng được chọn rộng {width} cột (dòng {row})", "{fn} {arg}: trebuie o singură coloană, dar zona are {width} coloane (rândul {row})"],
  'fn.heights': ["{fn}: {first} has {rows} rows but {other} has {otherRows}; use ranges of the same height", "{fn}: {first} có {rows} dòng nhưng {other} có {otherRows} dòng; hãy dùng các vùng cao bằng nhau", "{fn}: {first} are {rows} rânduri, dar {other} are {otherRows}; folosiți zone de aceeași înălțime"],
  'fn.notNumber': ["{where}: {value} is not a number", "{where}: {value} không phải là số", "{where}: {value} nu este un număr"],
  'fn.negative': ["{where}: {value} is negative; it must be 0 or more", "{where}: {value} là số âm; giá trị phải từ 0 trở lên", "{where}: {value} este negativ; trebuie să fie 0 sau mai mult"],
  'fn.notPositive': ["{where}: {value} must be more than 0", "{where}: {value} phải lớn hơn 0", "{where}: {value} trebuie să fie mai mare decât 0"],
  'fn.notRate': ["{where}: {value} is not a rate between 0 and 1 (write {example} or 80%)", "{where}: {value} không phải là tỷ lệ từ 0 đến 1 (viết {example} hoặc 80%)", "{where}: {value} nu este o rată între 0 și 1 (scrieți {example} sau 80%)"],
  'fn.notFinite': ["{fn}: the inputs give no finite result", "{fn}: các giá trị đầu vào không cho kết quả hữu hạn", "{fn}: valorile date nu dau un rezultat finit"],
  'fn.zeroChurn': ["{where}: 0 means no customer ever leaves, so lifetime value is unbounded; use a churn above 0", "{where}: 0 nghĩa là không khách hàng nào rời bỏ, nên giá trị vòng đời là vô hạn; hãy dùng tỷ lệ rời bỏ lớn hơn 0", "{where}: 0 înseamnă că niciun client nu pleacă, deci valoarea pe durata de viață este nelimitată; folosiți o rată de pierdere peste 0"],
  'fn.neverPaidBack': ["{where}: arpa × gross_margin is 0 (arpa {arpa}, gross margin {margin}), so the CAC is never paid back", "{where}: arpa × gross_margin bằng 0 (arpa {arpa}, biên lợi nhuận gộp {margin}), nên CAC không bao giờ được hoàn vốn", "{where}: arpa × gross_margin este 0 (arpa {arpa}, marjă brută {margin}), deci CAC nu se recuperează niciodată"],
  'fn.zeroCac': ["{where}: the CAC is 0, so the ratio is unbounded; it must be more than 0", "{where}: CAC bằng 0, nên tỷ số là vô hạn; CAC phải lớn hơn 0", "{where}: CAC este 0, deci raportul este nelimitat; trebuie să fie mai mare decât 0"],
  'fn.lostAboveStart': ["{where}: {lost} lost is more than the {start} customers at start", "{where}: {lost} khách hàng rời bỏ nhiều hơn {start} khách hàng lúc đầu", "{where}: {lost} clienți pierduți sunt mai mulți decât cei {start} de la început"],
  'fn.tierOrder': ["{fn}: a_min {a} is below b_min {b}; the A threshold must be the higher one", "{fn}: a_min {a} nhỏ hơn b_min {b}; ngưỡng hạng A phải cao hơn", "{fn}: a_min {a} este sub b_min {b}; pragul A trebuie să fie cel mai mare"],
  'fn.outside100': ["{where}: {value} is outside 0–100", "{where}: {value} nằm ngoài khoảng 0–100", "{where}: {value} este în afara intervalului 0–100"],
  'fn.headerRows': ["{fn} headers: expects the single header row of the accounts, got {rows} rows", "{fn} headers: cần đúng một dòng tiêu đề của các tài khoản, nhưng có {rows} dòng", "{fn} headers: trebuie exact rândul de antet al conturilor, dar sunt {rows} rânduri"],
  'fn.headerWidth': ["{fn} headers: {width} columns, but accounts has {accounts}; select the same columns in both", "{fn} headers: {width} cột, nhưng accounts có {accounts} cột; hãy chọn cùng các cột ở cả hai", "{fn} headers: {width} coloane, dar accounts are {accounts}; selectați aceleași coloane în ambele"],
  'fn.currency': ["{where}: {value} is not a currency this function knows; use one of {codes}", "{where}: {value} không phải là loại tiền hàm này hỗ trợ; hãy dùng một trong: {codes}", "{where}: {value} nu este o monedă cunoscută de această funcție; folosiți una dintre: {codes}"],
  'fn.language': ["ICP_EXPLAIN language: {value} is not one of en, vi, ro", "ICP_EXPLAIN language: {value} không phải là en, vi hoặc ro", "ICP_EXPLAIN language: {value} nu este en, vi sau ro"],
});
