// The site's Pagefind client against Pagefind's own pagefind.js, on a real index Pagefind writes
// from hand-written pages: the same queries must give the same results (pages, scores, word
// locations, fields matched) and the same page data, whatever the host does with gzip.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PAGEFIND_VERSION, normaliseQuery, openPagefind, type PagefindClient } from '../../../src/scripts/search/pagefind-client';

const BUNDLE = 'https://site.test/docs/pagefind/';
/** The same pages with Pagefind's fragments bundled into two files (max_fragments). */
const GROUPED = 'https://site.test/grouped/pagefind/';
const RANKING = { pageLength: 0.5, termFrequency: 0.5, metaWeights: { title: 5, alt: 5, source: 0 } };

const page = (url: string, title: string, body: string, topic: string, sort: number, alt = '') => ({
  url,
  content: `<html lang="en"><body><main data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1>
    ${alt ? `<span data-pagefind-meta="alt" hidden>${alt}</span>` : ''}
    <span data-pagefind-filter="topic">${topic}</span><span data-pagefind-sort="title-length:${sort}"></span>
    ${body}</main></body></html>`,
});
const PAGES = [
  page('/questions/attention/', 'What is the attention mechanism?', '<p>Attention weighs every token by its relevance: softmax(QKᵀ/√d)V.</p>', 'transformers', 5, 'self-attention'),
  page('/questions/aft/', 'Attention-Free Transformer (AFT)', '<p>AFT replaces dot-product attention with element-wise products.</p>', 'transformers', 3),
  page('/questions/bagging/', 'What is bagging and how does it reduce variance?', '<p>Bootstrap aggregating trains models on resamples; averaging reduces variance.</p>', 'ensembles', 9),
  page('/questions/bow/', 'Bag-of-Words', '<p>A bag of words counts each word, ignoring order. Naïve but strong.</p>', 'nlp', 2),
  page('/questions/kl/', 'KL divergence', '<p>Kullback–Leibler divergence measures how one distribution differs from another. It is not symmetric.</p>', 'probability', 2, 'Kullback–Leibler divergence'),
  page('/questions/café/', 'Café-style naive Bayes', '<p>A naïve Bayes classifier assumes the features are independent given the class.</p>', 'probability', 4),
];

let dir: string;
let groupedDir: string;
let files: 'gzip' | 'inflated' = 'gzip';
interface Official {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: object): Promise<{ results: { id: string; score: number; words: number[]; matchedMetaFields?: string[]; data(): Promise<Record<string, unknown>> }[] }>;
}
let official: Official;
let officialGrouped: Official;
let ours: PagefindClient;
const fetched: string[] = [];

async function writeBundle(options: { maxFragments?: number }): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'pagefind-client-'));
  const { index } = await createIndex(options);
  for (const p of PAGES) await index!.addHTMLFile({ url: p.url, content: p.content });
  await index!.writeFiles({ outputPath: out });
  return out;
}

beforeAll(async () => {
  dir = await writeBundle({});
  groupedDir = await writeBundle({ maxFragments: 2 });
  await close();
  // The host: the bundle's files by URL, as written (gzip) or inflated as a host may send them.
  vi.stubGlobal('fetch', async (url: string) => {
    const grouped = url.startsWith(GROUPED);
    const path = new URL(url).pathname.slice(new URL(grouped ? GROUPED : BUNDLE).pathname.length);
    fetched.push(path);
    const bytes = readFileSync(join(grouped ? groupedDir : dir, path));
    return new Response(files === 'inflated' && !path.endsWith('.json') ? gunzipSync(bytes) : bytes);
  });
  official = (await import(pathToFileURL(join(dir, 'pagefind.js')).href)) as Official;
  await official.options({ basePath: BUNDLE, baseUrl: '/docs/', ranking: RANKING });
  await official.init();
  ours = await openPagefind({ bundle: BUNDLE, baseUrl: '/docs/', language: 'en', ranking: RANKING });
  officialGrouped = (await import(pathToFileURL(join(groupedDir, 'pagefind.js')).href)) as Official;
  await officialGrouped.options({ basePath: GROUPED, baseUrl: '/docs/', ranking: RANKING });
  await officialGrouped.init();
}, 60_000);
afterAll(() => vi.unstubAllGlobals());

const theirs = async (q: string | null, filters: Record<string, string> = {}, sort = '') => {
  const [key, dirn] = sort.split(':');
  const { results } = await official.search(q, { filters, ...(sort ? { sort: { [key!]: dirn } } : {}) });
  return results.map((r) => ({ id: r.id, score: r.score, locations: r.words, metaFields: [...(r.matchedMetaFields ?? [])].sort() }));
};

describe('the Pagefind client', () => {
  it('reads the index of the Pagefind version the site pins', () => {
    const pinned = JSON.parse(readFileSync('package.json', 'utf8')).dependencies.pagefind;
    expect(PAGEFIND_VERSION).toBe(pinned);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')).version).toBe(PAGEFIND_VERSION);
  });

  const cases: [string | null, Record<string, string>?, string?][] = [
    ['attention', {}],
    ['attention', {}, 'title-length:asc'],
    ['attention', {}, 'title-length:desc'],
    ['the', {}, 'title-length:asc'],
    ['the', {}, 'title-length:desc'],
    ['bag', {}],
    ['bagging variance', {}],
    ['Kullback–Leibler', {}],
    ['naïve', {}],
    ['naive', {}],
    ['"dot-product attention"', {}],
    ['WHAT IS ATTENTION?!', {}],
    ['attention', { topic: 'transformers' }],
    [null, { topic: 'probability' }],
    ['zzzz', {}],
    ['?', {}],
  ];
  it.each(cases)('finds what pagefind.js finds for %j %j %j', async (q, filters = {}, sort = '') => {
    const mine = (await ours.search(q, filters, sort)).map(({ group, ...r }) => r);
    expect(mine).toEqual(await theirs(q, filters, sort));
    if (q === 'attention' && !sort && !Object.keys(filters).length) expect(mine.length).toBeGreaterThan(1);
  });

  it('gives each page’s data as pagefind.js does, its URL under the base', async () => {
    const { results } = await official.search('attention');
    for (const r of results) {
      const d = await r.data();
      const mine = await ours.fragment(r.id);
      expect(mine).toEqual({ url: d.url, content: d.content, meta: d.meta, filters: d.filters });
      expect(mine.url).toMatch(/^\/docs\/questions\//);
    }
  });

  it('reads fragments Pagefind bundled into a few files, as pagefind.js does', async () => {
    const grouped = await openPagefind({ bundle: GROUPED, baseUrl: '/docs/', language: 'en', ranking: RANKING });
    const { results } = await officialGrouped.search('naive');
    const mine = await grouped.search('naive', {});
    expect(mine.map((r) => r.id)).toEqual(results.map((r) => r.id));
    expect(mine.every((r) => r.group)).toBe(true);
    for (const [i, r] of results.entries()) {
      const d = await r.data();
      expect(await grouped.fragment(mine[i]!.id, mine[i]!.group)).toEqual({ url: d.url, content: d.content, meta: d.meta, filters: d.filters });
    }
  });

  it('reads files a host sent already inflated', async () => {
    files = 'inflated';
    try {
      const fresh = await openPagefind({ bundle: BUNDLE, baseUrl: '/docs/', language: 'en', ranking: RANKING });
      expect(await fresh.search('divergence', {})).toEqual(await ours.search('divergence', {}));
      const [first] = await fresh.search('bagging', {});
      expect(await fresh.fragment(first!.id)).toEqual(await ours.fragment(first!.id));
      expect((await fresh.fragment(first!.id)).meta.title).toMatch(/bag/i);
    } finally {
      files = 'gzip';
    }
  });

  it('fetches each index chunk and page once', async () => {
    fetched.length = 0;
    await ours.search('attention', {});
    await ours.search('attention', {});
    const [r] = await ours.search('bagging', {});
    await Promise.all([ours.fragment(r!.id), ours.fragment(r!.id)]);
    expect(new Set(fetched).size).toBe(fetched.length);
  });
});

describe('the query as Pagefind searches it', () => {
  it('is lower case, without punctuation or diacritics, the original kept', () => {
    expect(normaliseQuery('  Naïve   Bayes?! ')).toEqual({ query: 'naive bayes', original: 'naïve bayes' });
    expect(normaliseQuery('Kullback–Leibler (KL)')).toEqual({ query: 'kullbackleibler kl', original: 'kullbackleibler kl' });
    expect(normaliseQuery('c++', ['+'])).toEqual({ query: 'c++', original: 'c++' });
    // A word that is only marks goes, from both.
    expect(normaliseQuery('naïve \u0301 bayes')).toEqual({ query: 'naive bayes', original: 'naïve bayes' });
  });
});
