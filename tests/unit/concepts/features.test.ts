// What a question asks, as the concepts grouping sees it (scripts/ingest/concepts/features.ts):
// hand-written titles and answers, in the shapes the sources write them.
import { describe, expect, it } from 'vitest';
import { conceptFeatures, splitTitle } from '../../../scripts/ingest/concepts/features.ts';

const features = (...items: [string, string?][]) => conceptFeatures(items.map(([title, text = ''], i) => ({ id: `s/${i}`, title, text })));
const one = (title: string, text = '') => features([title, text])[0]!;

describe('a title, by role', () => {
  it('sets question words and follow-ups aside: the head is what is asked', () => {
    expect(one('What does tokenization entail, and why is it critical for LLMs?').head).toEqual(['tokenization']);
    expect(one('What is Tokenization?').head).toEqual(['tokenization']);
    expect(one('Explain the Attention mechanism.').head).toEqual(['attention']);
  });

  it('splits off a qualifier ("in ...", "for ...") and later sentences', () => {
    expect(one('What is perplexity in language modeling?')).toMatchObject({ head: ['perplexity'], qualifier: ['languag', 'model'] });
    expect(one('What is Paged Attention? How does it improve memory efficiency?')).toMatchObject({ head: ['pag', 'attention'], later: ['memory', 'efficiency'] });
    // "How does X enhance Y?": the question is X.
    expect(one('How does Mixture of Experts (MoE) enhance LLM scalability?')).toMatchObject({ head: ['moe'], later: ['scalability'], laterFacets: ['benefits'] });
  });

  it('finds a head where the usual place names nothing', () => {
    // "How do you improve X?": nothing is named before the verb, so X is the question.
    expect(one('How do you improve RAG retrieval accuracy?')).toMatchObject({ head: ['rag', 'retrieval', 'accuracy'], laterFacets: [] });
    // A title that names only a word the whole corpus uses asks about that word.
    expect(one('What is an LLM?').head).toEqual(['llm']);
    expect(one('What defines a model?').head).toEqual(['model']);
  });

  it('keeps asides in parentheses apart, and drops those that only give examples', () => {
    expect(one('Explain Word2Vec (Skip-gram and CBOW)')).toMatchObject({ head: ['word2vec'], aside: ['skipgram', 'cbow'] });
    expect(one('What is Quantization in neural networks? (e.g. 4-bit, 8-bit)').aside).toEqual([]);
    // A comparison in parentheses is what the title asks.
    expect(one('Regularization (L1 vs L2)')).toMatchObject({ head: ['regularization', 'l1', 'l2'], facets: ['compare'] });
  });

  it('names facets: what the title asks about its subject beyond what it is', () => {
    expect(one('What are the benefits of Paged Attention?')).toMatchObject({ head: ['pag', 'attention'], facets: ['benefits'] });
    expect(one('Explain the calculation of Scaled Dot-Product Attention.').facets).toEqual(['compute']);
    expect(one('Compare MHA, GQA, and MQA. When should you use each?')).toMatchObject({ facets: ['compare'], laterFacets: ['when'] });
    expect(one('What is Flash Attention?').facets).toEqual([]);
  });

  it('keeps adjacent head terms as phrases, which tell "linear" from "logistic" regression', () => {
    expect(one('What are the assumptions of linear regression?').phrases).toEqual([['linear', 'regression']]);
    expect(one('What is GQA, MQA, MHA?').phrases).toEqual([]);
  });

  it('cuts a title into first sentence, later sentences and asides', () => {
    expect(splitTitle('What is RAG (Retrieval-Augmented Generation)? Give examples.')).toEqual({
      first: 'What is RAG  , ',
      later: ' Give examples.',
      asides: 'Retrieval-Augmented Generation',
      turn: false,
    });
  });
});

describe('what the corpus teaches every title', () => {
  it('reads a spelled-out acronym as the acronym, in titles and answers, however it is written', () => {
    const [a, b, c] = features(
      ['What is LoRA (Low-Rank Adaptation)?'],
      ['Explain low-rank adaptation for fine-tuning', 'Low rank adaptation trains small matrices.'],
      ['What is grouped-query attention?', 'Grouped-Query Attention (GQA) shares keys and values between heads.'],
    );
    expect(a!.head).toEqual(['lora']);
    expect(b!.head).toEqual(['lora']);
    expect(b!.answer.get('lora')).toBe(1);
    // Learned from an answer: "Grouped-Query Attention (GQA)".
    expect(c!.head).toEqual(['gqa']);
  });

  it('joins words the corpus writes as one: "Flash Attention" is "FlashAttention", "bias vs variance" is "bias-variance"', () => {
    const [flash, other, bias] = features(
      ['What is Flash Attention?'],
      ['What is FlashAttention?'],
      ['Bias vs Variance Tradeoff', 'The bias-variance trade-off balances underfitting against overfitting.'],
    );
    expect(flash!.head).toEqual(other!.head);
    expect(bias!.head).toEqual(['biasvarianc', 'tradeoff']);
    // "vs" went into the joined term: no comparison asked.
    expect(bias!.facets).toEqual([]);
  });

  it('keeps a word that stems to an acronym apart from it ("clipping" is not CLIP)', () => {
    const [clipping, clip] = features(['What is gradient clipping?'], ['What is CLIP?', 'CLIP learns images and text together.']);
    expect(clipping!.head).toEqual(['gradient', 'clipping']);
    expect(clip!.head).toEqual(['clip']);
  });

  it('counts an answer’s terms, without the words that say little', () => {
    const f = one('What is dropout?', 'Dropout randomly zeroes activations; dropout is a regularizer, used in training.');
    expect(f.answer.get('dropout')).toBe(2);
    expect(f.answer.has('used')).toBe(false);
    expect(f.answer.has('is')).toBe(false);
  });
});
