import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { preview, review } from '../../../src/lib/study/scheduler';
import { emptyState, type Grade, isStudyState, LOG_MAX, setSettings } from '../../../src/lib/study/state';
import { DAY, v2State } from './fixtures';

const T0 = Date.UTC(2025, 0, 1);
const grade = fc.constantFrom<Grade>(1, 2, 3, 4);

describe('grading a card (FSRS)', () => {
  it('a new card graded Good is learning and due in minutes; Easy skips to days', () => {
    const good = review(emptyState(), 'q', 3, T0);
    expect(good.cards.q).toMatchObject({ state: 1, reps: 1, lapses: 0, at: T0 });
    expect(good.cards.q!.due - T0).toBe(10 * 60_000);
    expect(good.log.q).toEqual([{ at: T0, rating: 3, state: 0 }]);
    const easy = review(emptyState(), 'q', 4, T0).cards.q!;
    expect(easy.state).toBe(2);
    expect(easy.due - T0).toBeGreaterThanOrEqual(5 * DAY);
  });
  it('Again, Hard, Good, Easy: each better grade waits at least as long', () => {
    let s = review(emptyState(), 'q', 3, T0);
    s = review(s, 'q', 3, s.cards.q!.due); // graduates to review
    const when = s.cards.q!.due;
    const dues = ([1, 2, 3, 4] as Grade[]).map((g) => review(s, 'q', g, when).cards.q!.due);
    for (let i = 1; i < 4; i++) expect(dues[i]).toBeGreaterThanOrEqual(dues[i - 1]!);
    expect(dues[0]! - when).toBeLessThan(DAY);
    expect(dues[2]! - when).toBeGreaterThan(DAY);
  });
  it('a higher desired retention brings the next review sooner', () => {
    let s = review(emptyState(), 'q', 4, T0);
    const when = s.cards.q!.due;
    const at = (r: number) => review(setSettings(s, { retention: r }, 0), 'q', 3, when).cards.q!.due;
    expect(at(0.95)).toBeLessThan(at(0.9));
    expect(at(0.9)).toBeLessThan(at(0.8));
    s = setSettings(s, { retention: 0.8 }, 0);
    // The buttons preview exactly what grading then does.
    const p = preview(s.cards.q, 0.8, when);
    expect(review(s, 'q', 3, when).cards.q!.due - when).toBe(p[3]);
  });
  it('time never runs backwards for a card: a clock behind its last review counts as that moment', () => {
    const s = review(emptyState(), 'q', 4, T0);
    const back = review(s, 'q', 3, T0 - DAY);
    expect(back.cards.q!.at).toBe(T0);
    expect(back.log.q!.map((r) => r.at)).toEqual([T0, T0]);
  });
  it('keeps the newest LOG_MAX reviews of a card', () => {
    let s = emptyState();
    for (let i = 0; i < LOG_MAX + 5; i++) s = review(s, 'q', 3, T0 + i * 1000);
    expect(s.log.q).toHaveLength(LOG_MAX);
    expect(s.log.q![0]!.at).toBe(T0 + 5000);
  });
  it('a review never loses a card and always leaves a valid state with a due date (property)', () => {
    fc.assert(
      fc.property(v2State, fc.array(fc.tuple(fc.constantFrom('a/one', 'b/two', 'c/three'), grade, fc.integer({ min: 0, max: 60 * DAY })), { minLength: 1, maxLength: 12 }), (start, steps) => {
        let s = start;
        let now = T0;
        for (const [id, g, wait] of steps) {
          now += wait;
          const before = s;
          s = review(s, id, g, now);
          // Every other card, mark and note is untouched; this one has a card, due after its review.
          for (const k of Object.keys(before.cards)) expect(s.cards[k]).toBeDefined();
          for (const k of Object.keys(before.cards)) if (k !== id) expect(s.cards[k]).toBe(before.cards[k]);
          expect(s.learned).toBe(before.learned);
          expect(s.saved).toBe(before.saved);
          expect(s.notes).toBe(before.notes);
          const c = s.cards[id]!;
          expect(c.due).toBeGreaterThanOrEqual(c.at);
          expect(s.log[id]!.at(-1)).toMatchObject({ rating: g, at: c.at });
          expect(s.log[id]!.length).toBe(Math.min(LOG_MAX, (before.log[id]?.length ?? 0) + 1));
        }
        expect(isStudyState(s)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
