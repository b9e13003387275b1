// What the site adds to Pagefind's bundle once Pagefind has written it (npm run build calls this
// right after indexing): the word index in smaller chunks, so a query fetches a few KB of index
// rather than 24 KB a word (rechunk.ts); pagefind.js minified (minify.ts); and the word list typo
// correction loads when a query has a word no question contains (vocabulary.ts).
import { join } from 'node:path';
import { minifyPagefind } from './minify.ts';
import { rechunkIndex } from './rechunk.ts';
import { writeVocabulary } from './vocabulary.ts';

export function finishSearchBundle(siteDir: string): void {
  const bundle = join(siteDir, 'pagefind');
  const chunks = rechunkIndex(bundle);
  const js = minifyPagefind(bundle);
  const words = writeVocabulary(bundle);
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(`search bundle: word index in ${chunks.after} chunks (Pagefind wrote ${chunks.before}), pagefind.js ${kb(js.before)} -> ${kb(js.after)} KB, ${words} words for typo correction`);
}
