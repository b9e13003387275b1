// What a practice choice deals (src/lib/study/select.ts): the questions the form selects from
// the study index, then one card per concept.
import { describe, expect, it } from 'vitest';
import { selectQuestions, practiceCards } from '../../../src/lib/study/select';
import { emptyState, setLearned, setSaved, type CardEntry } from '../../../src/lib/study/state';
import type { IndexQuestion, StudyIndex } from '../../../src/lib/study/study-index';

const card = (due: number, state: CardEntry['state'] = 2): CardEntry => ({ due, stability: 1, difficulty: 5, state, reps: 1, lapses: 0, step: 0, days: 1, at: 0 });

describe('selecting questions', () => {
  const ix: StudyIndex = {
    topics: { nlp: 'NLP', rag: 'RAG' },
    sources: { s1: 'One', s2: 'Two' },
    questions: [
      { id: 's1/a', title: 'A?', topic: 'nlp', source: 's1', difficulty: 'beginner', concept: 's1/a' },
      { id: 's1/b', title: 'B?', topic: 'rag', source: 's1', concept: 's1/b' },
      { id: 's2/c', title: 'C?', topic: 'nlp', source: 's2', difficulty: 'advanced', concept: 's2/c' },
    ],
  };
  it('selects by topic, source, difficulty, saved and not learned', () => {
    const st = setSaved(setLearned(emptyState(), 's1/a', 'nlp', true), 's2/c', true);
    const ids = (f: Parameters<typeof selectQuestions>[1]) => selectQuestions(ix.questions, f, st).map((q) => q.id);
    expect(ids({})).toEqual(['s1/a', 's1/b', 's2/c']);
    expect(ids({ topics: ['nlp'] })).toEqual(['s1/a', 's2/c']);
    expect(ids({ sources: ['s2'] })).toEqual(['s2/c']);
    expect(ids({ difficulty: 'unrated' })).toEqual(['s1/b']);
    expect(ids({ only: 'saved' })).toEqual(['s2/c']);
    expect(ids({ only: 'not-learned', topics: ['nlp'] })).toEqual(['s2/c']);
  });
  it('selects the cards due by now: a review card from the start of its day', () => {
    const day = (d: number, h: number) => new Date(2025, 5, d, h).getTime();
    const st = { ...emptyState(), cards: { 's1/a': card(day(1, 10)), 's1/b': card(day(2, 18)) } };
    expect(selectQuestions(ix.questions, { only: 'due' }, st, day(1, 9)).map((q) => q.id)).toEqual(['s1/a']);
    expect(selectQuestions(ix.questions, { only: 'due' }, st, day(2, 9)).map((q) => q.id)).toEqual(['s1/a', 's1/b']);
  });
  it('selects the new cards: never reviewed', () => {
    const st = { ...emptyState(), cards: { 's1/a': card(0) } };
    expect(selectQuestions(ix.questions, { only: 'new' }, st, 1).map((q) => q.id)).toEqual(['s1/b', 's2/c']);
    expect(selectQuestions(ix.questions, { only: 'new', topics: ['nlp'] }, st, 1).map((q) => q.id)).toEqual(['s2/c']);
  });
});

// Dropout: asked by s1 and s2 (and twice by s1); attention and BPE: once each.
const q = (id: string, topic: string, concept = id, difficulty?: IndexQuestion['difficulty']): IndexQuestion => ({ id, title: id, topic, source: id.split('/')[0]!, concept, difficulty });
const INDEX = [
  q('s1/dropout', 'training', 's1/dropout', 'beginner'),
  q('s1/attention', 'attn'),
  q('s1/dropout-again', 'training', 's1/dropout', 'advanced'),
  q('s2/what-is-dropout', 'training', 's1/dropout', 'beginner'),
  q('s2/bpe', 'nlp'),
];

describe('practice: one card per concept', () => {
  it('deals each concept of a choice once', () => {
    const study = { ...emptyState(), cards: { 's2/what-is-dropout': card(100) } };
    expect(practiceCards(INDEX, {}, study, 1_000)).toEqual(['s2/what-is-dropout', 's1/attention', 's2/bpe']);
    // By source: the concept through that source's questions only.
    expect(practiceCards(INDEX, { sources: ['s1'] }, study, 1_000)).toEqual(['s1/dropout', 's1/attention']);
    // By difficulty: a concept is in when one of its questions is.
    expect(practiceCards(INDEX, { difficulty: 'advanced' }, study, 1_000)).toEqual(['s1/dropout-again']);
    expect(practiceCards(INDEX, { only: 'due' }, study, 1_000)).toEqual(['s2/what-is-dropout']);
  });

  it('"saved only" deals a concept through its saved question; "not learned" leaves out a concept learned through any question', () => {
    const saved = setSaved(emptyState(), 's1/dropout-again', true);
    expect(practiceCards(INDEX, { only: 'saved' }, saved)).toEqual(['s1/dropout-again']);
    const learned = setLearned(emptyState(), 's2/what-is-dropout', 'training', true);
    expect(practiceCards(INDEX, { only: 'not-learned' }, learned)).toEqual(['s1/attention', 's2/bpe']);
  });
});
