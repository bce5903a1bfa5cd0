// The guide's ICP review screen: the review's status and settings, what changed since the last review,
// Mark as reviewed, and the criteria versions (compare with the current criteria, restore after a
// confirmation). Sheet text goes in through textContent only.
import type { Language } from '../../src/core/i18n/define';
import type { ReviewData } from '../../src/server';
import { type Jsonify, call } from '../bridge';
import { el } from '../dom';
import { text, type UiKey } from './i18n';

export type Review = Jsonify<ReviewData>;

export interface ReviewHost {
  language: Language;
  button(label: string, onClick: () => void, id: string): HTMLButtonElement;
  status(message: string, kind?: 'info' | 'error'): void;
  /** Loads the review data again and redraws the screen, focusing `focusId`. */
  reload(focusId?: string): Promise<void>;
}

/** `brief`: only whether a review is due (the first screen), without the suggestions that read Accounts. */
export async function loadReview(brief = false): Promise<Review | null> {
  try {
    return await (brief ? call('reviewLoad', { brief }) : call('reviewLoad'));
  } catch {
    return null; // the guide works without it
  }
}

/** The first screen's notice when a review is due, with a way into the review. */
export function dueNotice(review: Review | null, host: ReviewHost, open: () => void): HTMLElement | null {
  if (!review?.due) return null;
  const tr = (key: UiKey) => text(host.language, key);
  return el('div', { id: 'review-due', class: 'notice', role: 'note' }, el('p', { text: review.status }), host.button(tr('startReview'), open, 'start-review'));
}

export function renderIcpReview(review: Review | null, host: ReviewHost): HTMLElement {
  const tr = (key: UiKey, params?: Record<string, string | number>) => text(host.language, key, params);
  const section = el('section', { 'aria-labelledby': 'icp-review-title' }, el('h2', { id: 'icp-review-title', text: tr('icpReview') }));
  if (!review) return section;
  const none = (version: string) => version || '–';
  if (review.status) section.append(el('p', { id: 'review-status', text: review.status }));
  section.append(
    el('p', { text: review.lastReviewed ? tr('lastReviewed', { date: review.lastReviewed, version: none(review.reviewedVersion) }) : tr('neverReviewed') }),
    el('p', { class: 'muted', text: tr('currentVersion', { version: none(review.currentVersion) }) }),
  );

  const every = el('select', { id: 'review-every' }, ...review.periods.map((p) => el('option', { value: String(p.months), text: p.label })));
  every.value = String(review.months);
  const owner = el('input', { id: 'review-owner', type: 'text', maxlength: '200' });
  owner.value = review.owner;
  section.append(
    el('div', { class: 'cell' }, el('label', { for: 'review-every', text: tr('reviewEvery') }), every),
    el('div', { class: 'cell' }, el('label', { for: 'review-owner', text: tr('owner') }), owner),
    host.button(tr('saveReview'), () => void act(host, () => call('reviewSave', { months: Number(every.value), owner: owner.value }), 'save-review'), 'save-review'),
  );

  section.append(el('h2', { text: tr('sinceReview') }));
  const list = (title: UiKey, items: string[], id: string) => {
    section.append(el('h3', { text: tr(title) }));
    section.append(items.length ? el('ul', { id }, ...items.map((item) => el('li', { text: item }))) : el('p', { id, class: 'muted', text: tr('nothing') }));
  };
  const tier = (t: string) => (t === 'new' ? tr('moveNew') : t === 'gone' ? tr('moveGone') : t || '–');
  list('healthChanged', review.healthChanges, 'health-changes');
  const movers = review.movers;
  list(movers?.since === 'review' ? 'moversSinceReview' : 'movers', movers && movers.count ? [movers.transitions, ...movers.first.map((m) => `${m.account}: ${tier(m.from)} → ${tier(m.to)} (${m.why})`)] : [], 'review-movers');
  list('criteriaChanged', review.criteriaChanges, 'criteria-changes');
  list('suggestions', review.suggestions, 'review-suggestions');
  section.append(el('h3', { text: tr('answersToCheck') }));
  if (review.answers.length) {
    const answers = el('dl', { id: 'answers-to-check' });
    for (const a of review.answers) answers.append(el('dt', { text: a.question }), el('dd', { text: a.answer }));
    section.append(answers);
  } else {
    section.append(el('p', { id: 'answers-to-check', class: 'muted', text: tr('nothing') }));
  }
  section.append(host.button(tr('markReviewed'), () => void act(host, () => call('reviewMark'), 'mark-reviewed'), 'mark-reviewed'));

  section.append(el('h2', { text: tr('versions') }));
  review.versions.forEach((v, index) => section.append(versionCard(v, index, review, host)));
  return section;
}

function versionCard(v: Review['versions'][number], index: number, review: Review, host: ReviewHost): HTMLElement {
  const tr = (key: UiKey, params?: Record<string, string | number>) => text(host.language, key, params);
  const current = v.version === review.currentVersion;
  const card = el('fieldset', { class: 'version', id: `version-${index}` },
    el('legend', { text: current ? `${v.version} ${tr('current')}` : v.version }),
    el('p', { class: 'muted', text: tr('firstSeen', { date: v.firstSeen }) + (v.reviewed.length ? ` · ${tr('reviewedOn', { dates: v.reviewed.join(', ') })}` : '') }),
    el('p', { class: 'rows', text: v.text }));
  const result = el('div', { id: `diff-${index}`, 'aria-live': 'polite' });
  if (review.versions.length > 1 || !current) {
    // Compared with the current criteria by default, or with any other version (e.g. the next review's).
    const others = review.versions.filter((o) => o.version !== v.version && o.version !== review.currentVersion);
    const against = el('select', { id: `compare-with-${index}` }, el('option', { value: '', text: tr('current') }),
      ...others.map((o) => el('option', { value: o.version, text: o.version })));
    card.append(el('label', { for: `compare-with-${index}`, text: tr('compareWith') }), against, host.button(tr('compare'), async () => {
      const changes = await call('versionsCompare', against.value ? { version: v.version, to: against.value } : { version: v.version });
      result.replaceChildren(changes.length ? el('ul', {}, ...changes.map((c) => el('li', { text: c }))) : el('p', { text: tr('noDifference') }));
    }, `compare-${index}`));
  }
  if (v.restorable) {
    const restore = host.button(tr('restore'), () => {
      const confirm = host.button(tr('confirm'), () => void act(host, () => call('versionsRestore', { version: v.version }), 'icp-review-title'), `confirm-restore-${index}`);
      const cancel = host.button(tr('cancel'), () => {
        result.replaceChildren();
        restore.focus();
      }, `cancel-restore-${index}`);
      result.replaceChildren(el('p', { role: 'alert', text: tr('confirmRestore', { version: v.version }) }), confirm, cancel);
      confirm.focus();
    }, `restore-${index}`);
    card.append(restore);
  }
  card.append(result);
  return card;
}

/** Runs a server action, reloads the review and says how it went. */
async function act(host: ReviewHost, action: () => Promise<{ ok: boolean; message: string }>, focusId: string): Promise<void> {
  try {
    const result = await action();
    await host.reload(focusId);
    host.status(result.message, result.ok ? 'info' : 'error');
  } catch (error) {
    host.status((error as Error).message, 'error');
  }
}
