// Small things a reader notices at 1280 and 390 px: a formula or table cut off at the edge shows
// that it scrolls, a whole topic card opens its topic, and a difficulty badge reads apart from
// the title before it.
import { test, expect, type Locator, type Page } from '@playwright/test';

/** The layers of a box's background that show a scroll shadow (answer.css): covers that scroll with the content, shadows that stay. */
const shadows = (box: Locator) => box.evaluate((el) => ({ attachment: getComputedStyle(el).backgroundAttachment, images: getComputedStyle(el).backgroundImage.match(/gradient/g)?.length ?? 0, scrolls: el.scrollWidth > el.clientWidth }));

/**
 * How much darker than the page the first and last pixel columns of a box are (0: not at all), as
 * drawn on screen, its text made transparent so that only its background counts.
 */
async function edges(page: Page, box: Locator): Promise<{ left: number; right: number }> {
  await page.addStyleTag({ content: '.answer .katex, .answer .katex * { color: transparent !important; }' });
  const png = (await box.screenshot()).toString('base64');
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.width, img.height];
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const bg = 255; // the light theme's page background
    const darkness = (x: number) => {
      const d = g.getImageData(x, 0, 1, img.height).data;
      let sum = 0;
      for (let i = 0; i < d.length; i += 4) sum += bg - (d[i]! + d[i + 1]! + d[i + 2]!) / 3;
      return Math.round(sum / img.height);
    };
    return { left: darkness(0), right: darkness(img.width - 1) };
  }, png);
}

test('a formula or a table wider than the screen shows a shadow on the side it scrolls to', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  // "…/(2σ": the posterior of MAP with a Gaussian prior is cut off at 390 px.
  await page.goto('questions/ml-llm-qa/derive-map-for-linear-regression-with-gaussian-prior-ridge/');
  const formulas = page.locator('article .answer .katex');
  const cut = [];
  for (const f of await formulas.all()) if ((await shadows(f)).scrolls) cut.push(f);
  expect(cut.length).toBeGreaterThan(0);
  for (const f of cut) expect(await shadows(f)).toEqual({ attachment: 'local, local, scroll, scroll', images: 4, scrolls: true });
  // Seen on screen: at the start a shadow on the right edge only; scrolled to the end, on the left only.
  const box = cut[0]!;
  const start = await edges(page, box);
  expect(start.left).toBe(0);
  expect(start.right).toBeGreaterThan(10);
  await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  const end = await edges(page, box);
  expect(end.left).toBeGreaterThan(10);
  expect(end.right).toBe(0);
  // A wide table scrolls in its own region, with the same shadows.
  await page.goto('questions/ai-engineer/bias-vs-variance-tradeoff/');
  const table = page.getByRole('region', { name: /^Table: Type, Description/ });
  expect(await shadows(table)).toEqual({ attachment: 'local, local, scroll, scroll', images: 4, scrolls: true });
  // A display formula too (any page that has one).
  await page.goto('questions/ml-llm-qa/what-is-perplexity-how-is-it-computed/');
  const display = page.locator('article math[display="block"]').first();
  expect((await shadows(display)).attachment).toBe('local, local, scroll, scroll');
});

test('a whole topic card opens its topic, and the card has one link', async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('topics/');
    const card = page.locator('.topic-grid li').first();
    await expect(card.getByRole('link')).toHaveCount(1);
    const href = await card.getByRole('link').getAttribute('href');
    // Click the description, away from the name.
    const text = card.locator('p');
    const box = (await text.boundingBox())!;
    await page.mouse.click(box.x + box.width - 4, box.y + box.height - 4);
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  }
});

test('a difficulty badge reads apart from the title: "Difficulty: Beginner"', async ({ page }) => {
  await page.goto('topics/nlp/');
  const item = page.locator('[data-concept]').filter({ has: page.locator('.difficulty-beginner') }).first();
  const title = (await item.getByRole('link').textContent())!;
  expect((await item.textContent())!.replace(/\s+/g, ' ')).toContain(`${title} Difficulty: Beginner`);
  // Shown capitalised, as written (no text-transform), the words only screen readers need hidden.
  const badge = item.locator('.difficulty-beginner');
  await expect(badge).toHaveText('Difficulty: Beginner');
  expect(await badge.evaluate((el) => [el.lastChild!.textContent, getComputedStyle(el).textTransform])).toEqual(['Beginner', 'none']);
  await expect(badge.locator('.visually-hidden')).toHaveText('Difficulty: ');
  expect((await badge.locator('.visually-hidden').boundingBox())!.width).toBeLessThanOrEqual(1);
  await page.goto('questions/ml-llm-qa/explain-tf-idf-how-does-it-work/');
  await expect(page.locator('.question-meta .badge').first()).toContainText('Beginner');
  await expect(page.locator('.question-meta')).not.toContainText(/line \d+/);
});
