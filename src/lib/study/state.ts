// The study state kept in this browser: what is learned, what is saved, Leitner boxes from
// practice, and the last question page visited. Pure data and pure updates, no DOM and no zod,
// so the question-page script stays small. Full validation and migration live in schema.ts,
// which is loaded only when this quick check fails or a file is imported.

/** The one localStorage key; its value is JSON with a `version`. */
export const STUDY_KEY = 'atlas:study';
/** A copy of a stored value that could not be read (fully or partly), kept before it is replaced. */
export const STUDY_BACKUP_KEY = 'atlas:study:backup';
export const STUDY_VERSION = 1;
/** Leitner boxes are 1 (missed, comes back first) to MAX_BOX (well known). */
export const MAX_BOX = 5;

export interface LearnedEntry {
  /** Topic slug at the time it was marked, so counts per topic need no question index. */
  topic: string;
  at: number;
}
export interface SavedEntry {
  at: number;
}
export interface BoxEntry {
  box: number;
  at: number;
}
export interface LastVisit {
  id: string;
  title: string;
  at: number;
}
export interface StudyState {
  version: 1;
  learned: Record<string, LearnedEntry>;
  saved: Record<string, SavedEntry>;
  boxes: Record<string, BoxEntry>;
  last?: LastVisit;
}

export function emptyState(): StudyState {
  return { version: 1, learned: {}, saved: {}, boxes: {} };
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isTime = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isId = (x: unknown) => typeof x === 'string' && x.length > 0 && x.length <= 300;
function isMap(x: unknown, entry: (e: Record<string, unknown>) => boolean): boolean {
  return isObj(x) && Object.entries(x).every(([k, v]) => isId(k) && isObj(v) && entry(v));
}

/**
 * A quick structural check of a current-version value, no stricter-than-needed and never
 * looser than the zod schema in schema.ts (a unit test checks that it accepts nothing the
 * schema rejects). Anything it refuses goes through the schema's migration.
 */
export function isStudyState(x: unknown): x is StudyState {
  return (
    isObj(x) &&
    x.version === STUDY_VERSION &&
    isMap(x.learned, (e) => typeof e.topic === 'string' && e.topic.length <= 100 && isTime(e.at)) &&
    isMap(x.saved, (e) => isTime(e.at)) &&
    isMap(x.boxes, (e) => Number.isInteger(e.box) && (e.box as number) >= 1 && (e.box as number) <= MAX_BOX && isTime(e.at)) &&
    (x.last === undefined ||
      (isObj(x.last) && isId(x.last.id) && typeof x.last.title === 'string' && (x.last.title as string).length <= 500 && isTime(x.last.at)))
  );
}

function without<T>(map: Record<string, T>, id: string): Record<string, T> {
  const { [id]: _, ...rest } = map;
  return rest;
}

export function setLearned(s: StudyState, id: string, topic: string, on: boolean, now = Date.now()): StudyState {
  return { ...s, learned: on ? { ...s.learned, [id]: { topic, at: now } } : without(s.learned, id) };
}

export function setSaved(s: StudyState, id: string, on: boolean, now = Date.now()): StudyState {
  return { ...s, saved: on ? { ...s.saved, [id]: { at: now } } : without(s.saved, id) };
}

export function recordVisit(s: StudyState, id: string, title: string, now = Date.now()): StudyState {
  return { ...s, last: { id, title: title.slice(0, 500), at: now } };
}

/** Learned entries carry their topic; bring them in line with the current question index. */
export function repairTopics(s: StudyState, topicOf: (id: string) => string | undefined): StudyState {
  let changed = false;
  const learned: Record<string, LearnedEntry> = {};
  for (const [id, e] of Object.entries(s.learned)) {
    const t = topicOf(id);
    if (t !== undefined && t !== e.topic) {
      changed = true;
      learned[id] = { ...e, topic: t };
    } else learned[id] = e;
  }
  return changed ? { ...s, learned } : s;
}
