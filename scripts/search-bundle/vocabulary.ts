// Writes the word list typo correction reads (pagefind/words.txt, format in
// src/lib/search/words-file.ts): every word of four letters or more that the index holds, as the
// reader would type it, with how many questions have it. Read from Pagefind's own fragments (each
// question's indexed text and metadata, synonyms' wordings included), so the list is exactly what
// search can find. Pagefind's word index holds stems ("transform"), which a typo is not near.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fold } from '../../src/lib/text/normalise.ts';
import { encodeWords } from '../../src/lib/search/words-file.ts';

export const WORDS_FILE = 'words.txt';
const MIN_LETTERS = 4;

interface Fragment {
  content: string;
  meta: Record<string, string>;
}

/** How many of the texts have each word of MIN_LETTERS letters or more (folded). */
export function countWords(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const words = new Set((text.match(/\p{L}+/gu) ?? []).map(fold).filter((w) => w.length >= MIN_LETTERS && /^\p{L}+$/u.test(w)));
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/** Writes <bundle>/words.txt from the bundle's fragments; returns how many words it holds. */
export function writeVocabulary(bundle: string): number {
  const dir = join(bundle, 'fragment');
  const texts = readdirSync(dir)
    .sort()
    .map((f) => {
      const raw = gunzipSync(readFileSync(join(dir, f)));
      const fragment = JSON.parse(raw.subarray('pagefind_dcd'.length).toString('utf8')) as Fragment;
      return [fragment.content, ...Object.values(fragment.meta)].join(' ');
    });
  const counts = countWords(texts);
  writeFileSync(join(bundle, WORDS_FILE), encodeWords(counts));
  return counts.size;
}
