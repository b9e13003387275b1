// <random-question>: opens a random question, from anywhere or within data-topic. Fetches the
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
        const { loadIndex } = await import('./index-client');
        const pool = (await loadIndex()).questions.filter((q) => (!topic || q.topic === topic) && !here.endsWith(`/questions/${q.id}/`));
        const pick = pool[Math.floor(Math.random() * pool.length)];
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
