import { describe, expect, it } from 'vitest';
import { LEARN_AHEAD, dueCounts, dueIn, dueText, endOfDay, span, standing } from '../../../src/lib/study/due';
import type { CardEntry } from '../../../src/lib/study/state';

const card = (due: number): CardEntry => ({ due, stability: 1, difficulty: 5, state: 2, reps: 1, lapses: 0, step: 0, days: 1, at: 0 });

describe('due cards', () => {
  it('tells due, new and later apart; due includes the very moment', () => {
    expect(standing(undefined, 10)).toBe('new');
    expect(standing(card(10), 10)).toBe('due');
    expect(standing(card(11), 10)).toBe('later');
  });
  it('counts a card being relearned or learned as due up to 20 minutes early, a review card only on its date', () => {
    const relearning = { ...card(30 * 60_000), state: 3 as const };
    expect(standing(relearning, 0)).toBe('later');
    expect(standing(relearning, 10 * 60_000)).toBe('due');
    expect(standing({ ...relearning, state: 1 }, 10 * 60_000)).toBe('due');
    expect(standing({ ...relearning, state: 2 }, 10 * 60_000)).toBe('later');
    expect(dueIn(relearning, 10 * 60_000)).toBe('Due now');
    expect(LEARN_AHEAD).toBe(20 * 60_000);
  });
  it('counts each question once', () => {
    const cards = { a: card(5), b: card(50), c: card(1) };
    expect(dueCounts(['a', 'b', 'c', 'd', 'a'], cards, 10)).toEqual({ due: 2, new: 1, later: 1 });
  });
  it('says it in words, leaving out what is zero', () => {
    expect(dueText({ due: 3, new: 12, later: 5 })).toBe('20 cards: 3 due now, 12 new and 5 not due yet');
    expect(dueText({ due: 1, new: 0, later: 0 })).toBe('1 card: 1 due now');
    expect(dueText({ due: 0, new: 2, later: 1 })).toBe('3 cards: 2 new and 1 not due yet');
    expect(dueText({ due: 0, new: 0, later: 0 })).toBe('No cards');
  });
  it('says when a card is due', () => {
    expect(dueIn(undefined, 0)).toBe('New card');
    expect(dueIn(card(0), 5)).toBe('Due now');
    expect(dueIn(card(10 * 60_000), 0)).toBe('Due in 10 minutes');
    expect(dueIn(card(3 * 86_400_000), 0)).toBe('Due in 3 days');
  });
  it('rounds a span to a unit a reader uses', () => {
    expect(span(20_000)).toBe('1 minute');
    expect(span(90 * 60_000)).toBe('2 hours');
    expect(span(86_400_000)).toBe('1 day');
    expect(span(45 * 86_400_000)).toBe('1 month');
    expect(span(400 * 86_400_000)).toBe('1.1 years');
  });
  it('ends the day at local midnight', () => {
    const noon = new Date(2025, 5, 1, 12).getTime();
    expect(endOfDay(noon)).toBe(new Date(2025, 5, 2).getTime());
  });
});
