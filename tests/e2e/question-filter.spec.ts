// A topic page's filter (scripts/question-filter.ts): it lists concepts (an entry matches when one
// of its questions does), each option's count follows the other controls' choices, and it counts
// and hides only the page's own list, never the search dialog's results, which are questions too
// (each result carries data-question for its study marks).
import { test, expect, type Page } from '@playwright/test';

/** Each option of the page's filter as "value (count)", per control. */
const optionCounts = (page: Page, name: string) =>
  page.locator(`question-filter select[name="${name}"] option[value]:not([value=""])`).evaluateAll((os) => Object.fromEntries(os.map((o) => [(o as HTMLOptionElement).value, Number(/\((\d+)\)$/.exec(o.textContent!)![1])])));

/** How many of the page's concepts a choice lists, counted from their data-facets ("source:difficulty" per question). */
const listed = (page: Page, choice: { difficulty?: string; source?: string }) =>
  page.locator('[data-question-group] [data-concept]').evaluateAll(
    (lis, c) => lis.filter((li) => (li as HTMLElement).dataset.facets!.split(' ').some((f) => {
      const [source, difficulty] = [f.slice(0, f.lastIndexOf(':')), f.slice(f.lastIndexOf(':') + 1)];
      return (!c.difficulty || difficulty === c.difficulty) && (!c.source || source === c.source);
    })).length,
    choice,
  );

test('the topic filter lists concepts, and the counts of difficulty and source follow each other', async ({ page }) => {
  await page.goto('topics/attention-transformers/');
  const entries = page.locator('[data-question-group] [data-concept]');
  const all = await entries.count();
  // One entry per concept: fewer entries than the topic has questions, each question in one entry.
  const members = (await entries.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.members!.split(' ')))).flat();
  expect(new Set(members).size).toBe(members.length);
  expect(all).toBeLessThan(members.length);
  const filter = page.locator('question-filter');
  const count = filter.locator('.filter-count');
  await expect(count).toHaveText(`${all} questions`);

  const sources = Object.keys(await optionCounts(page, 'source'));
  const difficulties = Object.keys(await optionCounts(page, 'difficulty'));
  expect(sources.length).toBeGreaterThan(2);
  const expected = async (control: 'source' | 'difficulty', other: { difficulty?: string; source?: string }) =>
    Object.fromEntries(await Promise.all((control === 'source' ? sources : difficulties).map(async (v) => [v, await listed(page, { ...other, [control]: v })])));

  // Nothing chosen: each option counts what it alone lists.
  expect(await optionCounts(page, 'source')).toEqual(await expected('source', {}));
  // Beginner chosen: the source counts follow it (today's bug: they ignored the difficulty).
  await filter.getByLabel('Difficulty').selectOption('beginner');
  const beginners = await listed(page, { difficulty: 'beginner' });
  expect(beginners).toBeGreaterThan(0);
  expect(beginners).toBeLessThan(all);
  await expect(count).toHaveText(`Showing ${beginners} of ${all} questions`);
  const followed = await expected('source', { difficulty: 'beginner' });
  await expect.poll(() => optionCounts(page, 'source')).toEqual(followed);
  expect(followed).not.toEqual(await expected('source', {}));
  // A source chosen too: the difficulty counts follow the source, the list both.
  const source = sources.find((s) => followed[s]! > 0)!;
  await filter.getByLabel('Source').selectOption(source);
  await expect.poll(() => optionCounts(page, 'difficulty')).toEqual(await expected('difficulty', { source }));
  const both = await listed(page, { difficulty: 'beginner', source });
  await expect(page.locator('[data-question-group] [data-concept]:visible')).toHaveCount(both);
  await expect(count).toHaveText(`Showing ${both} of ${all} questions`);
  // A subtopic with nothing left is hidden with its heading.
  for (const group of await page.locator('[data-question-group]').all()) {
    const shown = await group.locator('[data-concept]:visible').count();
    if (shown === 0) await expect(group).toBeHidden();
    else await expect(group.getByRole('heading', { level: 2 })).toBeVisible();
  }
  await expect(page).toHaveURL(new RegExp(`\\?difficulty=beginner&source=${source}$`));
});

test('the topic filter counts and hides its own list, not the search results of the dialog', async ({ page }) => {
  await page.goto('topics/attention-transformers/');
  const own = page.locator('[data-question-group] [data-concept]');
  const all = await own.count();
  const beginners = await listed(page, { difficulty: 'beginner' });
  const filter = page.locator('question-filter');
  const count = filter.locator('.filter-count');

  await filter.getByLabel('Difficulty').selectOption('beginner');
  await expect(count).toHaveText(`Showing ${beginners} of ${all} questions`);

  // Search "attention" in the header's dialog: its results are listed in the page too.
  await page.keyboard.press('/');
  const dialog = page.locator('dialog.search-dialog');
  await page.keyboard.type('attention');
  const results = dialog.locator('.search-results li > a');
  await expect(dialog.locator('.search-status')).toHaveText(/^\d+ questions for “attention”$/);
  const shown = await results.count();
  expect(shown).toBeGreaterThan(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Choose again: the count is still the page's, and the dialog's results are all still there.
  await filter.getByLabel('Difficulty').selectOption('');
  await expect(count).toHaveText(`${all} questions`);
  await filter.getByLabel('Difficulty').selectOption('beginner');
  await expect(count).toHaveText(`Showing ${beginners} of ${all} questions`);
  await expect(page.locator('[data-question-group] [data-concept]:visible')).toHaveCount(beginners);
  await page.keyboard.press('/');
  await expect(results).toHaveCount(shown);
  for (const item of await dialog.locator('.search-results li[data-question]').all()) await expect(item).toBeVisible();
});
