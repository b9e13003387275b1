// Grading a card from any page: loads the FSRS scheduler (ts-fsrs) on first use, then stores the
// rescheduled card and its review. The scheduler is never part of a page's first load.
import type { CardEntry, Grade, StudyState } from '../../lib/study/state';
import { setState } from './store';

let scheduler: Promise<typeof import('../../lib/study/scheduler')> | undefined;

/** Starts loading the scheduler (call it before the first grade so grading feels instant). */
export function loadScheduler() {
  scheduler ??= import('../../lib/study/scheduler');
  scheduler.catch(() => (scheduler = undefined));
  return scheduler;
}

export async function gradeCard(id: string, grade: Grade, now = Date.now()): Promise<StudyState> {
  const { review } = await loadScheduler();
  return setState((s) => review(s, id, grade, now));
}

/** How long until the card would be due after each grade (ms). */
export async function previewGrades(card: CardEntry | undefined, retention: number): Promise<Record<Grade, number>> {
  const { preview } = await loadScheduler();
  return preview(card, retention);
}
