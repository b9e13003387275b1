// What the site adds to Pagefind's bundle once Pagefind has written it (npm run build calls this
// right after indexing): the word index in smaller chunks, so a query fetches a few KB of index
// rather than 24 KB a word (rechunk.ts); and the word list typo correction loads when a query has
// a word no question contains (vocabulary.ts).
import { join } from 'node:path';
import { rechunkIndex } from './rechunk.ts';
import { writeVocabulary } from './vocabulary.ts';

export function finishSearchBundle(siteDir: string): void {
  const bundle = join(siteDir, 'pagefind');
  const chunks = rechunkIndex(bundle);
  const words = writeVocabulary(bundle);
  console.log(`search bundle: word index in ${chunks.after} chunks (Pagefind wrote ${chunks.before}), ${words} words for typo correction`);
}
