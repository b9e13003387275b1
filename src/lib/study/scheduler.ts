// FSRS scheduling (ts-fsrs, FSRS-6 with its default weights): grading a card updates its memory
// state and due date and appends the review to its log. About 14 KB gzip, so only code that
// grades imports it (the practice page, through a dynamic import): never a question page's
// first load. Fuzz is off, so the same answers always give the same dates.
import { createEmptyCard, fsrs, type Card, type FSRS } from 'ts-fsrs';
import { LOG_MAX, type CardEntry, type CardPhase, type Grade, type StudyState } from './state';

const schedulers = new Map<number, FSRS>();
function scheduler(retention: number): FSRS {
  let f = schedulers.get(retention);
  if (!f) schedulers.set(retention, (f = fsrs({ request_retention: retention, enable_fuzz: false })));
  return f;
}

/** ts-fsrs's card for a stored entry; a new (empty) card when there is none. */
export function toCard(e: CardEntry | undefined, now: number): Card {
  if (!e) return createEmptyCard(new Date(now));
  return {
    due: new Date(e.due),
    stability: e.stability,
    difficulty: e.difficulty,
    elapsed_days: 0,
    scheduled_days: e.days,
    learning_steps: e.step,
    reps: e.reps,
    lapses: e.lapses,
    state: e.state,
    last_review: new Date(e.at),
  };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** The stored entry of a card reviewed at `at` (numbers rounded: the file stays readable). */
export function fromCard(c: Card, at: number): CardEntry {
  return {
    due: c.due.getTime(),
    stability: Math.max(0.001, round(c.stability)),
    difficulty: Math.min(10, Math.max(1, round(c.difficulty))),
    state: c.state as number as CardPhase,
    reps: c.reps,
    lapses: c.lapses,
    step: c.learning_steps,
    days: c.scheduled_days,
    at,
  };
}

/**
 * The state after answering question `id` with `grade` at `now`: its card rescheduled and the
 * review logged (the newest LOG_MAX kept). A clock behind the card's last review counts as the
 * same moment, so time never runs backwards for a card.
 */
export function review(s: StudyState, id: string, grade: Grade, now = Date.now()): StudyState {
  const before = s.cards[id];
  const at = Math.max(now, before?.at ?? 0);
  const { card } = scheduler(s.settings.retention).next(toCard(before, at), new Date(at), grade);
  const log = [...(s.log[id] ?? []), { at, rating: grade, state: before?.state ?? 0 }].slice(-LOG_MAX);
  return { ...s, cards: { ...s.cards, [id]: fromCard(card, at) }, log: { ...s.log, [id]: log } };
}

/** For each grade, how long until the card would be due again (ms), for the grading buttons. */
export function preview(e: CardEntry | undefined, retention: number, now = Date.now()): Record<Grade, number> {
  const at = Math.max(now, e?.at ?? 0);
  const p = scheduler(retention).repeat(toCard(e, at), new Date(at));
  const after = (g: Grade) => p[g].card.due.getTime() - at;
  return { 1: after(1), 2: after(2), 3: after(3), 4: after(4) };
}
