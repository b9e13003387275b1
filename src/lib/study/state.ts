// The study state kept in this browser (version 2): marks (learned, saved), FSRS cards and their
// review log, the reader's notes and settings, all per question id, and the last question page
// visited. Pure data and pure updates, no DOM, no zod and no scheduler, so the question-page
// script stays small. Full validation and migration of older versions live in migrate.ts, loaded
// only when this quick check fails or a file is imported; scheduling lives in scheduler.ts.

/** The one localStorage key; its value is JSON with a `version`. */
export const STUDY_KEY = 'atlas:study';
/** A copy of a stored value that could not be read (fully or partly), kept before it is replaced. */
export const STUDY_BACKUP_KEY = 'atlas:study:backup';
export const STUDY_VERSION = 2;
/** A note is plain text of at most this many characters. */
export const NOTE_MAX = 2000;
/** Reviews kept per card, newest last: older ones are dropped so storage stays bounded. */
export const LOG_MAX = 200;
/** Desired retention: the chance of recalling a card when it is due (FSRS). */
export const RETENTION = { min: 0.7, max: 0.97, default: 0.9 } as const;

export interface LearnedEntry {
  /** Topic slug at the time it was marked, so counts per topic need no question index. */
  topic: string;
  at: number;
}
export interface SavedEntry {
  at: number;
}
/** FSRS card state 0 New, 1 Learning, 2 Review, 3 Relearning (ts-fsrs's State). */
export type CardPhase = 0 | 1 | 2 | 3;
/** An answer's grade: 1 Again, 2 Hard, 3 Good, 4 Easy (ts-fsrs's Rating). */
export type Grade = 1 | 2 | 3 | 4;
/** The FSRS memory state of a question that has been reviewed (an unseen question has none). */
export interface CardEntry {
  /** When it is next due, ms since 1970. */
  due: number;
  /** Days until recall drops to 90 %. */
  stability: number;
  /** 1 (easy) to 10 (hard). */
  difficulty: number;
  state: CardPhase;
  reps: number;
  lapses: number;
  /** Index of the current (re)learning step. */
  step: number;
  /** Days from the last review to the due date. */
  days: number;
  /** The last review, ms: merging keeps the card reviewed last. */
  at: number;
}
/** One review: when, the grade, and the card's state before it. */
export interface ReviewEntry {
  at: number;
  rating: Grade;
  state: CardPhase;
}
export interface NoteEntry {
  text: string;
  at: number;
}
export interface Settings {
  retention: number;
  /** Test yourself: question pages hide their answers until revealed (src/scripts/study/test-yourself.ts). */
  testYourself: boolean;
  /** When a setting last changed (0: never): merging keeps the newer settings. */
  at: number;
}
export interface LastVisit {
  id: string;
  title: string;
  at: number;
}
export interface StudyState {
  version: 2;
  learned: Record<string, LearnedEntry>;
  saved: Record<string, SavedEntry>;
  cards: Record<string, CardEntry>;
  /** Reviews per question id, oldest first. */
  log: Record<string, ReviewEntry[]>;
  notes: Record<string, NoteEntry>;
  settings: Settings;
  last?: LastVisit;
}

export const defaultSettings = (): Settings => ({ retention: RETENTION.default, testYourself: false, at: 0 });

export function emptyState(): StudyState {
  return { version: 2, learned: {}, saved: {}, cards: {}, log: {}, notes: {}, settings: defaultSettings() };
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isTime = (x: unknown) => isNum(x) && x >= 0;
const isCount = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;
const isIn = (x: unknown, lo: number, hi: number) => Number.isInteger(x) && (x as number) >= lo && (x as number) <= hi;
const isId = (x: unknown) => typeof x === 'string' && x.length > 0 && x.length <= 300;
function isMap(x: unknown, entry: (e: Record<string, unknown>) => boolean): boolean {
  return isObj(x) && Object.entries(x).every(([k, v]) => isId(k) && isObj(v) && entry(v));
}
const isCard = (e: Record<string, unknown>) =>
  isTime(e.due) && isNum(e.stability) && e.stability > 0 && isNum(e.difficulty) && e.difficulty >= 1 && e.difficulty <= 10 &&
  isIn(e.state, 0, 3) && isCount(e.reps) && isCount(e.lapses) && isCount(e.step) && isTime(e.days) && isTime(e.at);
const isReview = (e: unknown) => isObj(e) && isTime(e.at) && isIn(e.rating, 1, 4) && isIn(e.state, 0, 3);

/**
 * A quick structural check of a current-version value, never looser than the zod schema in
 * schema.ts (a unit test checks that it accepts nothing the schema rejects). Anything it
 * refuses goes through migrate.ts.
 */
export function isStudyState(x: unknown): x is StudyState {
  if (!isObj(x) || x.version !== STUDY_VERSION) return false;
  const st = x.settings;
  return (
    isMap(x.learned, (e) => typeof e.topic === 'string' && e.topic.length <= 100 && isTime(e.at)) &&
    isMap(x.saved, (e) => isTime(e.at)) &&
    isMap(x.cards, isCard) &&
    isObj(x.log) &&
    Object.entries(x.log).every(([k, v]) => isId(k) && Array.isArray(v) && v.length <= LOG_MAX && v.every(isReview)) &&
    isMap(x.notes, (e) => typeof e.text === 'string' && e.text.length > 0 && e.text.length <= NOTE_MAX && isTime(e.at)) &&
    isObj(st) && isNum(st.retention) && st.retention >= RETENTION.min && st.retention <= RETENTION.max &&
    typeof st.testYourself === 'boolean' && isTime(st.at) &&
    (x.last === undefined ||
      (isObj(x.last) && isId(x.last.id) && typeof x.last.title === 'string' && (x.last.title as string).length <= 500 && isTime(x.last.at)))
  );
}

export function without<T>(map: Record<string, T>, id: string): Record<string, T> {
  const { [id]: _, ...rest } = map;
  return rest;
}

export function setLearned(s: StudyState, id: string, topic: string, on: boolean, now = Date.now()): StudyState {
  return { ...s, learned: on ? { ...s.learned, [id]: { topic, at: now } } : without(s.learned, id) };
}

export function setSaved(s: StudyState, id: string, on: boolean, now = Date.now()): StudyState {
  return { ...s, saved: on ? { ...s.saved, [id]: { at: now } } : without(s.saved, id) };
}

/** Settings changed by the reader (retention, test-yourself); values out of range are brought back into it. */
export function setSettings(s: StudyState, change: Partial<Omit<Settings, 'at'>>, now = Date.now()): StudyState {
  const next = { ...s.settings, ...change, at: now };
  next.retention = Math.min(RETENTION.max, Math.max(RETENTION.min, Number.isFinite(next.retention) ? next.retention : RETENTION.default));
  return { ...s, settings: next };
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
