// What the corpus teaches about its own words (scripts/ingest/concepts/vocabulary.ts): spelled-out
// acronyms and joined forms, learned from hand-written titles and answers.
import { describe, expect, it } from 'vitest';
import { learnVocabulary, partsOf, termsOf } from '../../../scripts/ingest/concepts/vocabulary.ts';

const learn = (...items: [string, string][]) => learnVocabulary(items.map(([title, text]) => ({ title, text, parts: [partsOf(title), partsOf(text)] })));
const terms = (text: string, vocab: ReturnType<typeof learn>) => termsOf(partsOf(text), vocab).filter((t) => !t.weak).map((t) => t.term);

describe('the words of a text', () => {
  it('are parts of written words: hyphenated words in their parts, "1×1" as "1x1"', () => {
    expect(partsOf('Multi-Head attention, 1×1 conv').map((p) => [p.raw, p.hyphen])).toEqual([
      ['Multi', true], ['Head', false], ['attention', false], ['1x1', false], ['conv', false],
    ]);
    expect(partsOf('What is the model?').filter((p) => p.weak).map((p) => p.raw)).toEqual(['What', 'is', 'the', 'model']);
  });
});

describe('a vocabulary learned from the corpus', () => {
  it('learns acronyms spelled out in titles and in answers', () => {
    const v = learn(['What is RLHF (Reinforcement Learning from Human Feedback)?', ''], ['Attention', 'Multi-Head Attention (MHA) runs several heads.']);
    expect(v.acronyms.get('reinforcement learn human feedback')).toBe('rlhf');
    expect(v.acronyms.get('multi head attention')).toBe('mha');
    expect(terms('Explain reinforcement learning from human feedback', v)).toEqual(['rlhf']);
    expect(terms('What is multi-head attention?', v)).toEqual(['mha']);
  });

  it('learns the longest expansion a title gives an acronym, not a shorter run inside it', () => {
    const v = learn(['What is Advantage Actor-Critic (A2C)?', ''], ['What is the actor-critic architecture?', '']);
    expect(v.acronyms.get('advantag actor critic')).toBe('a2c');
    expect(v.acronyms.has('actor critic')).toBe(false);
    expect(terms('What is the actor-critic architecture?', v)).toEqual(['actorcritic']);
  });

  it('does not learn what does not spell the acronym', () => {
    const v = learn(['What is RAG (retrieval)?', 'A model (GPT) writes text.']);
    expect([...v.acronyms.values()]).toEqual([]);
  });

  it('joins words written apart where the corpus writes them as one, small words included', () => {
    const v = learn(['What is FlashAttention?', 'Chain-of-thought prompting; the bias-variance trade-off.']);
    expect(terms('Flash Attention', v)).toEqual(['flashattention']);
    expect(terms('chain of thought', v)).toEqual(['chainofthought']);
    expect(terms('bias vs variance', v)).toEqual(['biasvarianc']);
    // Never seen written as one: two terms.
    expect(terms('paged attention', v)).toEqual(['pag', 'attention']);
  });

  it('knows every acronym, so a word stemmed to one keeps its own form', () => {
    const v = learn(['What is CLIP?', 'Gradient clipping caps the norm.']);
    expect(terms('gradient clipping', v)).toEqual(['gradient', 'clipping']);
    expect(terms('CLIP models', v)).toEqual(['clip']);
  });
});
