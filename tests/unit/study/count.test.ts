import { describe, expect, it } from 'vitest';
import { countLearned, progressText, savedIds } from '../../../src/lib/study/count';
import { emptyState, setLearned, setSaved } from '../../../src/lib/study/state';
import { decodeIndex, encodeIndex, selectQuestions, type StudyIndex } from '../../../src/lib/study/study-index';

describe('counting', () => {
  const s = [
    ['s1/a', 'nlp'],
    ['s1/b', 'rag'],
    ['s2/c', 'nlp'],
  ].reduce((acc, [id, t]) => setLearned(acc, id!, t!, true, 1), emptyState());
  it('counts learned questions overall, per topic, per source and both', () => {
    expect(countLearned(s)).toBe(3);
    expect(countLearned(s, { topic: 'nlp' })).toBe(2);
    expect(countLearned(s, { source: 's1' })).toBe(2);
    expect(countLearned(s, { source: 's1', topic: 'nlp' })).toBe(1);
    expect(countLearned(s, { source: 's' })).toBe(0);
  });
  it('never shows more learned than listed', () => {
    expect(progressText(3, 2)).toBe('2 / 2 learned');
    expect(progressText(0, 5)).toBe('0 / 5 learned');
  });
  it('lists saved questions newest first', () => {
    const t = setSaved(setSaved(setSaved(emptyState(), 'a', true, 1), 'b', true, 3), 'c', true, 2);
    expect(savedIds(t)).toEqual(['b', 'c', 'a']);
  });
});

describe('study index', () => {
  const ix: StudyIndex = {
    topics: { nlp: 'NLP', rag: 'RAG' },
    sources: { s1: 'One', s2: 'Two' },
    questions: [
      { id: 's1/a', title: 'A?', topic: 'nlp', source: 's1', difficulty: 'beginner' },
      { id: 's1/b', title: 'B?', topic: 'rag', source: 's1' },
      { id: 's2/c', title: 'C?', topic: 'nlp', source: 's2', difficulty: 'advanced' },
    ],
  };
  it('round-trips through its compact form', () => {
    expect(decodeIndex(JSON.parse(encodeIndex(ix)))).toEqual(ix);
  });
  it('rejects something else', () => {
    expect(() => decodeIndex({ v: 2 })).toThrow();
  });
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
  it('selects the cards due by now (a review card from the start of its day)', () => {
    const card = (due: number) => ({ due, stability: 1, difficulty: 5, state: 2 as const, reps: 1, lapses: 0, step: 0, days: 1, at: 0 });
    const day = (d: number, h: number) => new Date(2025, 5, d, h).getTime();
    const st = { ...emptyState(), cards: { 's1/a': card(day(1, 10)), 's1/b': card(day(2, 18)) } };
    expect(selectQuestions(ix.questions, { only: 'due' }, st, day(1, 9)).map((q) => q.id)).toEqual(['s1/a']);
    expect(selectQuestions(ix.questions, { only: 'due' }, st, day(2, 9)).map((q) => q.id)).toEqual(['s1/a', 's1/b']);
  });
  it('selects the new cards: never reviewed', () => {
    const card = { due: 0, stability: 1, difficulty: 5, state: 2 as const, reps: 1, lapses: 0, step: 0, days: 1, at: 0 };
    const st = { ...emptyState(), cards: { 's1/a': card } };
    expect(selectQuestions(ix.questions, { only: 'new' }, st, 1).map((q) => q.id)).toEqual(['s1/b', 's2/c']);
    expect(selectQuestions(ix.questions, { only: 'new', topics: ['nlp'] }, st, 1).map((q) => q.id)).toEqual(['s2/c']);
  });
});
