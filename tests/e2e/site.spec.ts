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
  await expect(page.getByRole('link', { name: /Next/ })).toHaveAttribute('href', /\/questions\/ml-dl-llm-2025\/what-is-flash-attention\/$/);
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
