import { describe, expect, it } from 'vitest';
import { matchTerms, wordsAt } from '../../../src/lib/search/match';

// The matched words below are what Pagefind 1.5 really marked for these queries on the built
// site (the words at each result's `locations`): the fallback to a shorter indexed word
// (Pagefind/pagefind#315) is what "found" must tell apart from a real match.
const found = (q: string, words: string[]) => matchTerms(q, words).map((t) => [t.term, t.found, t.near]);

describe('which query words the results really contain', () => {
  it('a word no question contains is not found, whatever Pagefind fell back to', () => {
    expect(found('xyzzyqq', ['(x,', 'x', '(X;', 'X.'])).toEqual([['xyzzyqq', false, false]]);
    expect(found('qqqzzz', ['Q-Q'])).toEqual([['qqqzzz', false, false]]);
    expect(found('installa', ['in', '(n_in', 'c_in'])).toEqual([['installa', false, false]]);
    expect(found('vanshing gradient', ['VAEs?', 'Gradients', 'gradient-based', 'VAEs'])).toEqual([
      ['vanshing', false, false],
      ['gradient', true, true],
    ]);
  });

  it('a near miss is not found but near: its results are the closest matches', () => {
    expect(found('transformerz', ['transformer', 'transformers', 'Transformers.'])).toEqual([['transformerz', false, true]]);
    expect(found('gradeint', ['production-grade.'])).toEqual([['gradeint', false, true]]);
  });

  it('inflections, half-typed words and compounds are found', () => {
    expect(found('kv cache', ['KV', 'caching', 'cache:', 'K/V.'])).toEqual([
      ['kv', true, true],
      ['cache', true, true],
    ]);
    // Half-typed: Pagefind falls back from "normaliza" to the stem "normal".
    expect(found('normaliza', ['normalization?', 'Normalizes'])).toEqual([['normaliza', true, true]]);
    expect(found('optimizatio', ['optimizer.', 'optimizer;'])).toEqual([['optimizatio', true, true]]);
    expect(found('vanishi', ['vanishing/exploding'])).toEqual([['vanishi', true, true]]);
    expect(found('studies', ['study).'])).toEqual([['studies', true, true]]);
    expect(found('regularisation', ['regularization'])).toEqual([['regularisation', true, true]]);
    expect(found('running', ['run'])).toEqual([['running', true, true]]);
    expect(found('TF-IDF BM25', ['TF-IDF,', '(BM25)'])).toEqual([
      ['TF-IDF', true, true],
      ['BM25', true, true],
    ]);
  });

  it('tells a word the results have as typed (or inflected, or being typed) from one found only through its family', () => {
    const exact = (q: string, words: string[]) => matchTerms(q, words).map((t) => [t.term, t.found, t.exact]);
    expect(exact('kv cache', ['KV', 'caching'])).toEqual([
      ['kv', true, true],
      ['cache', true, true],
    ]);
    expect(exact('normaliza', ['normalization?'])).toEqual([['normaliza', true, true]]);
    // Found through Pagefind's stem of "reinforcement", but a typo: the word list decides.
    expect(exact('reinforcment', ['reinforcement'])).toEqual([['reinforcment', true, false]]);
    expect(exact('regularisation', ['regularization'])).toEqual([['regularisation', true, false]]);
  });

  it('reads the matched words from a result’s text and positions', () => {
    expect(wordsAt('How does  KV\ncaching work?', [2, 3, 9])).toEqual(['KV', 'caching']);
  });
});
