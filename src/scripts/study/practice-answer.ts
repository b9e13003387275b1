// The answer of a question for a practice card, from its built page (our own build output, same
// origin), fetched once per question: its answer block ([data-answer] in the article), and the
// other answers to the same question that the page holds (collapsed, as on the page), shown
// after the reveal.
import { urls } from '../../lib/urls';

export interface PageAnswers {
  answer: Node[];
  /** The page's other answers: one <details> each. */
  others: Node[];
}

const pages = new Map<string, Promise<PageAnswers>>();

export function fetchAnswer(id: string): Promise<PageAnswers> {
  let p = pages.get(id);
  if (!p) {
    p = fetch(urls.question(id)).then(async (r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const doc = new DOMParser().parseFromString(await r.text(), 'text/html');
      const el = doc.querySelector('article .answer[data-answer]');
      if (!el) throw new Error('no answer on the page');
      const imported = (nodes: Iterable<Node>) => [...nodes].map((n) => document.importNode(n, true));
      return { answer: imported(el.childNodes), others: imported(doc.querySelectorAll('[data-other-answers] details')) };
    });
    p.catch(() => pages.delete(id));
    pages.set(id, p);
  }
  return p;
}

/** Puts a card's answer and other answers on screen (nothing: empties and hides both). */
export function showAnswers(box: HTMLElement, others: HTMLElement, page: PageAnswers | undefined | 'failed') {
  box.hidden = !page;
  others.hidden = !page || page === 'failed' || !page.others.length;
  if (page === 'failed') box.textContent = 'The answer could not be loaded here; open the question page to read it.';
  else box.replaceChildren(...(page?.answer ?? []));
  others.querySelector('[data-list]')!.replaceChildren(...(page && page !== 'failed' ? page.others : []));
}
