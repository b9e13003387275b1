// <study-hub>: the study hub from this browser's progress and the question index (hub.ts,
// history.ts): the tally, the one-tap sessions (links to /practice/ that start at once), the
// same per topic and per source, when the next card is due, and the review calendar with its
// summary in words and the streak. Redrawn when the progress changes here or in another tab.
import { dueFrom } from '../../lib/study/due';
import { span } from '../../lib/study/due-text';
import { calendar, historyText, reviewsPerDay, streak } from '../../lib/study/history';
import { hubCounts, learnStart, reviewStart, savedStart, type Group, type Hub, type Start } from '../../lib/study/hub';
import type { StudyState } from '../../lib/study/state';
import type { StudyIndex } from '../../lib/study/study-index';
import { urls } from '../../lib/urls';
import { renderCalendar } from './hub-calendar';
import { loadIndex } from './index-client';
import { watch } from './store';

const WEEKS = 26;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

/** A link that starts a practice session; `within` names its group for screen readers ("Review 2 due in NLP"). */
const startLink = (s: Start, className: string, within?: string) =>
  el('a', { href: urls.practice() + s.query, className }, s.label, ...(within ? [el('span', { className: 'visually-hidden' }, ` in ${within}`)] : []));

class StudyHub extends HTMLElement {
  $<T extends HTMLElement = HTMLElement>(sel: string) {
    return this.querySelector<T>(sel)!;
  }

  async connectedCallback() {
    this.hidden = false;
    let index: StudyIndex;
    try {
      index = await loadIndex();
    } catch {
      this.$('.hub-status').textContent = 'The list of questions could not be loaded. Reload the page to try again.';
      return;
    }
    watch((s) => this.render(index, s));
  }

  render(ix: StudyIndex, s: StudyState) {
    const now = Date.now();
    const hub = hubCounts(ix, s, now);
    for (const [k, v] of Object.entries({ due: hub.all.due, new: hub.all.new, learned: hub.all.learned, saved: hub.all.saved })) this.$(`[data-tally=${k}]`).textContent = String(v);
    this.$('.hub-tally').hidden = false;
    const starts = [reviewStart(hub.all.due), learnStart(hub.learnIn), savedStart(hub.all.saved)].filter((x): x is Start => !!x);
    this.$('.hub-start').replaceChildren(...starts.map((x, i) => startLink(x, i ? 'button-link secondary' : 'button-link')));
    this.$('.hub-next').textContent = this.nextText(ix, s, hub, now);
    this.$('[data-groups=topics]').replaceChildren(...hub.topics.map((g) => this.groupItem(g, urls.topic(g.id))));
    this.$('[data-groups=sources]').replaceChildren(...hub.sources.map((g) => this.groupItem(g, urls.source(g.id))));
    const perDay = reviewsPerDay(s.log);
    const cal = calendar(perDay, now, WEEKS);
    const st = streak(perDay, now);
    this.$('.hub-streak').textContent = st.current
      ? `Streak: ${st.current} ${st.current === 1 ? 'day' : 'days'}${st.reviewedToday ? '' : ' (review today to keep it)'}`
      : 'No streak yet: review a card today to start one.';
    renderCalendar(this.$('.calendar-grid'), this.$('.calendar-months'), cal);
    this.$('.calendar-text').textContent = historyText(cal, st);
    this.$('.hub-status').hidden = true;
  }

  /** What to do when there is no review to start: when the next card comes due, or that all is done. */
  nextText(ix: StudyIndex, s: StudyState, hub: Hub, now: number): string {
    if (hub.all.due) return '';
    const next = Math.min(...ix.questions.map((q) => (s.cards[q.id] ? dueFrom(s.cards[q.id]!) : Infinity)));
    if (next === Infinity) return 'Nothing to review yet: cards you learn come back here when they are due.';
    return `Nothing is due now. The next review is due in ${span(next - now)}.`;
  }

  groupItem(g: Group, href: string): HTMLLIElement {
    const counts = [g.due && `${g.due} due`, g.new && `${g.new} new`, `${g.learned} / ${g.total} learned`].filter(Boolean).join(' · ');
    const links = [reviewStart(g.due, g), learnStart(g, false)].filter((x): x is Start => !!x).map((x) => startLink(x, 'hub-group-start', g.name));
    return el('li', {}, el('span', { className: 'hub-group-name' }, el('a', { href }, g.name), ' ', el('span', { className: 'muted' }, counts)), el('span', { className: 'hub-group-starts' }, ...links));
  }
}
customElements.define('study-hub', StudyHub);
