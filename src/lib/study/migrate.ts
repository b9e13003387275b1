// Reading a stored value or an imported file of any version into the current study state:
// validation (schema.ts), upgrade of older versions (legacy.ts), and what to tell the reader.
// Loaded by the browser only when the quick check in state.ts fails or a file is imported.
import { EXPORT_KIND } from './export';
import { fromV0, fromV1, salvageV1, v0Schema, v1Schema } from './legacy';
import { clean, salvage, studyStateSchema } from './schema';
import { emptyState, STUDY_VERSION, type StudyState } from './state';

export type Migrated =
  | { ok: true; state: StudyState; migrated: boolean }
  | { ok: false; reason: string };

const why = (e: { issues: { path: PropertyKey[]; message: string }[] }) => {
  const issue = e.issues[0]!;
  return `${issue.path.map(String).join('.') || 'value'}: ${issue.message}`;
};

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
  if (version === 1) {
    const v1 = v1Schema.safeParse(value);
    return v1.success ? { ok: true, state: fromV1(v1.data), migrated: true } : { ok: false, reason: why(v1.error) };
  }
  const v2 = studyStateSchema.safeParse(value);
  if (v2.success) return { ok: true, state: clean(v2.data), migrated: false };
  return { ok: false, reason: why(v2.error) };
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
  if (m.ok) {
    if (!m.migrated) return { state: m.state };
    const boxes = Object.keys(m.state.cards).length ? ' Cards you practised keep their place: each box became a review date.' : '';
    return { state: m.state, notice: `Your study progress was saved in an older format and has been updated.${boxes}` };
  }
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > STUDY_VERSION) {
    return {
      state: salvage(value as Record<string, unknown>).state,
      readOnly: true,
      notice:
        'Your study progress in this browser was saved by a newer version of the site, so it is read-only here: it is shown as far as it can be read, and changes made on this page are not kept.',
    };
  }
  if (version === STUDY_VERSION || version === 1) {
    const { state, dropped } = version === 1 ? salvageV1(value as Record<string, unknown>) : salvage(value as Record<string, unknown>);
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
