// "N / M learned": N counted from the stored state, M from the page (what the build listed).
import type { StudyState } from './state';

export interface CountScope {
  /** Only questions of this topic. */
  topic?: string;
  /** Only questions of this source (ids are "<source>/<slug>"). */
  source?: string;
}

export function countLearned(s: StudyState, scope: CountScope = {}): number {
  let n = 0;
  for (const [id, e] of Object.entries(s.learned)) {
    if (scope.topic !== undefined && e.topic !== scope.topic) continue;
    if (scope.source !== undefined && !id.startsWith(`${scope.source}/`)) continue;
    n++;
  }
  return n;
}

/** The text shown, never more learned than there are questions (a removed question may linger). */
export function progressText(learned: number, total: number): string {
  return `${Math.min(learned, total)} / ${total} learned`;
}

/** Saved ids, newest first. */
export function savedIds(s: StudyState): string[] {
  return Object.entries(s.saved)
    .sort((a, b) => b[1].at - a[1].at || a[0].localeCompare(b[0]))
    .map(([id]) => id);
}
