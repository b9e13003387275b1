import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calendar, dayKey, historyText, level, longDate, reviewsPerDay, streak } from '../../../src/lib/study/history';
import type { ReviewEntry } from '../../../src/lib/study/state';

/** A local time in 2025: month 1–12. */
const at = (month: number, day: number, hour = 12) => new Date(2025, month - 1, day, hour).getTime();
const reviews = (...times: number[]): ReviewEntry[] => times.map((t) => ({ at: t, rating: 3, state: 2 }));

describe('reviews per day', () => {
  it('counts every review of every card on its local day', () => {
    const per = reviewsPerDay({ a: reviews(at(6, 1, 0), at(6, 1, 23), at(6, 2, 9)), b: reviews(at(6, 2, 10)) });
    expect([...per]).toEqual([
      ['2025-06-01', 2],
      ['2025-06-02', 2],
    ]);
  });
});

describe('the calendar', () => {
  // Wednesday 4 June 2025.
  const now = at(6, 4, 15);
  const per = reviewsPerDay({ a: reviews(at(6, 2), at(6, 3), at(6, 3), at(6, 4)), b: reviews(at(4, 1), at(1, 2)) });
  const cal = calendar(per, now, 12);

  it('has a column per week, Monday to Sunday, ending with this week; days after today are empty', () => {
    expect(cal.weeks).toHaveLength(12);
    expect(cal.weeks.every((w) => w.length === 7)).toBe(true);
    const last = cal.weeks.at(-1)!;
    expect(last.map((d) => d?.date ?? null)).toEqual(['2025-06-02', '2025-06-03', '2025-06-04', null, null, null, null]);
    expect(cal.weeks[0]![0]!.date).toBe('2025-03-17'); // a Monday, 11 weeks before 2 June
    expect(new Date(2025, 2, 17).getDay()).toBe(1);
  });
  it('counts the reviews within it (not the one in January), the days with one, and the busiest day', () => {
    expect(cal.total).toBe(5);
    expect(cal.activeDays).toBe(4);
    expect(cal.busiest).toEqual({ date: '2025-06-03', count: 2 });
    expect(countOn(cal, '2025-06-03')).toBe(2);
  });
  it('says it in words', () => {
    expect(historyText(cal, streak(per, now))).toBe(
      '5 reviews on 4 days in the last 12 weeks (since Monday 17 March 2025). Busiest day: Tuesday 3 June 2025, 2 reviews. ' +
        'Current streak: 3 days, including today. Longest streak: 3 days.',
    );
  });
  it('says when there is nothing yet', () => {
    const none = new Map<string, number>();
    expect(historyText(calendar(none, now), streak(none, now))).toBe('No reviews yet. Grade a card in practice or on a question page to start a streak.');
    const old = reviewsPerDay({ a: reviews(at(1, 2), at(1, 3)) });
    expect(historyText(calendar(old, now, 12), streak(old, now))).toBe('No reviews in the last 12 weeks. Your longest streak was 2 days.');
  });
  it('a Sunday ends its week with today', () => {
    const sunday = at(6, 8);
    expect(calendar(per, sunday, 2).weeks.at(-1)!.at(-1)!.date).toBe('2025-06-08');
  });
});

function countOn(cal: ReturnType<typeof calendar>, date: string) {
  return cal.weeks.flat().find((d) => d?.date === date)?.count;
}

describe('the streak', () => {
  const per = reviewsPerDay({ a: reviews(at(5, 1), at(5, 2), at(5, 3), at(5, 4), at(5, 10), at(5, 11), at(5, 12)) });
  it('runs up to today, or up to yesterday while today has no review yet', () => {
    expect(streak(per, at(5, 12))).toEqual({ current: 3, longest: 4, reviewedToday: true });
    expect(streak(per, at(5, 13))).toEqual({ current: 3, longest: 4, reviewedToday: false });
    expect(streak(per, at(5, 14))).toEqual({ current: 0, longest: 4, reviewedToday: false });
  });
  it('crosses the end of a month and of a year', () => {
    const p = reviewsPerDay({ a: reviews(at(12, 30), at(12, 31), new Date(2026, 0, 1, 9).getTime()) });
    expect(streak(p, new Date(2026, 0, 1, 20).getTime())).toEqual({ current: 3, longest: 3, reviewedToday: true });
  });
  it('words: a streak kept alive until today ends', () => {
    expect(historyText(calendar(per, at(5, 13), 4), streak(per, at(5, 13)))).toContain('Current streak: 3 days; review today to keep it.');
    expect(historyText(calendar(per, at(5, 14), 4), streak(per, at(5, 14)))).toContain('No current streak: review today to start one. Longest streak: 4 days.');
  });
});

describe('shades and dates', () => {
  it('shades a day by its reviews', () => {
    expect([0, 1, 4, 5, 9, 10, 19, 20, 300].map(level)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
  it('writes a date in full', () => {
    expect(longDate('2025-06-01')).toBe('Sunday 1 June 2025');
    expect(dayKey(at(12, 31, 23))).toBe('2025-12-31');
  });
});

describe('properties', () => {
  const day = 86_400_000;
  const start = at(1, 1);
  const times = fc.array(fc.integer({ min: start, max: start + 400 * day }), { maxLength: 80 });
  const nows = fc.integer({ min: start, max: start + 420 * day });

  it('the calendar counts exactly the reviews from its first day to today, each once', () => {
    fc.assert(
      fc.property(times, nows, fc.integer({ min: 1, max: 30 }), (ts, now, weeks) => {
        const cal = calendar(reviewsPerDay({ a: reviews(...ts) }), now, weeks);
        const first = cal.weeks[0]![0]!.date;
        const today = dayKey(now);
        expect(cal.total).toBe(ts.filter((t) => dayKey(t) >= first && dayKey(t) <= today).length);
        const days = cal.weeks.flat().filter((d) => d !== null);
        expect(days.at(-1)!.date).toBe(today);
        expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
        expect(days.length).toBeGreaterThan(7 * (weeks - 1));
      }),
    );
  });
  it('the current streak is never longer than the longest, and is 0 exactly when neither today nor yesterday has a review', () => {
    fc.assert(
      fc.property(times, nows, (ts, now) => {
        const per = reviewsPerDay({ a: reviews(...ts) });
        const s = streak(per, now);
        expect(s.current).toBeLessThanOrEqual(s.longest);
        const recent = ts.some((t) => dayKey(t) === dayKey(now) || dayKey(t) === dayKey(now - day));
        expect(s.current > 0).toBe(recent);
        expect(s.longest <= per.size).toBe(true);
      }),
    );
  });
});
