// What a search answers, from a query and filters to the results to show, the words no question
// contains, the typos it corrected, and the ways out of an empty answer ("Clear filters"). Pure: it
// asks a `SearchIndex` (Pagefind in the browser, src/scripts/search/pagefind.ts; a fake in the
// tests) and never touches the page, so every step is tested without a browser.
import { conceptOf } from './concepts.ts';
import { matchTerms, wordsAt, type TermMatch } from './match.ts';
import { FEW, relax } from './relax.ts';
import { isCommonWord } from '../text/stop-words.ts';
import { rerank, says, titleDistance, titlesOf, unsaid, wordsSaid } from './rerank.ts';
import { hasFilters, pagefindFilters, pagefindQuery, type SearchState } from './state.ts';
import type { Correction } from './suggest.ts';
import type { Vocabulary } from './words-file.ts';

/** What the index says about one matching question. */
export interface HitData {
  url: string;
  /** `alt`: the title in its synonyms' words, separated by ALT_SEPARATOR (lib/search/synonyms.ts). */
  meta: { title?: string; alt?: string; topic?: string; source?: string; difficulty?: string };
  /** Filter values; `concept` travels here (lib/search/concepts.ts). */
  filters?: Record<string, string[]>;
  /** The indexed text, and the positions (in words) of what matched. */
  content: string;
  locations: number[];
}

/** One matching question; its data is fetched on demand (and the index keeps it once fetched). */
export interface Hit {
  id: string;
  /** The index's score: higher is better (only compared within one search, or summed over words). */
  score?: number;
  /** Whether a searched word is in the title (or the title's other wordings). */
  inTitle: boolean;
  data(): Promise<HitData>;
}

export interface SearchIndex {
  /** Questions that match `query` (all of them for null) with the filters, best first or shortest title first. */
  search(query: string | null, filters: Record<string, string>, order?: 'relevance' | 'title-length'): Promise<Hit[]>;
}

export interface Answer {
  /** The search this answers. */
  state: SearchState;
  /** The query as the index was given it (stop words out, typos corrected); '' for filters alone. */
  searched: string;
  results: Hit[];
  /** Words of the query no question contains: `results` are then the closest matches. */
  missing: string[];
  /** The query with its typos corrected, when `results` are for it rather than for the query as typed. */
  corrected?: Correction;
}

/** What the reader is offered under an empty or approximate answer. */
export interface WaysOut {
  /** "Clear filters", with how many match without them ('' when not counted). */
  clearFilters?: string;
  /** "Check the spelling or try fewer words." */
  hint: boolean;
}

export interface AnswerOptions {
  /** Whether a newer search has started (then this one is given up). */
  isStale?: () => boolean;
  /** The word list typo correction reads (loaded on first need); without it, no correction. */
  words?: () => Promise<Vocabulary>;
  /** Search the query as typed, typos and all (the reader asked to). */
  asTyped?: boolean;
  /**
   * Lets keys typed meanwhile be handled before the index is asked and before results' data is
   * fetched, so a search a newer keystroke has made moot stops there (no delay: a task's turn).
   */
  pause?: () => Promise<void>;
}

/** Results per page, and the results whose words tell which query words were found. */
export const PAGE_SIZE = 10;
/**
 * How many of the shortest titles with a searched word are weighed against the first page, and
 * how many other words such a title may have to go first ("What is the attention mechanism?" is
 * Pagefind's 43rd result for "attention"; "What is Attention Temperature?" has one other word,
 * "LSTM Internals" one other word and "LSTM" for "LSTMs": 1.5).
 */
const SHORT_TITLES = 5;
const TITLE_SLACK = 1.5;

/** The shortest query searched. */
export const MIN_QUERY = 2;

/** Thrown when a newer search has started: nothing more is worth doing for this one. */
class Stale extends Error {}

const quoted = (q: string) => q.startsWith('"');


/**
 * The answer to a search, or undefined when a newer search made it moot. `index` is only asked
 * for (and loaded) when there is something to search; the word list only when a word is missing.
 */
export async function answer(index: () => Promise<SearchIndex>, state: SearchState, opts: AnswerOptions = {}): Promise<Answer | undefined> {
  const fresh = <T>(v: T): T => {
    if (opts.isStale?.()) throw new Stale();
    return v;
  };
  // One character finds everything and tells nothing: a search starts at the second.
  const q = state.q.trim().length < MIN_QUERY ? '' : state.q.trim();
  if (!q && !hasFilters(state)) return { state, searched: '', results: [], missing: [] };
  try {
    const ix = fresh(await index());
    const filters = pagefindFilters(state);
    let searched = pagefindQuery(q);
    fresh(await opts.pause?.());
    let results = fresh(await ix.search(searched || null, filters));
    let missing: string[] = [];
    let corrected: Correction | undefined;
    if (searched && !quoted(searched)) {
      fresh(await opts.pause?.());
      let terms = results.length ? fresh(await termsFound(searched, results)) : undefined;
      missing = terms ? notFound(terms) : [];
      // Typos: a word the results have only as another word of its family, or not at all (or,
      // with no result, any word), that the index's word list does not know either.
      const suspects = terms ? terms.filter((t) => !t.exact).map((t) => t.term) : searched.split(' ');
      if (suspects.length && opts.words && !opts.asTyped) {
        // The word list and the code that reads it load only now, for a word the index may not know.
        const [vocab, { correctQuery }] = fresh(await Promise.all([opts.words().catch(() => undefined), import('./suggest.ts')])); // no word list: no correction
        const c = vocab && correctQuery(q, suspects, vocab);
        const cq = c && pagefindQuery(c.query);
        const found = cq ? fresh(await ix.search(cq, filters)) : [];
        const cterms = found.length ? fresh(await termsFound(cq!, found)) : undefined;
        // Kept when it finds something and leaves no more words missing.
        if (c && cterms && notFound(cterms).length <= missing.length) [searched, results, missing, corrected, terms] = [cq!, found, notFound(cterms), c, cterms];
        else if (vocab && !results.length) {
          const r = fresh(await respell(ix, q, searched, vocab, filters, opts.isStale));
          if (r) [searched, results, corrected] = [r.searched, r.results, r.corrected];
        }
      }
      // Nothing has every word (or the one word): which words no question contains at all, each
      // searched alone (Pagefind may find a word by a start it falls back to: "qqqzzz" a "q...").
      if (!results.length && !terms) {
        terms = fresh(await eachWordFound(ix, searched));
        missing = notFound(terms);
      }
      if (!missing.length && results.length < FEW) {
        const r = fresh(await relax(ix, searched, filters, results));
        if (r) [searched, results] = [r.searched, r.results];
      }
      if (missing.length && terms) {
        const near = terms!.filter((t) => t.near).map((t) => t.term);
        // The closest matches: the search without the words that matched nothing like them.
        // If every missing word was a near miss ("transformerz"), the results already are.
        if (near.length < terms!.length) {
          searched = near.join(' ');
          results = near.length ? fresh(await ix.search(searched, filters)) : [];
        }
      }
    }
    if (searched && !quoted(searched) && results.length > 1) results = fresh(await titlesFirst(ix, searched, filters, results));
    return { state, searched, results, missing, ...(corrected ? { corrected } : {}) };
  } catch (e) {
    if (e instanceof Stale) return undefined;
    throw e;
  }
}

const notFound = (terms: readonly TermMatch[]) => terms.filter((t) => !t.found).map((t) => t.term);

/** How many other spellings of a query's words `respell` tries, at most. */
const RESPELLINGS = 6;

/**
 * When no question has every word and each is a word the index knows, one may be a real word typed
 * for another ("principle component analysis", "stochastic gradient decent"): each word in turn is
 * replaced by a word it could be a typo of, and the first such query whose results include a
 * question with all its words in the title is kept. Titles, not just any result, so that a word
 * typed as meant ("affect") is not taken for another that happens to find something ("effect").
 */
async function respell(ix: SearchIndex, q: string, pq: string, vocab: Vocabulary, filters: Record<string, string>, isStale?: () => boolean) {
  const { correctQuery, typoCandidates } = await import('./suggest.ts');
  const tries = pq.split(' ').flatMap((w) => typoCandidates(w, vocab, 2).map((v) => correctQuery(q, [w], vocab, () => v)!));
  for (const c of tries.slice(0, RESPELLINGS)) {
    if (isStale?.()) return undefined;
    const searched = pagefindQuery(c.query);
    const results = await ix.search(searched, filters);
    const first = await Promise.all(results.slice(0, 3).map((r) => r.data()));
    if (first.some((d) => titleDistance(searched, titlesOf(d)) !== undefined)) return { searched, results, corrected: c };
  }
  return undefined;
}

/**
 * Whether some question contains each word of `pq` that names something, searched alone (filters
 * aside: "no question contains" means none). Words that frame a question ("how does dropout
 * work") count as there: relax.ts drops them.
 */
async function eachWordFound(ix: SearchIndex, pq: string): Promise<TermMatch[]> {
  return Promise.all(
    pq.split(' ').map(async (w) => {
      if (isCommonWord(w)) return { term: w, found: true, exact: true, near: true };
      const r = await ix.search(w, {});
      return r.length ? (await termsFound(w, r))[0]! : { term: w, found: false, exact: false, near: false };
    }),
  );
}

/** Which words of the query the first results really contain (see match.ts). */
async function termsFound(pq: string, results: readonly Hit[]) {
  const first = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
  const words = first.flatMap((d) => [
    ...wordsAt(d.content, d.locations),
    ...[...titlesOf(d), d.meta.topic, d.meta.source].flatMap((m) => m?.split(/\s+/) ?? []),
  ]);
  return matchTerms(pq, words);
}

/**
 * The results with the questions about the searched concept first (rerank.ts), from the first page
 * and the shortest titles with a searched word: the titles (or their other wordings) that say
 * little else first, closest first; then the other titles that have every searched word, closest
 * first ("DDP" puts "Multi-GPU DataParallel vs DDP" above "Diffusion Models (DDPM / ...)", which
 * the index finds by the start of a word); then the rest, in the index's order.
 */
async function titlesFirst(ix: SearchIndex, query: string, filters: Record<string, string>, results: Hit[]): Promise<Hit[]> {
  const byLength = await ix.search(query, filters, 'title-length');
  const short = byLength.filter((r) => r.inTitle).slice(0, SHORT_TITLES);
  const ids = new Set(results.slice(0, PAGE_SIZE).map((r) => r.id));
  const pool = [...results.slice(0, PAGE_SIZE), ...short.filter((r) => !ids.has(r.id))];
  const data = new Map(await Promise.all(pool.map(async (r) => [r, await r.data()] as const)));
  const titles = new Map(pool.map((r) => [r, titlesOf(data.get(r)!)]));
  const distance = new Map(pool.map((r) => [r, titleDistance(query, titles.get(r)!)]));
  // Among titles as close, the question more sources ask first: the one most results share a concept with.
  const asked = new Map<string, number>();
  for (const d of data.values()) asked.set(conceptOf(d), (asked.get(conceptOf(d)) ?? 0) + 1);
  const askedBy = (r: Hit) => asked.get(conceptOf(data.get(r)!)) ?? 0;
  // A title with a searched word only in another form ("bag" for "bagging"), whose text never says
  // it as typed while another result does, is about another word of that stem: it goes last.
  const said = new Map(pool.map((r) => [r, wordsSaid(titles.get(r)!, data.get(r)!.content)]));
  const saidSomewhere = (t: string) => [...said.values()].some((w) => says(w, t));
  const other = new Set(pool.filter((r) => distance.get(r) !== undefined && unsaid(query, said.get(r)!, titles.get(r)!).some(saidSomewhere)));
  const close = rerank(pool, query, (r) => titles.get(r), TITLE_SLACK, askedBy).filter((r) => distance.get(r)! <= TITLE_SLACK && !other.has(r));
  const named = rerank(pool, query, (r) => titles.get(r), Infinity, askedBy).filter((r) => distance.get(r) !== undefined && distance.get(r)! > TITLE_SLACK && !other.has(r));
  const moved = new Set([...close, ...named, ...other].map((r) => r.id));
  return [...close, ...named, ...results.filter((r) => !moved.has(r.id)), ...other];
}

/** The line that says what the answer is. */
export function statusText(a: Answer): string {
  const n = a.results.length;
  const typed = a.state.q.trim();
  const q = (a.corrected?.query ?? (typed.length < MIN_QUERY ? '' : typed)).trim();
  if (a.missing.length) return `No question contains ${a.missing.map((m) => `“${m}”`).join(' or ')}.`;
  if (n) return `${n} question${n === 1 ? '' : 's'}${q ? ` for “${q}”` : ''}`;
  return `No question matches${q ? ` “${q}”` : ''}${hasFilters(a.state) ? ' with these filters' : ''}.`;
}

/** What the answer is, in one word (the panel's data-state). */
export function answerKind(a: Answer): 'empty' | 'results' | 'closest' | 'none' {
  if (a.state.q.trim().length < MIN_QUERY && !hasFilters(a.state)) return 'empty';
  if (!a.results.length) return 'none';
  return a.missing.length ? 'closest' : 'results';
}

/**
 * The ways out of an answer with words no question contains, or with no result; undefined when
 * none is needed (or a newer search started).
 */
export async function waysOut(a: Answer, index: () => Promise<SearchIndex>, isStale: () => boolean = () => false): Promise<WaysOut | undefined> {
  const pq = a.searched || pagefindQuery(a.state.q.trim());
  const n = a.results.length;
  const filtered = hasFilters(a.state);
  if (answerKind(a) === 'empty') return undefined;
  if (a.missing.length) return { hint: !n, clearFilters: !n && filtered ? '' : undefined };
  if (n) return undefined;
  let without = 0;
  if (filtered && pq) {
    const all = await (await index()).search(pq, {});
    if (isStale()) return undefined;
    // Counted only if real matches, not the index's stand-ins for a word nothing contains.
    const real = !all.length || quoted(pq) || (await termsFound(pq, all)).every((t) => t.found);
    without = real ? all.length : 0;
  }
  if (isStale()) return undefined;
  return {
    clearFilters: filtered ? (pq ? (without ? `${without} without filters.` : 'None without filters either.') : '') : undefined,
    hint: !without && !!pq,
  };
}
