// The answer of a question for a practice card: the `.answer` element of its built page (our
// own build output, same origin), fetched once per question.
import { urls } from '../../lib/urls';

const answers = new Map<string, Promise<Node[]>>();

export function fetchAnswer(id: string): Promise<Node[]> {
  let p = answers.get(id);
  if (!p) {
    p = fetch(urls.question(id)).then(async (r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const doc = new DOMParser().parseFromString(await r.text(), 'text/html');
      const el = doc.querySelector('.answer');
      if (!el) throw new Error('no answer on the page');
      return [...el.childNodes].map((n) => document.importNode(n, true));
    });
    p.catch(() => answers.delete(id));
    answers.set(id, p);
  }
  return p;
}
