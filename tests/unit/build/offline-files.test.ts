// The service worker's lists come from the output folder: a small hand-made one here, with the
// files a real build has (pages, Astro's assets, Pagefind's core, chunks and fragments).
import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { offlineFiles, urlPath } from '../../../scripts/build/offline-files.ts';
import { writeServiceWorker } from '../../../scripts/build/service-worker.ts';

let dir: string;
const put = (path: string, text: string | Buffer) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const fragment = (url: string, topic: string) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify({ url, filters: { topic: [topic] } }))]));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-offline-'));
  for (const p of ['index.html', '404.html', 'offline/index.html', 'topics/index.html', 'study/index.html', 'saved/index.html', 'practice/index.html', 'search/index.html'])
    put(p, `<h1>${p}</h1>`);
  put('topics/rag/index.html', '<h1>RAG</h1>');
  put('topics/rag/sheet/index.html', '<h1>RAG: every answer</h1>');
  put('topics/nlp/index.html', '<h1>NLP</h1>');
  put('questions/s/what-is-rag/index.html', '<h1>What is RAG?</h1>');
  put('questions/s/what-is-bm25/index.html', '<h1>What is BM25?</h1>');
  put('questions/s/what-is-bpe/index.html', '<h1>What is BPE?</h1>');
  put('sources/s/index.html', '<h1>Source</h1>');
  put('_astro/Base.abc123.css', 'body{}');
  put('_astro/search.def456.js', 'export {}');
  put('theme.js', '');
  put('favicon.svg', '<svg/>');
  put('manifest.webmanifest', '{}');
  put('icons/icon-192.png', 'png');
  put('study-index.json', '{}');
  put('_headers', '/*');
  put('robots.txt', '');
  put('sitemap.xml', '');
  put('pagefind/pagefind-entry.json', JSON.stringify({ version: '1.5.2', languages: { en: { hash: 'en_1', wasm: 'en', page_count: 3 } } }));
  put('pagefind/wasm.en.pagefind', 'wasm');
  put('pagefind/wasm.unknown.pagefind', 'wasm');
  put('pagefind/pagefind.en_1.pf_meta', 'meta');
  put('pagefind/index/en_i1.pf_index', 'i1');
  put('pagefind/filter/en_f1.pf_filter', 'f1');
  put('pagefind/words.txt', 'attention');
  put('pagefind/fragment/en_a.pf_fragment', fragment('/questions/s/what-is-rag/', 'rag'));
  put('pagefind/fragment/en_b.pf_fragment', fragment('/questions/s/what-is-bm25/', 'rag'));
  put('pagefind/fragment/en_c.pf_fragment', fragment('/questions/s/what-is-bpe/', 'nlp'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('offlineFiles', () => {
  it('precaches the shell: the home, topics, study, search, offline and 404 pages, assets and Pagefind core (entry, metadata, its WebAssembly), not the chunks nor the WebAssembly of a language the index does not have', () => {
    const shell = offlineFiles(dir).shell.map((f) => f.path);
    expect(shell.sort()).toEqual(
      ['', '404.html', 'offline/', 'topics/', 'study/', 'saved/', 'practice/', 'search/', '_astro/Base.abc123.css', '_astro/search.def456.js', 'theme.js', 'favicon.svg', 'manifest.webmanifest', 'icons/icon-192.png', 'study-index.json', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind', 'pagefind/pagefind.en_1.pf_meta'].sort(),
    );
  });

  it('offers every other page, fragment and chunk for the whole site, nothing only hosts read', () => {
    const files = offlineFiles(dir).files.map((f) => f.path);
    expect(files.sort()).toEqual(
      ['topics/rag/', 'topics/rag/sheet/', 'topics/nlp/', 'questions/s/what-is-rag/', 'questions/s/what-is-bm25/', 'questions/s/what-is-bpe/', 'sources/s/', 'pagefind/index/en_i1.pf_index', 'pagefind/filter/en_f1.pf_filter', 'pagefind/words.txt', 'pagefind/fragment/en_a.pf_fragment', 'pagefind/fragment/en_b.pf_fragment', 'pagefind/fragment/en_c.pf_fragment'].sort(),
    );
  });

  it("a topic's pack: its page and sheet, its questions' pages and fragments, every index and filter chunk and the typo list", () => {
    const l = offlineFiles(dir);
    const pack = (t: string) => l.topics[t]!.map((i) => l.files[i]!.path).sort();
    expect(pack('rag')).toEqual(['topics/rag/', 'topics/rag/sheet/', 'questions/s/what-is-rag/', 'questions/s/what-is-bm25/', 'pagefind/fragment/en_a.pf_fragment', 'pagefind/fragment/en_b.pf_fragment', 'pagefind/index/en_i1.pf_index', 'pagefind/filter/en_f1.pf_filter', 'pagefind/words.txt'].sort());
    expect(pack('nlp')).toEqual(['topics/nlp/', 'questions/s/what-is-bpe/', 'pagefind/fragment/en_c.pf_fragment', 'pagefind/index/en_i1.pf_index', 'pagefind/filter/en_f1.pf_filter', 'pagefind/words.txt'].sort());
  });

  it('sizes are the bytes of the files; the version changes with any byte and only then', () => {
    const a = offlineFiles(dir);
    expect(a.files.find((f) => f.path === 'questions/s/what-is-rag/')!.bytes).toBe('<h1>What is RAG?</h1>'.length);
    expect(offlineFiles(dir).version).toBe(a.version);
    put('questions/s/what-is-bpe/index.html', '<h1>What is BPE? </h1>');
    const b = offlineFiles(dir);
    expect(b.version).not.toBe(a.version);
    expect(b.files.find((f) => f.path === 'questions/s/what-is-bpe/')!.hash).not.toBe(a.files.find((f) => f.path === 'questions/s/what-is-bpe/')!.hash);
    expect(b.files.find((f) => f.path === 'questions/s/what-is-rag/')!.hash).toBe(a.files.find((f) => f.path === 'questions/s/what-is-rag/')!.hash);
  });

  it('urlPath: a page is its folder', () => {
    expect([urlPath('index.html'), urlPath('topics/index.html'), urlPath('404.html'), urlPath('_astro/a.js')]).toEqual(['', 'topics/', '404.html', '_astro/a.js']);
  });
});

describe('writeServiceWorker', () => {
  it('writes sw.js with the version, the base and the shell first, and offline.json with the same version', () => {
    const w = writeServiceWorker(dir, '/atlas/');
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(sw.split('\n').slice(0, 2)).toEqual([`const VERSION = "${w.version}";`, 'const BASE = "/atlas/";']);
    expect(sw).toContain('"pagefind/wasm.en.pagefind"');
    expect(JSON.parse(readFileSync(join(dir, 'offline.json'), 'utf8')).version).toBe(w.version);
    // Written again over its own output: the same bytes (sw.js and offline.json are not listed).
    writeServiceWorker(dir, '/atlas/');
    expect(readFileSync(join(dir, 'sw.js'), 'utf8')).toBe(sw);
  });
});
