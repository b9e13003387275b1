// <random-question>: opens a random question, from anywhere or within data-topic, preferring
// questions not learned yet in this browser (any question once all are learned). Fetches the
// study index (and the code that reads it) only when pressed.
import { urls } from '../../lib/urls';

class RandomQuestion extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    button.onclick = async () => {
      button.disabled = true;
      try {
        const topic = this.dataset.topic;
        const here = decodeURIComponent(location.pathname);
        const [{ loadIndex }, { loadState }] = await Promise.all([import('./index-client'), import('./store')]);
        const [index, state] = await Promise.all([loadIndex(), loadState()]);
        const pool = index.questions.filter((q) => (!topic || q.topic === topic) && !here.endsWith(`/questions/${q.id}/`));
        const fresh = pool.filter((q) => !(q.id in state.learned));
        const from = fresh.length ? fresh : pool;
        const pick = from[Math.floor(Math.random() * from.length)];
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
