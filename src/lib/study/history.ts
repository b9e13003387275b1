// The reader's review history for the study hub: reviews per local day, a calendar of the last
// weeks (a grid like a contribution graph: a column per week, Monday to Sunday), the current and
// longest streak of days with a review, and all of it in words for screen readers. Pure: the
// time is passed in, days are the browser's local days (calendar dates, so a day is never
// 23 or 25 hours long around a clock change).
import type { ReviewEntry } from './state';

export interface Day {
  /** The local date, "2025-06-01". */
  date: string;
  count: number;
}
export interface Calendar {
  /** Oldest week first; each week Monday to Sunday; days after today are null. */
  weeks: (Day | null)[][];
  /** Reviews, and days with at least one, within the calendar. */
  total: number;
  activeDays: number;
  /** The day with the most reviews (the latest of a tie), if any. */
  busiest?: Day;
}
export interface Streak {
  /** Days in a row with a review, up to today, or up to yesterday while today has none yet. */
  current: number;
  longest: number;
  reviewedToday: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const key = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** The local date of a time, "2025-06-01". */
export const dayKey = (t: number) => key(new Date(t));
/** The date `n` days after the local day of `t` (before it, when negative). */
const shift = (t: number, n: number) => {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
};

/** Reviews per local day over every card's log. */
export function reviewsPerDay(log: Record<string, ReviewEntry[]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const list of Object.values(log)) for (const r of list) out.set(dayKey(r.at), (out.get(dayKey(r.at)) ?? 0) + 1);
  return out;
}

/** The last `weeks` weeks up to the week of `now`. */
export function calendar(perDay: Map<string, number>, now: number, weeks = 26): Calendar {
  const today = new Date(now);
  const sinceMonday = (today.getDay() + 6) % 7;
  const first = shift(now, -sinceMonday - 7 * (weeks - 1)).getTime();
  const cal: Calendar = { weeks: [], total: 0, activeDays: 0 };
  for (let w = 0; w < weeks; w++) {
    const week: (Day | null)[] = [];
    for (let d = 0; d < 7; d++) {
      const i = w * 7 + d;
      if (i > sinceMonday + 7 * (weeks - 1)) {
        week.push(null);
        continue;
      }
      const date = key(shift(first, i));
      const day = { date, count: perDay.get(date) ?? 0 };
      week.push(day);
      cal.total += day.count;
      if (day.count) cal.activeDays++;
      if (day.count && day.count >= (cal.busiest?.count ?? 0)) cal.busiest = day;
    }
    cal.weeks.push(week);
  }
  return cal;
}

/** The streaks of days with at least one review, as of `now`. */
export function streak(perDay: Map<string, number>, now: number): Streak {
  const reviewedToday = (perDay.get(dayKey(now)) ?? 0) > 0;
  let current = 0;
  for (let n = reviewedToday ? 0 : -1; perDay.get(key(shift(now, n))); n--) current++;
  let longest = 0;
  for (const date of perDay.keys()) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    // Count a run from its first day only.
    if (perDay.get(key(new Date(y, m - 1, d - 1)))) continue;
    let run = 0;
    while (perDay.get(key(new Date(y, m - 1, d + run)))) run++;
    longest = Math.max(longest, run);
  }
  return { current, longest, reviewedToday };
}

/** A cell's shade, 0 (no review) to 4. */
export function level(count: number): 0 | 1 | 2 | 3 | 4 {
  return count === 0 ? 0 : count < 5 ? 1 : count < 10 ? 2 : count < 20 ? 3 : 4;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const dateOf = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};
/** "Tuesday 3 June 2025". */
export function longDate(date: string): string {
  const d = dateOf(date);
  return `${WEEKDAYS[d.getDay()]} ${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}
/** "Jun", for the calendar's month labels. */
export const shortMonth = (date: string) => MONTHS[dateOf(date).getMonth()]!.slice(0, 3);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The calendar and the streak in words (the calendar's text for screen readers, shown to all). */
export function historyText(cal: Calendar, s: Streak): string {
  const weeks = cal.weeks.length;
  if (!cal.total) {
    return s.longest
      ? `No reviews in the last ${weeks} weeks. Your longest streak was ${plural(s.longest, 'day', 'days')}.`
      : `No reviews yet. Grade a card in practice or on a question page to start a streak.`;
  }
  const first = cal.weeks[0]![0]!.date;
  const parts = [
    `${plural(cal.total, 'review', 'reviews')} on ${plural(cal.activeDays, 'day', 'days')} in the last ${weeks} weeks (since ${longDate(first)}).`,
    `Busiest day: ${longDate(cal.busiest!.date)}, ${plural(cal.busiest!.count, 'review', 'reviews')}.`,
    s.current
      ? `Current streak: ${plural(s.current, 'day', 'days')}${s.reviewedToday ? ', including today' : '; review today to keep it'}.`
      : 'No current streak: review today to start one.',
    `Longest streak: ${plural(s.longest, 'day', 'days')}.`,
  ];
  return parts.join(' ');
}
