// <question-filter>: filters the page's lists ([data-question-group], and the entries in them
// that carry data-facets) by difficulty and source, and hides what is learned in this browser,
// without a reload; the choice is kept in the URL (?difficulty=advanced&source=x&hide=learned) so
// it can be shared or reloaded. An entry is a question (source pages) or a concept (topic pages):
// src/lib/filter-match.ts says when it matches, and each option's count follows the other
// controls' choices. Only those groups: the search dialog's results are questions too, and are
// none of its business.
import { isShown, optionCounts, parseFacets, type FilterChoice, type FilterEntry } from '../lib/filter-match';
import { controlsFromUrl, controlValues, valuesToUrl } from './form-url';
import { memberIds } from './study/marks';
import { watch } from './study/store';

const NAMES = ['difficulty', 'source', 'hide'];
const CONTROLS = ['difficulty', 'source'] as const;

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
    const form = this.querySelector('form')!;
    const values = controlValues(form, NAMES);
    const choice: FilterChoice = { difficulty: values.difficulty?.[0] ?? '', source: values.source?.[0] ?? '', hideLearned: values.hide?.includes('learned') ?? false };
    const groups = [...document.querySelectorAll<HTMLElement>('[data-question-group]')];
    const items = groups.flatMap((g) => [...g.querySelectorAll<HTMLElement>('[data-facets]')]);
    const entries: FilterEntry[] = items.map((li) => ({ facets: parseFacets(li.dataset.facets!), learned: memberIds(li).some((id) => this.#learned.has(id)) }));
    let shown = 0;
    let learnedHidden = 0;
    items.forEach((li, i) => {
      li.hidden = !isShown(entries[i]!, choice);
      if (!li.hidden) shown++;
      else if (entries[i]!.learned && isShown(entries[i]!, { ...choice, hideLearned: false })) learnedHidden++;
    });
    // Hide groups whose entries are all filtered out.
    for (const group of groups) group.hidden = !group.querySelector('[data-facets]:not([hidden])');
    // Each option counts what it would list with the other controls as they are.
    for (const control of CONTROLS) {
      const options = [...form.querySelectorAll<HTMLOptionElement>(`select[name="${control}"] option[data-label]`)];
      const counts = optionCounts(entries, choice, control, options.map((o) => o.value));
      for (const o of options) o.textContent = `${o.dataset.label} (${counts.get(o.value)})`;
    }
    this.querySelector('.filter-count')!.textContent =
      (shown === items.length ? `${items.length} questions` : `Showing ${shown} of ${items.length} questions`) +
      (learnedHidden ? ` (${learnedHidden} learned hidden)` : '');
    if (updateUrl) valuesToUrl(values);
  }
}
customElements.define('question-filter', QuestionFilter);
