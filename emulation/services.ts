// Ui, HtmlService, PropertiesService and LockService as Apps Script behaves, recording what was shown.

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
type ButtonName = keyof typeof Button;

export interface MenuRecord {
  caption: string;
  items: Array<{ caption: string; functionName: string } | null>;
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
  setSandboxMode() { return this; }
  setXFrameOptionsMode() { return this; }
  addMetaTag() { return this; }
}

export class UiRecorder {
  menus: MenuRecord[] = [];
  alerts: AlertRecord[] = [];
  sidebars: HtmlOutput[] = [];
  dialogs: Array<{ output: HtmlOutput; title: string; modal: boolean }> = [];
  /** Scripted answers for alerts and prompts, first in first out. */
  responses: Array<string | { button: string; text: string }> = [];
  /** When set, a question (YES/NO, OK/CANCEL) with no scripted answer throws NeedsAnswer instead of answering YES/OK. */
  askUser = false;
  /** The question that stopped the code, when askUser is on (menu actions catch errors, so it is kept here). */
  pendingQuestion: AlertRecord | null = null;
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
  addSubMenu(menu: Menu) { this.record.items.push(...menu.record.items); return this; }
  addToUi() { this.recorder.menus.push(this.record); }
}

function defaultAnswer(buttons: string): ButtonName {
  return buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL ? 'YES' : 'OK';
}

export function createUi(recorder: UiRecorder) {
  const next = (buttons: string) => {
    const response = recorder.responses.shift();
    if (response === undefined && recorder.askUser && buttons !== ButtonSet.OK) {
      recorder.pendingQuestion = recorder.alerts[recorder.alerts.length - 1];
      throw new NeedsAnswer(recorder.pendingQuestion);
    }
    if (response === undefined) return { button: defaultAnswer(buttons), text: '' };
    return typeof response === 'string' ? { button: response, text: '' } : response;
  };
  return {
    Button,
    ButtonSet,
    createMenu: (caption: string) => new Menu(recorder, caption),
    createAddonMenu: () => new Menu(recorder, 'ICP Toolkit'),
    alert(...args: string[]) {
      const [title, message, buttons] = args.length >= 3 ? args : args.length === 2 && args[1] in ButtonSet ? ['', args[0], args[1]] : ['', args[0] ?? '', ButtonSet.OK];
      recorder.alerts.push({ title, message, buttons });
      return next(buttons).button;
    },
    prompt(...args: string[]) {
      const [title, message, buttons] = args.length >= 3 ? args : args.length === 2 && args[1] in ButtonSet ? ['', args[0], args[1]] : ['', args[0] ?? '', ButtonSet.OK];
      recorder.alerts.push({ title, message, buttons });
      const answer = next(buttons);
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
      const content = files[name] ?? files[name.replace(/\.html$/, '')];
      if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
      return new HtmlOutput(content);
    },
  };
}

export class Properties {
  constructor(private readonly store: Map<string, string>, private readonly guard: () => void = () => undefined) {}
  getProperty(key: string) { this.guard(); return this.store.get(key) ?? null; }
  setProperty(key: string, value: unknown) { this.guard(); this.store.set(key, String(value)); return this; }
  setProperties(values: Record<string, unknown>, deleteAllOthers = false) {
    this.guard();
    if (deleteAllOthers) this.store.clear();
    for (const [key, value] of Object.entries(values)) this.store.set(key, String(value));
    return this;
  }
  getProperties() { this.guard(); return Object.fromEntries(this.store); }
  getKeys() { this.guard(); return [...this.store.keys()]; }
  deleteProperty(key: string) { this.guard(); this.store.delete(key); return this; }
  deleteAllProperties() { this.guard(); this.store.clear(); return this; }
}

export const LOCK_TIMEOUT_MESSAGE = 'Exception: Lock timeout: another process was holding the lock for too long.';

/** One execution's view of a lock; `heldElsewhere` stands for another execution holding it. */
export class Lock {
  private held = false;
  constructor(private readonly heldElsewhere: () => boolean, readonly waits: number[]) {}
  tryLock(timeoutInMillis: number) {
    this.waits.push(timeoutInMillis);
    if (this.heldElsewhere()) return false;
    this.held = true;
    return true;
  }
  waitLock(timeoutInMillis: number) {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
  releaseLock() { this.held = false; }
  hasLock() { return this.held; }
}
