// Search results by concept, and what a search fetches: the same question asked in several
// sources is one result with "+N other answers"; the word list for typo correction is fetched
// only for a query with a word no question contains.
import { test, expect } from '@playwright/test';

test('a question asked in several sources is one result, whose "+N other answers" open the others', async ({ page }) => {
  await page.goto('search/?q=knowledge+distillation');
  const panel = page.locator('[data-search-page]');
  const items = panel.locator('.search-results > li:not(.search-more)');
  await expect(items.first()).toBeVisible();
  const grouped = items.filter({ has: page.locator('details.result-others') }).first();
  const summary = grouped.locator('summary');
  await expect(summary).toHaveText(/^\+\d+ other answers?$/);
  const n = Number((await summary.textContent())!.match(/\d+/)![0]);
  const others = grouped.locator('.result-others-list a');
  await expect(others.first()).toBeHidden();
  await summary.click();
  await expect(others).toHaveCount(n);
  // No answer is shown twice: the others are not results of their own.
  const shown = await panel.locator('.search-results > li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const otherPaths = await others.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(new Set([...shown, ...otherPaths]).size).toBe(shown.length + otherPaths.length);
  await others.first().click();
  await expect(page).toHaveURL(/\/questions\/[^?]+\/\?highlight=knowledge(?:\+|%20)distillation$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/distillation/i);
});

test('the arrow keys move through the results, not into their other answers', async ({ page }) => {
  await page.goto('search/?q=dropout');
  const panel = page.locator('[data-search-page]');
  await expect(panel.locator('details.result-others').first()).toBeVisible();
  await panel.getByRole('searchbox').press('ArrowDown');
  await expect(panel.locator('.search-results > li > a').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(panel.locator('.search-results > li > a').nth(1)).toBeFocused();
});

test('the word list for typo correction is fetched only when a query has a word no question contains', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('./');
  await page.keyboard.press('/');
  await page.keyboard.type('dropout');
  const d = page.locator('dialog.search-dialog');
  await expect(d.locator('.search-status')).toHaveText(/questions for “dropout”/);
  expect(fetched.filter((p) => p.endsWith('/pagefind/words.txt'))).toEqual([]);
  await d.getByRole('searchbox').fill('dropuot');
  await expect(d.locator('.search-corrected')).toHaveText('Showing results for dropout · search for dropuot instead', { timeout: 15_000 });
  expect(fetched.filter((p) => p.endsWith('/pagefind/words.txt'))).toHaveLength(1);
});
