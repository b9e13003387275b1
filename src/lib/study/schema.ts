// The zod schema of the study state, migration of older stored values, and validation of
// imported files. Loaded by the browser only when the quick check in state.ts fails or a file
// is imported. zod/mini with the English messages only: about 8 KB gzip instead of 26 KB, and
// still too heavy for every question page.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { EXPORT_KIND } from './export';
import { emptyState, MAX_BOX, STUDY_VERSION, type StudyState } from './state';

z.config(en());

const id = z.string().check(z.minLength(1), z.maxLength(300));
// z.number() accepts only finite numbers.
const time = z.number().check(z.nonnegative());

const learnedEntry = z.object({ topic: z.string().check(z.maxLength(100)), at: time });
const savedEntry = z.object({ at: time });
const boxEntry = z.object({ box: z.int().check(z.minimum(1), z.maximum(MAX_BOX)), at: time });
const lastVisit = z.object({ id, title: z.string().check(z.maxLength(500)), at: time });

export const studyStateSchema = z.object({
  version: z.literal(STUDY_VERSION),
  learned: z.record(id, learnedEntry),
  saved: z.record(id, savedEntry),
  boxes: z.record(id, boxEntry),
  last: z.optional(lastVisit),
});

/** Version 0, before the value had a version: two lists of question ids. */
const v0Schema = z.object({
  learned: z._default(z.array(id), []),
  saved: z._default(z.array(id), []),
});

function fromV0(v: z.infer<typeof v0Schema>, now: number): StudyState {
  const s = emptyState();
  // The topic is unknown here; pages that load the question index fill it in.
  for (const q of v.learned) s.learned[q] = { topic: '', at: now };
  for (const q of v.saved) s.saved[q] = { at: now };
  return s;
}

function clean(s: z.infer<typeof studyStateSchema>): StudyState {
  const out: StudyState = { version: 1, learned: s.learned, saved: s.saved, boxes: s.boxes };
  if (s.last) out.last = s.last;
  return out;
}

export type Migrated =
  | { ok: true; state: StudyState; migrated: boolean }
  | { ok: false; reason: string };

/** Any parsed value to the current version, or why it cannot be read. */
export function migrate(value: unknown, now = Date.now()): Migrated {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'it is not a JSON object' };
  const version = (value as { version?: unknown }).version;
  if (version === undefined) {
    const v0 = v0Schema.safeParse(value);
    if (v0.success && ('learned' in value || 'saved' in value)) return { ok: true, state: fromV0(v0.data, now), migrated: true };
    return { ok: false, reason: 'it has no version and is not study progress' };
  }
  if (typeof version === 'number' && version > STUDY_VERSION)
    return { ok: false, reason: `it was written by a newer version of the site (version ${version})` };
  const v1 = studyStateSchema.safeParse(value);
  if (v1.success) return { ok: true, state: clean(v1.data), migrated: false };
  const issue = v1.error.issues[0]!;
  return { ok: false, reason: `${issue.path.join('.') || 'value'}: ${issue.message}` };
}

type Entries<T> = Record<string, T>;

/** The readable entries of a current-format value, and how many were not (a whole map that is
 * not an object counts as one). */
export function salvage(value: Record<string, unknown>): { state: StudyState; dropped: number } {
  const s = emptyState();
  let dropped = 0;
  function keep<T>(map: unknown, entry: z.ZodMiniType<T>, out: Entries<T>) {
    if (typeof map !== 'object' || map === null || Array.isArray(map)) return void dropped++;
    for (const [k, e] of Object.entries(map)) {
      const r = entry.safeParse(e);
      // "__proto__" would set the prototype, not an entry.
      if (r.success && k !== '__proto__' && id.safeParse(k).success) out[k] = r.data;
      else dropped++;
    }
  }
  keep(value.learned, learnedEntry, s.learned);
  keep(value.saved, savedEntry, s.saved);
  keep(value.boxes, boxEntry, s.boxes);
  if (value.last !== undefined) {
    const r = lastVisit.safeParse(value.last);
    if (r.success) s.last = r.data;
    else dropped++;
  }
  return { state: s, dropped };
}

export interface StoredRead {
  state: StudyState;
  /** Shown to the reader when the stored value was changed or cannot be. */
  notice?: string;
  /** Some or all of the stored value is lost: keep a copy of it before writing the state. */
  backup?: boolean;
  /** Written by a newer version of the site: use it, never overwrite it. */
  readOnly?: boolean;
}

const COPY = 'A copy of the old value is kept in this browser.';
const unreadable = (why: string) => `Your study progress in this browser could not be read (${why}), so it was reset. ${COPY}`;

/** The stored string (or null when nothing is stored) to a usable state, never throwing. */
export function readStored(text: string | null, now = Date.now()): StoredRead {
  if (text === null) return { state: emptyState() };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { state: emptyState(), backup: true, notice: unreadable('it is not valid JSON') };
  }
  const m = migrate(value, now);
  if (m.ok) return m.migrated ? { state: m.state, notice: 'Your study progress was saved in an older format and has been updated.' } : { state: m.state };
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > STUDY_VERSION) {
    return {
      state: salvage(value as Record<string, unknown>).state,
      readOnly: true,
      notice:
        'Your study progress in this browser was saved by a newer version of the site, so it is read-only here: it is shown as far as it can be read, and changes made on this page are not kept.',
    };
  }
  if (version === STUDY_VERSION) {
    const { state, dropped } = salvage(value as Record<string, unknown>);
    const n = dropped === 1 ? '1 entry' : `${dropped} entries`;
    return { state, backup: true, notice: `Part of your study progress in this browser could not be read: ${n} dropped, the rest kept. ${COPY}` };
  }
  return { state: emptyState(), backup: true, notice: unreadable(m.reason) };
}

export type Imported = { ok: true; state: StudyState } | { ok: false; error: string };

/** A chosen file's text to a state, or a message saying why nothing was imported. */
export function parseImport(text: string, now = Date.now()): Imported {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a progress export: it is not valid JSON. Nothing was changed.' };
  }
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (kind !== undefined && kind !== EXPORT_KIND) return { ok: false, error: 'This JSON file is not an ML Interview Atlas progress export. Nothing was changed.' };
  const m = migrate(value, now);
  if (!m.ok) return { ok: false, error: `This file could not be imported: ${m.reason}. Nothing was changed.` };
  return { ok: true, state: m.state };
}
