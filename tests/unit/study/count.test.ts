import { describe, expect, it } from 'vitest';
import { countLearned, progressText, savedIds } from '../../../src/lib/study/count';
import { emptyState, setLearned, setSaved } from '../../../src/lib/study/state';
import { decodeIndex, encodeIndex, type StudyIndex } from '../../../src/lib/study/study-index';

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
      { id: 's1/a', title: 'A?', topic: 'nlp', source: 's1', difficulty: 'beginner', concept: 's1/a' },
      { id: 's1/b', title: 'B?', topic: 'rag', source: 's1', concept: 's1/b' },
      { id: 's2/c', title: 'C?', topic: 'nlp', source: 's2', difficulty: 'advanced', concept: 's1/a' },
    ],
  };
  it('round-trips through its compact form, naming a concept only where it is not the question itself', () => {
    expect(decodeIndex(JSON.parse(encodeIndex(ix)))).toEqual(ix);
    expect(JSON.parse(encodeIndex(ix)).q).toEqual([
      ['s1/a', 'A?', 'nlp', 'b'],
      ['s1/b', 'B?', 'rag', ''],
      ['s2/c', 'C?', 'nlp', 'a', 's1/a'],
    ]);
  });
  it('reads an index written before concepts: each question its own concept', () => {
    const old = { v: 1, t: {}, s: {}, q: [['s1/a', 'A?', 'nlp', 'b']] };
    expect(decodeIndex(old).questions).toEqual([{ id: 's1/a', title: 'A?', topic: 'nlp', source: 's1', difficulty: 'beginner', concept: 's1/a' }]);
  });
  it('rejects something else', () => {
    expect(() => decodeIndex({ v: 2 })).toThrow();
  });
});
