// <study-progress>: "N / M learned" for the page (data-topic / data-source scope, M from the
// build) and per topic rows; with data-marks, marks learned and saved questions in the page's
// lists. <study-continue>: a link to the last question page visited.
import { countLearned, progressText } from '../../lib/study/count';
import { repairTopics, type StudyState } from '../../lib/study/state';
import { urls } from '../../lib/urls';
import { mark } from './marks';
import { loadState, setState, watch } from './store';

function setCount(el: HTMLElement, s: StudyState, topic: string | undefined, source: string | undefined) {
  const out = el.querySelector('[data-count]');
  if (out) out.textContent = progressText(countLearned(s, { topic, source }), Number(el.dataset.total));
}

let repairing: Promise<unknown> | undefined;

/**
 * Counts per topic read the topic stored with each learned entry; an entry without one (an
 * older format, or an older export imported) gets it from the study index first, once per page.
 * Resolves to the current state.
 */
async function withTopics(s: StudyState): Promise<StudyState> {
  if (!Object.values(s.learned).some((e) => !e.topic)) return s;
  repairing ??= import('./index-client')
    .then(({ loadIndex }) => loadIndex())
    .then((ix) => {
      const topicOf = new Map(ix.questions.map((q) => [q.id, q.topic]));
      return setState((t) => repairTopics(t, (id) => topicOf.get(id)));
    })
    .catch(() => {});
  await repairing;
  return loadState();
}

class StudyProgress extends HTMLElement {
  connectedCallback() {
    const { topic, source } = this.dataset;
    if (this.hasAttribute('data-marks')) watch((s) => mark(s));
    watch(
      (s) =>
        void withTopics(s).then((t) => {
          setCount(this, t, topic, source);
          for (const row of this.querySelectorAll<HTMLElement>('[data-row]')) setCount(row, t, row.dataset.topic, source);
          this.hidden = false;
        }),
    );
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
