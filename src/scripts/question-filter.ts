// <question-filter>: filters the page's question lists by difficulty and source, and hides the
// questions learned in this browser, without a reload; the choice is kept in the URL
// (?difficulty=advanced&source=x&hide=learned) so it can be shared or reloaded.
import { watch } from './study/store';

export class QuestionFilter extends HTMLElement {
  /** Ids learned in this browser, once the study progress is read (only when the page offers "Hide learned"). */
  #learned = new Set<string>();

  connectedCallback() {
    const form = this.querySelector('form')!;
    const params = new URL(location.href).searchParams;
    for (const name of ['difficulty', 'source']) {
      const select = form.elements.namedItem(name) as HTMLSelectElement | null;
      const v = params.get(name);
      if (select && v && [...select.options].some((o) => o.value === v)) select.value = v;
    }
    const hide = this.hideBox();
    if (hide) {
      hide.checked = params.getAll('hide').includes('learned');
      // Marked or unmarked here or in another tab: the list follows.
      watch((s) => {
        this.#learned = new Set(Object.keys(s.learned));
        this.apply(false);
      });
    }
    form.addEventListener('change', () => this.apply(true));
    form.addEventListener('submit', (e) => e.preventDefault());
    this.hidden = false;
    this.apply(false);
  }

  hideBox() {
    return this.querySelector<HTMLInputElement>('input[name="hide"]');
  }

  apply(updateUrl: boolean) {
    const form = this.querySelector('form')!;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
    const difficulty = value('difficulty');
    const source = value('source');
    const hideLearned = !!this.hideBox()?.checked;
    const items = document.querySelectorAll<HTMLElement>('[data-question]');
    let shown = 0;
    let learnedHidden = 0;
    for (const li of items) {
      const match = (!difficulty || li.dataset.difficulty === difficulty) && (!source || li.dataset.source === source);
      const learned = hideLearned && this.#learned.has(li.dataset.question!);
      if (match && learned) learnedHidden++;
      li.hidden = !match || learned;
      if (!li.hidden) shown++;
    }
    // Hide groups whose questions are all filtered out.
    for (const group of document.querySelectorAll<HTMLElement>('[data-question-group]')) {
      group.hidden = !group.querySelector('[data-question]:not([hidden])');
    }
    this.querySelector('.filter-count')!.textContent =
      (shown === items.length ? `${items.length} questions` : `Showing ${shown} of ${items.length} questions`) +
      (learnedHidden ? ` (${learnedHidden} learned hidden)` : '');
    if (updateUrl) {
      const url = new URL(location.href);
      for (const [k, v] of [['difficulty', difficulty], ['source', source], ['hide', hideLearned ? 'learned' : '']] as const) {
        if (v) url.searchParams.set(k, v);
        else url.searchParams.delete(k);
      }
      history.replaceState(null, '', url);
    }
  }
}
customElements.define('question-filter', QuestionFilter);
