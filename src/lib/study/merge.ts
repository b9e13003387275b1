// Importing a progress file over the progress already here: merge (keep both) or replace, and
// what each would change, so the reader can choose knowing the cost. Loaded only on import.
import type { StudyState } from './state';

type Timed = { at: number };

/** Union by id; where both have an entry, the more recently changed one wins. */
function newer<T extends Timed>(a: Record<string, T>, b: Record<string, T>): Record<string, T> {
  const out = { ...a };
  for (const [id, e] of Object.entries(b)) if (!out[id] || e.at > out[id].at) out[id] = e;
  return out;
}

/** Learned and saved: the union of both; Leitner boxes and the last visit: the more recent. */
export function mergeStates(here: StudyState, file: StudyState): StudyState {
  const out: StudyState = {
    version: 1,
    learned: newer(here.learned, file.learned),
    saved: newer(here.saved, file.saved),
    boxes: newer(here.boxes, file.boxes),
  };
  const last = !here.last || (file.last && file.last.at > here.last.at) ? file.last : here.last;
  if (last) out.last = last;
  return out;
}

export interface Counts {
  learned: number;
  saved: number;
  /** Practice records (Leitner boxes). */
  practised: number;
}
export interface Change {
  added: Counts;
  removed: Counts;
  /** Practice records present before and after, with a different box or date. */
  updated: number;
}

export function change(before: StudyState, after: StudyState): Change {
  const added = (a: object, b: object) => Object.keys(b).filter((id) => !Object.hasOwn(a, id)).length;
  const counts = (a: StudyState, b: StudyState): Counts => ({
    learned: added(a.learned, b.learned),
    saved: added(a.saved, b.saved),
    practised: added(a.boxes, b.boxes),
  });
  const updated = Object.entries(after.boxes).filter(([id, e]) => {
    const b = before.boxes[id];
    return b && (b.box !== e.box || b.at !== e.at);
  }).length;
  return { added: counts(before, after), removed: counts(after, before), updated };
}

/** True when importing would change nothing the reader sees: the same questions learned, saved and practised, in the same boxes. */
export function sameProgress(here: StudyState, file: StudyState): boolean {
  const none = (c: Change) => c.updated === 0 && [c.added, c.removed].every((n) => n.learned + n.saved + n.practised === 0);
  return none(change(here, file)) && none(change(here, mergeStates(here, file)));
}

function list(c: Counts): string {
  const parts = Object.entries(c)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${what}`);
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** "adds 1 learned and 2 practised; removes 1 saved; updates 3 practice records", or "changes nothing". */
export function changeText(c: Change): string {
  const adds = list(c.added);
  const removes = list(c.removed);
  const parts = [adds && `adds ${adds}`, removes && `removes ${removes}`, c.updated && `updates ${c.updated} practice ${c.updated === 1 ? 'record' : 'records'}`];
  return parts.filter(Boolean).join('; ') || 'changes nothing';
}
