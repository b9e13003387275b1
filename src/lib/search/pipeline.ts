// What a search answers, from a query and filters to the results to show, the words no question
// contains, and the ways out of an empty answer ("Did you mean", "Clear filters"). Pure: it asks a
// `SearchIndex` (Pagefind in the browser, src/scripts/search/pagefind.ts; a fake in the tests) and
// never touches the page, so every step is tested without a browser.
import { matchTerms, wordsAt } from './match.ts';
import { rerank, titleDistance } from './rerank.ts';
import { hasFilters, pagefindFilters, pagefindQuery, type SearchState } from './state.ts';
import { suggestQuery, vocabulary } from './suggest.ts';

/** What the index says about one matching question. */
export interface HitData {
  url: string;
  meta: { title?: string; topic?: string; source?: string; difficulty?: string };
  /** The indexed text, and the positions (in words) of what matched. */
  content: string;
  locations: number[];
}

/** One matching question; its data is fetched on demand (and the index keeps it once fetched). */
export interface Hit {
  id: string;
  /** Whether a searched word is in the title. */
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
  /** The query as the index was given it (stop words out); '' for filters alone. */
  searched: string;
  results: Hit[];
  /** Words of the query no question contains: `results` are then the closest matches. */
  missing: string[];
}

/** What the reader is offered under an empty or approximate answer. */
export interface WaysOut {
  /** A query that finds something, for words no question contains ("transfromer" -> "transformer"). */
  suggestion?: string;
  /** "Clear filters", with how many match without them ('' when not counted). */
  clearFilters?: string;
  /** "Check the spelling or try fewer words." */
  hint: boolean;
}

/** Results per page, and the results whose words tell which query words were found. */
export const PAGE_SIZE = 10;
/**
 * How many of the shortest titles with a searched word are weighed against the first page, and
 * how many other words such a title may have to go first ("What is the attention mechanism?" is
 * Pagefind's 43rd result for "attention"; "What is Attention Temperature?" has one other word,
 * "LSTM Internals" one other word and "LSTM" for "LSTMs": 1.5).
 */
const SHORT_TITLES = 8;
const TITLE_SLACK = 1.5;

/** Thrown when a newer search has started: nothing more is worth doing for this one. */
class Stale extends Error {}

const quoted = (q: string) => q.startsWith('"');

/**
 * The answer to a search, or undefined when `isStale` says a newer search made it moot.
 * `index` is only asked for (and loaded) when there is something to search.
 */
export async function answer(index: () => Promise<SearchIndex>, state: SearchState, isStale: () => boolean = () => false): Promise<Answer | undefined> {
  const fresh = <T>(v: T): T => {
    if (isStale()) throw new Stale();
    return v;
  };
  const q = state.q.trim();
  if (!q && !hasFilters(state)) return { state, searched: '', results: [], missing: [] };
  try {
    const ix = fresh(await index());
    const filters = pagefindFilters(state);
    const pq = pagefindQuery(q);
    let results = fresh(await ix.search(pq || null, filters));
    let missing: string[] = [];
    let searched = pq;
    if (pq && results.length && !quoted(pq)) {
      const terms = fresh(await termsFound(pq, results));
      missing = terms.filter((t) => !t.found).map((t) => t.term);
      const near = terms.filter((t) => t.near).map((t) => t.term);
      // The closest matches: the search without the words that matched nothing like them.
      // If every missing word was a near miss ("transformerz"), the results already are.
      if (missing.length && near.length < terms.length) {
        searched = near.join(' ');
        results = near.length ? fresh(await ix.search(searched, filters)) : [];
      }
    }
    if (searched && !quoted(searched) && results.length > 1) results = fresh(await titlesFirst(ix, searched, filters, results));
    return { state, searched, results, missing };
  } catch (e) {
    if (e instanceof Stale) return undefined;
    throw e;
  }
}

/** Which words of the query the first results really contain (see match.ts). */
async function termsFound(pq: string, results: readonly Hit[]) {
  const first = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
  const words = first.flatMap((d) => [
    ...wordsAt(d.content, d.locations),
    ...[d.meta.title, d.meta.topic, d.meta.source].flatMap((m) => m?.split(/\s+/) ?? []),
  ]);
  return matchTerms(pq, words);
}

/**
 * The results with the questions about the searched concept first (rerank.ts): the first page and
 * the shortest titles with a searched word, weighed by how little else their title says.
 */
async function titlesFirst(ix: SearchIndex, query: string, filters: Record<string, string>, results: Hit[]): Promise<Hit[]> {
  const byLength = await ix.search(query, filters, 'title-length');
  const short = byLength.filter((r) => r.inTitle).slice(0, SHORT_TITLES);
  const ids = new Set(results.slice(0, PAGE_SIZE).map((r) => r.id));
  const pool = [...results.slice(0, PAGE_SIZE), ...short.filter((r) => !ids.has(r.id))];
  const titles = new Map(await Promise.all(pool.map(async (r) => [r, (await r.data()).meta.title ?? ''] as const)));
  const first = rerank(pool, query, (r) => titles.get(r), TITLE_SLACK).filter((r) => {
    const d = titleDistance(query, titles.get(r) ?? '');
    return d !== undefined && d <= TITLE_SLACK;
  });
  const moved = new Set(first.map((r) => r.id));
  return [...first, ...results.filter((r) => !moved.has(r.id))];
}

/** The line that says what the answer is. */
export function statusText(a: Answer): string {
  const n = a.results.length;
  const q = a.state.q.trim();
  if (a.missing.length) return `No question contains ${a.missing.map((m) => `“${m}”`).join(' or ')}.`;
  if (n) return `${n} question${n === 1 ? '' : 's'}${q ? ` for “${q}”` : ''}`;
  return `No question matches${q ? ` “${q}”` : ''}${hasFilters(a.state) ? ' with these filters' : ''}.`;
}

/** What the answer is, in one word (the panel's data-state). */
export function answerKind(a: Answer): 'empty' | 'results' | 'closest' | 'none' {
  if (!a.state.q.trim() && !hasFilters(a.state)) return 'empty';
  if (!a.results.length) return 'none';
  return a.missing.length ? 'closest' : 'results';
}

export interface WaysOutSources {
  index: () => Promise<SearchIndex>;
  /** The titles of every question: the words "Did you mean" may suggest. */
  titles: () => Promise<readonly string[]>;
  /** Waits before a suggestion is looked for, so not for every keystroke of a word being typed. */
  pause?: () => Promise<void>;
}

/**
 * The ways out of an answer with words no question contains, or with no result; undefined when
 * none is needed (or a newer search started).
 */
export async function waysOut(a: Answer, from: WaysOutSources, isStale: () => boolean = () => false): Promise<WaysOut | undefined> {
  const q = a.state.q.trim();
  const pq = pagefindQuery(q);
  const n = a.results.length;
  const filtered = hasFilters(a.state);
  if (answerKind(a) === 'empty') return undefined;
  const unknown = a.missing.length ? a.missing : !n && !filtered && pq && !quoted(pq) ? pq.split(' ') : [];
  if (!unknown.length && n) return undefined;
  if (unknown.length) await from.pause?.();
  if (isStale()) return undefined;
  const out = unknown.length ? await suggest(a, q, unknown, n === 0, from) : await unfiltered(a, pq, from);
  return isStale() ? undefined : out;
}

/** A word nothing contains: the query with the closest words of the titles, if it finds something. */
async function suggest(a: Answer, q: string, missing: string[], nothingShown: boolean, from: WaysOutSources): Promise<WaysOut> {
  let suggestion: string | undefined;
  try {
    suggestion = suggestQuery(q, missing, vocabulary(await from.titles()));
    if (suggestion) {
      const found = await (await from.index()).search(pagefindQuery(suggestion), pagefindFilters(a.state));
      if (!found.length) suggestion = undefined;
    }
  } catch {
    suggestion = undefined; // no titles: the hint still helps
  }
  return {
    suggestion,
    hint: !suggestion && nothingShown,
    clearFilters: nothingShown && hasFilters(a.state) ? '' : undefined,
  };
}

/** Nothing with these filters: how many without them. */
async function unfiltered(a: Answer, pq: string, from: WaysOutSources): Promise<WaysOut> {
  const filtered = hasFilters(a.state);
  let without = 0;
  if (filtered && pq) {
    const all = await (await from.index()).search(pq, {});
    // Counted only if real matches, not the index's stand-ins for a word nothing contains.
    const real = !all.length || quoted(pq) || (await termsFound(pq, all)).every((t) => t.found);
    without = real ? all.length : 0;
  }
  return {
    clearFilters: filtered ? (pq ? (without ? `${without} without filters.` : 'None without filters either.') : '') : undefined,
    hint: !without && !!pq,
  };
}
