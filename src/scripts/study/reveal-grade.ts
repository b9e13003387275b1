// Grading a question page's card after its answer was revealed (answer-reveal.ts loads this then):
// each grade button says when the card would be due after it, and one grade, by button or key,
// schedules the card (grade.ts, ts-fsrs). Then the page offers its next question in the topic.
import { span } from '../../lib/study/due-text';
import type { Grade } from '../../lib/study/state';
import { gradeCard, previewGrades } from './grade';
import { loadState } from './store';

const NAMES = ['', 'Again', 'Hard', 'Good', 'Easy'];

/** Readies the grades of <answer-reveal> `root`; returns the grading for its buttons and keys. */
export async function startGrading(root: HTMLElement): Promise<(g: Grade) => void> {
  const $ = <T extends HTMLElement = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const id = root.dataset.id!;
  const s = await loadState();
  const next = await previewGrades(s.cards[id], s.settings.retention).catch(() => undefined);
  for (const b of root.querySelectorAll<HTMLElement>('[data-grade]')) {
    const ms = next?.[Number(b.dataset.grade) as Grade];
    b.querySelector('.grade-next')!.textContent = ms === undefined ? '' : `due in ${span(ms)}`;
  }
  let busy = false;
  const grade = async (g: Grade) => {
    if (root.dataset.state !== 'answer' || busy) return;
    busy = true;
    const done = $('.reveal-done');
    try {
      const after = await gradeCard(id, g);
      done.textContent = `Graded ${NAMES[g]}: next review in ${span(after.cards[id]!.due - Date.now())}.`;
    } catch {
      done.textContent = 'The scheduler could not be loaded, so this answer was not kept. Check your connection and grade again.';
      return;
    } finally {
      busy = false;
    }
    $('.grade-group').hidden = true;
    root.dataset.state = 'graded';
    // On to the next question of the topic (the page's own "next" link), keyboard included.
    const nextPage = document.querySelector<HTMLAnchorElement>('a[rel="next"]');
    $('.reveal-next-line').hidden = !nextPage;
    if (nextPage) {
      const link = $<HTMLAnchorElement>('.reveal-next');
      link.href = nextPage.href;
      // "Next in <topic>: <title>", as the pager says it on two lines.
      link.textContent = nextPage.innerText.trim().replace(/\s*\n\s*/, ': ');
      link.focus();
    } else done.focus();
  };
  // The buttons and keys call this (answer-reveal.ts), waiting for it when given before it is ready.
  return (g) => void grade(g);
}
