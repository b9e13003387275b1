// Learned (✓) and saved (★) marks on question lists: every element with data-question="<id>"
// gets its marks after its first link; an entry with data-members="<id> <id>…" (a concept on a
// topic page, or a question of a concept on a source page) is marked when any of those is. Used
// by the topic and source pages (through <study-progress data-marks>), "Also asked as" on
// question pages and /saved/. A list built later (search results, say) can call
// markList(itsRoot) once its items carry data-question.
import type { StudyState } from '../../lib/study/state';
import { loadState } from './store';

const MARKS = {
  learned: ['✓', 'learned'],
  saved: ['★', 'saved for later'],
} as const;
export type MarkKind = keyof typeof MARKS;

/** The questions whose marks an entry shows: a concept's (data-members), or the question itself. */
export const memberIds = (el: HTMLElement) => (el.dataset.members ?? el.dataset.question ?? '').split(' ').filter(Boolean);

export function mark(s: StudyState, root: ParentNode = document, kinds: readonly MarkKind[] = ['learned', 'saved']) {
  for (const li of root.querySelectorAll<HTMLElement>('[data-question], [data-members]')) {
    const ids = memberIds(li);
    for (const kind of kinds) {
      const [symbol, text] = MARKS[kind];
      const on = ids.some((id) => id in s[kind]);
      let m = li.querySelector(`.study-mark-${kind}`);
      if (on && !m) {
        m = document.createElement('span');
        m.className = `study-mark study-mark-${kind}`;
        m.innerHTML = `<span aria-hidden="true">${symbol}</span><span class="visually-hidden">(${text})</span>`;
        (li.querySelector('a') ?? li.firstChild)?.after(m);
      } else if (!on && m) m.remove();
    }
  }
}

/** Marks the items of a list rendered after the page loaded. */
export async function markList(root: ParentNode) {
  mark(await loadState(), root);
}
