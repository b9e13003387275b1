import { describe, expect, it } from 'vitest';
import { relatedQuestions, terms } from '../../../src/lib/related';

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
  const related = relatedQuestions(items);

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
    expect(relatedQuestions(items, { max: 1 }).get('a/bias-variance')).toHaveLength(1);
  });

  it('reduces words to comparable terms', () => {
    expect(terms("What are the Transformers' attention heads?")).toEqual(['transformer', 'attention', 'head']);
  });
});
