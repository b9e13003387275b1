// Earlier versions of the stored study state, and their upgrade to the current one.
// - Version 0, before the value had a version: { learned: [id...], saved: [id...] }.
// - Version 1: { version: 1, learned, saved, boxes: { [id]: { box: 1..5, at } }, last? }, where
//   practice used Leitner boxes (1: missed last time, comes first; 5: well known) without dates.
//
// A Leitner box becomes an FSRS card reviewed at the box's time `at` (table BOX_CARDS):
//   box 1 → Relearning, stability 1 day, due at `at` (already due: a missed card comes first, as
//           it did), difficulty 7, 1 lapse;
//   box n ≥ 2 → Review, stability 3 / 7 / 14 / 30 days for boxes 2 / 3 / 4 / 5, due `at` + that
//           many days, difficulty 5, n − 1 reviews.
// Those are the intervals of the usual Leitner schedule (1, 3, 7, 14, 30 days), and at the
// default retention of 90 % an FSRS interval equals the card's stability, so a migrated card is
// due when its box would have called for it and is then scheduled by FSRS from its answers.
// Leitner kept no review history, so a migrated card's review log starts empty.
import * as z from 'zod/mini';
import { emptyState, type CardEntry, type StudyState } from './state';
import { id, keepEntries, lastVisit, learnedEntry, savedEntry, time } from './schema';

export const MAX_BOX = 5;
const DAY = 86_400_000;

export interface BoxEntry {
  box: number;
  at: number;
}

/** Per box: stability (days), difficulty, FSRS state, reviews and lapses. */
export const BOX_CARDS: Record<number, { stability: number; difficulty: number; state: 2 | 3; reps: number; lapses: number }> = {
  1: { stability: 1, difficulty: 7, state: 3, reps: 1, lapses: 1 },
  2: { stability: 3, difficulty: 5, state: 2, reps: 1, lapses: 0 },
  3: { stability: 7, difficulty: 5, state: 2, reps: 2, lapses: 0 },
  4: { stability: 14, difficulty: 5, state: 2, reps: 3, lapses: 0 },
  5: { stability: 30, difficulty: 5, state: 2, reps: 4, lapses: 0 },
};

/** The FSRS card of a question that was in a Leitner box. */
export function cardFromBox({ box, at }: BoxEntry): CardEntry {
  const b = BOX_CARDS[box]!;
  const days = box === 1 ? 0 : b.stability;
  return { due: at + days * DAY, stability: b.stability, difficulty: b.difficulty, state: b.state, reps: b.reps, lapses: b.lapses, step: 0, days, at };
}

export const v0Schema = z.object({
  learned: z._default(z.array(id), []),
  saved: z._default(z.array(id), []),
});

const boxEntry = z.object({ box: z.int().check(z.minimum(1), z.maximum(MAX_BOX)), at: time });
export const v1Schema = z.object({
  version: z.literal(1),
  learned: z.record(id, learnedEntry),
  saved: z.record(id, savedEntry),
  boxes: z.record(id, boxEntry),
  last: z.optional(lastVisit),
});

export function fromV0(v: z.infer<typeof v0Schema>, now: number): StudyState {
  const s = emptyState();
  // The topic is unknown here; pages that load the question index fill it in.
  for (const q of v.learned) s.learned[q] = { topic: '', at: now };
  for (const q of v.saved) s.saved[q] = { at: now };
  return s;
}

export function fromV1(v: z.infer<typeof v1Schema>): StudyState {
  const s = emptyState();
  s.learned = v.learned;
  s.saved = v.saved;
  for (const [q, e] of Object.entries(v.boxes)) s.cards[q] = cardFromBox(e);
  if (v.last) s.last = v.last;
  return s;
}

/** The readable entries of a version 1 value that does not fully pass its schema, upgraded, and how many were not. */
export function salvageV1(value: Record<string, unknown>): { state: StudyState; dropped: number } {
  const learned: Record<string, z.infer<typeof learnedEntry>> = {};
  const saved: Record<string, z.infer<typeof savedEntry>> = {};
  const boxes: Record<string, BoxEntry> = {};
  let dropped = keepEntries(value.learned, learnedEntry, learned) + keepEntries(value.saved, savedEntry, saved) + keepEntries(value.boxes, boxEntry, boxes);
  const last = value.last === undefined ? undefined : lastVisit.safeParse(value.last);
  if (last && !last.success) dropped++;
  return { state: fromV1({ version: 1, learned, saved, boxes, ...(last?.success ? { last: last.data } : {}) }), dropped };
}
