// The end of a practice session: what happened in plain words, and the cards missed in it, each
// a link to its question page to read again. Its heading takes the focus (without a ring: it is
// not a control, and an outlined heading reads as an error).
import { isDone, missedIds, progress, summaryText, type Session } from '../../lib/study/session';
import { urls } from '../../lib/urls';

export function renderDone(root: HTMLElement, s: Session, titleOf: (id: string) => string) {
  const $ = (sel: string) => root.querySelector<HTMLElement>(sel)!;
  const missed = missedIds(s);
  $('#done-heading').textContent = isDone(s) ? 'Session complete' : 'Session ended';
  $('.practice-summary').textContent =
    `${summaryText(s)} ` + (missed.length ? 'Cards you missed come back sooner than the others.' : progress(s).known ? 'Cards you knew wait longer before they are due.' : '');
  $('.practice-missed-list').replaceChildren(
    ...missed.map((id) => {
      const li = document.createElement('li');
      li.append(Object.assign(document.createElement('a'), { href: urls.question(id), textContent: titleOf(id) }));
      return li;
    }),
  );
  $('.practice-missed').hidden = !missed.length;
  root.hidden = false;
  $('#done-heading').focus();
}
