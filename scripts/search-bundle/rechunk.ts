// Splits Pagefind's word index into smaller chunks. Pagefind cuts its index into chunks of about
// 20,000 word locations (about 24 KB gzip here; index/mod.rs: "TODO: Parameterize these chunk
// sizes") and a search loads one chunk per word, so a two-word query fetched about 48 KB before
// its first result. The same words, in the same order, in chunks of about CHUNK_LOCATIONS
// locations make that a few KB; the metadata lists the new chunks (from, to, file).
//
// Pagefind finds a word's chunk by comparing the word with each chunk's first and last word, and
// loads the first chunk that may hold it and its extensions ("transform" -> "transformers"). So a
// cut never falls between two words that share their first PREFIX letters: every word of three
// letters or more finds all its extensions in one chunk.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readPagefindFile, type Cbor } from '../pagefind-stable.ts';
import { META, readMetas, writeDataFile, writeMeta } from './bundle-files.ts';

// Smaller chunks mean less index per query but a longer chunk list in the metadata, which every
// first search fetches. Over the 205 relevance queries (tests/corpus/search-queries.yaml), metadata
// plus a query's chunks (gzip): 13.9 KB on average at 1500 locations, 12.9 at 900, 12.7 at 750,
// 12.8 at 600, 12.9 at 500.
export const CHUNK_LOCATIONS = 750;
const PREFIX = 3;

/** One word of the index: [word, [[page, [locations...]]...]]. */
type PackedWord = [string, [number, number[]][]];

/** The size Pagefind measures a chunk by: each page's locations, plus one. */
const sizeOf = (w: PackedWord) => w[1].reduce((n, [, locs]) => n + locs.length + 1, 0);

const shared = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/** The words (in order) cut into chunks of about `target` locations, never inside a prefix group. */
export function chunkWords(words: readonly PackedWord[], target = CHUNK_LOCATIONS): PackedWord[][] {
  const chunks: PackedWord[][] = [];
  let chunk: PackedWord[] = [];
  let size = 0;
  for (const [i, w] of words.entries()) {
    chunk.push(w);
    size += sizeOf(w);
    const next = words[i + 1];
    if (next && size >= target && shared(w[0], next[0]) < PREFIX) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/** Rewrites the word index of every language of a Pagefind bundle in chunks of about `target` locations. */
export function rechunkIndex(bundle: string, target = CHUNK_LOCATIONS): { before: number; after: number } {
  const dir = join(bundle, 'index');
  let before = 0;
  let after = 0;
  for (const { lang, meta } of readMetas(bundle)) {
    const old = meta[META.indexChunks] as [string, string, string][];
    const words = old.flatMap(([, , hash]) => ((readPagefindFile(join(dir, `${hash}.pf_index`)) as Cbor[])[0] as PackedWord[]));
    for (const [, , hash] of old) rmSync(join(dir, `${hash}.pf_index`));
    meta[META.indexChunks] = chunkWords(words, target).map((chunk) => [chunk[0]![0], chunk.at(-1)![0], writeDataFile(dir, lang, 'pf_index', [chunk])]);
    before += old.length;
    after += (meta[META.indexChunks] as Cbor[]).length;
    writeMeta(bundle, lang, meta);
  }
  if (readdirSync(dir).length !== after) throw new Error(`search-bundle: ${dir} holds other files than the index chunks`);
  return { before, after };
}
