// <study-link>: adds to the header's Study link how many cards are due today, counted from the
// FSRS cards in the study state (due.ts, without the scheduler or the question index), and keeps
// it right: after a grade here or in another tab, and when the page is shown again later.
import { countDue } from '../../lib/study/due';
import type { StudyState } from '../../lib/study/state';
import { loadState, watch } from './store';

class StudyLink extends HTMLElement {
  connectedCallback() {
    const a = this.querySelector('a')!;
    const show = (s: StudyState) => {
      const n = countDue(s.cards, Date.now());
      a.querySelector('.due-count')?.remove();
      if (n) a.insertAdjacentHTML('beforeend', `<span class="due-count">${n}<span class="visually-hidden"> due today</span></span>`);
    };
    watch(show);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void loadState().then(show));
  }
}
customElements.define('study-link', StudyLink);
