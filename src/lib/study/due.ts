// Which cards are due: the dates come from the FSRS cards in the study state, so counting needs
// no scheduler code (the header's count asks it first, and loads the question index only if a card is due).
// As in Anki, a review card is due for the whole day its date falls on (its interval is in days:
// one due at 18:00 can be reviewed in the morning), and a card being (re)learned, whose steps
// are minutes, a little before its time. So "due" is one notion everywhere: the header's count,
// the study hub's "Review N due" and the practice form's "Due now" count the same cards.
import type { CardEntry } from './state';

export type Standing = 'due' | 'new' | 'later';

/**
 * A card being (re)learned counts as due this long before its date, as in Anki ("learn ahead"):
 * a card missed a minute ago comes first in the next session, not after every new card.
 */
export const LEARN_AHEAD = 20 * 60_000;

/** The start of the local day of `t`. */
export function startOfDay(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** The moment from which a card counts as due: a review card from the start of its day, a card being learned LEARN_AHEAD early. */
export function dueFrom(card: CardEntry): number {
  if (card.state === 2) return startOfDay(card.due);
  return card.state === 1 || card.state === 3 ? card.due - LEARN_AHEAD : card.due;
}

/** Due (its date has come), new (never reviewed) or later (reviewed, not due yet). */
export function standing(card: CardEntry | undefined, now: number): Standing {
  return !card ? 'new' : dueFrom(card) <= now ? 'due' : 'later';
}

/** How many cards of the state are due at `now`, each question apart (no question index needed). */
export function countDue(cards: Record<string, CardEntry>, now: number): number {
  let n = 0;
  for (const c of Object.values(cards)) if (dueFrom(c) <= now) n++;
  return n;
}
