// Due dates counted and said in words, for the practice form, its cards, the grading buttons and
// the study hub (when a card is due: due.ts, which the header's count loads on every page
// without these).
import { dueFrom, standing } from './due';
import type { CardEntry } from './state';

export interface DueCounts {
  due: number;
  new: number;
  later: number;
}

/** How many of these questions are due, new and not due yet at `now`. */
export function dueCounts(ids: Iterable<string>, cards: Record<string, CardEntry>, now: number): DueCounts {
  const n: DueCounts = { due: 0, new: 0, later: 0 };
  for (const id of new Set(ids)) n[standing(cards[id], now)]++;
  return n;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 due now, 12 new and 5 not due yet", leaving out what is zero. */
export function dueText(c: DueCounts): string {
  const parts = [c.due && `${c.due} due now`, c.new && `${c.new} new`, c.later && `${c.later} not due yet`].filter(Boolean) as string[];
  if (!parts.length) return 'No cards';
  const total = plural(c.due + c.new + c.later, 'card', 'cards');
  return `${total}: ${parts.length < 2 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`}`;
}

const DAY = 86_400_000;

/** When a card is due, in words: "due now", "due in 10 minutes", "due in 3 days"… */
export function dueIn(card: CardEntry | undefined, now: number): string {
  if (!card) return 'New card';
  const ms = card.due - now;
  if (ms <= 0 || dueFrom(card) <= now) return 'Due now';
  return `Due in ${span(ms)}`;
}

/** A duration in words, rounded to minutes, hours, days, months or years. */
export function span(ms: number): string {
  const m = Math.max(1, Math.round(ms / 60_000));
  if (m < 60) return plural(m, 'minute', 'minutes');
  const h = Math.round(ms / 3_600_000);
  if (h < 24) return plural(h, 'hour', 'hours');
  const d = Math.round(ms / DAY);
  if (d < 31) return plural(d, 'day', 'days');
  const mo = Math.round(d / 30.4);
  if (mo < 12) return plural(mo, 'month', 'months');
  return plural(Math.round((d / 365) * 10) / 10, 'year', 'years');
}
