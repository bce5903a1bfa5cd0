// The "Suggest criteria" dialog: a model of localized texts built from a SuggestResult, and the page that
// shows it. Sheet data reaches the page only as JSON inside <script type="application/json"> with `<`, `>`
// and `&` escaped, and the page puts it in the DOM with textContent: no sheet text is ever parsed as HTML.
import { type Language, type MessageKey, t } from './i18n';
import { type RuleKind, ruleName } from './vocabulary';
import { type Separation, type SuggestResult, type Suggestion, formatNumber } from './suggest';

/** A row as the accept function receives it (the shape of the Criteria rows the sidebar accepts too). */
export interface AcceptRow {
  attribute: string;
  rule: RuleKind;
  value: string;
  weight: string;
}

export interface DialogItem {
  id: string;
  label: string;
  weight: string;
  evidence: string;
  cumulative: string;
  exclude: boolean;
  /** Checked when the dialog opens: the suggestion adds separation (Suggestion.recommended). */
  checked: boolean;
  row: AcceptRow;
}

export interface DialogModel {
  language: Language;
  title: string;
  status: SuggestResult['status'];
  /** The outcome, or why there is nothing to suggest. */
  message: string;
  ruleHeading: string;
  rule: string[];
  separationHeading: string;
  separation: string[];
  legend: string;
  items: DialogItem[];
  text: { accept: string; cancel: string; close: string; adding: string; noneSelected: string; nothingWritten: string; failed: string };
}

const percent = (count: number, total: number) => (total ? Math.round((100 * count) / total) : 0);
const decimal = (language: Language, value: number) => {
  const text = value.toFixed(2);
  return language === 'en' ? text : text.replace('.', ',');
};

export function criterionLabel(language: Language, s: Pick<Suggestion, 'attribute' | 'rule' | 'value'>): string {
  return `${s.attribute} ${ruleName(s.rule, language)} ${s.value}`;
}

export function evidenceText(language: Language, s: Pick<Suggestion, 'best' | 'worst'>): string {
  return t(language, 'suggest.evidence', {
    best: percent(s.best.count, s.best.total), bestCount: s.best.count, bestTotal: s.best.total,
    worst: percent(s.worst.count, s.worst.total), worstCount: s.worst.count, worstTotal: s.worst.total,
  });
}

export function separationText(language: Language, key: 'suggest.current' | 'suggest.after', s: Separation): string {
  return t(language, key, { auc: decimal(language, s.auc), meanBest: Math.round(s.meanBest), meanWorst: Math.round(s.meanWorst) });
}

export function aucText(language: Language, auc: number): string {
  return decimal(language, auc);
}

export function acceptRow(s: Pick<Suggestion, 'attribute' | 'rule' | 'value' | 'weight'>): AcceptRow {
  return { attribute: s.attribute, rule: s.rule, value: s.value, weight: String(s.weight) };
}

export function dialogModel(result: SuggestResult, language: Language, context: { skipped: number }): DialogModel {
  const { groups } = result;
  const say = (key: MessageKey, params?: Record<string, string | number>) => t(language, key, params);
  const ruleText = groups.basis === 'retention'
    ? say('suggest.ruleRetention')
    : say('suggest.ruleGrossProfit', { bestFrom: formatNumber(Math.round((groups.bestFrom ?? 0) * 100) / 100), worstBelow: formatNumber(Math.round((groups.worstBelow ?? 0) * 100) / 100) });
  const counts = say('suggest.groups', {
    customers: groups.customers, best: groups.best.length, worst: groups.worst.length, churned: groups.churned, lowValue: groups.lowValue, middle: groups.middle,
  });
  const rule = [ruleText, counts];
  if (context.skipped > 0) rule.push(say('suggest.skipped', { skipped: context.skipped }));

  let message = '';
  if (result.status === 'notEnoughData') {
    message = say('suggest.notEnough', {
      customers: groups.customers, best: groups.best.length, worst: groups.worst.length,
      needCustomers: result.requirements.customers, needBest: result.requirements.best, needWorst: result.requirements.worst,
    });
  } else if (result.status === 'noneFound') {
    message = say('suggest.noneFound', { tested: result.tested });
    if (result.closest) {
      message += ` ${say('suggest.closest', { criterion: criterionLabel(language, result.closest), evidence: evidenceText(language, result.closest) })}`;
    }
  }

  const separation: string[] = [];
  if (result.currentError) separation.push(say('suggest.currentError', { message: result.currentError }));
  else if (result.current) separation.push(separationText(language, 'suggest.current', result.current));
  else separation.push(say('suggest.currentNone'));
  if (result.after) separation.push(separationText(language, 'suggest.after', result.after));
  else if (result.suggestions.length) separation.push(say('suggest.noGain'));
  separation.push(say('suggest.aucNote'));

  const items = result.suggestions.map((s, i): DialogItem => ({
    id: `s${i}`,
    label: criterionLabel(language, s),
    weight: s.weight === 'exclude' ? say('suggest.excludeWeight') : say('suggest.weight', { weight: s.weight }),
    evidence: evidenceText(language, s),
    cumulative: result.cumulative[i] ? say(s.recommended ? 'suggest.cumulative' : 'suggest.noGainItem', { auc: decimal(language, result.cumulative[i].auc) }) : '',
    exclude: s.weight === 'exclude',
    checked: s.recommended,
    row: acceptRow(s),
  }));

  return {
    language,
    title: say('suggest.title'),
    status: result.status,
    message,
    ruleHeading: say('suggest.ruleHeading'),
    rule,
    separationHeading: say('suggest.separationHeading'),
    separation,
    legend: say('suggest.listLegend'),
    items,
    text: {
      accept: say('suggest.accept'), cancel: say('suggest.cancel'), close: say('suggest.close'), adding: say('suggest.adding'),
      noneSelected: say('suggest.noneSelected'), nothingWritten: say('suggest.nothingWritten'), failed: say('suggest.failed', { message: '{message}' }),
    },
  };
}

/** JSON that is safe inside a <script> element: no `<`, `>`, `&` or line separators survive as such. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const STYLE = `
body{font:14px/1.45 Arial,Helvetica,sans-serif;color:#202124;margin:0;padding:12px 16px}
h2{font-size:15px;margin:14px 0 6px}p{margin:4px 0}
.message{padding:8px 10px;background:#fef7e0;border-left:4px solid #f9ab00}
fieldset{border:1px solid #dadce0;border-radius:6px;padding:6px 10px;margin:10px 0}
legend{font-weight:bold;padding:0 4px}
.item{display:flex;gap:8px;align-items:flex-start;padding:6px 0;border-top:1px solid #f1f3f4}
.item:first-of-type{border-top:0}
.item input{margin-top:3px;width:16px;height:16px}
.item label{font-weight:bold}
.exclude label{color:#a50e0e}
.meta{color:#5f6368;font-size:13px}
.actions{display:flex;gap:8px;margin-top:12px;align-items:center}
button{font:inherit;padding:6px 14px;border-radius:4px;border:1px solid #dadce0;background:#fff;cursor:pointer}
button.primary{background:#1a73e8;border-color:#1a73e8;color:#fff}
button:focus-visible,input:focus-visible{outline:3px solid #174ea6;outline-offset:2px}
button:disabled{opacity:.6;cursor:default}
#status{min-height:1.4em}
`;

// Runs in the dialog: reads the JSON, builds the page with textContent only, calls the accept function.
const SCRIPT = `
(function(){
var model=JSON.parse(document.getElementById('model').textContent);
var root=document.getElementById('root');
function el(tag,text,cls){var e=document.createElement(tag);if(text!==undefined)e.textContent=text;if(cls)e.className=cls;return e;}
document.title=model.title;
root.appendChild(el('h1',model.title)).style.fontSize='17px';
if(model.message){var m=el('p',model.message,'message');m.setAttribute('role','status');root.appendChild(m);}
root.appendChild(el('h2',model.separationHeading));
model.separation.forEach(function(line){root.appendChild(el('p',line));});
var boxes=[];
if(model.items.length){
  var fs=el('fieldset');fs.appendChild(el('legend',model.legend));
  model.items.forEach(function(item){
    var row=el('div',undefined,'item'+(item.exclude?' exclude':''));
    var box=el('input');box.type='checkbox';box.id=item.id;box.checked=item.checked;
    box.setAttribute('aria-describedby',item.id+'-meta');
    var text=el('div');var label=el('label',item.label);label.htmlFor=item.id;
    text.appendChild(label);text.appendChild(document.createTextNode(' ('+item.weight+')'));
    var meta=el('div',undefined,'meta');meta.id=item.id+'-meta';
    meta.appendChild(el('div',item.evidence));if(item.cumulative)meta.appendChild(el('div',item.cumulative));
    text.appendChild(meta);row.appendChild(box);row.appendChild(text);fs.appendChild(row);
    boxes.push({box:box,row:item.row});
  });
  root.appendChild(fs);
}
root.appendChild(el('h2',model.ruleHeading));
model.rule.forEach(function(line){root.appendChild(el('p',line));});
if(boxes.length)root.appendChild(el('p',model.text.nothingWritten,'meta'));
var status=el('p','');status.id='status';status.setAttribute('role','status');status.setAttribute('aria-live','polite');
var actions=el('div',undefined,'actions');
var close=el('button',boxes.length?model.text.cancel:model.text.close);close.type='button';
close.onclick=function(){google.script.host.close();};
if(boxes.length){
  var accept=el('button',model.text.accept,'primary');accept.type='button';
  accept.onclick=function(){
    var rows=boxes.filter(function(b){return b.box.checked;}).map(function(b){return b.row;});
    if(!rows.length){status.textContent=model.text.noneSelected;return;}
    accept.disabled=true;boxes.forEach(function(b){b.box.disabled=true;});status.textContent=model.text.adding;
    google.script.run.withSuccessHandler(function(result){
      status.textContent=result.message;
      if(result.ok){accept.remove();close.textContent=model.text.close;}
      else{accept.disabled=false;boxes.forEach(function(b){b.box.disabled=false;});}
      close.focus();
    }).withFailureHandler(function(error){
      status.textContent=model.text.failed.replace('{message}',error&&error.message?error.message:String(error));
      accept.disabled=false;boxes.forEach(function(b){b.box.disabled=false;});
    }).suggestAcceptCriteria({rows:rows});
  };
  actions.appendChild(accept);
}
actions.appendChild(close);
root.appendChild(actions);root.appendChild(status);
var first=boxes.length?boxes[0].box:close;first.focus();
})();
`;

/** The dialog page: static markup, the model as inert JSON, and the script that renders it. */
export function dialogHtml(model: DialogModel): string {
  return `<!DOCTYPE html><html lang="${model.language}"><head><meta charset="utf-8"><base target="_top"><style>${STYLE}</style></head>` +
    `<body><main id="root"></main><script type="application/json" id="model">${scriptJson(model)}</script><script>${SCRIPT}</script></body></html>`;
}
