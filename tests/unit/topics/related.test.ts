import { describe, expect, it } from 'vitest';
import { relatedQuestions, terms } from '../../../src/lib/related';
import { ingest } from '../../../scripts/ingest/ingest.ts';

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

  it('with the default threshold, links the same question across the shipped sources', () => {
    const { files } = ingest({ manifest: 'content/sources/sources.json', outDir: 'unused', write: false });
    const real = relatedQuestions(files.map((f) => ({ id: f.id, source: f.frontmatter.source, title: f.frontmatter.title, text: f.body })));
    const title = new Map(files.map((f) => [f.id, f.frontmatter.title]));
    const links = (t: string) => {
      const id = files.find((f) => f.frontmatter.title === t)!.id;
      return real.get(id)!.map((r) => title.get(r.id));
    };
    expect(links('Explain seq2seq models')).toContain('Explain the Sequence-to-Sequence (Seq2Seq) Model.');
    expect(links('How does GloVe differ from Word2Vec?')).toContain('What is the GloVe embedding?');
    // Neighbours in a topic that are different questions are not "also asked as".
    expect(links('How are attention scores calculated in transformers?')).not.toContain('Explain BLEU score. How is it calculated?');
    const linked = [...real.values()].filter((l) => l.length > 0).length;
    expect(linked).toBeGreaterThan(100);
  });

  it('reduces words to comparable terms', () => {
    expect(terms("What are the Transformers' attention heads?")).toEqual(['transformer', 'attention', 'head']);
  });
});
