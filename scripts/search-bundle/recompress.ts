// Pagefind gzips its WebAssembly and metadata itself, and a host serves them as they are: every
// reader's first search fetches both (72 KB and 9 KB here). Zopfli writes the same gzip format
// 5% (WebAssembly) to 12% (metadata) smaller, about 4 KB less per first search, and Pagefind's own
// gunzip reads it. The files' content, once unzipped, is unchanged, and so are their names.
//
// Zopfli is slow (about a second for the WebAssembly), so its output for the WebAssembly, which
// changes only with Pagefind's version, is kept in the cache folder, keyed by the unzipped bytes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { hashOf } from '../pagefind-stable.ts';
import { readEntry, wasmFiles } from './bundle-files.ts';

/** One pass: more passes gain a few bytes in a hundred thousand and take proportionally longer. */
const ZOPFLI = { numiterations: 1 };

/**
 * The files a first search fetches whole: each language's metadata and WebAssembly (wasm.unknown,
 * for pages in no known language, only if a language of the site uses it).
 */
function fetchedWhole(bundle: string): string[] {
  const entry = readEntry(bundle);
  return [...Object.values(entry.languages).map((l) => `pagefind.${l.hash}.pf_meta`), ...wasmFiles(entry)].filter((f) => existsSync(join(bundle, f)));
}

async function smaller(file: string, cacheDir?: string): Promise<number> {
  const zipped = readFileSync(file);
  const plain = gunzipSync(zipped);
  const cached = cacheDir && file.endsWith('.pagefind') ? join(cacheDir, `zopfli-${hashOf(plain, 32)}.gz`) : '';
  let out: Buffer;
  if (cached && existsSync(cached)) out = readFileSync(cached);
  else {
    out = Buffer.from(await gzipAsync(plain, ZOPFLI));
    if (cached) {
      mkdirSync(cacheDir!, { recursive: true });
      writeFileSync(cached, out);
    }
  }
  // Pagefind's gzip may already be the smaller (a file written by an earlier run of this step).
  if (out.length < zipped.length) writeFileSync(file, out);
  return zipped.length - Math.min(out.length, zipped.length);
}

/** Recompresses the bundle's WebAssembly and metadata with Zopfli; returns the bytes saved. */
export async function recompressBundle(bundle: string, cacheDir?: string): Promise<number> {
  let saved = 0;
  for (const f of fetchedWhole(bundle)) saved += await smaller(join(bundle, f), cacheDir);
  return saved;
}
