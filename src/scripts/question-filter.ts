// <question-filter>: filters the page's question groups ([data-question-group], and the
// [data-question] items in them) by difficulty and source, and hides the questions learned in this
// browser, without a reload; the choice is kept in the URL (?difficulty=advanced&source=x&hide=learned)
// so it can be shared or reloaded. Only those groups: the search dialog's results are questions
// too, and are none of its business.
import { controlsFromUrl, controlValues, valuesToUrl } from './form-url';
import { watch } from './study/store';

const NAMES = ['difficulty', 'source', 'hide'];

export class QuestionFilter extends HTMLElement {
  /** Ids learned in this browser, once the study progress is read (only when the page offers "Hide learned"). */
  #learned = new Set<string>();

  connectedCallback() {
    const form = this.querySelector('form')!;
    controlsFromUrl(form, NAMES);
    if (form.elements.namedItem('hide')) {
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

  apply(updateUrl: boolean) {
    const values = controlValues(this.querySelector('form')!, NAMES);
    const [difficulty = '', source = ''] = [values.difficulty?.[0], values.source?.[0]];
    const hideLearned = values.hide?.includes('learned') ?? false;
    const groups = [...document.querySelectorAll<HTMLElement>('[data-question-group]')];
    const items = groups.flatMap((g) => [...g.querySelectorAll<HTMLElement>('[data-question]')]);
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
    for (const group of groups) group.hidden = !group.querySelector('[data-question]:not([hidden])');
    this.querySelector('.filter-count')!.textContent =
      (shown === items.length ? `${items.length} questions` : `Showing ${shown} of ${items.length} questions`) +
      (learnedHidden ? ` (${learnedHidden} learned hidden)` : '');
    if (updateUrl) valuesToUrl(values);
  }
}
customElements.define('question-filter', QuestionFilter);
