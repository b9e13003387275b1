// "Also asked as" on the shipped sources: real pairs that must be linked and real neighbours
// that must not (src/lib/related.ts, as the catalogue calls it), read from the corpus by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { relatedQuestions } from '../../src/lib/related';
import { markdownToPlain } from '../../src/lib/describe';
import { ingest } from '../../scripts/ingest/ingest.ts';

describe('related questions in the shipped sources', () => {
  let title: (id: string) => string;
  let linked: (a: [string, string], b: [string, string]) => number | undefined;
  let real: Map<string, { id: string; score: number }[]>;

  beforeAll(() => {
    const { files } = ingest({ manifest: 'content/sources/sources.json', outDir: 'unused', write: false });
    // As the catalogue computes them (src/lib/catalogue/index.ts): the answer as plain text.
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
