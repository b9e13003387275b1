import { describe, expect, it } from 'vitest';
import { cardFromBox, MAX_BOX } from '../../../src/lib/study/legacy';
import { review } from '../../../src/lib/study/scheduler';
import { startSession } from '../../../src/lib/study/session';
import { emptyState } from '../../../src/lib/study/state';
import { DAY } from './fixtures';

const AT = Date.UTC(2025, 0, 1);

describe('a Leitner box as an FSRS card', () => {
  it('box 1 (missed last time) is relearning and due at once', () => {
    expect(cardFromBox({ box: 1, at: AT })).toEqual({ due: AT, stability: 1, difficulty: 7, state: 3, reps: 1, lapses: 1, step: 0, days: 0, at: AT });
  });
  it.each([
    [2, 3, 1],
    [3, 7, 2],
    [4, 14, 3],
    [5, 30, 4],
  ])('box %i is a review card due %i days after its last practice, its stability', (box, days, reps) => {
    expect(cardFromBox({ box, at: AT })).toEqual({ due: AT + days * DAY, stability: days, difficulty: 5, state: 2, reps, lapses: 0, step: 0, days, at: AT });
  });
  it('a higher box waits longer', () => {
    for (let b = 1; b < MAX_BOX; b++) expect(cardFromBox({ box: b + 1, at: AT }).due).toBeGreaterThan(cardFromBox({ box: b, at: AT }).due);
  });
  it('keeps the Leitner order in the next session: missed first, then new, then the boxes by due date', () => {
    const cards = { box1: cardFromBox({ box: 1, at: AT }), box2: cardFromBox({ box: 2, at: AT }), box5: cardFromBox({ box: 5, at: AT }) };
    const s = startSession(['box5', 'box2', 'fresh', 'box1'], cards, 10, AT + DAY);
    expect(s.queue).toEqual(['box1', 'fresh', 'box2', 'box5']);
    // A week on, box 2 is due as well and comes before the new card.
    expect(startSession(['box5', 'box2', 'fresh', 'box1'], cards, 10, AT + 7 * DAY).queue).toEqual(['box1', 'box2', 'fresh', 'box5']);
  });
  it('is scheduled by FSRS from its next answer: a box 4 card recalled when due waits longer than 14 days', () => {
    const s = { ...emptyState(), cards: { q: cardFromBox({ box: 4, at: AT }) } };
    const due = AT + 14 * DAY;
    const after = review(s, 'q', 3, due).cards.q!;
    expect(after.state).toBe(2);
    expect(after.stability).toBeGreaterThan(14);
    expect(after.due - due).toBeGreaterThan(14 * DAY);
    // Missed, it lapses and is due again within the hour.
    const missed = review(s, 'q', 1, due).cards.q!;
    expect(missed.lapses).toBe(1);
    expect(missed.due - due).toBeLessThanOrEqual(3_600_000);
  });
});
