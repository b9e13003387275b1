import { describe, expect, it } from 'vitest';
import { correctQuery, correctWord, editDistance, knownWord, typoCandidates, typosAllowed } from '../../../src/lib/search/suggest';

// Words and counts as the built index's word list has them (pagefind/words.txt), trimmed.
const vocab = new Map([
  ['transformer', 120],
  ['transformers', 60],
  ['architecture', 80],
  ['attention', 150],
  ['embeddings', 70],
  ['embedding', 90],
  ['distillation', 12],
  ['estimation', 30],
  ['quantization', 25],
  ['principal', 6],
  ['principle', 4],
  ['principles', 3],
  ['entropy', 40],
  ['cross', 50],
  ['leibler', 2],
  ['theorem', 9],
  ['theory', 11],
  ['dropout', 30],
]);

describe('edit distance (Damerau-Levenshtein, optimal string alignment)', () => {
  it('counts inserts, deletes, substitutions and swapped neighbours as one typo each', () => {
    expect(editDistance('transfromer', 'transformer')).toBe(1);
    expect(editDistance('transfomer', 'transformer')).toBe(1);
    expect(editDistance('dropuot', 'dropout')).toBe(1);
    expect(editDistance('quantisation', 'quantization')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('gives up past the most it is asked for', () => {
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});

describe('typo correction', () => {
  it("allows Meilisearch's number of typos: none under 5 letters, one up to 8, two from 9", () => {
    expect([4, 5, 8, 9, 14].map(typosAllowed)).toEqual([0, 1, 1, 2, 2]);
    expect(correctWord('dropuot', vocab)).toBe('dropout');
    expect(correctWord('embedings', vocab)).toBe('embeddings');
    expect(correctWord('qantizaton', vocab)).toBe('quantization'); // two typos in 12 letters
    expect(correctWord('atten', vocab)).toBeUndefined(); // a word being typed
    expect(correctWord('dropt', vocab)).toBeUndefined(); // a prefix too
    expect(correctWord('drpuot', vocab)).toBeUndefined(); // two typos in 6 letters
    expect(correctWord('xyzzyqq', vocab)).toBeUndefined();
  });

  it('prefers the same first letter, then the word more questions have', () => {
    // "destilation" is two typos from both; a typo seldom changes the first letter.
    expect(editDistance('destilation', 'estimation')).toBe(2);
    expect(correctWord('destilation', vocab)).toBe('distillation');
    expect(correctWord('theorm', vocab)).toBe('theory'); // both one typo: the more frequent
  });

  it('knows the words of the list and the words they start with', () => {
    expect(knownWord('Attention', vocab)).toBe(true);
    expect(knownWord('transf', vocab)).toBe(true);
    expect(knownWord('transfomer', vocab)).toBe(false);
  });

  it('offers the real words a known word may have been typed for, not its own inflections', () => {
    expect(typoCandidates('principle', vocab, 3)).toEqual(['principal']);
  });

  it('rewrites only the unknown words of a query, keeping what was typed around them', () => {
    expect(correctQuery('transfomer architecture', ['transfomer'], vocab)).toEqual({
      query: 'transformer architecture',
      changes: [['transfomer', 'transformer']],
    });
    expect(correctQuery('what is cross-entorpy?', ['cross-entorpy'], vocab)?.query).toBe('what is cross-entropy?');
    expect(correctQuery('Kullback-Liebler divergence', ['Kullback-Liebler'], vocab)?.query).toBe('Kullback-Leibler divergence');
    expect(correctQuery('xyzzyqq', ['xyzzyqq'], vocab)).toBeUndefined();
  });
});
