// The reader's own note on a question (their answer, a mnemonic): plain text, bounded, kept per
// question id in the study state. Shown only as text (textContent, a textarea's value).
import { NOTE_MAX, without, type StudyState } from './state';

/** A note as typed, trimmed at the end and cut to NOTE_MAX; an empty note removes it. */
export function setNote(s: StudyState, id: string, text: string, now = Date.now()): StudyState {
  const t = text.trimEnd().slice(0, NOTE_MAX);
  if (!t.trim()) return id in s.notes ? { ...s, notes: without(s.notes, id) } : s;
  if (s.notes[id]?.text === t) return s;
  return { ...s, notes: { ...s.notes, [id]: { text: t, at: now } } };
}
