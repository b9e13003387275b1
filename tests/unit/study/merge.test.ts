import { describe, expect, it } from 'vitest';
import { change, changeText, mergeStates, sameProgress } from '../../../src/lib/study/merge';
import { emptyState, recordVisit, setLearned, setSaved, type StudyState } from '../../../src/lib/study/state';

const here: StudyState = {
  ...recordVisit(setSaved(setLearned(setLearned(emptyState(), 's/a', 'nlp', true, 1), 's/b', 'rag', true, 10), 's/a', true, 2), 's/a', 'A?', 50),
  boxes: { 's/a': { box: 3, at: 20 }, 's/b': { box: 1, at: 5 } },
};
const file: StudyState = {
  ...recordVisit(setSaved(setLearned(setLearned(emptyState(), 's/b', 'nlp', true, 30), 's/c', 'rag', true, 3), 's/c', true, 4), 's/c', 'C?', 40),
  boxes: { 's/a': { box: 1, at: 10 }, 's/b': { box: 2, at: 9 }, 's/c': { box: 2, at: 3 } },
};

describe('merging an imported file', () => {
  it('keeps the union of learned and saved, and the more recent entry per question', () => {
    const m = mergeStates(here, file);
    expect(m.learned).toEqual({ 's/a': { topic: 'nlp', at: 1 }, 's/b': { topic: 'nlp', at: 30 }, 's/c': { topic: 'rag', at: 3 } });
    expect(m.saved).toEqual({ 's/a': { at: 2 }, 's/c': { at: 4 } });
    // s/a: here reviewed later (20 > 10); s/b: the file's is later; s/c only in the file.
    expect(m.boxes).toEqual({ 's/a': { box: 3, at: 20 }, 's/b': { box: 2, at: 9 }, 's/c': { box: 2, at: 3 } });
    expect(m.last).toEqual(here.last);
    expect(mergeStates(emptyState(), file)).toEqual(file);
    expect(mergeStates(here, emptyState())).toEqual(here);
  });
  it('does not change its inputs', () => {
    const copy = structuredClone(here);
    mergeStates(here, file);
    expect(here).toEqual(copy);
  });
  it('says what merge and replace would change', () => {
    const merged = change(here, mergeStates(here, file));
    expect(merged).toEqual({ added: { learned: 1, saved: 1, practised: 1 }, removed: { learned: 0, saved: 0, practised: 0 }, updated: 1 });
    expect(changeText(merged)).toBe('adds 1 learned, 1 saved and 1 practised; updates 1 practice record');
    const replaced = change(here, file);
    expect(replaced).toEqual({ added: { learned: 1, saved: 1, practised: 1 }, removed: { learned: 1, saved: 1, practised: 0 }, updated: 2 });
    expect(changeText(replaced)).toBe('adds 1 learned, 1 saved and 1 practised; removes 1 learned and 1 saved; updates 2 practice records');
    expect(changeText(change(here, emptyState()))).toBe('removes 2 learned, 1 saved and 2 practised');
    expect(changeText(change(here, here))).toBe('changes nothing');
  });
});

describe('a file holding the progress already here', () => {
  it('is the same progress, even exported at another time', () => {
    expect(sameProgress(here, structuredClone(here))).toBe(true);
    expect(sameProgress(here, { ...structuredClone(here), last: { id: 's/b', title: 'B?', at: 99 } })).toBe(true);
  });
  it('is not when a question is learned, saved or practised only on one side, or in another box', () => {
    expect(sameProgress(here, file)).toBe(false);
    expect(sameProgress(here, setSaved(here, 's/z', true, 1))).toBe(false);
    expect(sameProgress(here, setLearned(here, 's/a', 'nlp', false))).toBe(false);
    expect(sameProgress(here, { ...here, boxes: { ...here.boxes, 's/a': { box: 4, at: 20 } } })).toBe(false);
  });
});
