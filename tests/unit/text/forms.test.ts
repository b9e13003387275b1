import { describe, expect, it } from 'vitest';
import { compoundParts, isBoundPrefix, isFormOf, sameWord, sharedStart, stem } from '../../../src/lib/text/forms';

describe('the same word in another inflection', () => {
  it('meets at one stem: plural, -ing and -ed forms', () => {
    expect(new Set(['cache', 'caches', 'caching', 'cached'].map(stem))).toEqual(new Set(['cach']));
    expect(stem('embeddings')).toBe(stem('embedding'));
    expect(stem('embedding')).toBe('embed');
    expect(stem('strategies')).toBe('strategy');
    expect(stem('running')).toBe('run');
  });

  it('leaves -ss, -us, -is words, short words and words with digits alone', () => {
    expect(['bias', 'loss', 'analysis', 'corpus', 'use', 'gpt4', 'l2'].map(stem)).toEqual(['bias', 'loss', 'analysis', 'corpus', 'use', 'gpt4', 'l2']);
    expect(stem('biases')).toBe('bias');
  });

  it('tells one word from a longer one (ranking and classification rely on it)', () => {
    for (const [a, b] of [['transformer', 'transformers'], ['cache', 'caching'], ['strategies', 'strategy'], ['overfitting', 'overfit'], ['lstms', 'lstm']]) {
      expect(sameWord(a!, b!), `${a} ${b}`).toBe(true);
    }
    for (const [a, b] of [['adam', 'adamw'], ['tokenization', 'token'], ['normalization', 'normal'], ['rag', 'ragas'], ['bag', 'bagging']]) {
      expect(sameWord(a!, b!), `${a} ${b}`).toBe(a === 'bag');
    }
  });
});

describe('the word family, as search finds it (familyStem: family.test.ts)', () => {
  it('takes a half-typed word as a form of what it is on its way to', () => {
    expect(isFormOf('drop', 'dropout')).toBe(true); // a prefix
    expect(isFormOf('normaliza', 'normalizes')).toBe(true);
    expect(isFormOf('optimizatio', 'optimizer')).toBe(true);
    expect(isFormOf('studies', 'study')).toBe(true);
    expect(isFormOf('running', 'run')).toBe(true);
    expect(isFormOf('regularisation', 'regularization')).toBe(true);
    expect(isFormOf('gradeint', 'grade')).toBe(false);
    expect(isFormOf('vanshing', 'vaes')).toBe(false);
    expect(isFormOf('', 'x')).toBe(false);
    expect(sharedStart('transformerz', 'transformer')).toBe(11);
  });
});

describe('compounds', () => {
  it('binds a prefix to the word after it', () => {
    expect(compoundParts('self-attention')).toEqual(['selfattention']);
    expect(compoundParts('multi-head-attention')).toEqual(['multihead', 'attention']);
    expect(compoundParts('bias-variance')).toEqual(['bias', 'variance']);
    expect(compoundParts('few-shot')).toEqual(['fewshot']);
    expect(compoundParts('dropout')).toEqual(['dropout']);
    expect(isBoundPrefix('cross')).toBe(true);
    expect(isBoundPrefix('attention')).toBe(false);
  });
});
