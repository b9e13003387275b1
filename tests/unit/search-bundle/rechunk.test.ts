import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkWords, rechunkIndex } from '../../../scripts/search-bundle/rechunk';
import { pagefindBytes, readPagefindFile, type Cbor } from '../../../scripts/pagefind-stable';

type Word = [string, [number, number[]][]];
/** A word on `pages` pages with `locs` locations each; a negative location is a weight marker, as Pagefind writes. */
const word = (w: string, pages: number, locs = 3): Word => [w, Array.from({ length: pages }, (_, p) => [p, [-241, ...Array.from({ length: locs }, (_, l) => l * 7)]] as [number, number[]])];

describe('the word index in smaller chunks', () => {
  it('cuts after about the size asked, never between two words that share their first three letters', () => {
    const words = [word('atten', 10), word('attention', 10), word('attentive', 10), word('bag', 10), word('bagging', 10), word('batch', 10)];
    // Each word is 10 pages x (4 locations + 1) = 50.
    const chunks = chunkWords(words, 60).map((c) => c.map((w) => w[0]));
    // "bagging" and "batch" share two letters only: a cut may fall between them.
    expect(chunks).toEqual([['atten', 'attention', 'attentive'], ['bag', 'bagging'], ['batch']]);
    expect(chunkWords(words, 1000).length).toBe(1);
  });

  it('rewrites a bundle’s chunks and metadata with the same words, locations and weights', () => {
    const bundle = mkdtempSync(join(tmpdir(), 'rechunk-'));
    mkdirSync(join(bundle, 'index'));
    const words = [word('atten', 200), word('attention', 200), word('bag', 200), word('bagging', 200), word('batch', 200), word('zero', 200)];
    const old = [words.slice(0, 3), words.slice(3)];
    old.forEach((c, i) => writeFileSync(join(bundle, 'index', `en_old${i}.pf_index`), pagefindBytes([c as Cbor])));
    const meta: Cbor = ['1.5.2', [['en_page', 12]], old.map((c, i) => [c[0]![0], c.at(-1)![0], `en_old${i}`]), [], [], ['title']];
    writeFileSync(join(bundle, 'pagefind.en_meta.pf_meta'), pagefindBytes(meta));
    writeFileSync(join(bundle, 'pagefind-entry.json'), JSON.stringify({ version: '1.5.2', languages: { en: { hash: 'en_meta', wasm: 'en', page_count: 1 } } }));

    // Each word is 200 pages x (4 locations + 1) = 1000.
    expect(rechunkIndex(bundle, 1500)).toEqual({ before: 2, after: 3 });
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
    const rewritten = readPagefindFile(join(bundle, `pagefind.${entry.languages.en.hash}.pf_meta`)) as Cbor[];
    const chunks = rewritten[2] as [string, string, string][];
    expect(chunks.map(([from, to]) => [from, to])).toEqual([['atten', 'attention'], ['bag', 'bagging'], ['batch', 'zero']]);
    expect(readdirSync(join(bundle, 'index')).sort()).toEqual(chunks.map(([, , h]) => `${h}.pf_index`).sort());
    const back = chunks.flatMap(([, , h]) => (readPagefindFile(join(bundle, 'index', `${h}.pf_index`)) as Cbor[])[0] as Word[]);
    expect(back).toEqual(words);
    expect(rewritten.filter((_, i) => i !== 2)).toEqual((meta as Cbor[]).filter((_, i) => i !== 2));

    // Run again, it writes the same files.
    const files = readdirSync(bundle).sort();
    rechunkIndex(bundle, 1500);
    expect(readdirSync(bundle).sort()).toEqual(files);
  });
});
