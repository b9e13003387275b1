// The header's due count (<study-link>), as practice deals the cards: one per concept (two due
// questions that ask the same thing are one card) and only questions still on the site, so
// "Study 3" in the header and "Review 3 due" on the study hub agree. Loaded once the study state
// has a card, with the study index it needs; without the index (offline, never cached), the count
// is the due cards'.
import { countDue } from '../../lib/study/due';
import { practiceCards } from '../../lib/study/select';
import type { StudyState } from '../../lib/study/state';
import { loadIndex } from './index-client';

/** The latest count asked for: one asked earlier that ends later is not shown. */
let asked = 0;

export async function showDue(link: HTMLAnchorElement, s: StudyState): Promise<void> {
  const mine = ++asked;
  const now = Date.now();
  let n = countDue(s.cards, now);
  if (n) n = await loadIndex().then((ix) => practiceCards(ix.questions, { only: 'due' }, s, now).length, () => n);
  if (mine !== asked) return;
  link.querySelector('.due-count')?.remove();
  if (n) link.insertAdjacentHTML('beforeend', `<span class="due-count">${n}<span class="visually-hidden"> due today</span></span>`);
}
