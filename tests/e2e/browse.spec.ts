// Browsing by topic as a reader does: home -> topic -> question -> next -> a related question;
// the theme choice survives a reload without a flash; the difficulty filter; small screens,
// print and keyboard focus.
import { test, expect } from '@playwright/test';

test('home -> topic -> question -> next -> related question from another source', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle('ML Interview Atlas');
  const card = page.locator('.topic-grid li').filter({ has: page.getByRole('link', { name: 'Model Evaluation & Metrics', exact: true }) });
  const count = Number(await card.locator('.count').textContent());
  await card.getByRole('link', { name: 'Model Evaluation & Metrics', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Model Evaluation & Metrics');
  await expect(page.locator('[data-question]')).toHaveCount(count);

  // Walk the topic with "Next" until a question that was also asked in another source.
  await page.locator('[data-question] a').first().click();
  let related = page.locator('.related li a');
  for (let i = 0; i < 40 && (await related.count()) === 0; i++) {
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('link', { name: /^Next/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(title!);
    await expect(page).toHaveTitle(/ · Model Evaluation & Metrics · ML Interview Atlas$/);
    related = page.locator('.related li a');
  }
  expect(await related.count(), 'some question of the topic has a related question').toBeGreaterThan(0);
  const fromSource = await page.locator('.question-meta a').first().textContent();
  const target = await related.first().textContent();
  await related.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target!);
  await expect(page.locator('.question-meta a').first()).not.toHaveText(fromSource!);
  // Breadcrumbs name the topic; the page says where in its source the question is.
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Home');
  await expect(page.locator('.question-meta')).toContainText(/line \d+/);
});

test('the theme toggle survives a reload and is applied before the page paints', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // On reload the saved theme is set by the blocking head script, before any module runs.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { themeAtParse: string }).themeAtParse = document.documentElement.dataset.theme ?? '';
    });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(18, 21, 28)');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the difficulty filter changes what a topic page lists, without a reload, and keeps it in the URL', async ({ page }) => {
  await page.goto('topics/nlp/');
  const items = page.locator('[data-question]');
  const all = await items.count();
  const advancedCount = await page.locator('[data-question][data-difficulty="advanced"]').count();
  expect(advancedCount).toBeGreaterThan(0);
  expect(advancedCount).toBeLessThan(all);
  // A value on window survives only if the page is not reloaded.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await page.locator('question-filter').getByLabel('Difficulty').selectOption('advanced');
  await expect(page.locator('[data-question]:visible')).toHaveCount(advancedCount);
  await expect(page.locator('.filter-count')).toHaveText(`Showing ${advancedCount} of ${all} questions`);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  await expect(page).toHaveURL(/\?difficulty=advanced$/);
  await page.reload();
  await expect(page.locator('[data-question]:visible')).toHaveCount(advancedCount);
  await page.locator('question-filter').getByLabel('Difficulty').selectOption('');
  await expect(page.locator('[data-question]:visible')).toHaveCount(all);
});

test('pages fit a 360 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['./', 'topics/', 'topics/attention-transformers/', 'questions/ml-dl-llm-2025/what-is-the-implementation-difference-between-mha-mqa-and-gqa/', 'sources/ml-dl-llm-2025/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test('printing a question shows the question and answer without navigation', async ({ page }) => {
  await page.goto('questions/ml-dl-llm-2025/what-is-flash-attention/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.locator('.pager')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.answer')).toBeVisible();
});

test('keyboard focus is always visible', async ({ page }) => {
  await page.goto('./');
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      return { tag: el.tagName, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style, `focus on ${outline.tag}`).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('every page reads without JavaScript and script-only controls stay hidden', async ({ page }) => {
    await page.goto('topics/attention-transformers/');
    await expect(page.locator('[data-question]').first()).toBeVisible();
    await expect(page.locator('question-filter')).toBeHidden();
    await expect(page.locator('theme-toggle')).toBeHidden();
    await page.locator('[data-question] a').first().click();
    await expect(page.locator('.answer')).toBeVisible();
  });
});
