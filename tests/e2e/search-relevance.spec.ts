// Relevance: concept queries a reader types the night before an interview, each with the
// question that answers it expected in the top 3, across sources and phrasing (acronyms,
// plurals, two-word concepts, "X vs Y", whole questions, one word). Where several questions
// define the concept equally ("What is X?" in two sources), any of them will do.
// Runs the real search page against the built index.
import { test, expect } from '@playwright/test';

const CASES: [query: string, expected: string | string[]][] = [
  ['KV cache', 'ml-llm-qa/how-does-kv-caching-work'],
  ['vanishing gradient', 'ai-engineer/vanishing-vs-exploding-gradients'],
  ['BM25 vs TF-IDF', 'ml-llm-qa/explain-bm25-how-does-it-differ-from-tf-idf'],
  [
    'LoRA',
    [
      'nlp-interview-master/what-is-lora-low-rank-adaptation',
      'ml-dl-llm-2025/explain-lora-low-rank-adaptation',
      'llm-fifty/what-distinguishes-lora-from-qlora-in-fine-tuning-llms',
    ],
  ],
  ['RLHF', 'nlp-interview-master/what-is-rlhf-reinforcement-learning-from-human-feedback'],
  ['DPO', 'nlp-interview-master/explain-direct-preference-optimization-dpo'],
  ['bias variance tradeoff', 'ml-llm-qa/explain-bias-variance-tradeoff'],
  ['precision and recall', 'ml-dl-llm-2025/what-are-precision-and-recall'],
  ['ROC AUC', 'ai-engineer/roc-curve-auc'],
  ['batch normalization', 'ai-engineer/batch-normalization'],
  ['word2vec', 'nlp-interview-master/what-is-word2vec'],
  ['positional encodings', 'llm-fifty/what-are-positional-encodings-and-why-are-they-used'],
  ['beam search', 'llm-fifty/how-does-beam-search-improve-text-generation-compared-to-greedy-decoding'],
  ['prompt injection', 'ai-engineer/prompt-injection-defenses'],
  ['few-shot prompting', 'ml-dl-llm-2025/what-is-few-shot-prompting'],
  ['RAG', 'nlp-interview-master/explain-retrieval-augmented-generation-rag'],
  ['vector databases', 'nlp-interview-master/what-are-vector-databases'],
  ['chunking strategies', 'ml-llm-qa/explain-different-chunking-strategies-when-to-use-each'],
  ['hallucinations', 'nlp-interview-master/explain-the-hallucination-problem-in-llms-and-mitigation-strategies'],
  ['quantization', 'ml-dl-llm-2025/explain-quantization-in-llms'],
  ['mixture of experts', 'ai-engineer/mixture-of-experts-moe-architecture'],
  ['FlashAttention', 'ml-dl-llm-2025/what-is-flashattention'],
  ['k-means', 'ml-llm-qa/how-does-k-means-clustering-work'],
  ['L1 vs L2 regularization', 'ml-llm-qa/explain-l1-vs-l2-regularization'],
  ['GANs', 'ai-engineer/gans-generative-adversarial-networks'],
  ['data drift', 'ml-dl-llm-2025/what-is-data-drift'],
  ['PCA', 'ai-engineer/pca-principal-component-analysis'],
  ['dropout', 'ai-engineer/dropout'],
  ['self-attention', 'nlp-interview-master/what-is-self-attention'],
  ['cross-entropy loss', 'ml-llm-qa/what-is-cross-entropy-why-is-it-used-as-a-loss-function'],
  ['transformer architecture', 'ml-dl-llm-2025/what-is-the-transformer-architecture'],
  ['LSTMs', 'ai-engineer/lstm-internals'],
  ['GRU vs LSTM', 'ml-dl-llm-2025/what-is-gru-and-how-does-it-differ-from-lstm'],
  ['word embeddings', 'nlp-interview-master/what-are-word-embeddings'],
  ['t-SNE', 'ml-dl-llm-2025/what-is-t-sne-t-distributed-stochastic-neighbor-embedding'],
  // Asked as a question: the stop words must not decide what is found.
  ['what is the difference between L1 and L2 regularization', 'ai-engineer/regularization-l1-vs-l2'],
  ['how does KV caching work', 'ml-llm-qa/how-does-kv-caching-work'],
  // One word or acronym: the question that defines it, not one that only uses it
  // ("Load a transformer model via HuggingFace", "What is the Attention-Free Transformer?").
  ['transformer', ['ml-dl-llm-2025/what-is-the-transformer-architecture', 'ml-llm-qa/explain-the-transformer-architecture']],
  ['attention', ['ml-dl-llm-2025/what-is-the-attention-mechanism', 'nlp-interview-master/explain-the-attention-mechanism']],
  ['overfitting', 'llm-fifty/what-is-overfitting-and-how-can-it-be-mitigated-in-llms'],
  ['qlora', 'llm-fifty/what-distinguishes-lora-from-qlora-in-fine-tuning-llms'],
  ['tokenization', ['nlp-interview-master/what-is-tokenization', 'ml-dl-llm-2025/what-is-tokenization-and-why-is-it-important']],
  ['perplexity', ['ml-llm-qa/what-is-perplexity-how-is-it-computed', 'ml-llm-qa/what-does-perplexity-mean-how-do-you-interpret-it']],
  ['BERT', 'nlp-interview-master/what-is-bert'],
  ['cross-validation', 'ml-dl-llm-2025/what-is-cross-validation'],
  ['boosting', 'ml-dl-llm-2025/how-does-boosting-work'],
  // "bagging" is not "bag" (of words), though one is a form of the other.
  [
    'bagging',
    [
      'ml-dl-llm-2025/explain-bootstrap-aggregating-bagging',
      'ml-dl-llm-2025/what-is-bagging-and-how-does-it-reduce-variance',
    ],
  ],
  ['RNN', 'nlp-interview-master/what-is-an-rnn-recurrent-neural-network'],
  ['autoencoder', 'ml-dl-llm-2025/what-is-an-autoencoder'],
  ['VAE', 'ml-dl-llm-2025/what-is-a-variational-autoencoder-vae'],
  ['MoE', ['ml-dl-llm-2025/what-is-mixture-of-experts-moe', 'ai-engineer/mixture-of-experts-moe-architecture', 'nlp-interview-master/explain-mixture-of-experts-moe-architecture']],
  ['Adam', ['ml-llm-qa/explain-the-adam-optimizer', 'ml-dl-llm-2025/explain-adam-optimizer']],
  ['entropy', 'ml-llm-qa/explain-entropy-what-does-it-measure'],
  ['early stopping', 'ml-dl-llm-2025/what-is-early-stopping'],
  ['weight decay', 'ml-dl-llm-2025/what-is-weight-decay'],
  ['random forest', 'ml-dl-llm-2025/how-does-random-forest-work'],
  ['GloVe', ['ml-dl-llm-2025/what-is-glove', 'nlp-interview-master/what-is-the-glove-embedding']],
  ['diffusion models', 'ml-llm-qa/what-are-diffusion-models-how-do-they-work'],
  ['reinforcement learning', 'ml-dl-llm-2025/what-is-reinforcement-learning'],
];

test('concept queries find the question that answers them in the top 3', async ({ page }) => {
  test.setTimeout(240_000);
  const misses: string[] = [];
  for (const [query, expected] of CASES) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    const status = page.locator('[data-search-page] .search-status');
    await expect(status).toContainText(`“${query}”`);
    const top = await page
      .locator('[data-search-page] .search-results li > a')
      .evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const ok = [expected].flat();
    if (!top.some((p) => ok.some((e) => p.endsWith(`/questions/${e}/`)))) misses.push(`${query}: expected ${ok.join(' or ')}, got ${top.join(', ')}`);
  }
  expect(misses).toEqual([]);
  expect(CASES.length).toBeGreaterThanOrEqual(50);
});
