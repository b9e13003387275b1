// <study-progress>: "N / M learned" for the page (data-topic / data-source scope, M from the
// build) and per topic rows; with data-marks, marks learned and saved questions in the page's
// lists. <study-continue>: a link to the last question page visited.
import { countLearned, progressText } from '../../lib/study/count';
import type { StudyState } from '../../lib/study/state';
import { urls } from '../../lib/urls';
import { watch } from './store';

function setCount(el: HTMLElement, s: StudyState, topic: string | undefined, source: string | undefined) {
  const out = el.querySelector('[data-count]');
  if (out) out.textContent = progressText(countLearned(s, { topic, source }), Number(el.dataset.total));
}

const MARKS = [
  ['learned', '✓', 'learned'],
  ['saved', '★', 'saved for later'],
] as const;

function mark(s: StudyState) {
  for (const li of document.querySelectorAll<HTMLElement>('[data-question]')) {
    const id = li.dataset.question!;
    for (const [kind, symbol, text] of MARKS) {
      const on = id in s[kind];
      let m = li.querySelector(`.study-mark-${kind}`);
      if (on && !m) {
        m = document.createElement('span');
        m.className = `study-mark study-mark-${kind}`;
        m.innerHTML = `<span aria-hidden="true">${symbol}</span><span class="visually-hidden">(${text})</span>`;
        li.querySelector('a')!.after(m);
      } else if (!on && m) m.remove();
    }
  }
}

class StudyProgress extends HTMLElement {
  connectedCallback() {
    const { topic, source } = this.dataset;
    watch((s) => {
      setCount(this, s, topic, source);
      for (const row of this.querySelectorAll<HTMLElement>('[data-row]')) setCount(row, s, row.dataset.topic, source);
      if (this.hasAttribute('data-marks')) mark(s);
    });
    this.hidden = false;
  }
}
customElements.define('study-progress', StudyProgress);

class StudyContinue extends HTMLElement {
  connectedCallback() {
    watch((s) => {
      const a = this.querySelector('a')!;
      if (s.last) {
        a.href = urls.question(s.last.id);
        a.textContent = s.last.title;
      }
      this.hidden = !s.last;
    });
  }
}
customElements.define('study-continue', StudyContinue);
