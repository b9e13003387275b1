// Leitner scheduling for a practice session (the rule is also explained on /practice/).
// A practised card has a box, 1 to MAX_BOX; an unseen card has none.
// - A session takes the cards missed before first (box 1), then unseen cards, then boxes 2 to
//   MAX_BOX, lowest first; least recently practised first within a box.
// - "Knew it" retires the card for this session and moves it up one box, but only when it was
//   the card's first answer in the session: a card missed and then known stays in box 1.
// - "Not yet" sends the card to box 1 and puts it back in the queue a few cards later.
import { MAX_BOX, type BoxEntry } from './state';

/** Cards between a missed card and its next showing in the same session. */
export const AGAIN_AFTER = 3;

export interface Session {
  /** Question ids still to show; the first is the current card. */
  queue: string[];
  total: number;
  known: string[];
  /** How many "not yet" answers so far. */
  missed: number;
  /** "Not yet" answers per card in this session. */
  misses: Record<string, number>;
  boxes: Record<string, BoxEntry>;
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

/** Order of a card at the start of a session: missed (box 1) 0, unseen 1, then its box. */
function rank(e: BoxEntry | undefined): number {
  return !e ? 1 : e.box === 1 ? 0 : e.box;
}

/** The session's cards: missed, then unseen, then by box; least recently reviewed first, random within a tie. */
export function startSession(ids: string[], boxes: Record<string, BoxEntry>, limit: number, rng: Rng = Math.random): Session {
  const keyed = shuffle([...new Set(ids)], rng).map((id) => ({ id, rank: rank(boxes[id]), at: boxes[id]?.at ?? 0 }));
  keyed.sort((a, b) => a.rank - b.rank || a.at - b.at);
  const queue = keyed.slice(0, Math.max(0, limit)).map((k) => k.id);
  return { queue, total: queue.length, known: [], missed: 0, misses: {}, boxes: { ...boxes } };
}

export function current(s: Session): string | undefined {
  return s.queue[0];
}

export function isDone(s: Session): boolean {
  return s.queue.length === 0;
}

export function answer(s: Session, knew: boolean, now = Date.now()): Session {
  const id = s.queue[0];
  if (id === undefined) return s;
  const rest = s.queue.slice(1);
  const box = s.boxes[id]?.box ?? 1;
  if (knew) {
    return {
      ...s,
      queue: rest,
      known: [...s.known, id],
      boxes: { ...s.boxes, [id]: { box: s.misses[id] ? 1 : Math.min(MAX_BOX, box + 1), at: now } },
    };
  }
  const at = Math.min(AGAIN_AFTER, rest.length);
  return {
    ...s,
    queue: [...rest.slice(0, at), id, ...rest.slice(at)],
    missed: s.missed + 1,
    misses: { ...s.misses, [id]: (s.misses[id] ?? 0) + 1 },
    boxes: { ...s.boxes, [id]: { box: 1, at: now } },
  };
}

/** For the progress line: cards known out of the session's total. */
export function progress(s: Session): { known: number; total: number; left: number; missed: number } {
  return { known: s.known.length, total: s.total, left: s.queue.length, missed: s.missed };
}

const cards = (n: number) => `${n} ${n === 1 ? 'card' : 'cards'}`;

/**
 * The end-of-session summary in plain words: how many cards were known at the first try and how
 * many needed another go (each card once, however many "not yet" answers it had).
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
