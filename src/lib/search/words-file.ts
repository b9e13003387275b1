// The word list typo correction reads (pagefind/words.txt, written with the index by
// scripts/search-bundle/vocabulary.ts): every word the index holds, with how many questions have
// it. One word a line, sorted, each as how many letters it shares with the word before (0-9), the
// rest of it, and its count when above 1 ("3ention 57" after "attend"): 31 KB for 4,700 words,
// 15 KB gzip. Pure; encoder and decoder live together so they cannot drift apart.

/** A word list: word -> how many questions have it. */
export type Vocabulary = ReadonlyMap<string, number>;

const MAX_SHARED = 9;

export function encodeWords(counts: ReadonlyMap<string, number>): string {
  let prev = '';
  const lines: string[] = [];
  for (const w of [...counts.keys()].sort()) {
    if (!/^\p{L}+$/u.test(w)) throw new Error(`words file: "${w}" is not a word of letters`);
    let k = 0;
    while (k < MAX_SHARED && k < prev.length && k < w.length && prev[k] === w[k]) k++;
    const n = counts.get(w)!;
    lines.push(`${k}${w.slice(k)}${n > 1 ? ` ${n}` : ''}`);
    prev = w;
  }
  return `${lines.join('\n')}\n`;
}

export function decodeWords(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let prev = '';
  for (const line of text.split('\n')) {
    const m = /^(\d)(\p{L}+)(?: (\d+))?$/u.exec(line);
    if (!m) continue;
    const w = prev.slice(0, Number(m[1])) + m[2];
    out.set(w, m[3] ? Number(m[3]) : 1);
    prev = w;
  }
  return out;
}
