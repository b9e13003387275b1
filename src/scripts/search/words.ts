// The word list typo correction reads (pagefind/words.txt: lib/search/words-file.ts), fetched the
// first time a query has a word no question contains, then kept.
import { decodeWords, type Vocabulary } from '../../lib/search/words-file';

let loaded: Promise<Vocabulary> | undefined;

/** The word list of the Pagefind bundle at `bundle` (its URL, ending in "/"). */
export function loadWords(bundle: string): Promise<Vocabulary> {
  loaded ??= fetch(`${bundle}words.txt`)
    .then((r) => {
      if (!r.ok) throw new Error(`words.txt: HTTP ${r.status}`);
      return r.text();
    })
    .then(decodeWords)
    .catch((e: unknown) => {
      loaded = undefined; // try again on the next search
      throw e;
    });
  return loaded;
}
