// The zod schema of the current study state (version 2), and the salvage of what can be read
// from a value that does not fully pass it. Loaded by the browser only with migrate.ts (when the
// quick check in state.ts fails, or a file is imported). zod/mini with the English messages only:
// about 8 KB gzip instead of 26 KB, and still too heavy for every question page.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { defaultSettings, emptyState, LOG_MAX, NOTE_MAX, RETENTION, STUDY_VERSION, type StudyState } from './state';

z.config(en());

export const id = z.string().check(z.minLength(1), z.maxLength(300));
// z.number() accepts only finite numbers.
export const time = z.number().check(z.nonnegative());
const count = z.int().check(z.nonnegative());
const phase = z.int().check(z.minimum(0), z.maximum(3));

export const learnedEntry = z.object({ topic: z.string().check(z.maxLength(100)), at: time });
export const savedEntry = z.object({ at: time });
export const lastVisit = z.object({ id, title: z.string().check(z.maxLength(500)), at: time });
export const cardEntry = z.object({
  due: time,
  stability: z.number().check(z.positive()),
  difficulty: z.number().check(z.minimum(1), z.maximum(10)),
  state: phase,
  reps: count,
  lapses: count,
  step: count,
  days: time,
  at: time,
});
export const reviewEntry = z.object({ at: time, rating: z.int().check(z.minimum(1), z.maximum(4)), state: phase });
const reviews = z.array(reviewEntry).check(z.maxLength(LOG_MAX));
export const noteEntry = z.object({ text: z.string().check(z.minLength(1), z.maxLength(NOTE_MAX)), at: time });
export const settings = z.object({
  retention: z.number().check(z.minimum(RETENTION.min), z.maximum(RETENTION.max)),
  testYourself: z.boolean(),
  at: time,
});

export const studyStateSchema = z.object({
  version: z.literal(STUDY_VERSION),
  learned: z.record(id, learnedEntry),
  saved: z.record(id, savedEntry),
  cards: z.record(id, cardEntry),
  log: z.record(id, reviews),
  notes: z.record(id, noteEntry),
  settings,
  last: z.optional(lastVisit),
});

/** A parsed current value as the state type (zod's output has the same shape, with wider number types). */
export function clean(s: z.infer<typeof studyStateSchema>): StudyState {
  const out: StudyState = {
    version: 2,
    learned: s.learned,
    saved: s.saved,
    cards: s.cards as StudyState['cards'],
    log: s.log as StudyState['log'],
    notes: s.notes,
    settings: s.settings,
  };
  if (s.last) out.last = s.last;
  return out;
}

/** Entries of one map that pass `entry`, into `out`; returns how many did not (a map that is not an object counts as one). */
export function keepEntries<T>(map: unknown, entry: z.ZodMiniType<T>, out: Record<string, T>): number {
  if (typeof map !== 'object' || map === null || Array.isArray(map)) return 1;
  let dropped = 0;
  for (const [k, e] of Object.entries(map)) {
    const r = entry.safeParse(e);
    // "__proto__" would set the prototype, not an entry.
    if (r.success && k !== '__proto__' && id.safeParse(k).success) out[k] = r.data;
    else dropped++;
  }
  return dropped;
}

/** The readable entries of a current-format value, and how many were not. */
export function salvage(value: Record<string, unknown>): { state: StudyState; dropped: number } {
  const s = emptyState();
  let dropped = keepEntries(value.learned, learnedEntry, s.learned) + keepEntries(value.saved, savedEntry, s.saved);
  dropped += keepEntries(value.cards, cardEntry, s.cards as Record<string, z.infer<typeof cardEntry>>);
  dropped += keepEntries(value.notes, noteEntry, s.notes);
  // A review log: the readable reviews of each card (the newest LOG_MAX).
  const log = value.log;
  if (typeof log !== 'object' || log === null || Array.isArray(log)) dropped++;
  else {
    for (const [k, list] of Object.entries(log)) {
      if (!Array.isArray(list) || k === '__proto__' || !id.safeParse(k).success) {
        dropped++;
        continue;
      }
      const ok = list.filter((e) => reviewEntry.safeParse(e).success) as StudyState['log'][string];
      dropped += list.length - ok.length;
      if (ok.length) s.log[k] = ok.slice(-LOG_MAX);
    }
  }
  const set = settings.safeParse(value.settings);
  if (set.success) s.settings = set.data;
  else {
    s.settings = defaultSettings();
    if (value.settings !== undefined) dropped++;
  }
  if (value.last !== undefined) {
    const r = lastVisit.safeParse(value.last);
    if (r.success) s.last = r.data;
    else dropped++;
  }
  return { state: s, dropped };
}
