// Importing a progress file over the progress already here: merge (keep both) or replace, and
// what each would change, so the reader can choose knowing the cost. Loaded only on import.
import { LOG_MAX, type ReviewEntry, type StudyState } from './state';

type Timed = { at: number };

/** Union by id; where both have an entry, the more recently changed one wins (here on a tie). */
function newer<T extends Timed>(a: Record<string, T>, b: Record<string, T>): Record<string, T> {
  const out = { ...a };
  for (const [id, e] of Object.entries(b)) if (!Object.hasOwn(out, id) || e.at > out[id]!.at) out[id] = e;
  return out;
}

const sameReview = (a: ReviewEntry, b: ReviewEntry) => a.at === b.at && a.rating === b.rating && a.state === b.state;

/** Both review logs of each card, each review once, oldest first (the newest LOG_MAX). */
export function mergeLogs(a: StudyState['log'], b: StudyState['log']): StudyState['log'] {
  const out = { ...a };
  for (const [id, list] of Object.entries(b)) {
    const here = out[id] ?? [];
    const added = list.filter((r) => !here.some((h) => sameReview(h, r)));
    if (added.length) out[id] = [...here, ...added].sort((x, y) => x.at - y.at).slice(-LOG_MAX);
  }
  return out;
}

/** Learned, saved, notes: the union, the newer entry per question; cards: the one reviewed last; logs: the union; settings: the newer. */
export function mergeStates(here: StudyState, file: StudyState): StudyState {
  const out: StudyState = {
    version: 2,
    learned: newer(here.learned, file.learned),
    saved: newer(here.saved, file.saved),
    cards: newer(here.cards, file.cards),
    log: mergeLogs(here.log, file.log),
    notes: newer(here.notes, file.notes),
    settings: file.settings.at > here.settings.at ? file.settings : here.settings,
  };
  const last = !here.last || (file.last && file.last.at > here.last.at) ? file.last : here.last;
  if (last) out.last = last;
  return out;
}

export interface Counts {
  learned: number;
  saved: number;
  /** Practised cards (FSRS). */
  practised: number;
  notes: number;
}
export interface Change {
  added: Counts;
  removed: Counts;
  /** Cards present before and after, with another last review or due date. */
  updated: number;
  /** Notes present before and after, with another text. */
  notesChanged: number;
  /** Reviews in the log after that were not before. */
  reviews: number;
}

export function change(before: StudyState, after: StudyState): Change {
  const added = (a: object, b: object) => Object.keys(b).filter((id) => !Object.hasOwn(a, id)).length;
  const counts = (a: StudyState, b: StudyState): Counts => ({
    learned: added(a.learned, b.learned),
    saved: added(a.saved, b.saved),
    practised: added(a.cards, b.cards),
    notes: added(a.notes, b.notes),
  });
  const updated = Object.entries(after.cards).filter(([id, e]) => {
    const b = before.cards[id];
    return b && (b.at !== e.at || b.due !== e.due);
  }).length;
  const notesChanged = Object.entries(after.notes).filter(([id, e]) => before.notes[id] && before.notes[id].text !== e.text).length;
  const reviews = Object.entries(after.log).reduce((n, [id, list]) => n + list.filter((r) => !(before.log[id] ?? []).some((h) => sameReview(h, r))).length, 0);
  return { added: counts(before, after), removed: counts(after, before), updated, notesChanged, reviews };
}

/** True when importing would change nothing the reader sees: the same questions learned, saved, practised (same reviews) and noted. */
export function sameProgress(here: StudyState, file: StudyState): boolean {
  const none = (c: Change) =>
    c.updated + c.notesChanged + c.reviews === 0 && [c.added, c.removed].every((n) => n.learned + n.saved + n.practised + n.notes === 0);
  return none(change(here, file)) && none(change(here, mergeStates(here, file)));
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function list(c: Counts): string {
  const parts = Object.entries(c)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => (what === 'notes' ? plural(n, 'note', 'notes') : `${n} ${what}`));
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** "adds 1 learned and 2 practised; removes 1 saved; updates 3 practice records and 1 note", or "changes nothing". */
export function changeText(c: Change): string {
  const adds = list(c.added);
  const removes = list(c.removed);
  const updates = [c.updated && plural(c.updated, 'practice record', 'practice records'), c.notesChanged && plural(c.notesChanged, 'note', 'notes')].filter(Boolean).join(' and ');
  const parts = [adds && `adds ${adds}`, removes && `removes ${removes}`, updates && `updates ${updates}`];
  return parts.filter(Boolean).join('; ') || 'changes nothing';
}
