// What a search is (query + filters) and how it travels in a URL: /search/?q=kv+cache&topic=...
// Shared by the search dialog, the search page and the tests, so a shared link opens the same search.
import { isStopWord } from '../text/stop-words.ts';
import { typedWords } from '../text/normalise.ts';
import { withValues } from '../url-params.ts';

export const FILTER_NAMES = ['topic', 'source', 'difficulty'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchState {
  q: string;
  topic: string;
  source: string;
  difficulty: string;
}

export const emptyState = (): SearchState => ({ q: '', topic: '', source: '', difficulty: '' });

export function stateFromParams(params: URLSearchParams): SearchState {
  const s = emptyState();
  s.q = (params.get('q') ?? '').slice(0, 200);
  for (const f of FILTER_NAMES) s[f] = params.get(f) ?? '';
  return s;
}

/** Writes the state into params, dropping empty values; other params are kept. */
export function writeParams(params: URLSearchParams, s: SearchState): URLSearchParams {
  return withValues(params, { ...s, q: s.q.trim() });
}

/** Pagefind's filter object: only the filters that are set. */
export function pagefindFilters(s: SearchState): Record<string, string> {
  const f: Record<string, string> = {};
  for (const k of FILTER_NAMES) if (s[k]) f[k] = s[k];
  return f;
}

export const hasFilters = (s: SearchState) => FILTER_NAMES.some((k) => s[k] !== '');

// Stop words (src/lib/text/stop-words.ts): Pagefind requires every word of a query, so "attention
// is all you need" found pages with "you" and "need" rather than attention, and the opened page lit
// up every "is".

/** The words of a query worth highlighting on the opened page: no stop words, unless that is all there is. */
export function queryTerms(q: string): string[] {
  const words = typedWords(q).filter((w) => w.length > 1 || /\d/.test(w));
  const meaningful = words.filter((w) => !isStopWord(w));
  return [...new Set(meaningful.length ? meaningful : words)].slice(0, 8);
}

/** A result's URL with the query attached, so the opened question can highlight it. */
export function withHighlight(url: string, q: string): string {
  const terms = queryTerms(q);
  if (!terms.length) return url;
  const [path, hash = ''] = url.split('#');
  const sep = path!.includes('?') ? '&' : '?';
  return `${path}${sep}highlight=${encodeURIComponent(terms.join(' '))}${hash ? `#${hash}` : ''}`;
}

/**
 * The query as Pagefind should see it: without stop words, which Pagefind would otherwise require
 * ("BM25 vs TF-IDF" would hide the answer that compares them without saying "vs"). A query of only
 * stop words is kept, and so is a "quoted phrase", which Pagefind matches exactly.
 */
export function pagefindQuery(q: string): string {
  const t = q.replace(/\s+/g, ' ').trim();
  if (/^".+"$/.test(t)) return t;
  const words = t.split(' ').filter(Boolean);
  // A lone letter says nothing either: "precision r", while "recall" is being typed, is "precision".
  const meaningful = words.filter((w) => !isStopWord(w) && !/^\p{L}$/u.test(w));
  return (meaningful.length ? meaningful : words).join(' ');
}
