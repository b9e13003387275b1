// The study state in localStorage (one key, see src/lib/study/state.ts), shared by the study
// elements of a page. The quick check keeps the common path free of zod; an unreadable or
// older value loads the migration module, which migrates, repairs or resets it, and a notice says
// so. What cannot be read is copied to a backup key first; a value from a newer version of the
// site is never overwritten (the page works on it read-only).
import { STUDY_BACKUP_KEY, STUDY_KEY, emptyState, isStudyState, type StudyState } from '../../lib/study/state';

type Listener = (s: StudyState) => void;
const listeners = new Set<Listener>();
let current: Promise<StudyState> | undefined;
let readOnly = false;

function read(key = STUDY_KEY): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(s: StudyState) {
  if (readOnly) return;
  try {
    localStorage.setItem(STUDY_KEY, JSON.stringify(s));
  } catch {
    notice('Your study progress cannot be kept in this browser (storage is unavailable or full).');
  }
}

/** True when the stored progress is from a newer version of the site: changes are not kept. */
export function isReadOnly(): boolean {
  return readOnly;
}

/** Whether a copy of an unreadable value is kept, and a download of it. */
export function hasBackup(): boolean {
  return read(STUDY_BACKUP_KEY) !== null;
}
export function downloadBackup() {
  const text = read(STUDY_BACKUP_KEY);
  if (text === null) return;
  // Imported when used: this module is on every question page, within its 10 KB of JavaScript.
  void import('../download').then((d) => d.downloadText(text, `atlas-study-backup-${new Date().toISOString().slice(0, 10)}.json`, 'application/json'));
}

const shown = new Set<string>();
/** A visible message at the top of the page, once per text, with an optional button. */
export function notice(text: string, action?: { label: string; run: () => void }) {
  if (shown.has(text)) return;
  shown.add(text);
  const p = document.createElement('p');
  p.className = 'notice study-notice';
  p.setAttribute('role', 'alert');
  p.textContent = text;
  if (action) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'small-button';
    b.textContent = action.label;
    b.onclick = action.run;
    p.append(' ', b);
  }
  document.querySelector('main')?.prepend(p);
}

async function load(): Promise<StudyState> {
  readOnly = false;
  const raw = read();
  if (raw === null) return emptyState();
  try {
    const v: unknown = JSON.parse(raw);
    if (isStudyState(v)) return v;
  } catch {
    /* the schema module says why */
  }
  const { readStored } = await import('../../lib/study/migrate');
  const r = readStored(raw);
  let text = r.notice;
  if (r.backup) {
    try {
      localStorage.setItem(STUDY_BACKUP_KEY, raw);
    } catch {
      // No room for the copy: leave the stored value alone rather than lose it.
      r.readOnly = true;
      text = 'Your study progress in this browser could not be fully read, and there is no room to keep a copy, so it is left as it is: changes made on this page are not kept.';
    }
  }
  readOnly = !!r.readOnly;
  write(r.state);
  if (text) notice(text, r.backup && !readOnly ? { label: 'Download the copy', run: downloadBackup } : undefined);
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
