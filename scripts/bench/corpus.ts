// The synthetic corpus of `npm run bench`: every shipped source repeated n times under new ids,
// each copy's text perturbed so its questions are new pages with their own titles and wording,
// and the search index grows the way a larger real corpus would (same kind of vocabulary, new
// word-to-page combinations) rather than by storing ten identical pages.
//
// The perturbation is a seeded permutation of the corpus's common lowercase words (five letters
// or more), applied to whole words everywhere in the copy. A permutation keeps every format
// readable: Python identifiers stay identifiers (renamed consistently), LaTeX commands (after a
// backslash) and the words readers look for (KEEP) are left alone. The bench checks that the copy
// yields exactly n times the questions.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Words the readers, Python or LaTeX environments need as they are. */
const KEEP = new Set(
  (
    'beginner intermediate advanced answer answers question questions example examples preview follow output code ' +
    'return import while break continue class False None True lambda yield assert async await raise except finally global nonlocal ' +
    'print range super float tuple write input break aligned align matrix pmatrix bmatrix vmatrix cases array gathered split equation ' +
    'difficulty label table section sections heading source'
  ).split(/\s+/),
);

const WORD = /(?<![\\\w])[a-z]{5,}(?!\w)/g;

/** The `size` most frequent candidate words of the texts. */
export function vocabulary(texts: string[], size = 600): string[] {
  const freq = new Map<string, number>();
  for (const t of texts) for (const w of t.match(WORD) ?? []) if (!KEEP.has(w)) freq.set(w, (freq.get(w) ?? 0) + 1);
  return [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, size).map(([w]) => w);
}

/** A small seeded PRNG (mulberry32): the same corpus every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The text with the vocabulary permuted (copy `seed`); seed 0 leaves it as it is. */
export function perturb(text: string, vocab: string[], seed: number): string {
  if (seed === 0) return text;
  const random = rng(seed);
  const shuffled = [...vocab];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const map = new Map(vocab.map((w, i) => [w, shuffled[i]!]));
  return text.replace(WORD, (w) => map.get(w) ?? w);
}

interface Entry {
  id: string;
  title: string;
  file: string;
}

/** Rewrites a copy's content/sources/ (manifest and files) as the corpus `times` times larger. */
export function multiplySources(sourcesDir: string, times: number) {
  const manifestFile = join(sourcesDir, 'sources.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { sources: Entry[] };
  const texts = manifest.sources.map((s) => readFileSync(join(sourcesDir, s.file), 'utf8'));
  const vocab = vocabulary(texts);
  const sources: Entry[] = [];
  manifest.sources.forEach((s, i) => {
    for (let k = 0; k < times; k++) {
      const file = `${k + 1}-${s.file}`;
      writeFileSync(join(sourcesDir, file), perturb(texts[i]!, vocab, k));
      sources.push({ ...s, id: `${s.id}-${k + 1}`, title: `${s.title} (copy ${k + 1})`, file });
    }
  });
  writeFileSync(manifestFile, JSON.stringify({ sources }, null, 2));
}
