import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyState, isStudyState, NOTE_MAX, RETENTION, repairTopics, setLearned, setSaved, setSettings } from '../../../src/lib/study/state';
import { studyStateSchema } from '../../../src/lib/study/schema';
import { filled } from './fixtures';

describe('state updates', () => {
  it('marks and unmarks learned and saved without touching the input', () => {
    const s0 = emptyState();
    const s1 = setLearned(s0, 'x/q', 'nlp', true, 1);
    expect(s1.learned).toEqual({ 'x/q': { topic: 'nlp', at: 1 } });
    expect(s0.learned).toEqual({});
    expect(setLearned(s1, 'x/q', 'nlp', false).learned).toEqual({});
    expect(setSaved(setSaved(s0, 'x/q', true, 2), 'x/q', false).saved).toEqual({});
  });
  it('repairs topics from the question index, keeping the same object when nothing changes', () => {
    const s = setLearned(emptyState(), 'x/q', '', true, 1);
    expect(repairTopics(s, () => 'rag').learned['x/q']!.topic).toBe('rag');
    const ok = setLearned(emptyState(), 'x/q', 'rag', true, 1);
    expect(repairTopics(ok, () => 'rag')).toBe(ok);
    expect(repairTopics(ok, () => undefined)).toBe(ok);
  });
  it('starts with the default settings: 90 % retention, test-yourself off', () => {
    expect(emptyState().settings).toEqual({ retention: 0.9, testYourself: false, at: 0 });
  });
});

describe('the quick check of a stored value', () => {
  it('accepts valid states', () => {
    expect(isStudyState(emptyState())).toBe(true);
    expect(isStudyState(filled())).toBe(true);
  });
  it.each([
    ['an older version', { ...filled(), version: 1 }],
    ['a card without a due date', { ...filled(), cards: { 'a/b': { stability: 1, difficulty: 5, state: 2, reps: 1, lapses: 0, step: 0, days: 1, at: 1 } } }],
    ['a review graded 5', { ...filled(), log: { 'a/b': [{ at: 1, rating: 5, state: 0 }] } }],
    ['an empty note', { ...filled(), notes: { 'a/b': { text: '', at: 1 } } }],
    ['a note too long', { ...filled(), notes: { 'a/b': { text: 'x'.repeat(NOTE_MAX + 1), at: 1 } } }],
    ['no settings', { ...filled(), settings: undefined }],
    ['a retention of 1.5', { ...filled(), settings: { retention: 1.5, testYourself: false, at: 0 } }],
  ])('refuses %s', (_, v) => {
    expect(isStudyState(v)).toBe(false);
  });
  it('accepts nothing the schema rejects', () => {
    const num = fc.oneof(fc.double(), fc.integer({ min: -2, max: 12 }), fc.constant(0.9));
    const entry = fc.record(
      { topic: fc.oneof(fc.string(), fc.integer()), at: num, due: num, stability: num, difficulty: num, state: num, reps: num, lapses: num, step: num, days: num, text: fc.string({ maxLength: 3 }) },
      { requiredKeys: [] },
    );
    const map = fc.oneof(fc.dictionary(fc.string({ maxLength: 3 }), entry, { maxKeys: 3 }), fc.anything());
    const log = fc.oneof(fc.dictionary(fc.string({ maxLength: 3 }), fc.array(fc.record({ at: num, rating: num, state: num }, { requiredKeys: [] }), { maxLength: 3 }), { maxKeys: 2 }), fc.anything());
    const settings = fc.oneof(fc.record({ retention: num, testYourself: fc.oneof(fc.boolean(), fc.integer()), at: num }, { requiredKeys: [] }), fc.anything());
    const value = fc.record(
      {
        version: fc.constantFrom(2, 1, 0, '2', 3),
        learned: map,
        saved: map,
        cards: map,
        log,
        notes: map,
        settings,
        last: fc.oneof(fc.anything(), fc.record({ id: fc.string(), title: fc.string(), at: fc.double() })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(value, fc.anything()), (v) => {
        if (isStudyState(v)) expect(studyStateSchema.safeParse(v).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('settings', () => {
  it('sets the desired retention within its bounds and records when', () => {
    expect(setSettings(emptyState(), { retention: 0.85 }, 7).settings).toEqual({ retention: 0.85, testYourself: false, at: 7 });
    expect(setSettings(emptyState(), { retention: 2 }, 7).settings.retention).toBe(RETENTION.max);
    expect(setSettings(emptyState(), { retention: 0.1 }, 7).settings.retention).toBe(RETENTION.min);
    expect(setSettings(emptyState(), { retention: Number.NaN }, 7).settings.retention).toBe(0.9);
    expect(setSettings(emptyState(), { testYourself: true }, 8).settings).toEqual({ retention: 0.9, testYourself: true, at: 8 });
  });
});

