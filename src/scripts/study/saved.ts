// <saved-list>: the saved questions grouped by topic (titles from the study index), each with
// a remove button and a mark when it is learned.
import { savedIds } from '../../lib/study/count';
import { repairTopics, setSaved, type StudyState } from '../../lib/study/state';
import type { StudyIndex } from '../../lib/study/study-index';
import { urls } from '../../lib/urls';
import { loadIndex } from './index-client';
import { mark } from './marks';
import { setState, watch } from './store';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

class SavedList extends HTMLElement {
  async connectedCallback() {
    const status = this.querySelector<HTMLElement>('.saved-status')!;
    this.hidden = false;
    let index: StudyIndex;
    try {
      index = await loadIndex();
    } catch {
      status.textContent = 'The list of questions could not be loaded. Reload the page to try again.';
      return;
    }
    const byId = new Map(index.questions.map((q) => [q.id, q]));
    void setState((s) => repairTopics(s, (id) => byId.get(id)?.topic));
    watch((s) => this.render(s, index, byId));
  }

  render(s: StudyState, index: StudyIndex, byId: Map<string, StudyIndex['questions'][number]>) {
    const ids = savedIds(s);
    const status = this.querySelector<HTMLElement>('.saved-status')!;
    status.textContent = ids.length
      ? `${ids.length} saved ${ids.length === 1 ? 'question' : 'questions'}.`
      : 'Nothing saved yet. Use “Save for later” on a question page to collect questions here.';
    this.querySelector<HTMLElement>('.saved-actions')!.hidden = ids.length === 0;
    const groups = new Map<string, string[]>();
    for (const topic of [...Object.keys(index.topics), '']) groups.set(topic, []);
    for (const id of ids) groups.get(byId.get(id)?.topic ?? '')!.push(id);
    const out = this.querySelector('.saved-groups')!;
    out.replaceChildren();
    for (const [topic, list] of groups) {
      if (!list.length) continue;
      const name = topic ? index.topics[topic]! : 'No longer on the site';
      const items = list.map((id) => {
        const q = byId.get(id);
        const title = q?.title ?? id;
        const remove = el('button', { type: 'button', className: 'small-button' }, 'Remove', el('span', { className: 'visually-hidden' }, `: ${title}`));
        remove.onclick = () => {
          // Keep keyboard focus in the list: on the next remove button, or the status.
          const buttons = [...this.querySelectorAll<HTMLButtonElement>('.saved-groups button')];
          const next = buttons[buttons.indexOf(remove) + 1]?.closest('li')?.dataset.question;
          void setState((t) => setSaved(t, id, false)).then(() => {
            const target = next && this.querySelector<HTMLButtonElement>(`li[data-question="${CSS.escape(next)}"] button`);
            (target || status).focus();
          });
        };
        const li = el('li', {}, q ? el('a', { href: urls.question(id) }, title) : title, ' ');
        li.dataset.question = id;
        if (q) li.append(el('span', { className: 'item-source' }, index.sources[q.source] ?? q.source), ' ');
        li.append(remove);
        return li;
      });
      out.append(el('section', {}, el('h2', {}, name), el('ul', { className: 'saved-items' }, ...items)));
    }
    mark(s, out, ['learned']);
  }
}
customElements.define('saved-list', SavedList);
