// A practice session: which cards it deals and in what order, and what an answer does to it.
// The cards' schedule itself (FSRS) is in scheduler.ts; this only reads their due dates.
// - A session deals the cards that are due first (longest overdue first; a card being relearned
//   counts as due a little early, see due.ts), then new cards
//   (never reviewed, in random order), then, to fill the session, cards not due yet (soonest
//   first): reviewing early is allowed, FSRS counts the shorter gap.
// - "Again" (a miss) puts the card back a few cards later; it stays in the session until it is
//   answered Hard, Good or Easy. Any of those retires the card for this session: a card seen in
//   a session does not come back in it unless it was missed.
import { dueFrom, standing } from './due';
import type { CardEntry, Grade } from './state';

/** Cards between a missed card and its next showing in the same session. */
export const AGAIN_AFTER = 3;

export interface Session {
  /** Question ids still to show; the first is the current card. */
  queue: string[];
  total: number;
  /** Cards answered Hard, Good or Easy, in order: done for this session. */
  known: string[];
  /** "Again" answers per card in this session; keys in the order of the first miss. */
  misses: Record<string, number>;
  /** How many "Again" answers so far. */
  missed: number;
}

export type Rng = () => number;

function shuffle<T>(xs: T[], rng: Rng): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

const RANK = { due: 0, new: 1, later: 2 } as const;

/** The session's cards, up to `limit`: due (earliest due first), new, then not due yet (soonest first); random within a tie. */
export function startSession(ids: string[], cards: Record<string, CardEntry>, limit: number, now: number, rng: Rng = Math.random): Session {
  const keyed = shuffle([...new Set(ids)], rng).map((id) => ({ id, rank: RANK[standing(cards[id], now)], due: cards[id] ? dueFrom(cards[id]) : 0 }));
  keyed.sort((a, b) => a.rank - b.rank || a.due - b.due);
  const queue = keyed.slice(0, Math.max(0, limit)).map((k) => k.id);
  return { queue, total: queue.length, known: [], misses: {}, missed: 0 };
}

export function current(s: Session): string | undefined {
  return s.queue[0];
}

export function isDone(s: Session): boolean {
  return s.queue.length === 0;
}

/** The session after an answer to its current card. */
export function answer(s: Session, grade: Grade): Session {
  const id = s.queue[0];
  if (id === undefined) return s;
  const rest = s.queue.slice(1);
  if (grade !== 1) return { ...s, queue: rest, known: [...s.known, id] };
  const at = Math.min(AGAIN_AFTER, rest.length);
  return {
    ...s,
    queue: [...rest.slice(0, at), id, ...rest.slice(at)],
    missed: s.missed + 1,
    misses: { ...s.misses, [id]: (s.misses[id] ?? 0) + 1 },
  };
}

/** For the progress line: cards known out of the session's total. */
export function progress(s: Session): { known: number; total: number; left: number; missed: number } {
  return { known: s.known.length, total: s.total, left: s.queue.length, missed: s.missed };
}

/** The cards missed ("Again") at least once in this session, in the order first missed. */
export function missedIds(s: Session): string[] {
  return Object.keys(s.misses);
}

const cards = (n: number) => `${n} ${n === 1 ? 'card' : 'cards'}`;

/**
 * The end-of-session summary in plain words: how many cards were known at the first try and how
 * many needed another go (each card once, however many "Again" answers it had).
 */
export function summaryText(s: Session): string {
  const firstTry = s.known.filter((id) => !s.misses[id]).length;
  const retried = Object.keys(s.misses).length;
  const answered = new Set([...s.known, ...Object.keys(s.misses)]).size;
  const again = retried ? `; ${cards(retried)} needed another go` : '';
  if (isDone(s)) {
    if (!retried) return `You knew ${s.total === 1 ? 'the card' : `all ${s.total}`} on the first try.`;
    return `You knew ${firstTry} of ${s.total} on the first try${again}.`;
  }
  if (!answered) return `Session ended before any card was answered.`;
  return `Session ended after ${answered} of ${s.total} cards: you knew ${firstTry} on the first try${again}.`;
}

/** A session read back from storage, or undefined when it is not one (checked field by field). */
export function asSession(x: unknown): Session | undefined {
  const s = x as Session | null;
  const strings = (a: unknown) => Array.isArray(a) && a.every((v) => typeof v === 'string');
  if (!s || typeof s !== 'object' || !strings(s.queue) || !strings(s.known) || typeof s.total !== 'number' || typeof s.missed !== 'number') return undefined;
  if (!s.misses || typeof s.misses !== 'object' || !Object.values(s.misses).every((n) => typeof n === 'number')) return undefined;
  return s;
}
