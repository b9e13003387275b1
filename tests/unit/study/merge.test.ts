import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { change, changeText, mergeLogs, mergeStates, sameProgress } from '../../../src/lib/study/merge';
import { type CardEntry, emptyState, isStudyState, LOG_MAX, recordVisit, setLearned, setSaved, setSettings, type StudyState } from '../../../src/lib/study/state';
import { setNote } from '../../../src/lib/study/notes';
import { review } from '../../../src/lib/study/scheduler';
import { v2State } from './fixtures';

const card = (at: number, due = at + 1000): CardEntry => ({ due, stability: 2, difficulty: 5, state: 2, reps: 1, lapses: 0, step: 0, days: 1, at });
const here: StudyState = {
  ...setNote(recordVisit(setSaved(setLearned(setLearned(emptyState(), 's/a', 'nlp', true, 1), 's/b', 'rag', true, 10), 's/a', true, 2), 's/a', 'A?', 50), 's/a', 'mine', 60),
  cards: { 's/a': card(20), 's/b': card(5) },
  log: { 's/a': [{ at: 20, rating: 3, state: 0 }], 's/b': [{ at: 5, rating: 1, state: 0 }] },
};
const file: StudyState = {
  ...setNote(recordVisit(setSaved(setLearned(setLearned(emptyState(), 's/b', 'nlp', true, 30), 's/c', 'rag', true, 3), 's/c', true, 4), 's/c', 'C?', 40), 's/a', 'theirs', 70),
  cards: { 's/a': card(10), 's/b': card(9), 's/c': card(3) },
  log: { 's/a': [{ at: 10, rating: 2, state: 0 }], 's/b': [{ at: 5, rating: 1, state: 0 }, { at: 9, rating: 3, state: 3 }], 's/c': [{ at: 3, rating: 4, state: 0 }] },
  settings: { retention: 0.85, testYourself: true, at: 80 },
};

describe('merging an imported file', () => {
  it('keeps the union of marks and notes, the card reviewed last, both review logs, and the newer settings', () => {
    const m = mergeStates(here, file);
    expect(m.learned).toEqual({ 's/a': { topic: 'nlp', at: 1 }, 's/b': { topic: 'nlp', at: 30 }, 's/c': { topic: 'rag', at: 3 } });
    expect(m.saved).toEqual({ 's/a': { at: 2 }, 's/c': { at: 4 } });
    // s/a: reviewed later here (20 > 10); s/b: later in the file; s/c only in the file.
    expect(m.cards).toEqual({ 's/a': card(20), 's/b': card(9), 's/c': card(3) });
    // Each review once, oldest first.
    expect(m.log).toEqual({
      's/a': [{ at: 10, rating: 2, state: 0 }, { at: 20, rating: 3, state: 0 }],
      's/b': [{ at: 5, rating: 1, state: 0 }, { at: 9, rating: 3, state: 3 }],
      's/c': [{ at: 3, rating: 4, state: 0 }],
    });
    expect(m.notes).toEqual({ 's/a': { text: 'theirs', at: 70 } });
    expect(m.settings).toEqual(file.settings);
    expect(m.last).toEqual(here.last);
    expect(isStudyState(m)).toBe(true);
    expect(mergeStates(emptyState(), file)).toEqual(file);
    expect(mergeStates(here, emptyState())).toEqual(here);
  });
  it('does not change its inputs', () => {
    const copy = structuredClone(here);
    mergeStates(here, file);
    expect(here).toEqual(copy);
  });
  it('keeps the newest LOG_MAX reviews of a card', () => {
    const many = (from: number) => Array.from({ length: LOG_MAX }, (_, i) => ({ at: from + i, rating: 3 as const, state: 2 as const }));
    const m = mergeLogs({ q: many(0) }, { q: many(100) });
    expect(m.q).toHaveLength(LOG_MAX);
    expect(m.q!.at(-1)!.at).toBe(100 + LOG_MAX - 1);
  });
  it('says what merge and replace would change', () => {
    const merged = change(here, mergeStates(here, file));
    expect(merged).toEqual({ added: { learned: 1, saved: 1, practised: 1, notes: 0 }, removed: { learned: 0, saved: 0, practised: 0, notes: 0 }, updated: 1, notesChanged: 1, reviews: 3 });
    expect(changeText(merged)).toBe('adds 1 learned, 1 saved and 1 practised; updates 1 practice record and 1 note');
    const replaced = change(here, file);
    expect(changeText(replaced)).toBe('adds 1 learned, 1 saved and 1 practised; removes 1 learned and 1 saved; updates 2 practice records and 1 note');
    expect(changeText(change(here, emptyState()))).toBe('removes 2 learned, 1 saved, 2 practised and 1 note');
    expect(changeText(change(here, here))).toBe('changes nothing');
  });
});

describe('merging any two states (property)', () => {
  it('loses nothing: every mark, card, note and review of either side is in the merge, and it is valid', () => {
    fc.assert(
      fc.property(v2State, v2State, (a, b) => {
        const m = mergeStates(a, b);
        expect(isStudyState(m)).toBe(true);
        for (const key of ['learned', 'saved', 'cards', 'notes'] as const) expect(new Set(Object.keys(m[key]))).toEqual(new Set([...Object.keys(a[key]), ...Object.keys(b[key])]));
        for (const [id, c] of Object.entries(m.cards)) expect(c.at).toBe(Math.max(a.cards[id]?.at ?? -1, b.cards[id]?.at ?? -1));
        for (const side of [a, b]) for (const [id, list] of Object.entries(side.log)) for (const r of list) expect(m.log[id]).toContainEqual(r);
        // Merging what is already merged changes nothing.
        expect(mergeStates(m, b)).toEqual(m);
      }),
    );
  });
});

describe('a file holding the progress already here', () => {
  it('is the same progress, even exported at another time', () => {
    expect(sameProgress(here, structuredClone(here))).toBe(true);
    expect(sameProgress(here, { ...structuredClone(here), last: { id: 's/b', title: 'B?', at: 99 } })).toBe(true);
  });
  it('is not when a question is learned, saved, practised or noted only on one side, reviewed again, or noted otherwise', () => {
    expect(sameProgress(here, file)).toBe(false);
    expect(sameProgress(here, setSaved(here, 's/z', true, 1))).toBe(false);
    expect(sameProgress(here, setLearned(here, 's/a', 'nlp', false))).toBe(false);
    expect(sameProgress(here, review(here, 's/a', 3, 1000))).toBe(false);
    expect(sameProgress(here, setNote(here, 's/a', 'changed', 99))).toBe(false);
    expect(sameProgress(here, setNote(here, 's/b', 'new', 99))).toBe(false);
  });
  it('settings alone do not count as progress', () => {
    expect(sameProgress(here, setSettings(here, { retention: 0.8 }, 99))).toBe(true);
  });
});
