// <study-link>: adds to the header's Study link how many cards are due today (due-cards.ts, loaded
// once this browser has any card), and keeps it right: after a grade here or in another tab, and
// when the page is shown again later.
import type { StudyState } from '../../lib/study/state';
import { loadState, watch } from './store';

class StudyLink extends HTMLElement {
  connectedCallback() {
    const a = this.querySelector('a')!;
    let carded = false;
    const show = (s: StudyState) => {
      // Once shown, a count is kept right even if every card is then removed (an import, a reset).
      carded ||= Object.keys(s.cards).length > 0;
      if (carded) void import('./due-cards').then((m) => m.showDue(a, s));
    };
    watch(show);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void loadState().then(show));
  }
}
customElements.define('study-link', StudyLink);
