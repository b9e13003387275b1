// How alike two questions are (scripts/ingest/concepts/similarity.ts), on small hand-written corpora
// shaped like the sources: the same question asked two ways scores above its look-alikes.
import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '../../../scripts/ingest/concepts/features.ts';
import { scorer } from '../../../scripts/ingest/concepts/similarity.ts';

const corpus: [string, string][] = [
  ['What is Paged Attention?', 'Stores the KV cache in fixed-size blocks, like virtual memory pages, so memory is not fragmented.'],
  ['How does Paged Attention work?', 'The KV cache lives in blocks; a block table maps logical to physical blocks, as pages do in virtual memory.'],
  ['What are the benefits of Paged Attention?', 'Near-zero KV cache waste, larger batches and higher throughput.'],
  ['What is prompt tuning?', 'Learns soft prompt embeddings prepended to the input while the model stays frozen.'],
  ['What is prefix tuning?', 'Learns prefix vectors prepended to the keys and values of every layer while the model stays frozen.'],
  ['What is perplexity in language modeling?', 'The exponential of the average negative log-likelihood per token.'],
  ['What is perplexity in t-SNE?', 'A t-SNE setting: roughly the number of neighbours each point considers.'],
  ['Explain perplexity', 'How well a language model predicts text: the exponential of its average negative log-likelihood.'],
  ['What is dropout?', 'Randomly zeroes activations during training, a regularizer against overfitting.'],
  ['What is a convolution?', 'Slides a small kernel over the input, computing weighted sums.'],
  ['Graph Neural Networks (GNN)', 'Networks that pass messages between the nodes of a graph; attention can weigh the neighbours.'],
  ['What is attention mechanism in GNNs?', 'Graph attention weighs each neighbour of a node by a learned attention score when passing messages.'],
];
const f = conceptFeatures(corpus.map(([title, text], i) => ({ id: `s/${i}`, title, text })));
const s = scorer(f);
const score = (a: number, b: number) => s.score(Math.min(a, b), Math.max(a, b));

describe('pair scores', () => {
  it('put the same question asked two ways above a narrower question about the same subject', () => {
    expect(score(0, 1)).toBeGreaterThan(0.55);
    // "benefits of" asks a facet "What is" does not.
    expect(score(0, 2)).toBeLessThan(score(0, 1));
    expect(score(0, 2)).toBeLessThan(0.55);
  });

  it('keep siblings apart: each names what the other does not ("prompt" and "prefix" tuning)', () => {
    expect(score(3, 4)).toBeLessThan(0.4);
  });

  it('keep one subject in two contexts apart ("perplexity in t-SNE" and "in language modeling")', () => {
    expect(score(5, 6)).toBeLessThan(0.4);
    expect(score(5, 7)).toBeGreaterThan(score(5, 6));
  });

  it('keep apart a question about something inside another’s subject ("attention in GNNs" of "GNNs")', () => {
    const { title, answer } = s.parts(10, 11);
    // Siblings: the score is lowered below what the title and answer parts alone would give.
    expect(score(10, 11)).toBeLessThan(0.75 * (0.7 * title + 0.3 * answer));
  });

  it('are low for unrelated questions, and lie between 0 and 1', () => {
    expect(score(8, 9)).toBeLessThan(0.1);
    for (let a = 0; a < corpus.length; a++) for (let b = a + 1; b < corpus.length; b++) expect(score(a, b)).toBeGreaterThanOrEqual(0);
    expect(score(0, 1)).toBeLessThanOrEqual(1);
  });

  it('split into a title part and an answer part', () => {
    const p = s.parts(0, 1);
    expect(p.title).toBe(1);
    expect(p.answer).toBeGreaterThan(0.1);
  });
});

describe('answers with little prose', () => {
  const pair = conceptFeatures([
    { id: 's/0', title: 'Compare MHA, GQA, and MQA.', text: 'MHA gives every query head its own key and value heads; MQA shares one pair across all heads; GQA shares one pair per group of query heads, trading quality for a smaller KV cache.' },
    // The source answers with code only: no prose to compare.
    { id: 's/1', title: 'What is the implementation difference between MHA, MQA, and GQA?', text: '' },
  ]);
  it('leave the titles to tell: an answer that is all code does not veto the pair', () => {
    const s2 = scorer(pair);
    expect(s2.parts(0, 1).answer).toBe(0);
    expect(s2.score(0, 1)).toBeCloseTo(s2.parts(0, 1).title, 5);
    expect(s2.score(0, 1)).toBeGreaterThan(0.4);
  });
});

describe('candidates', () => {
  it('are only pairs that share a rare title term or whose head the other answers, in a fixed order', () => {
    const pairs = s.candidates();
    expect(pairs).toContainEqual([0, 1]);
    expect(pairs).not.toContainEqual([8, 9]);
    expect(pairs).toEqual([...pairs].sort((x, y) => x[0] - y[0] || x[1] - y[1]));
  });

  it('give every pair scoring at least the floor, and no other', () => {
    const all = s.scored(0.4);
    for (const p of all) expect(p.score).toBeGreaterThanOrEqual(0.4);
    expect(all.map((p) => [p.a, p.b])).toContainEqual([0, 1]);
    expect(all.map((p) => [p.a, p.b])).not.toContainEqual([3, 4]);
  });
});
