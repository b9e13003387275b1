// <question-filter>: filters the page's question lists by difficulty and source without a
// reload; the choice is kept in the URL (?difficulty=advanced&source=x) so it can be shared.
export class QuestionFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const params = new URL(location.href).searchParams;
    for (const name of ['difficulty', 'source']) {
      const select = form.elements.namedItem(name) as HTMLSelectElement | null;
      const v = params.get(name);
      if (select && v && [...select.options].some((o) => o.value === v)) select.value = v;
    }
    form.addEventListener('change', () => this.apply(true));
    form.addEventListener('submit', (e) => e.preventDefault());
    this.hidden = false;
    this.apply(false);
  }

  apply(updateUrl: boolean) {
    const form = this.querySelector('form')!;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
    const difficulty = value('difficulty');
    const source = value('source');
    const items = document.querySelectorAll<HTMLElement>('[data-question]');
    let shown = 0;
    for (const li of items) {
      const match = (!difficulty || li.dataset.difficulty === difficulty) && (!source || li.dataset.source === source);
      li.hidden = !match;
      if (match) shown++;
    }
    // Hide groups whose questions are all filtered out.
    for (const group of document.querySelectorAll<HTMLElement>('[data-question-group]')) {
      group.hidden = !group.querySelector('[data-question]:not([hidden])');
    }
    this.querySelector('.filter-count')!.textContent =
      shown === items.length ? `${items.length} questions` : `Showing ${shown} of ${items.length} questions`;
    if (updateUrl) {
      const url = new URL(location.href);
      for (const [k, v] of [['difficulty', difficulty], ['source', source]] as const) {
        if (v) url.searchParams.set(k, v);
        else url.searchParams.delete(k);
      }
      history.replaceState(null, '', url);
    }
  }
}
customElements.define('question-filter', QuestionFilter);
