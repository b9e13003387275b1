// Relevance: concept queries a reader types the night before an interview, each with the
// question that answers it expected in the top 3, across sources and phrasing (acronyms,
// plurals, two-word concepts, "X vs Y", whole questions). Runs the real search page against the built index.
import { test, expect } from '@playwright/test';

const CASES: [query: string, expected: string][] = [
  ['KV cache', 'ml-llm-qa/how-does-kv-caching-work'],
  ['vanishing gradient', 'ai-engineer/vanishing-vs-exploding-gradients'],
  ['BM25 vs TF-IDF', 'ml-llm-qa/explain-bm25-how-does-it-differ-from-tf-idf'],
  ['LoRA', 'llm-fifty/what-distinguishes-lora-from-qlora-in-fine-tuning-llms'],
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
];

test('concept queries find the question that answers them in the top 3', async ({ page }) => {
  test.setTimeout(120_000);
  const misses: string[] = [];
  for (const [query, expected] of CASES) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    const status = page.locator('[data-search-page] .search-status');
    await expect(status).toContainText(`“${query}”`);
    const top = await page
      .locator('[data-search-page] .search-results li > a')
      .evaluateAll((as) => as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    if (!top.some((p) => p.endsWith(`/questions/${expected}/`))) misses.push(`${query}: expected ${expected}, got ${top.join(', ')}`);
  }
  expect(misses).toEqual([]);
  expect(CASES.length).toBeGreaterThanOrEqual(25);
});
