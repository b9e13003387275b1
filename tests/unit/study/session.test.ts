import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AGAIN_AFTER, answer, asSession, current, isDone, missedIds, progress, startSession, summaryText } from '../../../src/lib/study/session';
import type { CardEntry, Grade } from '../../../src/lib/study/state';

const fixed = () => 0.5;
const card = (due: number): CardEntry => ({ due, stability: 1, difficulty: 5, state: 2, reps: 1, lapses: 0, step: 0, days: 1, at: 0 });
const NOW = new Date(2025, 5, 10, 12).getTime();

describe('dealing a session', () => {
  it('deals due cards first (longest overdue first), then new ones, then cards not due yet (soonest first), up to the limit', () => {
    const day = 86_400_000;
    const cards = { a: card(NOW - 2 * day), b: card(NOW - 5 * day), c: card(NOW + 9 * day), f: card(NOW + 3 * day) };
    const s = startSession(['a', 'b', 'c', 'd', 'e', 'f'], cards, 5, NOW, fixed);
    expect(s.queue.slice(0, 2)).toEqual(['b', 'a']);
    expect(new Set(s.queue.slice(2, 4))).toEqual(new Set(['d', 'e']));
    expect(s.queue[4]).toBe('f'); // c, due last, is left out
    expect(s.total).toBe(5);
  });
  it('a card due comes first even among many new cards', () => {
    const ids = Array.from({ length: 126 }, (_, i) => `q${i}`);
    for (let run = 0; run < 20; run++) expect(startSession(ids, { q77: card(NOW) }, 10, NOW, Math.random).queue[0]).toBe('q77');
  });
  it('a card missed a minute ago (relearning) comes first in the next session, before new cards', () => {
    const missed = { ...card(NOW + 60_000), state: 3 as const };
    expect(startSession(['n1', 'n2', 'm', 'n3'], { m: missed }, 10, NOW, fixed).queue[0]).toBe('m');
  });
  it('deals each question once', () => {
    expect(startSession(['a', 'a', 'b'], {}, 10, NOW, fixed).queue).toHaveLength(2);
  });
});

describe('answering', () => {
  it('Hard, Good and Easy retire the card for this session', () => {
    for (const g of [2, 3, 4] as Grade[]) {
      let s = startSession(['a', 'b'], {}, 10, NOW, fixed);
      const first = current(s)!;
      s = answer(s, g);
      expect(s.queue).not.toContain(first);
      expect(progress(s)).toEqual({ known: 1, total: 2, left: 1, missed: 0 });
    }
  });
  it('Again brings the card back a few cards later', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    let s = startSession(ids, {}, 10, NOW, fixed);
    const first = current(s)!;
    s = answer(s, 1);
    expect(s.queue.indexOf(first)).toBe(AGAIN_AFTER);
    expect(s.queue).toHaveLength(ids.length);
    expect(progress(s).missed).toBe(1);
    expect(missedIds(s)).toEqual([first]);
  });
  it('counts the misses per card and lists missed cards once, in the order first missed', () => {
    let s = startSession(['a', 'b'], {}, 10, NOW, fixed);
    const [x, y] = s.queue as [string, string];
    s = answer(s, 1); // x missed
    s = answer(s, 1); // y missed
    s = answer(s, 1); // x again
    expect(s.misses).toEqual({ [x]: 2, [y]: 1 });
    expect(missedIds(s)).toEqual([x, y]);
  });
  it('a card seen in a session comes back only when missed, and the session ends when every card is known (property)', () => {
    const grades = fc.array(fc.constantFrom<Grade>(1, 2, 3, 4), { maxLength: 60 });
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }), grades, (ids, gs) => {
        let s = startSession(ids, {}, 20, NOW, fixed);
        const shown: string[] = [];
        for (const g of gs) {
          if (isDone(s)) break;
          const id = current(s)!;
          // Shown before only if it was missed before.
          if (shown.includes(id)) expect(s.misses[id]).toBeGreaterThan(0);
          shown.push(id);
          s = answer(s, g);
          // No card is lost: every card is either still to come or known, never both.
          expect(new Set([...s.queue, ...s.known])).toEqual(new Set(ids));
          expect(s.queue.filter((q) => s.known.includes(q))).toEqual([]);
        }
        while (!isDone(s)) s = answer(s, 3);
        expect(s.known.sort()).toEqual([...ids].sort());
      }),
    );
  });
});

describe('session summary', () => {
  const run = (ids: string[], grades: Grade[]) => grades.reduce((s, g) => answer(s, g), startSession(ids, {}, 10, NOW, fixed));
  it('counts cards known at the first try and cards that needed another go, each card once', () => {
    const s = run(['a', 'b', 'c', 'd', 'e'], [1, 3, 3, 3, 1, 3, 3]);
    expect(isDone(s)).toBe(true);
    expect(summaryText(s)).toBe('You knew 4 of 5 on the first try; 1 card needed another go.');
  });
  it('says so when every card was known at once', () => {
    expect(summaryText(run(['a', 'b', 'c'], [3, 4, 2]))).toBe('You knew all 3 on the first try.');
    expect(summaryText(run(['a'], [3]))).toBe('You knew the card on the first try.');
  });
  it('a session ended early counts the cards answered so far', () => {
    expect(summaryText(run(['a', 'b', 'c', 'd'], [3, 1]))).toBe('Session ended after 2 of 4 cards: you knew 1 on the first try; 1 card needed another go.');
    expect(summaryText(run(['a', 'b'], []))).toBe('Session ended before any card was answered.');
  });
});

describe('a session read back after a reload', () => {
  it('is the same session', () => {
    const s = answer(startSession(['a', 'b', 'c'], {}, 10, NOW, fixed), 1);
    expect(asSession(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });
  it.each([null, 5, { queue: 'a' }, { queue: [], known: [], total: 1, missed: 0, misses: { a: 'x' } }, { queue: [1], known: [], total: 1, missed: 0, misses: {} }])('is refused when it is not one: %j', (v) => {
    expect(asSession(v)).toBeUndefined();
  });
});
