// <saved-sheet>: the saved questions as a study sheet, grouped as a topic's sheet is: topic by
// topic (the site's topic order), concept by concept, with a table of contents. Each answer is
// taken from its question's own page (fetched, parsed, never run), so it reads exactly as there:
// MathML formulas, highlighted code.
import { savedIds } from '../../lib/study/count';
import type { IndexQuestion } from '../../lib/study/study-index';
import { difficultyLabels } from '../../lib/difficulty';
import { urls } from '../../lib/urls';
import { loadIndex } from '../study/index-client';
import { loadState } from '../study/store';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

/** The answer block of a question's page, without ids (many answers share this page). */
async function answerOf(id: string): Promise<Element> {
  const r = await fetch(urls.question(id));
  if (!r.ok) throw new Error(`${id}: HTTP ${r.status}`);
  const doc = new DOMParser().parseFromString(await r.text(), 'text/html');
  const answer = doc.querySelector('article.question [data-answer]');
  if (!answer) throw new Error(`${id}: no answer on its page`);
  for (const e of answer.querySelectorAll('[id]')) e.removeAttribute('id');
  for (const e of answer.querySelectorAll('a.heading-anchor')) e.remove();
  return document.importNode(answer, true);
}

/** `items` mapped by `fn`, at most `limit` at a time, in order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

class SavedSheet extends HTMLElement {
  async connectedCallback() {
    this.hidden = false;
    const status = this.querySelector<HTMLElement>('.sheet-status')!;
    try {
      const [index, state] = await Promise.all([loadIndex(), loadState()]);
      const byId = new Map(index.questions.map((q) => [q.id, q]));
      const saved = new Set(savedIds(state));
      // Site order: topics as the site lists them, questions in reading order, a concept's together.
      const order = index.questions.filter((q) => saved.has(q.id));
      if (order.length === 0) {
        status.textContent = 'Nothing saved yet. Use “Save for later” on a question page to collect questions here.';
        return;
      }
      const answers = await mapLimited(order, 4, (q) => answerOf(q.id));
      const answerById = new Map(order.map((q, i) => [q.id, answers[i]!]));
      this.render(index.topics, index.sources, order, byId, answerById);
      status.textContent = '';
    } catch {
      status.textContent = 'The saved questions could not be loaded. Reload the page to try again.';
    }
  }

  render(topics: Record<string, string>, sources: Record<string, string>, order: IndexQuestion[], byId: Map<string, IndexQuestion>, answers: Map<string, Element>) {
    const toc = this.querySelector<HTMLElement>('.sheet-toc')!;
    const body = this.querySelector('.sheet-body')!;
    const concepts = new Set(order.map((q) => q.concept));
    this.querySelector('.sheet-about')!.textContent = `${concepts.size} questions, ${order.length} answers.`;
    let n = 0;
    for (const topic of Object.keys(topics)) {
      const inTopic = order.filter((q) => q.topic === topic);
      if (!inTopic.length) continue;
      const tocConcepts = el('ol');
      const group = el('section', { className: 'sheet-group' }, el('h2', {}, topics[topic]!));
      for (const concept of new Set(inTopic.map((q) => q.concept))) {
        const members = inTopic.filter((q) => q.concept === concept);
        const title = (byId.get(concept) ?? members[0]!).title;
        const anchor = `concept-${++n}`;
        tocConcepts.append(el('li', {}, el('a', { href: `#${anchor}` }, title)));
        const section = el('section', { className: 'sheet-concept', id: anchor }, el('h3', {}, title));
        for (const q of members) {
          const meta = el('p', { className: 'sheet-meta' }, el('a', { href: urls.question(q.id) }, sources[q.source] ?? q.source));
          if (q.difficulty) meta.append(` · ${difficultyLabels[q.difficulty]}`);
          section.append(el('article', { className: 'sheet-question' }, el('h4', {}, q.title), meta, answers.get(q.id)!));
        }
        group.append(section);
      }
      toc.querySelector('ol')!.append(el('li', {}, el('span', { className: 'sheet-toc-group' }, topics[topic]!), tocConcepts));
      body.append(group);
    }
    toc.hidden = false;
  }
}
customElements.define('saved-sheet', SavedSheet);
