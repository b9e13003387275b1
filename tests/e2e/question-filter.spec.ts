// A topic page's filter (scripts/question-filter.ts) counts and hides only the page's own list,
// never the search dialog's results, which are questions too (each result carries
// data-question for its study marks).
import { test, expect } from '@playwright/test';

test('the topic filter counts and hides its own list, not the search results of the dialog', async ({ page }) => {
  await page.goto('topics/attention-transformers/');
  const own = page.locator('[data-question-group] [data-question]');
  const all = await own.count();
  const beginners = await page.locator('[data-question-group] [data-question][data-difficulty="beginner"]').count();
  expect(beginners).toBeGreaterThan(0);
  expect(beginners).toBeLessThan(all);
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
  await expect(page.locator('[data-question-group] [data-question]:visible')).toHaveCount(beginners);
  await page.keyboard.press('/');
  await expect(results).toHaveCount(shown);
  for (const item of await dialog.locator('.search-results li[data-question]').all()) await expect(item).toBeVisible();
});
