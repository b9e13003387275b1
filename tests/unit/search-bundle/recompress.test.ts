import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { recompressBundle } from '../../../scripts/search-bundle/recompress';

/** Text that compresses like the real files: repeated words with varying numbers. */
const sample = (seed: number) => Buffer.from(Array.from({ length: 4000 }, (_, i) => `word${(i * seed) % 97} ${i % 13} `).join(''));

function bundle() {
  const dir = mkdtempSync(join(tmpdir(), 'recompress-'));
  const files = {
    'wasm.en.pagefind': gzipSync(sample(7), { level: 6 }),
    'pagefind.en_0123456789.pf_meta': gzipSync(sample(11), { level: 9 }),
    'wasm.unknown.pagefind': gzipSync(sample(5), { level: 6 }),
    'words.txt': Buffer.from('attention\n'),
    'pagefind-entry.json': Buffer.from(JSON.stringify({ version: '1.5.2', languages: { en: { hash: 'en_0123456789', wasm: 'en', page_count: 2 } } })),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return { dir, files };
}

describe('the WebAssembly and metadata recompressed with Zopfli', () => {
  it('are smaller, unzip to the same bytes and keep their names; other files, and a language the site does not use, are left alone', async () => {
    const { dir, files } = bundle();
    const saved = await recompressBundle(dir);
    expect(readdirSync(dir).sort()).toEqual(Object.keys(files).sort());
    for (const name of ['wasm.en.pagefind', 'pagefind.en_0123456789.pf_meta'] as const) {
      const now = readFileSync(join(dir, name));
      expect(now.length, name).toBeLessThan(files[name].length);
      expect(gunzipSync(now).equals(gunzipSync(files[name])), name).toBe(true);
    }
    for (const name of ['words.txt', 'wasm.unknown.pagefind', 'pagefind-entry.json'] as const) expect(readFileSync(join(dir, name)).equals(files[name]), name).toBe(true);
    expect(saved).toBe(Object.values(files).reduce((n, b) => n + b.length, 0) - readdirSync(dir).reduce((n, f) => n + readFileSync(join(dir, f)).length, 0));
  });

  it('give the same bytes when run again, and the WebAssembly from the cache folder', async () => {
    const { dir } = bundle();
    const cache = mkdtempSync(join(tmpdir(), 'recompress-cache-'));
    await recompressBundle(dir, cache);
    const first = readFileSync(join(dir, 'wasm.en.pagefind'));
    expect(readdirSync(cache)).toHaveLength(1);
    expect(await recompressBundle(dir, cache)).toBe(0);
    expect(readFileSync(join(dir, 'wasm.en.pagefind')).equals(first)).toBe(true);
    // A fresh bundle with the same WebAssembly is given what the cache holds: here the same stream
    // with another modification time in its gzip header, so that it shows where the bytes came from.
    const [cached] = readdirSync(cache);
    const marked = Buffer.from(first);
    marked.writeUInt32LE(1_700_000_000, 4);
    writeFileSync(join(cache, cached!), marked);
    const again = bundle();
    await recompressBundle(again.dir, cache);
    expect(readFileSync(join(again.dir, 'wasm.en.pagefind')).equals(marked)).toBe(true);
    expect(gunzipSync(marked).equals(sample(7))).toBe(true);
  });
});
