// Pagefind's search, without pagefind.js. pagefind.js is 11 KB gzip of a first search's bytes, most
// of them for what this site does not use: its own gunzip (browsers have DecompressionStream), a
// worker, excerpts, sub-results, merged indexes. This loads the same files and asks the same
// WebAssembly (pagefind-wasm.ts) the same questions in the same order, so the results are
// Pagefind's own: tests/unit/search/pagefind-client.test.ts compares them with pagefind.js's.
import { instantiatePagefind, type PagefindWasm } from './pagefind-wasm';

/** The Pagefind release whose files and WebAssembly this reads (package.json pins it). */
export const PAGEFIND_VERSION = '1.6.0';

export interface PagefindOptions {
  /** The bundle folder's URL, ending in "/". */
  bundle: string;
  /** What the pages' URLs are relative to, ending in "/". */
  baseUrl: string;
  /** The page's language (<html lang>); the bundle's largest index when it has none for it. */
  language: string;
  /** Pagefind's ranking options (termSimilarity, pageLength, ..., metaWeights). */
  ranking?: Record<string, unknown>;
}

/** One result as Pagefind ranks it. */
export interface PagefindResult {
  /** The page's fragment hash. */
  id: string;
  /** The file its fragment is in when Pagefind bundles fragments together (max_fragments); '' when alone. */
  group: string;
  score: number;
  /** Where the searched words are in the page's text, in words. */
  locations: number[];
  /** The metadata fields a searched word is in ("title", "topic"), sorted (Pagefind's order varies). */
  metaFields: string[];
}

/** A page's fragment, as Pagefind indexed it. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PagefindClient {
  /** Pages matching `term` (every page for null) and `filters`; `sort` is "<sort>:asc|desc" or "". */
  search(term: string | null, filters: Record<string, string>, sort?: string): Promise<PagefindResult[]>;
  /** A page's fragment (fetched once), from its own file or its group's. */
  fragment(id: string, group?: string): Promise<PagefindFragment>;
}

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
  include_characters?: string[];
}

const SIGNATURE = 'pagefind_dcd';
const signed = (b: Uint8Array) => new TextDecoder().decode(b.subarray(0, SIGNATURE.length)) === SIGNATURE;

/** A Pagefind file's content: gzip + signature, or already inflated by a host that sent it encoded. */
async function unpack(bytes: Uint8Array, file: string): Promise<Uint8Array> {
  if (!signed(bytes)) {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
    bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    if (!signed(bytes)) throw new Error(`Pagefind: ${file} has no Pagefind signature`);
  }
  return bytes.subarray(SIGNATURE.length);
}

async function fetchFile(url: string): Promise<Uint8Array> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`Pagefind: ${url} answered ${r.status}`);
  return unpack(new Uint8Array(await r.arrayBuffer()), url);
}

/**
 * The query as Pagefind searches it: lower case, without punctuation (but the characters the index
 * keeps), spaces collapsed; then each word without diacritics (a word that was only marks goes),
 * the original words kept for ranking.
 */
export function normaliseQuery(term: string, keep: readonly string[] = []): { query: string; original: string } {
  const punctuation = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u; // Pagefind's own test, grouping and all
  let out = '';
  for (const c of term) out += keep.includes(c) ? c : punctuation.test(c) ? '' : c.toLocaleLowerCase();
  const words = out
    .replace(/\s{2,}/g, ' ')
    .trim()
    .split(' ')
    .map((w) => [w, w.normalize('NFD').replace(/\p{M}/gu, '')] as const)
    .filter(([, plain]) => plain);
  return { query: words.map(([, plain]) => plain).join(' '), original: words.map(([w]) => w).join(' ') };
}

/** Pagefind's ranking option names, as its WebAssembly reads them (unset ones are null). */
function rankingWeights(r: Record<string, unknown> = {}): string {
  const names = { termSimilarity: 'term_similarity', pageLength: 'page_length', termSaturation: 'term_saturation', termFrequency: 'term_frequency', diacriticSimilarity: 'diacritic_similarity', metaWeights: 'meta_weights' };
  return JSON.stringify(Object.fromEntries(Object.entries(names).map(([k, n]) => [n, r[k] ?? null])));
}

/** Loads the bundle's entry file, then its metadata and WebAssembly, and returns the search. */
export async function openPagefind(opts: PagefindOptions): Promise<PagefindClient> {
  // The entry file is the one file not named by its content: asked for afresh on each visit, as
  // pagefind.js does (the service worker answers it from its cache whatever the query).
  const entry = (await (await fetch(`${opts.bundle}pagefind-entry.json?ts=${Date.now()}`)).json()) as Entry;
  if (entry.version !== PAGEFIND_VERSION) console.warn(`Pagefind index ${entry.version}, client ${PAGEFIND_VERSION}: rebuild the site`);
  const lang = opts.language.toLowerCase();
  const index =
    entry.languages[lang] ?? entry.languages[lang.split('-')[0]!] ?? Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0];
  if (!index) throw new Error('Pagefind: the bundle has no index');
  const [meta, wasm] = await Promise.all([
    fetchFile(`${opts.bundle}pagefind.${index.hash}.pf_meta`),
    fetchFile(`${opts.bundle}wasm.${index.wasm ?? 'unknown'}.pagefind`).then(instantiatePagefind),
  ]);
  wasm.init(meta);
  if (opts.ranking) wasm.setRanking(rankingWeights(opts.ranking));
  return client(wasm, opts, entry.include_characters ?? []);
}

/** `load()` once per key; a load that fails is forgotten, so that the next call tries again. */
function once<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let p = cache.get(key);
  if (!p) {
    cache.set(key, (p = load()));
    p.catch(() => cache.delete(key));
  }
  return p;
}

function client(wasm: PagefindWasm, opts: PagefindOptions, keep: string[]): PagefindClient {
  const chunks = new Map<string, Promise<void>>();
  // A chunk that fails to arrive is left out of this search, as pagefind.js does (offline, a chunk
  // not kept), and asked for again by the next search that needs it.
  const load = (folder: 'index' | 'filter', hash: string) =>
    once(chunks, `${folder}/${hash}`, () =>
      fetchFile(`${opts.bundle}${folder}/${hash}.pf_${folder}`).then((b) => (folder === 'index' ? wasm.loadIndexChunk(b) : wasm.loadFilterChunk(b))),
    ).catch(() => {});
  const files = new Map<string, Promise<unknown>>();
  const json = (file: string) =>
    once(files, file, () => fetchFile(`${opts.bundle}fragment/${file}.pf_fragment`).then((b): unknown => JSON.parse(new TextDecoder().decode(b))));
  const fullUrl = (raw: string) => (/^(https?:)?\/\//.test(raw) ? raw : `${opts.baseUrl}/${raw}`.replace(/\/+/g, '/'));
  return {
    async search(term, filters, sort = '') {
      const exact = /^\s*".+"\s*$/.test(term ?? '');
      const { query, original } = normaliseQuery(term ?? '', keep);
      if (!query && term !== null) return [];
      const filterJson = JSON.stringify(filters);
      await Promise.all([
        ...(JSON.parse(wasm.requestIndexes(query)) as string[]).filter(Boolean).map((h) => load('index', h)),
        ...(JSON.parse(wasm.requestFilterIndexes(filterJson)) as string[]).filter(Boolean).map((h) => load('filter', h)),
      ]);
      const { results } = JSON.parse(wasm.search(query, original, filterJson, sort, exact)) as {
        results: { p: string; g?: string; s: number; l: { l: number }[]; mf?: string[] }[];
      };
      // Best first, as pagefind.js orders them (a stable sort): under a sort, the WebAssembly gives
      // each page its place as its score and leaves the list in the order of relevance.
      return results
        .map((r) => ({ id: r.p, group: r.g ?? '', score: r.s, locations: r.l.map((l) => l.l), metaFields: (r.mf ?? []).sort() }))
        .sort((a, b) => b.score - a.score);
    },
    async fragment(id, group = '') {
      const raw = (group ? ((await json(group)) as Record<string, PagefindFragment>)[id] : await json(id)) as PagefindFragment | undefined;
      if (!raw) throw new Error(`Pagefind: no fragment ${id} in ${group}`);
      return { url: fullUrl(raw.url), content: raw.content.replace(/\u200B/g, ''), meta: raw.meta ?? {}, filters: raw.filters ?? {} };
    },
  };
}
