// <saved-list>: the saved questions grouped by topic (titles from the study index), each with
// a remove button and a mark when it is learned. A removal can be undone for a while.
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

/** How long "Undo" stays offered after a removal (longer while it has focus). */
const UNDO_MS = 15_000;

class SavedList extends HTMLElement {
  #undoTimer?: ReturnType<typeof setTimeout>;

  /** "Removed “title”. Undo": puts the question back with its saving time, so in its place. */
  offerUndo(id: string, title: string, at: number) {
    const box = this.querySelector<HTMLElement>('.saved-undo')!;
    const button = box.querySelector('button')!;
    box.querySelector('[role=status]')!.textContent = `Removed “${title}”.`;
    box.hidden = false;
    const hide = () => {
      if (document.activeElement === button) return; // hidden when it loses focus instead
      box.hidden = true;
    };
    button.onblur = () => {
      if (this.#undoTimer === undefined) box.hidden = true;
    };
    button.onclick = () => {
      clearTimeout(this.#undoTimer);
      this.#undoTimer = undefined;
      box.hidden = true;
      void setState((t) => setSaved(t, id, true, at)).then(() => this.querySelector<HTMLElement>(`li[data-question="${CSS.escape(id)}"] a`)?.focus());
    };
    clearTimeout(this.#undoTimer);
    this.#undoTimer = setTimeout(() => {
      this.#undoTimer = undefined;
      hide();
    }, UNDO_MS);
  }

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
          let at = Date.now();
          void setState((t) => {
            at = t.saved[id]?.at ?? at;
            return setSaved(t, id, false);
          }).then(() => {
            this.offerUndo(id, title, at);
            const target = next && this.querySelector<HTMLButtonElement>(`li[data-question="${CSS.escape(next)}"] button`);
            (target || status).focus();
          });
        };
        // The text and the button side by side: the button never wraps onto a line of its own.
        const text = el('span', { className: 'saved-text' }, q ? el('a', { href: urls.question(id) }, title) : title);
        if (q) text.append(' ', el('span', { className: 'item-source' }, index.sources[q.source] ?? q.source));
        const li = el('li', {}, text, remove);
        li.dataset.question = id;
        return li;
      });
      out.append(el('section', {}, el('h2', {}, name), el('ul', { className: 'saved-items' }, ...items)));
    }
    mark(s, out, ['learned']);
  }
}
customElements.define('saved-list', SavedList);
