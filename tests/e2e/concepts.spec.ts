// Concepts in the browser: a question page holds the other answers to the same question (open one
// to compare, follow it to its page), a topic page lists concepts under its subtopics, progress
// counts a concept learned through any of its questions, and practice deals one card per concept
// and shows the other answers after the reveal. Concepts are read from the study index the build
// wrote, so the tests follow whatever the ingest groups.
import { test, expect, type Page } from '@playwright/test';
import { mostGrouped } from '../helpers/dist.ts';
import { conceptsOf, mark, practiceState, q, setStored, stateWith, reviewCard, DAY, studyIndex } from './study-helpers';

type Index = Awaited<ReturnType<typeof studyIndex>>;
const DIST = process.env.ATLAS_OUT_DIR ?? 'dist';

/** The concept with the most questions from the most sources: [its questions, the index]. */
async function bigConcept(page: Page): Promise<{ ids: string[]; index: Index; titles: Map<string, string> }> {
  const index = await studyIndex(page);
  const { members, conceptOf } = conceptsOf(index);
  const sources = (ids: string[]) => new Set(ids.map((id) => id.split('/')[0])).size;
  const all = [...new Set(index.map((r) => conceptOf(r[0])))].map(members);
  const ids = all.sort((a, b) => sources(b) - sources(a) || b.length - a.length)[0]!;
  expect(ids.length).toBeGreaterThanOrEqual(3);
  expect(sources(ids)).toBeGreaterThanOrEqual(2);
  return { ids, index, titles: new Map(index.map((r) => [r[0], r[1]])) };
}

const learnedText = (page: Page) => page.locator('.study-progress-total [data-count]');

test('a question page holds the other answers to it, collapsed: one opens in place, with its source and a link to its own page', async ({ page }) => {
  const { ids, titles } = await bigConcept(page);
  const [here, ...others] = ids;
  await page.goto(q(here!));
  const section = page.getByRole('region', { name: /^Other answers/ });
  await expect(section.getByRole('heading', { level: 2, name: /Other answers/ })).toBeVisible();
  const details = section.locator('details');
  await expect(details).toHaveCount(others.length);
  // Collapsed: only their summaries show, each naming its source and its wording.
  for (const [i, id] of others.entries()) {
    await expect(details.nth(i)).not.toHaveAttribute('open');
    await expect(details.nth(i).locator('summary')).toContainText(titles.get(id)!);
    await expect(details.nth(i).locator(`[data-answer="${id}"]`)).toBeHidden();
  }
  // "Also asked as" does not repeat them.
  for (const id of others) await expect(page.locator(`.related [data-question="${id}"]`)).toHaveCount(0);

  // Open one with the mouse and another with the keyboard: both stay open to compare.
  await details.nth(0).locator('summary').click();
  const first = details.nth(0).locator(`[data-answer="${others[0]}"]`);
  await expect(first).toBeVisible();
  expect((await first.innerText()).trim().length).toBeGreaterThan(20);
  await details.nth(1).locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(details.nth(1).locator(`[data-answer="${others[1]}"]`)).toBeVisible();
  await expect(first).toBeVisible();
  // The page's own answer is still the one in its article.
  await expect(page.locator('article .answer[data-answer]')).toHaveAttribute('data-answer', here!);

  // Follow one to its own page: it holds this page's answer among its others.
  await details.nth(0).getByRole('link', { name: titles.get(others[0]!)!, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${q(others[0]!)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titles.get(others[0]!)!);
  await expect(page.locator(`[data-other-answers] details[data-other-answer="${here}"]`)).toHaveCount(1);
});

test('search finds an answer on its own page, not on the pages that show it among their other answers', async ({ page }) => {
  const { ids } = await bigConcept(page);
  const [here, ...others] = ids;
  const ownText = async (id: string) => {
    await page.goto(q(id));
    return (await page.locator('article .answer[data-answer]').innerText()).replace(/\s+/g, ' ');
  };
  const hereText = await ownText(here!);
  // Six words from the start of another question's own answer that this page's own answer lacks.
  let phrase = '';
  let other = '';
  for (const id of others) {
    const words = (await ownText(id)).split(' ').filter((w) => /^[A-Za-z]{3,}$/.test(w)).slice(0, 6).join(' ');
    if (words.split(' ').length === 6 && (await page.locator('article .answer[data-answer]').innerText()).replace(/\s+/g, ' ').includes(words) && !hereText.includes(words)) {
      [phrase, other] = [words, id];
      break;
    }
  }
  expect(phrase, 'a phrase of another answer').not.toBe('');
  await page.goto(q(here!));
  await expect(page.locator(`[data-other-answer="${other}"]`)).toContainText(phrase);
  await page.goto(`search/?q=${encodeURIComponent(`"${phrase}"`)}`);
  const hrefs = page.locator('[data-search-page] .search-results li > a');
  await expect(hrefs.first()).toBeVisible();
  const found = await hrefs.evaluateAll((as) => as.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname)));
  expect(found.some((p) => p.endsWith(`/${q(other)}`))).toBe(true);
  expect(found.some((p) => p.endsWith(`/${q(here!)}`))).toBe(false);
});

test('a topic page lists each concept once, linked to its first question, and counts it learned through any of its questions', async ({ page }) => {
  const { ids, index } = await bigConcept(page);
  const topic = index.find((r) => r[0] === ids[0])!;
  await page.goto(`topics/${topic[2]}/`);
  const entry = page.locator(`[data-concept][data-members~="${ids[0]}"]`);
  await expect(entry).toHaveCount(1);
  await expect(entry).toHaveAttribute('data-members', ids.join(' '));
  await expect(entry.getByRole('link')).toHaveAttribute('href', new RegExp(`/${q(ids[0]!)}$`));
  const sourceCount = new Set(ids.map((id) => id.split('/')[0])).size;
  await expect(entry.locator('.item-source')).toHaveText(new RegExp(`^${sourceCount} sources`));
  await expect(learnedText(page)).toHaveText(/^0 \/ \d+ learned$/);
  const total = Number(/\/ (\d+)/.exec((await learnedText(page).textContent())!)![1]);
  expect(total).toBe(await page.locator('[data-concept]').count());

  // Learned through the last question: the concept counts once, and its entry is marked.
  await mark(page, ids.at(-1)!, 'Mark as learned');
  await page.goto(`topics/${topic[2]}/`);
  await expect(learnedText(page)).toHaveText(`1 / ${total} learned`);
  await expect(entry.locator('.study-mark-learned')).toBeVisible();
  // Learned through a second question of it: still one concept.
  await mark(page, ids[1]!, 'Mark as learned');
  await page.goto(`topics/${topic[2]}/`);
  await expect(learnedText(page)).toHaveText(`1 / ${total} learned`);
  // The home page's row for the topic agrees; so does the page of a source that asks it.
  await page.goto('./');
  await expect(page.locator(`[data-row][data-topic="${topic[2]}"] [data-count]`)).toHaveText(`1 / ${total} learned`);
  await page.goto(`sources/${ids[0]!.split('/')[0]}/`);
  await expect(learnedText(page)).toHaveText(/^1 \/ \d+ learned$/);
  await expect(page.locator(`[data-question="${ids[0]}"] .study-mark-learned`)).toBeVisible();
});

test('practice deals one card per concept, the one already reviewed, and shows the other answers after the reveal', async ({ page }) => {
  const { ids } = await bigConcept(page);
  const now = Date.now();
  // Two questions of the concept saved; the second one was reviewed and is not due yet.
  await page.goto('practice/');
  await setStored(page, stateWith({ [ids[1]!]: reviewCard(now + 3 * DAY) }, { saved: { [ids[0]!]: { at: 1 }, [ids[1]!]: { at: 2 } } }));
  await page.goto('practice/?only=saved');
  await expect(page.locator('.practice-due')).toHaveText('This choice: 1 card: 1 not due yet.');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await practiceState(page, 'question');
  await expect(page.locator('.practice-progress-text')).toContainText('0 of 1 known');
  await expect(page.locator('.practice-link')).toHaveAttribute('href', new RegExp(`/${q(ids[1]!)}$`));
  const others = page.getByRole('region', { name: 'Other answers to this question' });
  await expect(others).toBeHidden();

  await page.keyboard.press('s');
  await practiceState(page, 'answer');
  await expect(others).toBeVisible();
  const details = others.locator('details');
  await expect(details).toHaveCount(ids.length - 1);
  await expect(details.locator(`[data-answer="${ids[0]}"]`)).toBeHidden();
  await details.filter({ has: page.locator(`[data-answer="${ids[0]}"]`) }).locator('summary').click();
  await expect(details.locator(`[data-answer="${ids[0]}"]`)).toBeVisible();
  // Graded, the card reviewed is the one scheduled; the other question keeps no card.
  await page.keyboard.press('3');
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  const s = await page.evaluate(() => JSON.parse(localStorage.getItem('atlas:study')!));
  expect(Object.keys(s.cards)).toEqual([ids[1]]);
  expect(s.log[ids[1]!]).toHaveLength(1);
});

test('a topic with subtopics lists its concepts under them, with a table of contents; the filter hides a subtopic left empty', async ({ page }) => {
  // Subtopics are data (content/topics.yaml): the topic page with the most of them.
  const { path, groups: n } = mostGrouped(DIST);
  test.skip(n < 2, 'no topic of this build declares subtopics (content/topics.yaml)');
  await page.goto(path);
  const groups = page.locator('[data-question-group]');
  const toc = page.getByRole('navigation', { name: 'Subtopics' });
  await expect(toc.getByRole('link')).toHaveCount(await groups.count());
  for (const [i, link] of (await toc.getByRole('link').all()).entries()) {
    const heading = groups.nth(i).getByRole('heading', { level: 2 });
    await expect(heading).toHaveId((await link.getAttribute('href'))!.slice(1));
    await expect(heading).toContainText((await link.textContent())!);
  }
  // Choosing a source that asks nothing of some subtopic hides that subtopic, heading and all.
  const sources = await page.locator('question-filter select[name="source"] option[data-label]').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  for (const source of sources) {
    await page.locator('question-filter').getByLabel('Source').selectOption(source);
    const emptied = await groups.evaluateAll((gs, s) => gs.map((g) => ![...g.querySelectorAll<HTMLElement>('[data-facets]')].some((li) => li.dataset.facets!.split(' ').some((f) => f.startsWith(`${s}:`)))), source);
    if (!emptied.includes(true)) continue;
    for (const [i, empty] of emptied.entries()) await expect(groups.nth(i)).toBeVisible({ visible: !empty });
    return;
  }
});
