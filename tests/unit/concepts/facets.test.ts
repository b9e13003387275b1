// What a title asks about its subject beyond what it is (scripts/ingest/concepts/facets.ts).
import { describe, expect, it } from 'vitest';
import { facetsOf } from '../../../scripts/ingest/concepts/facets.ts';

const facets = (text: string) => facetsOf(text, text.toLowerCase().split(/[^a-z0-9']+/).filter(Boolean));

describe('facets of a title', () => {
  it('are none for the plain question: what it is, how it works, why it matters', () => {
    for (const t of ['What is dropout?', 'How does dropout work?', 'Why is dropout important?', 'Explain dropout']) expect(facets(t), t).toEqual([]);
  });

  it('name comparisons, benefits, limits, computation, code, choices and alternatives', () => {
    expect(facets('What is the difference between bagging and boosting')).toEqual(['compare']);
    expect(facets('K-Means vs DBSCAN')).toEqual(['compare']);
    expect(facets('What are the benefits of Paged Attention')).toEqual(['benefits']);
    expect(facets('What is the overhead of Paged Attention')).toEqual(['limits']);
    expect(facets('Calculate TF-IDF for the word data')).toEqual(['compute']);
    expect(facets('Implement early stopping in PyTorch')).toEqual(['code']);
    expect(facets('How do you choose the number of clusters')).toEqual(['choose']);
    expect(facets('What are alternatives to batch normalization')).toEqual(['alternatives']);
    expect(facets('How do you evaluate a RAG system')).toEqual(['evaluate']);
    expect(facets('Explain different types of kernels')).toEqual(['types']);
  });

  it('hear "when to use" as a phrase, and come in a fixed order', () => {
    expect(facets('When should you use Multi-Query Attention')).toEqual(['when']);
    expect(facets('Compare MHA and GQA: benefits, and when to use each')).toEqual(['compare', 'benefits', 'when']);
  });

  it('come from the words given, so a word a joined term took ("bias vs variance") asks nothing', () => {
    expect(facetsOf('Bias vs Variance Tradeoff', ['tradeoff'])).toEqual([]);
  });
});
