import { beforeAll, describe, expect, it } from 'vitest';
import { relatedQuestions } from '../../../src/lib/related';
import { terms, titleNormaliser } from '../../../src/lib/related-titles';
import { markdownToPlain } from '../../../src/lib/describe';
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

describe('related questions in the shipped sources', () => {
  let title: (id: string) => string;
  let linked: (a: [string, string], b: [string, string]) => number | undefined;
  let real: Map<string, { id: string; score: number }[]>;

  beforeAll(() => {
    const { files } = ingest({ manifest: 'content/sources/sources.json', outDir: 'unused', write: false });
    // As the site computes them (src/lib/questions.ts): the answer as plain text.
    real = relatedQuestions(files.map((f) => ({ id: f.id, source: f.frontmatter.source, title: f.frontmatter.title, text: markdownToPlain(f.body) })));
    const find = ([source, t]: [string, string]) => {
      const found = files.filter((f) => f.frontmatter.source === source && f.frontmatter.title === t);
      expect(found, `${source}: ${t}`).toHaveLength(1);
      return found[0]!.id;
    };
    title = (id) => files.find((f) => f.id === id)!.frontmatter.title;
    linked = (a, b) => {
      const [ia, ib] = [find(a), find(b)];
      const there = real.get(ia)!.find((r) => r.id === ib)?.score;
      // "Also asked as" is symmetric.
      expect(real.get(ib)!.find((r) => r.id === ia)?.score).toBe(there);
      return there;
    };
  });

  it.each([
    // caching / caches, and Key-Value spelled out next to KV
    [['ml-llm-qa', 'How does KV caching work?'], ['nlp-interview-master', 'What are KV (Key-Value) Caches in LLM decoding?']],
    // a compound written as one word
    [['ml-dl-llm-2025', 'What is Flash Attention?'], ['nlp-interview-master', 'What is FlashAttention?']],
    // a follow-up sentence does not hide the question
    [['ml-dl-llm-2025', 'What is Paged Attention?'], ['ml-llm-qa', 'What is Paged Attention? How does it improve memory efficiency?']],
    [['ml-llm-qa', 'Compare MHA, GQA, and MQA. When should you use each?'], ['ml-dl-llm-2025', 'What is the implementation difference between MHA, MQA, and GQA?']],
    [['ml-dl-llm-2025', 'Explain seq2seq models'], ['nlp-interview-master', 'Explain the Sequence-to-Sequence (Seq2Seq) Model.']],
    [['ml-llm-qa', 'How does GloVe differ from Word2Vec?'], ['nlp-interview-master', 'What is the GloVe embedding?']],
    [['ml-dl-llm-2025', 'What is AdamW?'], ['ml-llm-qa', "What's the difference between Adam and AdamW?"]],
  ] as [[string, string], [string, string]][])('links %j and %j', (a, b) => {
    expect(linked(a, b)).toBeGreaterThan(0);
  });

  it.each([
    // sharing "caching" is not the same question
    [['ml-llm-qa', 'How does KV caching work?'], ['ml-dl-llm-2025', 'What is model caching?']],
    // a question about BM25 that mentions TF-IDF is not a TF-IDF question
    [['ml-llm-qa', 'Explain BM25. How does it differ from TF-IDF?'], ['ml-dl-llm-2025', 'Explain TF-IDF']],
    [['ml-llm-qa', 'Explain BM25. How does it differ from TF-IDF?'], ['nlp-interview-master', 'What is TF-IDF?']],
    [['ml-llm-qa', 'Explain BM25. How does it differ from TF-IDF?'], ['nlp-interview-master', "Calculate TF-IDF for word 'data'."]],
    // a narrower thing is not the general one
    [['ml-dl-llm-2025', 'What is Attention Dropout?'], ['ai-engineer', 'Dropout']],
    [['ml-dl-llm-2025', 'What is Attention Dropout?'], ['ml-llm-qa', 'How does dropout work?']],
    [['ml-dl-llm-2025', 'What is kernel PCA?'], ['ml-llm-qa', 'What is a kernel function? Explain the kernel trick.']],
    [['ml-dl-llm-2025', 'What is the computational complexity of Multi-Head Attention?'], ['nlp-interview-master', 'What is Multi-Head Attention?']],
    // neighbours in a topic
    [['llm-fifty', 'How are attention scores calculated in transformers?'], ['ml-llm-qa', 'Explain BLEU score. How is it calculated?']],
  ] as [[string, string], [string, string]][])('does not link %j and %j', (a, b) => {
    expect(linked(a, b)).toBeUndefined();
  });

  it('links many questions, and each only to other sources', () => {
    const withLinks = [...real].filter(([, l]) => l.length > 0);
    expect(withLinks.length).toBeGreaterThan(200);
    for (const [id, l] of withLinks) for (const r of l) expect(r.id.split('/')[0], `${title(id)} -> ${title(r.id)}`).not.toBe(id.split('/')[0]);
  });
});
