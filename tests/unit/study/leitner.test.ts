import { describe, expect, it } from 'vitest';
import { AGAIN_AFTER, answer, current, isDone, progress, startSession } from '../../../src/lib/study/leitner';
import { MAX_BOX } from '../../../src/lib/study/state';

const fixed = () => 0.5;

describe('Leitner sessions', () => {
  it('starts with the lowest boxes, least recently reviewed first, up to the limit', () => {
    const boxes = { a: { box: 3, at: 1 }, b: { box: 1, at: 5 }, c: { box: 1, at: 2 } };
    const s = startSession(['a', 'b', 'c', 'd'], boxes, 3, fixed);
    // d is unseen (box 1, never reviewed), then c and b by last review; a (box 3) is left out.
    expect(s.queue).toEqual(['d', 'c', 'b']);
    expect(s.total).toBe(3);
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
  it('a missed card comes back in the next session before cards that were known', () => {
    let s = startSession(['a', 'b', 'c'], {}, 10, fixed);
    const order = [...s.queue];
    s = answer(s, true, 1);
    s = answer(s, true, 2);
    s = answer(s, false, 3); // the last one is missed
    s = answer(s, true, 4); // and then known: box 2, like the others, but reviewed last
    expect(isDone(s)).toBe(true);
    const next = startSession(['a', 'b', 'c'], { ...s.boxes, [order[2]!]: { box: 1, at: 3 } }, 10, fixed);
    expect(next.queue[0]).toBe(order[2]);
  });
  it('ends the session when every card is known', () => {
    let s = startSession(['a', 'b'], {}, 10, Math.random);
    let guard = 0;
    while (!isDone(s) && guard++ < 20) s = answer(s, guard % 3 !== 0);
    expect(isDone(s)).toBe(true);
    expect(progress(s).known).toBe(2);
  });
});
