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

export const studyStateSchema = z.object({
  version: z.literal(STUDY_VERSION),
  learned: z.record(id, z.object({ topic: z.string().check(z.maxLength(100)), at: time })),
  saved: z.record(id, z.object({ at: time })),
  boxes: z.record(id, z.object({ box: z.int().check(z.minimum(1), z.maximum(MAX_BOX)), at: time })),
  last: z.optional(z.object({ id, title: z.string().check(z.maxLength(500)), at: time })),
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

export interface StoredRead {
  state: StudyState;
  /** Shown to the reader when the stored value was changed. */
  notice?: string;
}

/** The stored string (or null when nothing is stored) to a usable state, never throwing. */
export function readStored(text: string | null, now = Date.now()): StoredRead {
  if (text === null) return { state: emptyState() };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { state: emptyState(), notice: 'Your study progress in this browser could not be read (it is not valid JSON), so it was reset.' };
  }
  const m = migrate(value, now);
  if (!m.ok) return { state: emptyState(), notice: `Your study progress in this browser could not be read (${m.reason}), so it was reset.` };
  return m.migrated ? { state: m.state, notice: 'Your study progress was saved in an older format and has been updated.' } : { state: m.state };
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
