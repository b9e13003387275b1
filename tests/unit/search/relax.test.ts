import { describe, expect, it } from 'vitest';
import { anyWord, relax } from '../../../src/lib/search/relax';
import type { Hit } from '../../../src/lib/search/pipeline';
import { FakeIndex, type FakeDoc } from './fake-index';

const hit = (id: string, score: number): Hit => ({ id, score, inTitle: false, data: async () => ({ url: id, meta: { title: id }, content: '', locations: [] }) });

describe('questions with some of the words', () => {
  it('ranks those with more of the words first, then by their summed scores', () => {
    const lists = [
      [hit('a', 5), hit('b', 1)],
      [hit('b', 1), hit('c', 9)],
      [hit('b', 1), hit('a', 1)],
    ];
    expect(anyWord(lists).map((h) => h.id)).toEqual(['b', 'a', 'c']);
  });

  // Titles and answers cut short from the corpus.
  const DOCS: FakeDoc[] = [
    { id: 'causal', title: 'How does the causal mask work mathematically?', text: 'The mask sets future positions to minus infinity before the softmax.' },
    { id: 'decoding', title: 'What is the difference between encoder-only and decoder-only transformers?', text: 'Decoders use a causal mask; encoders see everything.' },
    { id: 'beam', title: 'Beam Search', text: 'Keeps the k best partial sequences at each step.' },
  ];

  it('searches without the words that frame a question when nothing has them all', async () => {
    const ix = new FakeIndex(DOCS);
    expect(await ix.search('beam search work', {})).toEqual([]);
    const r = await relax(ix, 'beam search work', {}, []);
    expect(r?.searched).toBe('beam search');
    expect(r?.results.map((h) => h.id)).toEqual(['beam']);
  });

  it('ranks a question titled with the words above one whose answer merely has them all', async () => {
    const ix = new FakeIndex(DOCS);
    const found = await ix.search('decoders causal mask', {});
    expect(found.map((h) => h.id)).toEqual(['decoding']);
    const r = await relax(ix, 'decoders causal mask', {}, found);
    expect(r?.results.map((h) => h.id)).toEqual(['causal', 'decoding']);
  });

  it('leaves a precise two-word search that found something alone', async () => {
    const ix = new FakeIndex(DOCS);
    const found = await ix.search('beam search', {});
    expect(await relax(ix, 'beam search', {}, found)).toBeUndefined();
  });
});
