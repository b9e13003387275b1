// <study-progress>: "N / M learned" for the page (data-topic / data-source scope, M from the
// build) and per topic rows; with data-marks, marks learned and saved questions in the page's
// lists. Counts are of concepts: a concept counts as learned when any of its questions is, which
// needs the study index (fetched once a question is learned, not before). <study-continue>: a
// link to the last question page visited.
import { countLearned, progressText, type CountScope } from '../../lib/study/count';
import { repairTopics, type StudyState } from '../../lib/study/state';
import { urls } from '../../lib/urls';
import { mark } from './marks';
import { setState, watch } from './store';

type Counter = (scope: CountScope) => number;

let indexed: Promise<{ counter: (s: StudyState) => Counter } | undefined> | undefined;

/**
 * Counts per concept of a state. Learned entries without a topic (an older format, or an older
 * export imported) get it from the index too, once per page. Without the index (offline), each
 * learned question counts, in the topic stored with it.
 */
async function counter(s: StudyState): Promise<Counter> {
  if (!Object.keys(s.learned).length) return () => 0;
  indexed ??= Promise.all([import('./index-client'), import('../../lib/study/concepts')])
    .then(async ([{ loadIndex }, { countLearnedConcepts }]) => {
      const ix = await loadIndex();
      const topicOf = new Map(ix.questions.map((q) => [q.id, q.topic]));
      if (Object.values(s.learned).some((e) => !e.topic)) await setState((t) => repairTopics(t, (id) => topicOf.get(id)));
      return { counter: (t: StudyState): Counter => (scope) => countLearnedConcepts(t.learned, ix.questions, scope) };
    })
    .catch(() => undefined);
  const ix = await indexed;
  return ix ? ix.counter(s) : (scope) => countLearned(s, scope);
}

function setCount(el: HTMLElement, count: Counter, scope: CountScope) {
  const out = el.querySelector('[data-count]');
  if (out) out.textContent = progressText(count(scope), Number(el.dataset.total));
}

class StudyProgress extends HTMLElement {
  connectedCallback() {
    const { topic, source } = this.dataset;
    if (this.hasAttribute('data-marks')) watch((s) => mark(s));
    watch(
      (s) =>
        void counter(s).then((count) => {
          setCount(this, count, { topic, source });
          for (const row of this.querySelectorAll<HTMLElement>('[data-row]')) setCount(row, count, { topic: row.dataset.topic, source });
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
