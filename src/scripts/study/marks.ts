// Learned (✓) and saved (★) marks on question lists: every element with data-question="<id>"
// gets its marks after its first link. Used by the topic, source and home pages (through
// <study-progress data-marks>), "Also asked as" on question pages and /saved/. A list built
// later (search results, say) can call markList(itsRoot) once its items carry data-question.
import type { StudyState } from '../../lib/study/state';
import { loadState } from './store';

const MARKS = {
  learned: ['✓', 'learned'],
  saved: ['★', 'saved for later'],
} as const;
export type MarkKind = keyof typeof MARKS;

export function mark(s: StudyState, root: ParentNode = document, kinds: readonly MarkKind[] = ['learned', 'saved']) {
  for (const li of root.querySelectorAll<HTMLElement>('[data-question]')) {
    const id = li.dataset.question!;
    for (const kind of kinds) {
      const [symbol, text] = MARKS[kind];
      const on = id in s[kind];
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
