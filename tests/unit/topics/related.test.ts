// Related questions (src/lib/related.ts) on hand-written titles; real pairs of the shipped
// sources are in tests/corpus/related.test.ts.
import { describe, expect, it } from 'vitest';
import { relatedQuestions } from '../../../src/lib/related';
import { terms, titleNormaliser } from '../../../src/lib/related-titles';

const q = (id: string, source: string, title: string, text = '') => ({ id, source, title, text });

describe('related questions ("also asked as")', () => {
  const items = [
    q('a/bias-variance', 'a', 'Bias vs Variance Tradeoff', 'High bias underfits; high variance overfits.'),
    q('b/bias-variance', 'b', 'What is the bias-variance tradeoff?', 'Bias is error from wrong assumptions, variance from sensitivity.'),
    q('c/bias-variance', 'c', 'Explain the bias–variance trade-off', 'Total error = bias² + variance + noise.'),
    q('a/other-bias', 'a', 'What is the bias in a neuron?', 'A constant added before the activation.'),
    q('b/kv', 'b', 'What is the KV cache?', 'Keys and values of past tokens are stored.'),
    q('c/dropout', 'c', 'What is dropout?', 'Randomly zeroes activations during training.'),
  ];
  const related = relatedQuestions(items, { threshold: 0.3 });

  it('links the same question asked in three sources to the other two', () => {
    expect(related.get('a/bias-variance')!.map((r) => r.id).sort()).toEqual(['b/bias-variance', 'c/bias-variance']);
    expect(related.get('c/bias-variance')!.map((r) => r.id).sort()).toEqual(['a/bias-variance', 'b/bias-variance']);
  });

  it('never links a question to its own source, and not merely for one shared word', () => {
    for (const [id, list] of related) for (const r of list) expect(r.id.split('/')[0]).not.toBe(id.split('/')[0]);
    expect(related.get('a/other-bias')).toEqual([]);
    expect(related.get('b/kv')).toEqual([]);
  });

  it('respects the threshold and the maximum', () => {
    expect(relatedQuestions(items, { threshold: 1.01 }).get('a/bias-variance')).toEqual([]);
    expect(relatedQuestions(items, { threshold: 0.3, max: 1 }).get('a/bias-variance')).toHaveLength(1);
  });

  it('reduces words to comparable terms (word forms: tests/unit/text/forms.test.ts)', () => {
    expect(terms("What are the Transformers' attention heads?")).toEqual(['transformer', 'attention', 'head']);
  });
});

describe('title normalisation', () => {
  const corpus = [
    q('a/1', 'a', 'What are KV (Key-Value) Caches in LLM decoding?'),
    q('a/2', 'a', 'What is FlashAttention?', 'FlashAttention tiles the computation.'),
    q('b/1', 'b', 'What is self-attention?'),
    q('b/2', 'b', 'What is self-training?'),
    q('c/1', 'c', 'Explain BM25. How does it differ from TF-IDF?'),
    q('c/2', 'c', 'Contrastive Learning (SimCLR / CLIP)'),
  ];
  const normalise = titleNormaliser(corpus);
  const first = (title: string) => normalise(title).first;

  it('counts an expansion as the acronym a title defines for it', () => {
    expect(first('What are KV (Key-Value) Caches in LLM decoding?')).toEqual(['kv', 'cach', 'decod']);
    expect(first('How does the key-value cache work?')).toEqual(['kv', 'cach']);
    // Not across words in between: "key, and value" is two things.
    expect(first('What is query, key, and value in attention?')).toEqual(['query', 'valu', 'attention']);
  });

  it('joins two words where the corpus writes them as one, and binds prefixes', () => {
    expect(first('What is Flash Attention?')).toEqual(['flashattention']);
    expect(first('What is self-attention?')).toEqual(['selfattention']);
    expect(first('What is self-training?')).toEqual(['selftrain']);
  });

  it('counts later sentences and asides in parentheses as secondary', () => {
    const bm25 = normalise('Explain BM25. How does it differ from TF-IDF?');
    expect(bm25.first).toEqual(['bm25']);
    expect(bm25.weights.get('idf')).toBeLessThan(bm25.weights.get('bm25')!);
    expect(first('Contrastive Learning (SimCLR / CLIP)')).toEqual(['contrastiv', 'learn']);
  });
});
