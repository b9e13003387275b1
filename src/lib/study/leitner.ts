// Leitner scheduling for a practice session. Every question has a box, 1 to MAX_BOX (unseen
// questions count as box 1). A session takes the lowest boxes first, so cards missed last time
// come back first. "Knew it" moves a card up one box and retires it for this session; "not yet"
// sends it back to box 1 and puts it back in the queue a few cards later.
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

/** The session's cards: lowest box first, then least recently reviewed, random within a tie. */
export function startSession(ids: string[], boxes: Record<string, BoxEntry>, limit: number, rng: Rng = Math.random): Session {
  const keyed = shuffle([...new Set(ids)], rng).map((id) => ({ id, box: boxes[id]?.box ?? 1, at: boxes[id]?.at ?? 0 }));
  keyed.sort((a, b) => a.box - b.box || a.at - b.at);
  const queue = keyed.slice(0, Math.max(0, limit)).map((k) => k.id);
  return { queue, total: queue.length, known: [], missed: 0, boxes: { ...boxes } };
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
      boxes: { ...s.boxes, [id]: { box: Math.min(MAX_BOX, box + 1), at: now } },
    };
  }
  const at = Math.min(AGAIN_AFTER, rest.length);
  return {
    ...s,
    queue: [...rest.slice(0, at), id, ...rest.slice(at)],
    missed: s.missed + 1,
    boxes: { ...s.boxes, [id]: { box: 1, at: now } },
  };
}

/** For the progress line: cards known out of the session's total. */
export function progress(s: Session): { known: number; total: number; left: number; missed: number } {
  return { known: s.known.length, total: s.total, left: s.queue.length, missed: s.missed };
}
