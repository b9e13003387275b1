// Concepts in the study tools (src/lib/study/concepts.ts): progress counts, practice cards and
// random picks see one concept where several questions ask the same thing; marks and cards stay
// per question id.
import { describe, expect, it } from 'vitest';
import { byConcept, countLearnedConcepts, oneCardPerConcept, randomPick, representative } from '../../../src/lib/study/concepts';
import { emptyState, setLearned, type CardEntry } from '../../../src/lib/study/state';
import type { IndexQuestion } from '../../../src/lib/study/study-index';

const q = (id: string, topic: string, concept = id, difficulty?: IndexQuestion['difficulty']): IndexQuestion => ({ id, title: id, topic, source: id.split('/')[0]!, concept, difficulty });
// Dropout: asked by s1 and s2 (and twice by s1); attention and BPE: once each.
const INDEX = [
  q('s1/dropout', 'training', 's1/dropout', 'beginner'),
  q('s1/attention', 'attn'),
  q('s1/dropout-again', 'training', 's1/dropout', 'advanced'),
  q('s2/what-is-dropout', 'training', 's1/dropout', 'beginner'),
  q('s2/bpe', 'nlp'),
];
const card = (due: number, state: CardEntry['state'] = 2): CardEntry => ({ due, stability: 1, difficulty: 5, state, reps: 1, lapses: 0, step: 0, days: 1, at: 0 });
const ids = (qs: readonly { id: string }[]) => qs.map((x) => x.id);

describe('concepts of the study index', () => {
  it('groups questions by concept, in the order of their first question', () => {
    expect(byConcept(INDEX).map(ids)).toEqual([['s1/dropout', 's1/dropout-again', 's2/what-is-dropout'], ['s1/attention'], ['s2/bpe']]);
  });

  it('counts a concept learned once, whichever of its questions is, overall, per topic and per source', () => {
    const learned = setLearned(setLearned(emptyState(), 's2/what-is-dropout', 'training', true), 's1/dropout-again', 'training', true).learned;
    expect(countLearnedConcepts(learned, INDEX)).toBe(1);
    expect(countLearnedConcepts(learned, INDEX, { topic: 'training' })).toBe(1);
    expect(countLearnedConcepts(learned, INDEX, { topic: 'nlp' })).toBe(0);
    // Learned through s2's question: the concept counts for s1 too, which asks it.
    expect(countLearnedConcepts(setLearned(emptyState(), 's2/what-is-dropout', 'training', true).learned, INDEX, { source: 's1' })).toBe(1);
    expect(countLearnedConcepts(learned, INDEX, { source: 's2', topic: 'nlp' })).toBe(0);
    // A question no longer on the site counts for nothing.
    expect(countLearnedConcepts({ 'gone/x': {} }, INDEX)).toBe(0);
  });
});

describe('practice: one card per concept', () => {
  it('keeps one question per concept, leaving out concepts learned through any question when asked', () => {
    const learned = setLearned(emptyState(), 's2/what-is-dropout', 'training', true);
    expect(oneCardPerConcept(INDEX, INDEX, emptyState())).toEqual(['s1/dropout', 's1/attention', 's2/bpe']);
    expect(oneCardPerConcept(INDEX.slice(0, 1), INDEX, learned, true)).toEqual([]);
    expect(oneCardPerConcept(INDEX.slice(0, 1), INDEX, learned, false)).toEqual(['s1/dropout']);
  });

  it('lets the question whose card comes due first stand for its concept, else the first', () => {
    const members = INDEX.filter((x) => x.concept === 's1/dropout');
    expect(representative(members, {}).id).toBe('s1/dropout');
    // Reviewed through s2's question, not due yet: that card, not a new one for s1's question.
    expect(representative(members, { 's2/what-is-dropout': card(5_000) }).id).toBe('s2/what-is-dropout');
    expect(representative(members, { 's2/what-is-dropout': card(5_000), 's1/dropout-again': card(100) }).id).toBe('s1/dropout-again');
  });

});

describe('random question', () => {
  const seq = (...xs: number[]) => () => xs.shift() ?? 0;

  it('picks a concept, then one of its questions, never the concept of the page it is on', () => {
    expect(randomPick(INDEX, { learned: {} }, seq(0, 0.99))?.id).toBe('s2/what-is-dropout');
    expect(randomPick(INDEX, { learned: {} }, seq(0, 0.4))?.id).toBe('s1/dropout-again');
    for (const r of [0, 0.5, 0.99]) expect(randomPick(INDEX, { here: 's1/dropout-again', learned: {} }, seq(r, r))?.concept).not.toBe('s1/dropout');
    expect(randomPick(INDEX, { topic: 'training', here: 's2/what-is-dropout', learned: {} })).toBeUndefined();
  });

  it('prefers concepts not learned through any question, any once all are', () => {
    const learned = { 's2/what-is-dropout': {}, 's1/attention': {} };
    for (const r of [0, 0.5, 0.99]) expect(randomPick(INDEX, { learned }, seq(r, r))?.id).toBe('s2/bpe');
    expect(randomPick(INDEX, { topic: 'training', learned }, seq(0, 0))?.id).toBe('s1/dropout');
  });
});
