// The study state in localStorage (one key, see src/lib/study/state.ts), shared by the study
// elements of a page. The quick check keeps the common path free of zod; an unreadable or
// older value loads the schema module, which migrates it or resets it, and a notice says so.
import { STUDY_KEY, emptyState, isStudyState, type StudyState } from '../../lib/study/state';

type Listener = (s: StudyState) => void;
const listeners = new Set<Listener>();
let current: Promise<StudyState> | undefined;

function read(): string | null {
  try {
    return localStorage.getItem(STUDY_KEY);
  } catch {
    return null;
  }
}

function write(s: StudyState) {
  try {
    localStorage.setItem(STUDY_KEY, JSON.stringify(s));
  } catch {
    notice('Your study progress cannot be kept in this browser (storage is unavailable or full).');
  }
}

const shown = new Set<string>();
/** A visible message at the top of the page, once per text. */
export function notice(text: string) {
  if (shown.has(text)) return;
  shown.add(text);
  const p = document.createElement('p');
  p.className = 'notice study-notice';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  document.querySelector('main')?.prepend(p);
}

async function load(): Promise<StudyState> {
  const raw = read();
  if (raw === null) return emptyState();
  try {
    const v: unknown = JSON.parse(raw);
    if (isStudyState(v)) return v;
  } catch {
    /* the schema module says why */
  }
  const { readStored } = await import('../../lib/study/schema');
  const r = readStored(raw);
  write(r.state);
  if (r.notice) notice(r.notice);
  return r.state;
}

export function loadState(): Promise<StudyState> {
  return (current ??= load());
}

/** Store a new state (from an update or an import) and tell the page's elements. */
export async function setState(next: StudyState | ((s: StudyState) => StudyState)): Promise<StudyState> {
  const prev = await loadState();
  const s = typeof next === 'function' ? next(prev) : next;
  if (s === prev) return s;
  current = Promise.resolve(s);
  write(s);
  for (const l of listeners) l(s);
  return s;
}

/** Called now with the state, and again whenever it changes (here or in another tab). */
export function watch(l: Listener) {
  listeners.add(l);
  void loadState().then(l);
}

addEventListener('storage', (e) => {
  if (e.key !== STUDY_KEY && e.key !== null) return;
  current = undefined;
  void loadState().then((s) => listeners.forEach((l) => l(s)));
});
