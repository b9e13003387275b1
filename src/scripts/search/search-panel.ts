// <search-panel>: the search box, filters and results of components/SearchPanel.astro, in the
// header's dialog and on /search/. It shows what the search pipeline answers
// (lib/search/pipeline.ts) as the reader types (with no pause: each keystroke searches, and a
// newer one makes an older search moot), one result per concept, keeps the results navigable by
// keyboard and (with data-sync-url, on /search/) the page URL in step with the search. Loaded
// only when search is first opened (scripts/search/launcher.ts) or on /search/ itself.
import { ConceptGroups, type ConceptGroup } from '../../lib/search/concepts';
import { answer, answerKind, PAGE_SIZE, statusText, waysOut, type Answer, type Hit, type SearchIndex } from '../../lib/search/pipeline';
import { emptyState, FILTER_NAMES, hasFilters, stateFromParams, writeParams, type SearchState } from '../../lib/search/state';
import { STUDY_KEY } from '../../lib/study/state';
import { controlValues, setControls } from '../form-url';
import { pagefindIndex } from './pagefind';
import { resultItem, showOthers } from './result-item';
import { SearchKeys } from './search-keys';
import { loadWords } from './words';

function hasStudyProgress(): boolean {
  try {
    return localStorage.getItem(STUDY_KEY) !== null;
  } catch {
    return false; // storage blocked: nothing to mark
  }
}

/** The next task's turn: input events already queued run first (a MessageChannel hop: no timer clamping). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve();
    port2.postMessage(null);
  });
}

/** What a search is, as one comparable value: the query as searched, and the filters. */
const searchKey = (s: SearchState) => JSON.stringify([s.q.trim(), s.topic, s.source, s.difficulty]);
const NAMES = ['q', ...FILTER_NAMES];

export class SearchPanel extends HTMLElement {
  input!: HTMLInputElement;
  list!: HTMLOListElement;
  /** The panel's box: its data-state says what it shows (for the styles), data-query for which search. */
  #panel!: HTMLElement;
  #status!: HTMLElement;
  #approx!: HTMLElement;
  /** "Showing results for <corrected> · search for <typed> instead". */
  #corrected!: HTMLElement;
  /** Shown under an empty or approximate answer: "Clear filters", a hint. */
  #wayOut!: HTMLElement;
  #keys!: SearchKeys;
  #seq = 0;
  #shown = 0;
  #results: Hit[] = [];
  #groups = new ConceptGroups();
  #items = new Map<ConceptGroup, HTMLLIElement>();
  /** The query the reader asked to search as typed, typos and all. */
  #asTyped: string | undefined;
  /** The search whose results are on screen. */
  #query = emptyState();
  #shownFor: string | undefined;
  /** Enter was pressed before the results of the current search were in. */
  #enterPending = false;

  connectedCallback() {
    if (this.#keys) return; // moved in the page: already set up
    this.#panel = this.querySelector('[data-search-panel]')!;
    this.input = this.querySelector('input[name="q"]')!;
    this.list = this.querySelector('.search-results')!;
    this.#status = this.querySelector('.search-status')!;
    this.#approx = this.querySelector('.search-approx')!;
    this.#wayOut = this.querySelector('.search-way-out')!;
    this.#corrected = this.querySelector('.search-corrected')!;
    this.#keys = new SearchKeys(this.input, this.list, () => this.submit());
    this.#corrected.querySelector('button')!.addEventListener('click', () => {
      this.#asTyped = this.input.value.trim();
      this.#retry();
    });
    this.#wayOut.querySelector('.search-unfiltered button')!.addEventListener('click', () => {
      setControls(this, Object.fromEntries(FILTER_NAMES.map((f) => [f, ''])));
      this.#retry();
    });
    this.input.addEventListener('input', () => {
      this.#enterPending = false; // typing after Enter: the reader changed their mind
      void this.run();
    });
    for (const s of this.querySelectorAll('select')) s.addEventListener('change', () => void this.run());
    if (this.#syncsUrl) {
      // The page's own search: shown now that it works, with the search the URL holds.
      if (this.dataset.notice) document.getElementById(this.dataset.notice)?.remove();
      this.hidden = false;
      setControls(this, { ...stateFromParams(new URL(location.href).searchParams) });
      this.input.focus();
      void this.run();
    } else if (this.input.value || hasFilters(this.state())) void this.run(); // chosen while this code loaded
    void this.#index().catch(() => {
      this.#status.textContent = 'Search could not load its index. Try reloading the page.';
    });
  }

  get #syncsUrl() {
    return this.hasAttribute('data-sync-url');
  }

  #index(): Promise<SearchIndex> {
    return pagefindIndex(this.dataset.bundle!, this.dataset.base!);
  }

  #retry() {
    this.input.focus();
    void this.run();
  }

  /** The search the controls hold. */
  state(): SearchState {
    const v = controlValues(this, NAMES);
    const s = emptyState();
    for (const k of NAMES) s[k as keyof SearchState] = v[k]?.[0] ?? '';
    return s;
  }

  async run() {
    const seq = ++this.#seq;
    const stale = () => seq !== this.#seq; // a newer keystroke won
    const s = this.state();
    if (this.#syncsUrl) {
      const url = new URL(location.href);
      url.search = writeParams(url.searchParams, s).toString();
      history.replaceState(null, '', url);
    }
    let a: Answer | undefined;
    try {
      const words = () => loadWords(this.dataset.bundle!);
      a = await answer(() => this.#index(), s, { isStale: stale, words, asTyped: this.#asTyped === s.q.trim(), pause: nextTask });
    } catch {
      return; // the status already says the index could not load
    }
    if (!a) return;
    this.#results = a.results;
    this.#shown = 0;
    this.#groups = new ConceptGroups();
    this.#items.clear();
    // What the result links highlight: the words searched, corrected where they were.
    this.#query = { ...s, q: a.corrected?.query ?? s.q };
    // A result had focus (arrow keys pressed while these results were coming): keep the place in
    // the new list rather than dropping focus on the page when the old items go.
    const focused = this.#keys.links().indexOf(document.activeElement as HTMLAnchorElement);
    this.list.replaceChildren();
    await this.#showMore(seq);
    if (stale()) return;
    if (focused >= 0) {
      const links = this.#keys.links();
      (links[Math.min(focused, links.length - 1)] ?? this.input).focus();
    }
    const kind = answerKind(a);
    this.#status.textContent = kind === 'empty' ? '' : statusText(a);
    this.#panel.dataset.state = kind;
    this.#approx.hidden = kind !== 'closest';
    this.#showCorrected(a);
    this.list.setAttribute('aria-label', a.missing.length ? 'Closest matches' : 'Search results');
    this.#showWaysOut(undefined);
    this.#done(s);
    // Ways out of an empty or approximate answer, shown once known (they never hold up the results).
    void waysOut(a, () => this.#index(), stale).then((w) => !stale() && this.#showWaysOut(w));
  }

  /** "Showing results for transformer architecture · search for transfomer architecture instead." */
  #showCorrected(a: Answer) {
    this.#corrected.hidden = !a.corrected;
    if (!a.corrected) return;
    this.#corrected.querySelector('strong')!.textContent = a.corrected.query;
    this.#corrected.querySelector('button span')!.textContent = a.state.q.trim();
  }

  #showWaysOut(w: Awaited<ReturnType<typeof waysOut>>) {
    const part = (sel: string, shown: boolean) => {
      const el = this.#wayOut.querySelector<HTMLElement>(sel)!;
      el.hidden = !shown;
      return el;
    };
    part('.search-unfiltered', w?.clearFilters !== undefined).querySelector('span')!.textContent = w?.clearFilters ?? '';
    part('.search-hint', !!w?.hint);
    this.#wayOut.hidden = !(w?.clearFilters !== undefined || w?.hint);
  }

  /** Enter in the search box: opens the first result, now or as soon as the results are in. */
  submit() {
    if (this.#shownFor === searchKey(this.state())) this.#openFirst();
    else this.#enterPending = true;
  }

  focusInput() {
    if (document.activeElement !== this.input) this.input.focus();
  }

  #done(s: SearchState) {
    this.#shownFor = searchKey(s);
    this.#panel.dataset.query = s.q.trim(); // which search the screen shows (for the benchmark)
    if (this.#enterPending) {
      this.#enterPending = false;
      this.#openFirst();
    }
  }

  #openFirst() {
    const first = this.#keys.links()[0];
    if (first) location.assign(first.href);
  }

  /**
   * Shows the next PAGE_SIZE concepts of the results: data is fetched for as many results as
   * concepts are still wanted, and a result of a concept already shown joins its "+N other answers".
   */
  async #showMore(seq: number) {
    const before = this.#groups.groups.length;
    while (this.#groups.groups.length - before < PAGE_SIZE && this.#shown < this.#results.length) {
      const wanted = PAGE_SIZE - (this.#groups.groups.length - before);
      const batch = this.#results.slice(this.#shown, this.#shown + wanted);
      const data = await Promise.all(batch.map((r) => r.data()));
      if (seq !== this.#seq) return;
      this.#shown += batch.length;
      this.list.querySelector('.search-more')?.remove();
      for (const d of data) {
        const { group, opened } = this.#groups.add(d);
        if (opened) {
          const li = resultItem(group, this.#query.q, this.dataset.base!);
          this.#items.set(group, li);
          this.list.append(li);
        } else showOthers(this.#items.get(group)!, group, this.#query.q, this.dataset.base!);
      }
    }
    // Learned and saved marks, as in every other list; the study code loads only for a reader who has progress.
    if (hasStudyProgress()) void import('../study/marks').then((m) => m.markList(this.list));
    const left = this.#results.length - this.#shown;
    if (left > 0) {
      const li = document.createElement('li');
      li.className = 'search-more';
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = `Show more (${left} more answer${left === 1 ? '' : 's'})`;
      b.addEventListener('click', async () => {
        const first = this.#keys.links().length;
        await this.#showMore(this.#seq);
        this.#keys.links()[first]?.focus();
      });
      li.append(b);
      this.list.append(li);
    }
  }
}
customElements.define('search-panel', SearchPanel);
