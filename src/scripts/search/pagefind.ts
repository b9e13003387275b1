// The search index in the browser: Pagefind (through pagefind-client.ts), behind the SearchIndex
// the search pipeline asks (src/lib/search/pipeline.ts). Loaded only when search is first used.
import type { Hit, SearchIndex } from '../../lib/search/pipeline';
import { cachedPaths, serverReachable } from '../offline/cache';
import { openPagefind, type PagefindResult } from './pagefind-client';

let loaded: Promise<SearchIndex> | undefined;

/**
 * The index of the built site: `bundle` is the Pagefind folder's URL, `base` the site's base path
 * (both ending in "/").
 */
export function pagefindIndex(bundle: string, base: string): Promise<SearchIndex> {
  loaded ??= (async () => {
    const pf = await openPagefind({
      bundle,
      baseUrl: base,
      language: document.documentElement.lang,
      // Ranking measured on the relevance cases (tests/corpus/search-queries.yaml): Pagefind's
      // defaults favour the shortest pages and repeated words, which put "What is sparse PCA?"
      // above the question that explains PCA; halving both brings the defining question up.
      // Metadata is searched too: the title's other wordings (`alt`, its synonyms) count as the
      // title does; the source's name ("... Interview Questions") and the difficulty not at all.
      ranking: { pageLength: 0.5, termFrequency: 0.5, metaWeights: { title: 5, alt: 5, source: 0, difficulty: 0 } },
    });
    const hit = (r: PagefindResult): Hit => ({
      id: r.id,
      score: r.score,
      inTitle: r.metaFields.some((f) => f === 'title' || f === 'alt'),
      // The page's data with where this search's words are in it.
      data: async () => ({ ...(await pf.fragment(r.id, r.group)), locations: r.locations }),
    });
    return {
      async search(query, filters, order = 'relevance') {
        const results = await pf.search(query, filters, order === 'title-length' ? 'title-length:asc' : '');
        // Offline, only the questions whose page data is cached can be shown (the service worker
        // keeps every index chunk, and a fragment per page visited or downloaded).
        if (!navigator.serviceWorker?.controller || (await serverReachable(base))) return results.map(hit);
        const cached = await cachedPaths();
        return results.filter((r) => cached.has(`${new URL(bundle, location.href).pathname}fragment/${r.group || r.id}.pf_fragment`)).map(hit);
      },
    };
  })();
  return loaded;
}
