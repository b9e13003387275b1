// What the service worker keeps, read from the built output folder itself (after Pagefind), so the
// lists always name the files a deploy really has:
//   - the shell, precached when the worker installs: every script and stylesheet, the home, topics,
//     study hub, saved (and its sheet), practice, search, offline and 404 pages, the study index,
//     the manifest and icons, and Pagefind's core (its script, the WebAssembly of the index's
//     language, the entry file, the metadata); index chunks are kept as search loads them;
//   - the packs the reader may download ("Make available offline"): the whole site, and each topic
//     (its page and printable sheet, its questions' pages and their Pagefind fragments, and every
//     index and filter chunk and the typo list, so any word can be searched for offline over
//     what is saved).
// Every file carries a short hash of its bytes; the version is the hash of all of them, so any
// changed byte makes a new worker with a new cache.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { filesUnder } from '../../src/lib/fingerprint.ts';
import { readEntry, wasmFiles } from '../search-bundle/bundle-files.ts';

/** A file of the site: its URL path under the base ("questions/a/b/", "" for the home), bytes and hash. */
export interface SiteFile {
  path: string;
  bytes: number;
  hash: string;
}

export interface OfflineFiles {
  version: string;
  shell: SiteFile[];
  /** Every page and fragment that is not in the shell; packs point into it by index. */
  files: SiteFile[];
  topics: Record<string, number[]>;
}

/** Pages of the shell (URL paths under the base). */
const SHELL_PAGES = new Set(['', '404.html', 'offline/', 'topics/', 'study/', 'saved/', 'saved/sheet/', 'practice/', 'search/']);
const SHELL_FILE = /^(?:_astro\/.*|theme\.js|favicon\.svg|manifest\.webmanifest|icons\/.*|study-index\.json|pagefind\/(?:pagefind-entry\.json|[^/]*\.pf_meta))$/;
/** Pagefind's word index and the word list typo correction reads: in every download. */
const SEARCH_DATA = /^pagefind\/(?:index\/|filter\/|words\.txt$)/;
/** Never cached: the worker itself, its lists, and what only hosts and crawlers read. */
const NEVER = /^(?:sw\.js|offline\.json|_headers|robots\.txt|sitemap\.xml)$/;

const shortHash = (b: Buffer) => createHash('sha256').update(b).digest('hex').slice(0, 12);

/** "questions/a/b/index.html" -> "questions/a/b/" (the address a reader opens); other files as they are. */
export function urlPath(file: string): string {
  return file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** A Pagefind fragment's page (its URL path under the base) and topic filter. */
function readFragment(bytes: Buffer): { path: string; topic?: string } {
  const json = JSON.parse(gunzipSync(bytes).subarray('pagefind_dcd'.length).toString('utf8')) as { url: string; filters?: { topic?: string[] } };
  return { path: json.url.replace(/^\/+/, ''), topic: json.filters?.topic?.[0] };
}

export function offlineFiles(outDir: string): OfflineFiles {
  const all = filesUnder(outDir).map((abs) => ({ rel: relative(outDir, abs).split('\\').join('/'), abs }));
  // Only the WebAssembly of the languages the index has (the entry file names them).
  const wasm = new Set(wasmFiles(readEntry(`${outDir}/pagefind`)).map((f) => `pagefind/${f}`));
  const shell: SiteFile[] = [];
  const files: SiteFile[] = [];
  const fragmentOf = new Map<string, number>();
  const topicOf = new Map<string, string>();
  for (const { rel, abs } of all) {
    if (NEVER.test(rel) || rel.startsWith('pagefind/wasm.') && !wasm.has(rel)) continue;
    const bytes = readFileSync(abs);
    const f = { path: urlPath(rel), bytes: bytes.length, hash: shortHash(bytes) };
    if (SHELL_PAGES.has(f.path) || SHELL_FILE.test(rel) || wasm.has(rel)) shell.push(f);
    else if (rel.endsWith('.html') || rel.startsWith('pagefind/fragment/') || SEARCH_DATA.test(rel)) {
      if (rel.startsWith('pagefind/fragment/')) {
        const { path, topic } = readFragment(bytes);
        fragmentOf.set(path, files.length);
        if (topic) topicOf.set(path, topic);
      }
      files.push(f);
    }
  }
  const chunks = files.flatMap((f, i) => (SEARCH_DATA.test(f.path) ? [i] : []));
  const topics: Record<string, number[]> = {};
  files.forEach((f, i) => {
    const own = /^topics\/([^/]+)\/(?:sheet\/)?$/.exec(f.path)?.[1]; // its page and its printable sheet
    const topic = own ?? topicOf.get(f.path);
    if (!topic) return;
    (topics[topic] ??= []).push(i);
    const fragment = fragmentOf.get(f.path);
    if (fragment !== undefined) topics[topic].push(fragment);
  });
  for (const list of Object.values(topics)) list.push(...chunks);
  for (const list of Object.values(topics)) list.sort((a, b) => a - b);
  const version = createHash('sha256')
    .update(JSON.stringify([shell, files].map((l) => l.map((f) => `${f.path} ${f.hash}`))))
    .digest('hex')
    .slice(0, 16);
  return { version, shell, files, topics };
}
