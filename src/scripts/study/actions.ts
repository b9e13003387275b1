// <study-actions>: "Mark as learned" and "Save for later" on a question page (toggle buttons),
// with a link to the saved list while this question is in it ("Saved questions (3)"), and
// remembers the page for "continue where you left off". Also marks the learned and saved
// questions listed under "Also asked as".
import { recordVisit, setLearned, setSaved } from '../../lib/study/state';
import { mark } from './marks';
import { setState, watch } from './store';

class StudyActions extends HTMLElement {
  connectedCallback() {
    const { id, topic, title } = this.dataset as { id: string; topic: string; title: string };
    const button = (name: string) => this.querySelector<HTMLButtonElement>(`[data-action=${name}]`)!;
    const learned = button('learned');
    const saved = button('saved');
    const pressed = (b: HTMLButtonElement) => b.getAttribute('aria-pressed') === 'true';
    const list = this.querySelector<HTMLAnchorElement>('.saved-link')!;
    learned.onclick = () => void setState((s) => setLearned(s, id, topic, !pressed(learned)));
    saved.onclick = () => void setState((s) => setSaved(s, id, !pressed(saved)));
    watch((s) => {
      learned.setAttribute('aria-pressed', String(id in s.learned));
      saved.setAttribute('aria-pressed', String(id in s.saved));
      list.hidden = !(id in s.saved);
      list.textContent = `Saved questions (${Object.keys(s.saved).length})`;
      mark(s);
      // Fill in the topic of a question marked before its topic was known (an older format).
      if (s.learned[id] && s.learned[id].topic !== topic) void setState((t) => setLearned(t, id, topic, true, t.learned[id]!.at));
    });
    void setState((s) => recordVisit(s, id, title));
    this.hidden = false;
  }
}
customElements.define('study-actions', StudyActions);
