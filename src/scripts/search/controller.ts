// Drives one search panel (components/SearchPanel.astro) with Pagefind: results as you type,
// filters, keyboard movement, and (on /search/) the URL kept in step with the query.
// Loaded only when search is first opened; Pagefind's own files are fetched by this module.
import { STUDY_KEY } from '../../lib/study/state';
import { MARK_CLOSE, MARK_OPEN, answerExcerpt, hasTex, readableTex } from '../../lib/search/excerpt';
import { matchTerms, wordsAt } from '../../lib/search/match';
import { rerank, titleDistance } from '../../lib/search/rerank';
import { suggestQuery, vocabulary } from '../../lib/search/suggest';
import { loadIndex } from '../study/index-client';
import {
  emptyState,
  hasFilters,
  pagefindFilters,
  pagefindQuery,
  stateFromParams,
  withHighlight,
  writeParams,
  type SearchState,
} from '../../lib/search/state';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The indexed text, and the positions (in words) of what matched. */
  content: string;
  locations: number[];
}
interface PagefindResult {
  id: string;
  /** The metadata fields a searched word is in ("title", "topic"). */
  matchedMetaFields?: string[];
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

export interface ControllerOptions {
  /** URL of the Pagefind bundle folder, ending in "/". */
  bundle: string;
  /** The site's base path, ending in "/". */
  base: string;
  /** Keep the page URL (?q=&topic=...) in step with the search (the /search/ page). */
  syncUrl: boolean;
}

const PAGE_SIZE = 10;
/** Words in a result's excerpt. */
const EXCERPT_WORDS = 22;
/**
 * How many of the shortest titles with a searched word are weighed against the first page, and
 * how many other words such a title may have to go first ("What is the attention mechanism?" is
 * Pagefind's 43rd result for "attention"; "What is Attention Temperature?" has one other word,
 * "LSTM Internals" one other word and "LSTM" for "LSTMs": 1.5).
 */
const SHORT_TITLES = 8;
const TITLE_SLACK = 1.5;
let pagefind: Promise<Pagefind> | undefined;

/** The question id ("<source>/<slug>") of a result URL under the site's base, if it is a question page. */
export function questionIdOf(url: string, base: string): string | undefined {
  const path = new URL(url, 'http://x').pathname;
  const rest = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  return /^questions\/([^/]+\/[^/]+)\/?$/.exec(rest)?.[1];
}

function hasStudyProgress(): boolean {
  try {
    return localStorage.getItem(STUDY_KEY) !== null;
  } catch {
    return false; // storage blocked: nothing to mark
  }
}

function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    // Ranking measured on concept queries (tests/e2e/search-relevance.spec.ts): Pagefind's
    // defaults favour the shortest pages and repeated words, which put "What is sparse PCA?"
    // above the question that explains PCA; halving both brings the defining question up.
    await pf.options({ baseUrl: base, ranking: { pageLength: 0.5, termFrequency: 0.5 } });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

/** An excerpt (text with MARK_OPEN/MARK_CLOSE around hits) as text nodes and <mark>s, formulas made readable. */
function excerptNodes(marked: string): Node[] {
  const text = hasTex(marked) ? readableTex(marked) : marked;
  const out: Node[] = [];
  for (const [i, part] of text.split(new RegExp(`[${MARK_OPEN}${MARK_CLOSE}]`)).entries()) {
    if (!part) continue;
    if (i % 2) {
      const m = document.createElement('mark');
      m.textContent = part;
      out.push(m);
    } else out.push(document.createTextNode(part));
  }
  return out;
}

/** What a search is, as one comparable value: the query as searched, and the filters. */
const searchKey = (s: SearchState) => JSON.stringify([s.q.trim(), s.topic, s.source, s.difficulty]);

export class SearchController {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  readonly list: HTMLOListElement;
  readonly status: HTMLElement;
  readonly approx: HTMLElement;
  /** Shown under an empty or approximate answer: a suggestion, "Clear filters", a hint. */
  readonly wayOut: HTMLElement;
  readonly selects: HTMLSelectElement[];
  #opts: ControllerOptions;
  #seq = 0;
  #shown = 0;
  #results: PagefindResult[] = [];
  #data = new WeakMap<PagefindResult, Promise<PagefindResultData>>();
  /** The search whose results are on screen. */
  #query = emptyState();
  #shownFor: string | undefined;
  /** Enter was pressed before the results of the current search were in. */
  #enterPending = false;

  constructor(root: HTMLElement, opts: ControllerOptions) {
    this.root = root;
    this.#opts = opts;
    this.input = root.querySelector('input[name="q"]')!;
    this.list = root.querySelector('.search-results')!;
    this.status = root.querySelector('.search-status')!;
    this.approx = root.querySelector('.search-approx')!;
    this.wayOut = root.querySelector('.search-way-out')!;
    this.wayOut.querySelector('.search-suggest button')!.addEventListener('click', (e) => {
      this.input.value = (e.currentTarget as HTMLButtonElement).textContent ?? '';
      this.input.focus();
      void this.run();
    });
    this.wayOut.querySelector('.search-unfiltered button')!.addEventListener('click', () => {
      for (const sel of this.selects) sel.value = '';
      this.input.focus();
      void this.run();
    });
    this.selects = [...root.querySelectorAll<HTMLSelectElement>('select')];
    this.input.addEventListener('input', () => {
      this.#enterPending = false; // typing after Enter: the reader changed their mind
      void this.run();
    });
    for (const s of this.selects) s.addEventListener('change', () => void this.run());
    this.input.addEventListener('keydown', (e) => this.#onInputKey(e));
    this.list.addEventListener('keydown', (e) => this.#onListKey(e));
    if (opts.syncUrl) this.setState(stateFromParams(new URL(location.href).searchParams));
    else if (this.input.value) void this.run();
    void loadPagefind(opts.bundle, opts.base).catch(() => {
      this.status.textContent = 'Search could not load its index. Try reloading the page.';
    });
  }

  state(): SearchState {
    const s = emptyState();
    s.q = this.input.value;
    for (const sel of this.selects) s[sel.name as 'topic' | 'source' | 'difficulty'] = sel.value;
    return s;
  }

  setState(s: SearchState) {
    this.input.value = s.q;
    for (const sel of this.selects) {
      const v = s[sel.name as 'topic' | 'source' | 'difficulty'];
      sel.value = [...sel.options].some((o) => o.value === v) ? v : '';
    }
    void this.run();
  }

  async run() {
    const seq = ++this.#seq;
    const s = this.state();
    if (this.#opts.syncUrl) {
      const url = new URL(location.href);
      url.search = writeParams(url.searchParams, s).toString();
      history.replaceState(null, '', url);
    }
    const q = s.q.trim();
    if (!q && !hasFilters(s)) {
      this.list.replaceChildren();
      this.status.textContent = '';
      this.approx.hidden = true;
      this.#hideWaysOut();
      this.root.dataset.state = 'empty';
      this.#done(s);
      return;
    }
    let pf: Pagefind;
    try {
      pf = await loadPagefind(this.#opts.bundle, this.#opts.base);
    } catch {
      return; // the status already says why
    }
    const filters = pagefindFilters(s);
    const pq = pagefindQuery(q);
    let results = (await pf.search(pq || null, { filters })).results;
    if (seq !== this.#seq) return; // a newer keystroke won
    // Words the results do not really contain (Pagefind matched a shorter word instead).
    let missing: string[] = [];
    let searched = pq;
    if (pq && results.length && !pq.startsWith('"')) {
      const terms = await this.#termsFound(pq, results);
      if (seq !== this.#seq) return;
      missing = terms.filter((t) => !t.found).map((t) => t.term);
      const near = terms.filter((t) => t.near).map((t) => t.term);
      // The closest matches: the search without the words that matched nothing like them.
      // If every missing word was a near miss ("transformerz"), Pagefind's results already are.
      if (missing.length && near.length < terms.length) {
        searched = near.join(' ');
        results = near.length ? (await pf.search(searched, { filters })).results : [];
        if (seq !== this.#seq) return;
      }
    }
    if (searched && !searched.startsWith('"') && results.length > 1) {
      results = await this.#titlesFirst(pf, searched, filters, results);
      if (seq !== this.#seq) return;
    }
    this.#results = results;
    this.#shown = 0;
    this.#query = s;
    // A result had focus (arrow keys pressed while these results were coming): keep the place in
    // the new list rather than dropping focus on the page when the old items go.
    const focused = this.#links().indexOf(document.activeElement as HTMLAnchorElement);
    this.list.replaceChildren();
    await this.#showMore(seq);
    if (seq !== this.#seq) return;
    if (focused >= 0) {
      const links = this.#links();
      (links[Math.min(focused, links.length - 1)] ?? this.input).focus();
    }
    const n = results.length;
    const filtered = hasFilters(s) ? ' with these filters' : '';
    if (missing.length) {
      this.status.textContent = `No question contains ${missing.map((m) => `“${m}”`).join(' or ')}.`;
      this.root.dataset.state = n ? 'closest' : 'none';
    } else {
      this.status.textContent = n
        ? `${n} question${n === 1 ? '' : 's'}${q ? ` for “${q}”` : ''}`
        : `No question matches${q ? ` “${q}”` : ''}${filtered}.`;
      this.root.dataset.state = n ? 'results' : 'none';
    }
    this.approx.hidden = !(missing.length && n);
    this.list.setAttribute('aria-label', missing.length ? 'Closest matches' : 'Search results');
    this.#hideWaysOut();
    this.#done(s);
    // Ways out of an empty or approximate answer, shown once known (they never hold up the results).
    if (missing.length) void this.#suggest(seq, q, missing, n === 0);
    else if (!n && !hasFilters(s) && pq && !pq.startsWith('"')) void this.#suggest(seq, q, pq.split(' '), true);
    else if (!n) void this.#offerUnfiltered(seq, pf, s, pq);
  }

  /** Which words of the query the first results really contain (see lib/search/match.ts). */
  async #termsFound(pq: string, results: PagefindResult[]) {
    const first = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => this.#dataOf(r)));
    const words = first.flatMap((d) => [
      ...wordsAt(d.content, d.locations),
      ...[d.meta.title, d.meta.topic, d.meta.source].flatMap((m) => m?.split(/\s+/) ?? []),
    ]);
    return matchTerms(pq, words);
  }

  /**
   * The results with the questions about the searched concept first (lib/search/rerank.ts): the
   * first page and the shortest titles with a searched word (Pagefind sorts by the title length
   * each question page gives it), weighed by how little else their title says.
   */
  async #titlesFirst(pf: Pagefind, query: string, filters: Record<string, string>, results: PagefindResult[]): Promise<PagefindResult[]> {
    const byLength = (await pf.search(query, { filters, sort: { 'title-length': 'asc' } })).results;
    const short = byLength.filter((r) => r.matchedMetaFields?.includes('title')).slice(0, SHORT_TITLES);
    const ids = new Set(results.slice(0, PAGE_SIZE).map((r) => r.id));
    const pool = [...results.slice(0, PAGE_SIZE), ...short.filter((r) => !ids.has(r.id))];
    const titles = new Map(await Promise.all(pool.map(async (r) => [r, (await this.#dataOf(r)).meta.title ?? ''] as const)));
    const first = rerank(pool, query, (r) => titles.get(r), TITLE_SLACK).filter((r) => {
      const d = titleDistance(query, titles.get(r) ?? '');
      return d !== undefined && d <= TITLE_SLACK;
    });
    const moved = new Set(first.map((r) => r.id));
    return [...first, ...results.filter((r) => !moved.has(r.id))];
  }

  #hideWaysOut() {
    this.wayOut.hidden = true;
    for (const el of this.wayOut.children) (el as HTMLElement).hidden = true;
  }

  /** A word nothing contains: the query with the closest words of the titles, if it finds something. */
  async #suggest(seq: number, q: string, missing: string[], nothingShown: boolean) {
    // Not for every keystroke of a word still being typed: the titles are fetched once typing pauses.
    await new Promise((r) => setTimeout(r, 300));
    if (seq !== this.#seq) return;
    let suggestion: string | undefined;
    try {
      const index = await loadIndex();
      suggestion = suggestQuery(q, missing, vocabulary(index.questions.map((x) => x.title)));
      if (suggestion) {
        const pf = await loadPagefind(this.#opts.bundle, this.#opts.base);
        const found = (await pf.search(pagefindQuery(suggestion), { filters: pagefindFilters(this.state()) })).results;
        if (!found.length) suggestion = undefined;
      }
    } catch {
      suggestion = undefined; // no index: the hint below still helps
    }
    if (seq !== this.#seq) return;
    const p = this.wayOut.querySelector<HTMLElement>('.search-suggest')!;
    if (suggestion) {
      p.querySelector('button')!.textContent = suggestion;
      p.hidden = false;
    } else if (nothingShown) this.wayOut.querySelector<HTMLElement>('.search-hint')!.hidden = false;
    if (nothingShown && hasFilters(this.#query)) {
      const u = this.wayOut.querySelector<HTMLElement>('.search-unfiltered')!;
      u.querySelector('span')!.textContent = '';
      u.hidden = false;
    }
    this.wayOut.hidden = p.hidden && !nothingShown;
  }

  /** Nothing with these filters: how many without them, and a button that clears them. */
  async #offerUnfiltered(seq: number, pf: Pagefind, s: SearchState, pq: string) {
    let without = 0;
    if (hasFilters(s) && pq) {
      const all = (await pf.search(pq)).results;
      // Counted only if real matches, not Pagefind's stand-ins for a word nothing contains.
      const real = !all.length || pq.startsWith('"') || (await this.#termsFound(pq, all)).every((t) => t.found);
      without = real ? all.length : 0;
    }
    if (seq !== this.#seq) return;
    if (hasFilters(s)) {
      const p = this.wayOut.querySelector<HTMLElement>('.search-unfiltered')!;
      p.querySelector('span')!.textContent = pq ? (without ? `${without} without filters.` : 'None without filters either.') : '';
      p.hidden = false;
    }
    if (!without) this.wayOut.querySelector<HTMLElement>('.search-hint')!.hidden = !pq;
    this.wayOut.hidden = false;
  }

  /** Enter in the search box: opens the first result, now or as soon as the results are in. */
  submit() {
    if (this.#shownFor === searchKey(this.state())) this.#openFirst();
    else this.#enterPending = true;
  }

  #done(s: SearchState) {
    this.#shownFor = searchKey(s);
    this.root.dataset.query = s.q.trim(); // which search the screen shows (for the benchmark)
    if (this.#enterPending) {
      this.#enterPending = false;
      this.#openFirst();
    }
  }

  #openFirst() {
    const first = this.#links()[0];
    if (first) location.assign(first.href);
  }

  #dataOf(r: PagefindResult): Promise<PagefindResultData> {
    let d = this.#data.get(r);
    if (!d) this.#data.set(r, (d = r.data()));
    return d;
  }

  async #showMore(seq: number) {
    const next = await Promise.all(this.#results.slice(this.#shown, this.#shown + PAGE_SIZE).map((r) => this.#dataOf(r)));
    if (seq !== this.#seq) return;
    this.list.querySelector('.search-more')?.remove();
    for (const d of next) this.list.append(this.#item(d));
    this.#shown += next.length;
    // Learned and saved marks, as in every other list; the study code loads only for a reader who has progress.
    if (hasStudyProgress()) void import('../study/marks').then((m) => m.markList(this.list));
    const left = this.#results.length - this.#shown;
    if (left > 0) {
      const li = document.createElement('li');
      li.className = 'search-more';
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = `Show ${Math.min(left, PAGE_SIZE)} more of ${left}`;
      b.addEventListener('click', async () => {
        const first = this.#shown;
        await this.#showMore(this.#seq);
        this.#links()[first]?.focus();
      });
      li.append(b);
      this.list.append(li);
    }
  }

  #item(d: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    const id = questionIdOf(d.url, this.#opts.base);
    if (id) li.dataset.question = id;
    const a = document.createElement('a');
    a.href = withHighlight(d.url, this.#query.q);
    const title = document.createElement('span');
    title.className = 'result-title';
    title.textContent = d.meta.title ?? d.url;
    const meta = document.createElement('span');
    meta.className = 'result-meta';
    meta.textContent = [d.meta.topic, d.meta.source, d.meta.difficulty].filter(Boolean).join(' · ');
    const excerpt = document.createElement('span');
    excerpt.className = 'result-excerpt';
    excerpt.append(...excerptNodes(answerExcerpt(d.content, d.meta.title ?? '', d.locations, EXCERPT_WORDS)));
    a.append(title, meta, excerpt);
    li.append(a);
    return li;
  }

  #links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('li > a')];
  }

  #onInputKey(e: KeyboardEvent) {
    if (e.key === 'ArrowDown') {
      const first = this.#links()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (e.key === 'Enter') {
      e.preventDefault();
      this.submit();
    }
  }

  #onListKey(e: KeyboardEvent) {
    const links = this.#links();
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const j = i + (e.key === 'ArrowDown' ? 1 : -1);
      if (j < 0) this.input.focus();
      else links[Math.min(j, links.length - 1)]?.focus();
    } else if ((e.key.length === 1 || e.key === 'Backspace') && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Typing while a result has focus goes on typing into the query, at its end: the box may
      // still hold a selection from before, which the key would replace.
      const end = this.input.value.length;
      this.input.focus();
      this.input.setSelectionRange(end, end);
    }
  }

  focus() {
    if (document.activeElement !== this.input) this.input.focus();
  }
}
