// The running practice session, kept per tab in sessionStorage so a reload of the same page
// resumes it on the same card. Another query (?only=saved…) is another choice, not this session.
import { asSession, type Session } from '../../lib/study/session';

const RESUME_KEY = 'atlas:practice';

export interface Running {
  /** Version 2: FSRS sessions (version 1, Leitner, is not resumed). */
  v: 2;
  search: string;
  ids: string[];
  limit: number;
  session: Session;
  revealed: boolean;
}

export function readRunning(): Running | undefined {
  try {
    const r = JSON.parse(sessionStorage.getItem(RESUME_KEY) ?? 'null') as Running | null;
    if (r?.v !== 2 || r.search !== location.search || !Array.isArray(r.ids) || typeof r.limit !== 'number') return undefined;
    const session = asSession(r.session);
    return session?.queue.length ? { ...r, session, revealed: r.revealed === true } : undefined;
  } catch {
    return undefined;
  }
}

export function storeRunning(r: Omit<Running, 'v' | 'search'> | undefined) {
  try {
    if (r) sessionStorage.setItem(RESUME_KEY, JSON.stringify({ v: 2, search: location.search, ...r }));
    else sessionStorage.removeItem(RESUME_KEY);
  } catch {
    /* no sessionStorage: the session just does not survive a reload */
  }
}
