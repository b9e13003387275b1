import { describe, expect, it } from 'vitest';
import { queryWords, rerank, titleCoverage, titleDistance, titleLength, says, unsaid, wordsSaid } from '../../../src/lib/search/rerank';

// Titles as the sources word them.
describe('how far a title is from naming just the query', () => {
  it('is 0 for the defining questions, whatever their frame', () => {
    for (const t of ['Dropout', 'What is dropout?', 'How does dropout work?', 'Explain dropout.', 'What is the dropout mechanism?']) {
      expect(titleDistance('dropout', t), t).toBe(0);
    }
    expect(titleDistance('transformer', 'What is the Transformer architecture?')).toBe(0);
    expect(titleDistance('tokenization', 'What is tokenization and why is it important?')).toBe(0);
  });

  it('counts the other words a title says', () => {
    // "load", "model", "huggingface" ("a" and "via" are function words)
    expect(titleDistance('transformer', 'Load a transformer model via HuggingFace.')).toBe(3);
    expect(titleDistance('attention', 'What is Attention Temperature?')).toBe(1);
    expect(titleDistance('attention', 'What is the Attention-Free Transformer (AFT)?')).toBeGreaterThanOrEqual(1);
    expect(titleDistance('qlora', 'What distinguishes LoRA from QLoRA in fine-tuning LLMs?')).toBe(5);
  });

  it('is undefined when the title lacks a searched word', () => {
    expect(titleDistance('overfitting', 'What is frequency encoding?')).toBeUndefined();
    expect(titleDistance('kv cache', 'How does Paged Attention work?')).toBeUndefined();
    expect(titleDistance('', 'Dropout')).toBeUndefined();
  });

  it('takes an acronym and its expansion as one subject, both ways', () => {
    expect(titleDistance('RAG', 'Explain Retrieval Augmented Generation (RAG).')).toBe(0);
    expect(titleDistance('RAG', 'What is RAG (Retrieval-Augmented Generation)?')).toBe(0);
    expect(titleDistance('LoRA', 'What is LoRA (Low-Rank Adaptation)?')).toBe(0);
    expect(titleDistance('RLHF', 'What is RLHF (Reinforcement Learning from Human Feedback)?')).toBe(0);
    expect(titleDistance('GANs', 'GANs (Generative Adversarial Networks)')).toBe(0);
    expect(titleDistance('mixture of experts', 'What is Mixture of Experts (MoE)?')).toBe(0);
    // One word of a name is not the name: the rest of the name is still to say.
    expect(titleDistance('network', 'How does FCN (Fully Convolutional Network) work?')).toBe(2);
    expect(titleDistance('fine tuning', 'What is parameter-efficient fine-tuning (PEFT)?')).toBe(2);
    expect(titleDistance('fine tuning', 'What is fine-tuning in NLP?')).toBe(1);
    expect(titleDistance('LoRA', 'What is low-rank adaptation (LoRA) and why is it effective?')).toBe(1);
  });

  it('takes a one-word name in brackets as the name of the words before it', () => {
    expect(titleDistance('bagging', 'Explain bootstrap aggregating (bagging)')).toBe(0);
    // A comparison is about two things: half a word further than its words say.
    expect(titleDistance('bagging', 'What is the difference between bagging and boosting?')).toBe(1.5);
    expect(titleDistance('bagging', 'What is a Bag-of-Words (BoW) model?')).toBeGreaterThanOrEqual(1);
    // The words before the bracket alone are not its name's subject the other way round.
    expect(titleDistance('bootstrap', 'Explain bootstrap aggregating (bagging)')).toBe(2);
  });

  it('matches inflections, hyphenated words and words searched run together, not longer words', () => {
    // Another form of the word costs half a word: ahead of any title that says one more thing.
    expect(titleDistance('transformers', 'What is the Transformer architecture?')).toBe(0.5);
    expect(titleDistance('bagging', 'What is bagging and how does it reduce variance?')).toBe(2);
    expect(titleDistance('bagging', 'What is the bag-of-words model?')).toBe(2.5);
    expect(titleDistance('kv caching', 'How does KV caching work?')).toBe(0);
    expect(titleDistance('few-shot prompting', 'What is few-shot prompting?')).toBe(0);
    expect(titleDistance('self-attention', 'What is self-attention?')).toBe(0);
    expect(titleDistance('Adam', 'What is AdamW?')).toBeUndefined();
    expect(titleDistance('tokenization', 'What is Token Healing in LLMs?')).toBeUndefined();
  });

  it('reads a title of several questions by the one with the searched words, and a closing bracket as a qualifier', () => {
    expect(titleDistance('neural network', 'What is a neural network? Explain the universal approximation theorem')).toBe(0.5);
    expect(titleDistance('neural network', 'What is graph neural network (GNN)?')).toBe(1);
    expect(titleDistance('regularization', 'Regularization (L1 vs L2)')).toBe(1);
    expect(titleDistance('k-means', 'How does K-means clustering work?')).toBe(1);
    expect(titleDistance('k-means', 'K-means vs DBSCAN')).toBe(1.5);
    expect(titleDistance('k-means vs dbscan', 'K-means vs DBSCAN')).toBe(0);
  });

  it('takes the closest of a title’s wordings (its synonyms’)', () => {
    expect(titleDistance('GQA', 'What is Grouped-Query Attention?')).toBeUndefined();
    expect(titleDistance('GQA', ['What is Grouped-Query Attention?', 'What is GQA?', 'What is group query attention?'])).toBe(0);
    expect(titleCoverage('decoders causal mask', ['How does the causal mask work mathematically?'])).toBe(2);
    expect(titleCoverage('decoders causal mask', ['What is the difference between encoder-only, decoder-only, and encoder-decoder transformers?'])).toBe(1);
  });

  it('needs only the words of a question that name something', () => {
    expect(queryWords('what is the difference between L1 and L2 regularization')).toEqual(['l1', 'l2', 'regularization']);
    expect(titleDistance('how does KV caching work', 'How does KV caching work?')).toBe(0);
  });
});

describe('the length of a title', () => {
  it('counts the words of its subject', () => {
    expect(titleLength('What is RAG (Retrieval-Augmented Generation)?')).toBe(1);
    expect(titleLength('What is the attention mechanism?')).toBe(1);
    expect(titleLength('Load a transformer model via HuggingFace.')).toBe(4);
  });
});

describe('reranking', () => {
  const titles = [
    'Load a transformer model via HuggingFace.',
    'Explain the architecture of a Transformer model.',
    'What is the feed-forward network in transformers?',
    'What is the Transformer architecture?',
    'How are attention scores calculated?',
  ];
  it('puts the closest titles first and keeps the given order otherwise', () => {
    // 0, 1 ("model"), 3 ("load", "model", "huggingface"), 3.5 ("feed", "forward", "network" and "transformers" for "transformer")
    expect(rerank(titles, 'transformer', (t) => t)).toEqual([titles[3], titles[1], titles[0], titles[2], titles[4]]);
  });
  it('puts, among titles as close, the question more results ask first', () => {
    // Both one word from "temperature"; the second is asked in two sources.
    const same = ['What is attention temperature?', 'What is temperature in softmax?'];
    expect(rerank(same, 'temperature', (t) => t)).toEqual(same);
    expect(rerank(same, 'temperature', (t) => t, Infinity, (t) => (t === same[1] ? 2 : 1))).toEqual([same[1], same[0]]);
  });
  it('moves only titles within the slack given', () => {
    expect(rerank(titles, 'transformer', (t) => t, 1)).toEqual([titles[3], titles[1], titles[0], titles[2], titles[4]]);
    expect(rerank(titles, 'nothing', (t) => t, 1)).toEqual(titles);
  });
});

describe('searched words a result never says as typed', () => {
  const of = (q: string, title: string, text: string) => unsaid(q, wordsSaid([title], text), [title]);
  it('are those it has only as another word of their stem, in title and text', () => {
    expect(of('bagging', 'What is a Bag-of-Words (BoW) model?', 'Text is represented by its word counts.')).toEqual(['bagging']);
    expect(of('bagging', 'What are out-of-bag (OOB) samples?', 'In bagging, each tree leaves out about a third.')).toEqual([]);
    expect(of('bagging', 'Explain bootstrap aggregating (bagging)', '')).toEqual([]);
  });
  it('leave out a plural of the word typed, and a word typed whole that the title writes in parts', () => {
    expect(of('LSTMs', 'LSTM Internals', 'The gates of an LSTM.')).toEqual([]);
    expect(of('fewshot', 'Few-shot prompting', '')).toEqual([]);
    expect(says(wordsSaid(['How does random forest work?'], 'Bagging of trees.'), 'bagging')).toBe(true);
  });
});
