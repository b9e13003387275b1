// The search index in the browser: Pagefind, behind the SearchIndex the search pipeline asks
// (src/lib/search/pipeline.ts). The only module that loads pagefind.js, and only when search is
// first used; each result's data is fetched once.
import type { Hit, HitData, SearchIndex } from '../../lib/search/pipeline';
import { cachedPaths, serverReachable } from '../offline/cache';

interface PagefindResult {
  id: string;
  score: number;
  /** The metadata fields a searched word is in ("title", "topic"). */
  matchedMetaFields?: string[];
  data(): Promise<HitData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

let loaded: Promise<SearchIndex> | undefined;

/**
 * The index of the built site: `bundle` is the Pagefind folder's URL, `base` the site's base path
 * (both ending in "/"). Pagefind asks for its entry file with a new query each visit (no
 * metaCacheTag: a tag in every page would change every page with every edit, README, Builds); the
 * service worker answers it from this version's cache whatever the query (src/service-worker/worker.js).
 */
export function pagefindIndex(bundle: string, base: string): Promise<SearchIndex> {
  loaded ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pf.options({
      baseUrl: base,
      // On the page's own thread: Pagefind's worker is another 40 KB to fetch and a message
      // round trip for each result, for searches of a few milliseconds.
      noWorker: true,
      // Ranking measured on the relevance cases (tests/corpus/search-queries.yaml): Pagefind's
      // defaults favour the shortest pages and repeated words, which put "What is sparse PCA?"
      // above the question that explains PCA; halving both brings the defining question up.
      // Metadata is searched too: the title's other wordings (`alt`, its synonyms) count as the
      // title does; the source's name ("... Interview Questions") and the difficulty not at all.
      ranking: { pageLength: 0.5, termFrequency: 0.5, metaWeights: { title: 5, alt: 5, source: 0, difficulty: 0 } },
    });
    await pf.init();
    const data = new WeakMap<PagefindResult, Promise<HitData>>();
    const hit = (r: PagefindResult): Hit => ({
      id: r.id,
      score: r.score,
      inTitle: r.matchedMetaFields?.some((f) => f === 'title' || f === 'alt') ?? false,
      data() {
        let d = data.get(r);
        if (!d) data.set(r, (d = r.data()));
        return d;
      },
    });
    return {
      async search(query, filters, order = 'relevance') {
        const sort = order === 'title-length' ? { sort: { 'title-length': 'asc' } } : {};
        const results = (await pf.search(query, { filters, ...sort })).results;
        // Offline, only the questions whose page data is cached can be shown (the service worker
        // keeps every index chunk, and a fragment per page visited or downloaded).
        if (!navigator.serviceWorker?.controller || (await serverReachable(base))) return results.map(hit);
        const cached = await cachedPaths();
        return results.filter((r) => cached.has(`${new URL(bundle, location.href).pathname}fragment/${r.id}.pf_fragment`)).map(hit);
      },
    };
  })();
  return loaded;
}
