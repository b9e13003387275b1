import { describe, expect, it } from 'vitest';
import { closestWord, editDistance, suggestQuery, vocabulary } from '../../../src/lib/search/suggest';

const TITLES = [
  'What is the Transformer architecture?',
  'Explain the transformer architecture.',
  'What is the attention mechanism?',
  'Vanishing vs Exploding Gradients',
  'What is the Attention-Free Transformer (AFT)?',
  'How does KV caching work?',
];
const vocab = vocabulary(TITLES);

describe('edit distance', () => {
  it('counts inserts, deletes, substitutions and swapped neighbours', () => {
    expect(editDistance('transfromer', 'transformer')).toBe(1);
    expect(editDistance('atention', 'attention')).toBe(1);
    expect(editDistance('vanshing', 'vanishing')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('gives up past the most it is asked for', () => {
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});

describe('did you mean', () => {
  it('finds the title word a typo is closest to', () => {
    expect(closestWord('transfromer', vocab)).toBe('transformer');
    expect(closestWord('Atention', vocab)).toBe('attention');
  });
  it('says nothing for a word it knows, a short word or a word far from all', () => {
    expect(closestWord('attention', vocab)).toBeUndefined();
    expect(closestWord('kvv', vocab)).toBeUndefined();
    expect(closestWord('xyzzyqq', vocab)).toBeUndefined();
  });
  it('rewrites the query, word for word, or not at all', () => {
    expect(suggestQuery('transfromer atention', ['transfromer', 'atention'], vocab)).toBe('transformer attention');
    expect(suggestQuery('vanshing gradient', ['vanshing'], vocab)).toBe('vanishing gradient');
    expect(suggestQuery('xyzzyqq atention', ['xyzzyqq', 'atention'], vocab)).toBeUndefined();
    expect(suggestQuery('attention', ['attention'], vocab)).toBeUndefined();
  });
});
