import { describe, expect, it } from 'vitest';
import { LEARN_AHEAD, countDue, standing, startOfDay } from '../../../src/lib/study/due';
import { dueCounts, dueIn, dueText, span } from '../../../src/lib/study/due-text';
import type { CardEntry } from '../../../src/lib/study/state';

const card = (due: number): CardEntry => ({ due, stability: 1, difficulty: 5, state: 2, reps: 1, lapses: 0, step: 0, days: 1, at: 0 });
const learning = (due: number): CardEntry => ({ ...card(due), state: 1, days: 0 });
/** Local times on 1 June 2025 (and the day after). */
const june = (day: number, hour: number, minute = 0) => new Date(2025, 5, day, hour, minute).getTime();

describe('due cards', () => {
  it('tells due, new and later apart; due includes the very moment', () => {
    expect(standing(undefined, 10)).toBe('new');
    expect(standing(learning(10), 10)).toBe('due');
    expect(standing(learning(10 + LEARN_AHEAD + 1), 10)).toBe('later');
    expect(standing(card(june(1, 9)), june(1, 9))).toBe('due');
  });
  it('counts a card being relearned or learned as due up to 20 minutes early', () => {
    const relearning = { ...card(30 * 60_000), state: 3 as const };
    expect(standing(relearning, 0)).toBe('later');
    expect(standing(relearning, 10 * 60_000)).toBe('due');
    expect(standing({ ...relearning, state: 1 }, 10 * 60_000)).toBe('due');
    expect(dueIn(relearning, 10 * 60_000)).toBe('Due now');
    expect(LEARN_AHEAD).toBe(20 * 60_000);
  });
  it('counts a review card as due all day on the day it falls on (as Anki does), not the day before', () => {
    const evening = card(june(2, 18));
    expect(standing(evening, june(2, 0, 1))).toBe('due');
    expect(standing(evening, june(2, 9))).toBe('due');
    expect(dueIn(evening, june(2, 9))).toBe('Due now');
    expect(standing(evening, june(1, 23, 59))).toBe('later');
    expect(dueIn(evening, june(1, 23))).toBe('Due in 19 hours');
    expect(startOfDay(june(2, 18))).toBe(june(2, 0));
  });
  it('counts each question once', () => {
    const cards = { a: learning(5), b: learning(50 + LEARN_AHEAD), c: learning(1) };
    expect(dueCounts(['a', 'b', 'c', 'd', 'a'], cards, 10)).toEqual({ due: 2, new: 1, later: 1 });
  });
  it('counts the due cards of a state without a question index (the header)', () => {
    const cards = { a: card(june(1, 8)), b: card(june(1, 22)), c: card(june(2, 8)), d: learning(june(1, 12, 30)), e: learning(june(1, 12, 10)) };
    expect(countDue(cards, june(1, 12))).toBe(3); // a and b (today), e (10 minutes ahead)
    expect(countDue({}, june(1, 12))).toBe(0);
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
    expect(dueIn(learning(10 * 60_000 + LEARN_AHEAD), 0)).toBe('Due in 30 minutes');
    expect(dueIn(card(3 * 86_400_000), 0)).toBe('Due in 3 days');
  });
  it('rounds a span to a unit a reader uses', () => {
    expect(span(20_000)).toBe('1 minute');
    expect(span(90 * 60_000)).toBe('2 hours');
    expect(span(86_400_000)).toBe('1 day');
    expect(span(45 * 86_400_000)).toBe('1 month');
    expect(span(400 * 86_400_000)).toBe('1.1 years');
  });
  it('starts the day at local midnight', () => {
    expect(startOfDay(new Date(2025, 5, 1, 12).getTime())).toBe(new Date(2025, 5, 1).getTime());
    expect(startOfDay(new Date(2025, 5, 1).getTime())).toBe(new Date(2025, 5, 1).getTime());
  });
});
