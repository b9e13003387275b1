// <random-question>: opens a random question, from anywhere or within data-topic: a random
// concept (never the one of the page it is on), preferring concepts not learned yet in this
// browser (any once all are learned), then a random question of it (src/lib/study/concepts.ts).
// Fetches the study index (and the code that reads it) only when pressed.
import { urls } from '../../lib/urls';

class RandomQuestion extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    button.onclick = async () => {
      button.disabled = true;
      try {
        const topic = this.dataset.topic;
        const here = decodeURIComponent(location.pathname);
        const [{ loadIndex }, { loadState }, { randomPick }] = await Promise.all([import('./index-client'), import('./store'), import('../../lib/study/concepts')]);
        const [index, state] = await Promise.all([loadIndex(), loadState()]);
        const onPage = index.questions.find((q) => here.endsWith(`/questions/${q.id}/`));
        const pick = randomPick(index.questions, { topic, here: onPage?.id, learned: state.learned });
        if (pick) location.assign(urls.question(pick.id));
      } catch {
        button.title = 'Could not load the question list';
      } finally {
        button.disabled = false;
      }
    };
    this.hidden = false;
  }
}
customElements.define('random-question', RandomQuestion);
