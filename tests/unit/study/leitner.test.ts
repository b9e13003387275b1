import { describe, expect, it } from 'vitest';
import { AGAIN_AFTER, answer, current, isDone, progress, startSession, summaryText } from '../../../src/lib/study/leitner';
import { MAX_BOX } from '../../../src/lib/study/state';

const fixed = () => 0.5;

describe('Leitner sessions', () => {
  it('starts with the cards missed before, then unseen ones, then the higher boxes, up to the limit', () => {
    // b and c were missed (box 1, reviewed), d and e are unseen, a is in box 3, f in box 2.
    const boxes = { a: { box: 3, at: 1 }, b: { box: 1, at: 5 }, c: { box: 1, at: 2 }, f: { box: 2, at: 9 } };
    const s = startSession(['a', 'b', 'c', 'd', 'e', 'f'], boxes, 5, fixed);
    // Missed cards first (least recently reviewed first), then the unseen, then box 2; a is left out.
    expect(s.queue.slice(0, 2)).toEqual(['c', 'b']);
    expect(new Set(s.queue.slice(2, 4))).toEqual(new Set(['d', 'e']));
    expect(s.queue[4]).toBe('f');
    expect(s.total).toBe(5);
  });
  it('a card missed last time comes back first even among many unseen cards', () => {
    const ids = Array.from({ length: 126 }, (_, i) => `q${i}`);
    for (let run = 0; run < 20; run++) {
      const s = startSession(ids, { q77: { box: 1, at: 1000 } }, 10, Math.random);
      expect(s.queue[0]).toBe('q77');
    }
  });
  it('"knew it" promotes the card and retires it for the session', () => {
    let s = startSession(['a', 'b'], {}, 10, fixed);
    const first = current(s)!;
    s = answer(s, true, 100);
    expect(s.boxes[first]).toEqual({ box: 2, at: 100 });
    expect(s.queue).not.toContain(first);
    expect(progress(s)).toEqual({ known: 1, total: 2, left: 1, missed: 0 });
  });
  it('never promotes past the last box', () => {
    let s = startSession(['a'], { a: { box: MAX_BOX, at: 1 } }, 10, fixed);
    s = answer(s, true, 2);
    expect(s.boxes.a!.box).toBe(MAX_BOX);
    expect(isDone(s)).toBe(true);
  });
  it('"not yet" sends the card to box 1 and brings it back a few cards later', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    let s = startSession(ids, { a: { box: 4, at: 0 } }, 10, fixed);
    const first = current(s)!;
    s = answer(s, false, 7);
    expect(s.boxes[first]).toEqual({ box: 1, at: 7 });
    expect(s.queue.indexOf(first)).toBe(AGAIN_AFTER);
    expect(s.queue).toHaveLength(ids.length);
    expect(progress(s).missed).toBe(1);
  });
  it('a card missed and then known in the same session stays in box 1 and comes first next time', () => {
    let s = startSession(['a', 'b', 'c'], {}, 10, fixed);
    const order = [...s.queue];
    s = answer(s, true, 1);
    s = answer(s, true, 2);
    s = answer(s, false, 3); // the last one is missed
    expect(current(s)).toBe(order[2]);
    s = answer(s, true, 4); // and then known: not promoted, its first answer was "not yet"
    expect(isDone(s)).toBe(true);
    expect(s.boxes[order[0]!]).toEqual({ box: 2, at: 1 });
    expect(s.boxes[order[2]!]).toEqual({ box: 1, at: 4 });
    const next = startSession(['a', 'b', 'c'], s.boxes, 10, fixed);
    expect(next.queue[0]).toBe(order[2]);
  });
  it('counts the "not yet" answers per card in the session', () => {
    let s = startSession(['a'], {}, 10, fixed);
    s = answer(s, false, 1);
    s = answer(s, false, 2);
    expect(current(s)).toBe('a');
    expect(s.misses).toEqual({ a: 2 });
  });
  it('ends the session when every card is known', () => {
    let s = startSession(['a', 'b'], {}, 10, Math.random);
    let guard = 0;
    while (!isDone(s) && guard++ < 20) s = answer(s, guard % 3 !== 0);
    expect(isDone(s)).toBe(true);
    expect(progress(s).known).toBe(2);
  });
});

describe('session summary', () => {
  const run = (ids: string[], answers: boolean[]) => answers.reduce((s, knew) => answer(s, knew, 1), startSession(ids, {}, 10, fixed));
  it('counts cards known at the first try and cards that needed another go, each card once', () => {
    // The first card is missed twice (it comes back after the other four), the rest are known.
    const s = run(['a', 'b', 'c', 'd', 'e'], [false, true, true, true, false, true, true]);
    expect(isDone(s)).toBe(true);
    expect(summaryText(s)).toBe('You knew 4 of 5 on the first try; 1 card needed another go.');
  });
  it('says so when every card was known at once', () => {
    expect(summaryText(run(['a', 'b', 'c'], [true, true, true]))).toBe('You knew all 3 on the first try.');
    expect(summaryText(run(['a'], [true]))).toBe('You knew the card on the first try.');
  });
  it('a session ended early counts the cards answered so far', () => {
    expect(summaryText(run(['a', 'b', 'c', 'd'], [true, false]))).toBe('Session ended after 2 of 4 cards: you knew 1 on the first try; 1 card needed another go.');
    expect(summaryText(run(['a', 'b'], []))).toBe('Session ended before any card was answered.');
  });
});
