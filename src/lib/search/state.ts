// What a search is (query + filters) and how it travels in a URL: /search/?q=kv+cache&topic=...
// Shared by the search dialog, the search page and the tests, so a shared link opens the same search.

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
  const out = new URLSearchParams(params);
  for (const k of ['q', ...FILTER_NAMES] as const) {
    const v = k === 'q' ? s.q.trim() : s[k];
    if (v) out.set(k, v);
    else out.delete(k);
  }
  return out;
}

/** Pagefind's filter object: only the filters that are set. */
export function pagefindFilters(s: SearchState): Record<string, string> {
  const f: Record<string, string> = {};
  for (const k of FILTER_NAMES) if (s[k]) f[k] = s[k];
  return f;
}

export const hasFilters = (s: SearchState) => FILTER_NAMES.some((k) => s[k] !== '');

/** The words of a query worth highlighting on the opened page. */
export function queryTerms(q: string): string[] {
  const words = q.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}_'-]*/gu) ?? [];
  return [...new Set(words.filter((w) => w.length > 1 || /\d/.test(w)))].slice(0, 8);
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
 * The query as Pagefind should see it. Pagefind requires every word to match, so connective
 * words a reader types between two concepts ("BM25 vs TF-IDF") would hide the answer that
 * compares them without using that word.
 */
export function pagefindQuery(q: string): string {
  return q
    .replace(/(^|\s)(?:vs\.?|versus|v\.)(?=\s|$)/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
