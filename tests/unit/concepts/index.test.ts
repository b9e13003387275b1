// Concepts end to end (scripts/ingest/concepts/index.ts): hand-written questions from three
// "sources", grouped by what they ask, with a maintainer's overrides.
import { describe, expect, it } from 'vitest';
import { findConcepts, type ConceptMember } from '../../../scripts/ingest/concepts/index.ts';
import { NO_OVERRIDES } from '../../../scripts/ingest/concepts/overrides.ts';

const q = (id: string, title: string, text: string): ConceptMember => ({ id, title, text });
const questions = [
  q('a/tokenization', 'What does tokenization entail, and why is it critical for LLMs?', 'Tokenization splits text into tokens, often subword units such as BPE pieces, which the model embeds.'),
  q('a/dropout', 'How does dropout work?', 'Dropout randomly zeroes activations during training so units cannot co-adapt; a regularizer.'),
  q('b/tokenization', 'What is Tokenization?', 'Splitting raw text into tokens: words, subwords or characters, mapped to ids the model embeds.'),
  q('b/subword', 'What is subword tokenization?', 'Splitting rare words into frequent pieces (BPE, WordPiece), so there are no unknown words.'),
  q('b/dropout', 'Dropout', 'During training, dropout zeroes random activations; at inference all units are kept and scaled.'),
  q('c/attention-dropout', 'What is attention dropout?', 'Dropout applied to the attention weights after the softmax.'),
  q('c/dropout', 'What is dropout and how does it work?', 'A regularizer: randomly zeroes activations during training, which prevents co-adaptation.'),
];
const members = (concepts: ReturnType<typeof findConcepts>) => concepts.map((c) => c.members).filter((m) => m.length > 1);

describe('concepts', () => {
  it('gather the same question across sources, from titles and answers', () => {
    const concepts = findConcepts(questions);
    expect(members(concepts)).toEqual([
      ['a/tokenization', 'b/tokenization'],
      ['a/dropout', 'b/dropout', 'c/dropout'],
    ]);
  });

  it('keep a narrower question apart ("subword tokenization", "attention dropout")', () => {
    const concepts = findConcepts(questions);
    for (const id of ['b/subword', 'c/attention-dropout']) expect(concepts.find((c) => c.members.includes(id))!.members).toEqual([id]);
  });

  it('are named by their first question in reading order, titled by their clearest one', () => {
    const concepts = findConcepts(questions);
    expect(concepts.find((c) => c.members.includes('b/tokenization'))).toMatchObject({ id: 'a/tokenization', title: 'What is Tokenization?' });
    expect(concepts.find((c) => c.members.includes('b/dropout'))).toMatchObject({ id: 'a/dropout', title: 'What is dropout and how does it work?' });
    // Every question in exactly one concept.
    expect(concepts.flatMap((c) => c.members).sort()).toEqual(questions.map((x) => x.id).sort());
  });

  it('are the same groups whatever order the questions come in', () => {
    const sets = (list: readonly ConceptMember[]) => members(findConcepts(list)).map((m) => [...m].sort().join(' ')).sort();
    expect(sets([...questions].reverse())).toEqual(sets(questions));
  });

  it('follow content/concepts.yaml: merges, splits and titles', () => {
    // A merge joins the questions it names; another joins them only if alike with every one of them.
    const merged = findConcepts(questions, { merge: [['b/subword', 'a/tokenization']], split: [], titles: {} });
    expect(members(merged)[0]).toEqual(['a/tokenization', 'b/subword']);
    const concepts = findConcepts(questions, {
      merge: [['b/subword', 'a/tokenization', 'b/tokenization']],
      split: [['b/dropout', 'c/dropout']],
      titles: { 'c/dropout': 'Dropout, explained' },
    });
    expect(members(concepts)).toEqual([
      ['a/tokenization', 'b/tokenization', 'b/subword'],
      ['a/dropout', 'c/dropout'],
    ]);
    expect(concepts.find((c) => c.members.includes('c/dropout'))!.title).toBe('Dropout, explained');
    expect(findConcepts(questions, NO_OVERRIDES)).toEqual(findConcepts(questions));
  });
});
