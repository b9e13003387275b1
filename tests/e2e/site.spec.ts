import { test, expect } from '@playwright/test';

test('home links to a question page that shows its title and highlighted code', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle('ML Interview Atlas');
  // Follow the home page to the source, then to the question with the MHA/MQA/GQA code block.
  await page.getByRole('link', { name: 'Comprehensive ML/DL/LLM Interview Questions 2025' }).first().click();
  await page.getByRole('link', { name: 'What is the implementation difference between MHA, MQA, and GQA?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is the implementation difference between MHA, MQA, and GQA?');
  await expect(page).toHaveTitle(/^What is the implementation difference between MHA, MQA, and GQA\?/);
  const code = page.locator('pre.astro-code[data-language="python"]');
  await expect(code).toContainText('K = K_shared');
  // Highlighted: Shiki wraps tokens in coloured spans.
  expect(await code.locator('span[style*="--shiki"]').count()).toBeGreaterThan(5);
  // Next goes concept by concept, as the topic page lists them under its subtopics: to the first
  // question of the concept listed after this question's.
  const next = await page.getByRole('link', { name: /Next/ }).getAttribute('href');
  expect(next).toMatch(/\/questions\/[^/]+\/[^/]+\/$/);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').last().click();
  const concepts = page.locator('main [data-concept]');
  const ids = await concepts.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.members!.split(' ')));
  const here = ids.findIndex((m) => m.includes('ml-dl-llm-2025/what-is-the-implementation-difference-between-mha-mqa-and-gqa'));
  expect(here).toBeGreaterThanOrEqual(0);
  await expect(concepts.nth(here + 1).locator('a').first()).toHaveAttribute('href', next!);
});

test('a search for a word from one question lists that question', async ({ page }) => {
  await page.goto('./');
  // The home page's own search form (a plain GET form) leads to the search page.
  const main = page.getByRole('main');
  await main.getByRole('searchbox').fill('Nesterov');
  await main.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Nesterov/);
  const results = page.locator('[data-search-page] .search-results li > a');
  await expect(results.first()).toBeVisible();
  await expect(results.filter({ hasText: /Nesterov/ }).first()).toBeVisible();
  await results.filter({ hasText: /Nesterov/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nesterov');
});
