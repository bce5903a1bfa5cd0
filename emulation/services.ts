// Ui, HtmlService, PropertiesService and LockService as Apps Script behaves, recording what was shown.

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
type ButtonName = keyof typeof Button;

export interface MenuRecord {
  caption: string;
  /** Items in order; `null` is a separator; a submenu is an item with `subMenu` and no function. */
  items: Array<{ caption: string; functionName: string; subMenu?: MenuRecord } | null>;
}
export interface AlertRecord {
  title: string;
  message: string;
  buttons: string;
}

export class HtmlOutput {
  title = '';
  width = 300;
  height = 500;
  constructor(public content: string) {}
  setTitle(title: string) { this.title = title; return this; }
  getTitle() { return this.title; }
  setWidth(width: number) { this.width = width; return this; }
  setHeight(height: number) { this.height = height; return this; }
  getContent() { return this.content; }
  append(html: string) { this.content += html; return this; }
  setContent(html: string) { this.content = html; return this; }
  /** Recorded only: the preview always sandboxes in an iframe. */
  sandboxMode: unknown = 'IFRAME';
  xFrameOptionsMode: unknown = 'DEFAULT';
  setSandboxMode(mode: unknown) { this.sandboxMode = mode; return this; }
  setXFrameOptionsMode(mode: unknown) { this.xFrameOptionsMode = mode; return this; }
  addMetaTag() { return this; }
}

export class UiRecorder {
  menus: MenuRecord[] = [];
  alerts: AlertRecord[] = [];
  sidebars: HtmlOutput[] = [];
  dialogs: Array<{ output: HtmlOutput; title: string; modal: boolean }> = [];
  /** Spreadsheet.toast calls (shared with the workbook's list). */
  toasts: Array<{ message: string; title: string }> = [];
  /** Scripted answers for alerts and prompts, first in first out. */
  responses: Array<string | { button: string; text: string }> = [];
  /** When set, a question (YES/NO, OK/CANCEL) with no scripted answer throws NeedsAnswer instead of answering YES/OK. */
  askUser = false;
  /** The question that stopped the code, when askUser is on (menu actions catch errors, so it is kept here). */
  pendingQuestion: AlertRecord | null = null;
  /** Locks this execution holds now; an alert waits for the user, so one shown meanwhile blocks everyone. */
  locksHeld = 0;
  /** Alerts and prompts shown while this execution held a lock. */
  alertsUnderLock: AlertRecord[] = [];
}

/** Thrown when code asks the user a question the emulation cannot answer itself (the preview asks the page). */
export class NeedsAnswer extends Error {
  constructor(readonly alert: AlertRecord) {
    super(`The add-on asks: ${alert.message}`);
  }
}

class Menu {
  private record: MenuRecord;
  constructor(private readonly recorder: UiRecorder, caption: string) {
    this.record = { caption, items: [] };
  }
  addItem(caption: string, functionName: string) { this.record.items.push({ caption, functionName }); return this; }
  addSeparator() { this.record.items.push(null); return this; }
  addSubMenu(menu: Menu) { this.record.items.push({ caption: menu.record.caption, functionName: '', subMenu: menu.record }); return this; }
  addToUi() { this.recorder.menus.push(this.record); }
}

const BUTTON_NAMES = new Set<string>(Object.keys(Button));

function defaultAnswer(buttons: string): ButtonName {
  return buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL ? 'YES' : 'OK';
}

export function createUi(recorder: UiRecorder) {
  const next = (buttons: string, prompt = false) => {
    const response = recorder.responses.shift();
    if (response === undefined && recorder.askUser && buttons !== ButtonSet.OK) {
      recorder.pendingQuestion = recorder.alerts[recorder.alerts.length - 1];
      throw new NeedsAnswer(recorder.pendingQuestion);
    }
    if (response === undefined) return { button: defaultAnswer(buttons), text: '' };
    // For a prompt, a scripted string that is not a button name is the text typed, answered with OK.
    if (typeof response === 'string') return prompt && !BUTTON_NAMES.has(response) ? { button: defaultAnswer(buttons), text: response } : { button: response, text: '' };
    return response;
  };
  return {
    Button,
    ButtonSet,
    createMenu: (caption: string) => new Menu(recorder, caption),
    createAddonMenu: () => new Menu(recorder, 'ICP Toolkit'),
    alert(...args: string[]) {
      const [title, message, buttons] = args.length >= 3 ? args : args.length === 2 && args[1] in ButtonSet ? ['', args[0], args[1]] : ['', args[0] ?? '', ButtonSet.OK];
      recorder.alerts.push({ title, message, buttons });
      if (recorder.locksHeld > 0) recorder.alertsUnderLock.push({ title, message, buttons });
      return next(buttons).button;
    },
    prompt(...args: string[]) {
      const [title, message, buttons] = args.length >= 3 ? args : args.length === 2 && args[1] in ButtonSet ? ['', args[0], args[1]] : ['', args[0] ?? '', ButtonSet.OK];
      recorder.alerts.push({ title, message, buttons });
      if (recorder.locksHeld > 0) recorder.alertsUnderLock.push({ title, message, buttons });
      const answer = next(buttons, true);
      return { getResponseText: () => answer.text, getSelectedButton: () => answer.button };
    },
    showSidebar(output: HtmlOutput) { recorder.sidebars.push(output); },
    showModalDialog(output: HtmlOutput, title: string) { recorder.dialogs.push({ output, title, modal: true }); },
    showModelessDialog(output: HtmlOutput, title: string) { recorder.dialogs.push({ output, title, modal: false }); },
  };
}

export function createHtmlService(files: Record<string, string>) {
  return {
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    createHtmlOutput: (html = '') => new HtmlOutput(String(html)),
    createHtmlOutputFromFile(name: string) {
      return new HtmlOutput(fileNamed(files, name));
    },
    createTemplate: (html: string) => new HtmlTemplate(String(html)),
    createTemplateFromFile: (name: string) => new HtmlTemplate(fileNamed(files, name)),
  };
}

function fileNamed(files: Record<string, string>, name: string): string {
  const content = files[name] ?? files[name.replace(/\.html$/, '')];
  if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
  return content;
}

const escapeHtml = (value: unknown) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** HtmlService templates: `<?= x ?>` prints escaped, `<?!= x ?>` raw, `<? code ?>` runs; variables are the
 * properties set on the template object. */
export class HtmlTemplate {
  [variable: string]: unknown;
  constructor(private readonly source: string) {}
  getRawContent() { return this.source; }
  getCode() {
    let code = "let __out = '';\n";
    const parts = this.source.split(/(<\?!?=?[\s\S]*?\?>)/);
    for (const part of parts) {
      const match = /^<\?(!=|=)?([\s\S]*?)\?>$/.exec(part);
      if (!match) code += `__out += ${JSON.stringify(part)};\n`;
      else if (match[1] === '=') code += `__out += __escape(${match[2]});\n`;
      else if (match[1] === '!=') code += `__out += String(${match[2]});\n`;
      else code += `${match[2]}\n`;
    }
    return `${code}return __out;`;
  }
  evaluate() {
    const data = Object.fromEntries(Object.entries(this).filter(([key]) => key !== 'source'));
    // Sloppy-mode Function so `with` can expose the template's variables, as Apps Script does.
    const run = new Function('__data', '__escape', `with (__data) { ${this.getCode()} }`) as (d: object, e: typeof escapeHtml) => string;
    return new HtmlOutput(run(data, escapeHtml));
  }
}

// Apps Script quotas: 9 KB per value, 500 KB per property store.
const MAX_VALUE = 9 * 1024;
const MAX_STORE = 500 * 1024;

/** A property store; `guard(write, method)` throws when the execution mode forbids the call. */
export class Properties {
  constructor(private readonly store: Map<string, string>, private readonly guard: (write: boolean, method: string) => void = () => undefined) {}
  getProperty(key: string) { this.guard(false, 'getProperty'); return this.store.get(String(key)) ?? null; }
  setProperty(key: string, value: unknown) { return this.setProperties({ [key]: value }, false, 'setProperty'); }
  setProperties(values: Record<string, unknown>, deleteAllOthers = false, method = 'setProperties') {
    this.guard(true, method);
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [key, value] of Object.entries(values)) {
      // Values are always stored as strings, as Apps Script does.
      const text = String(value);
      if (text.length > MAX_VALUE) throw new Error('Exception: Argument too large: value');
      next.set(key, text);
    }
    if ([...next].reduce((n, [k, v]) => n + k.length + v.length, 0) > MAX_STORE) throw new Error('Exception: You have exceeded the property storage quota. Please remove some properties and try again.');
    this.store.clear();
    next.forEach((v, k) => this.store.set(k, v));
    return this;
  }
  getProperties() { this.guard(false, 'getProperties'); return Object.fromEntries(this.store); }
  getKeys() { this.guard(false, 'getKeys'); return [...this.store.keys()]; }
  deleteProperty(key: string) { this.guard(true, 'deleteProperty'); this.store.delete(key); return this; }
  deleteAllProperties() { this.guard(true, 'deleteAllProperties'); this.store.clear(); return this; }
}

export const LOCK_TIMEOUT_MESSAGE = 'Exception: Lock timeout: another process was holding the lock for too long.';

/** One execution's view of a lock; `heldElsewhere` stands for another execution holding it. */
export class Lock {
  private held = false;
  constructor(private readonly heldElsewhere: () => boolean, readonly waits: number[], private readonly changed: (delta: number) => void = () => undefined) {}
  /** No real waiting: another execution's lock never frees here, so the timeout is recorded and taken as passed. */
  tryLock(timeoutInMillis: number) {
    if (typeof timeoutInMillis !== 'number' || timeoutInMillis < 0) throw new Error("Exception: The parameters (" + typeof timeoutInMillis + ") don't match the method signature for LockService.Lock.tryLock.");
    this.waits.push(timeoutInMillis);
    if (this.held) return true;
    if (this.heldElsewhere()) return false;
    this.held = true;
    this.changed(1);
    return true;
  }
  waitLock(timeoutInMillis: number) {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
  releaseLock() {
    if (this.held) this.changed(-1);
    this.held = false;
  }
  hasLock() { return this.held; }
}
