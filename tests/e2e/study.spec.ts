// Study tools against the built site: progress marks and counts, saved, practice,
// export/import, recovery from a corrupted stored value, and the page without JavaScript.
// Questions are picked by URL from the 2025 source; counts are compared relative to the page.
import { test, expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const FLASH = 'ml-dl-llm-2025/what-is-flash-attention';
const MHA = 'ml-dl-llm-2025/what-is-the-implementation-difference-between-mha-mqa-and-gqa';
const KEY = 'atlas:study';
const q = (id: string) => `questions/${id}/`;

async function learnedCount(page: Page): Promise<{ n: number; m: number }> {
  const text = await page.locator('.study-progress-total [data-count]').textContent();
  const m = /^(\d+) \/ (\d+) learned$/.exec(text ?? '');
  expect(m, `count text "${text}"`).not.toBeNull();
  return { n: Number(m![1]), m: Number(m![2]) };
}

const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);

test('mark as learned survives a reload and is counted and marked on the topic page', async ({ page }) => {
  await page.goto(q(FLASH));
  const topicHref = await page.locator('.breadcrumbs a').last().getAttribute('href');
  await page.goto(topicHref!);
  await expect(page.locator('study-progress')).toBeVisible();
  const before = await learnedCount(page);
  const item = page.locator(`[data-question="${FLASH}"]`);
  await expect(item.locator('.study-mark-learned')).toHaveCount(0);

  await page.goto(q(FLASH));
  const learn = page.getByRole('button', { name: 'Mark as learned' });
  await expect(learn).toHaveAttribute('aria-pressed', 'false');
  await learn.click();
  await expect(learn).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Mark as learned' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto(topicHref!);
  await expect.poll(() => learnedCount(page)).toEqual({ n: before.n + 1, m: before.m });
  await expect(item.locator('.study-mark-learned')).toBeVisible();
  await expect(item.locator('.study-mark-learned')).toContainText('(learned)');

  // The home page counts it overall and in its topic, and offers to continue there.
  await page.goto('./');
  expect((await learnedCount(page)).n).toBe(1);
  await expect(page.locator('study-continue a')).toHaveAttribute('href', new RegExp(`/${q(FLASH)}$`));

  // Unmarking takes it back out.
  await page.goto(q(FLASH));
  await page.getByRole('button', { name: 'Mark as learned' }).click();
  await page.goto(topicHref!);
  await expect.poll(() => learnedCount(page)).toEqual(before);
});

test('a saved question is listed on /saved/ under its topic and can be removed', async ({ page }) => {
  await page.goto(q(MHA));
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  const topicName = await page.locator('.breadcrumbs a').last().textContent();
  await page.getByRole('button', { name: 'Save for later' }).click();
  await expect(page.getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto(`sources/ml-dl-llm-2025/`);
  await expect(page.locator(`[data-question="${MHA}"] .study-mark-saved`)).toBeVisible();

  await page.goto('saved/');
  const group = page.locator('.saved-groups section').filter({ has: page.getByRole('heading', { name: topicName! }) });
  await expect(group.getByRole('link', { name: title! })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Practise these' })).toBeVisible();
  await group.getByRole('listitem').filter({ hasText: title! }).getByRole('button', { name: /^Remove/ }).click();
  await expect(page.getByRole('link', { name: title! })).toHaveCount(0);
  await expect(page.locator('.saved-status')).toContainText('Nothing saved yet');
});

test('a practice round: reveal, "not yet" brings the card back, "knew it" finishes it', async ({ page }) => {
  for (const id of [FLASH, MHA]) {
    await page.goto(q(id));
    await page.getByRole('button', { name: 'Save for later' }).click();
    await expect(page.getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'true');
  }
  await page.goto('practice/?only=saved');
  await expect(page.getByRole('radio', { name: 'Saved only' })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.getByRole('button', { name: 'Start practice' }).click();

  const card = page.locator('.practice-card');
  const answer = card.locator('.practice-answer');
  await expect(card).toBeVisible();
  await expect(card.locator('.practice-progress-text')).toContainText('0 of 2 known');
  await expect(answer).toBeHidden();
  const first = await card.locator('.practice-link').textContent();

  // Reveal with the button, answer "not yet".
  await card.getByRole('button', { name: /Show answer/ }).click();
  await expect(answer).toBeVisible();
  await expect(answer).not.toBeEmpty();
  await card.getByRole('button', { name: /Not yet/ }).click();
  await expect(card.locator('.practice-progress-text')).toContainText('1 “not yet”');
  const second = await card.locator('.practice-link').textContent();
  expect(second).not.toBe(first);

  // The second card with the keyboard: S reveals, K is "knew it".
  await page.keyboard.press('s');
  await expect(answer).toBeVisible();
  await page.keyboard.press('k');
  await expect(card.locator('.practice-progress-text')).toContainText('1 of 2 known');
  // The missed card is back.
  await expect(card.locator('.practice-link')).toHaveText(first!);
  await page.keyboard.press('s');
  await expect(answer).toBeVisible();
  await card.getByRole('button', { name: /Knew it/ }).click();
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  await expect(page.locator('.practice-summary')).toContainText('2 of 2 cards known, with 1 “not yet” answer');

  const s = await stored(page);
  expect(s.boxes[FLASH].box).toBe(2);
  expect(s.boxes[MHA].box).toBe(2);
});

test('the answer shown in practice is the question page\'s own answer', async ({ page }) => {
  await page.goto(q(MHA));
  await page.getByRole('button', { name: 'Save for later' }).click();
  const expected = (await page.locator('article .answer').innerText()).trim();
  await page.goto('practice/?only=saved');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.locator('.practice-answer pre.astro-code').first()).toContainText('K_shared');
  expect((await page.locator('.practice-answer').innerText()).trim()).toBe(expected);
});

test('progress exported from one browser imports into a fresh one; a bad file changes nothing', async ({ page, browser }) => {
  await page.goto(q(FLASH));
  await page.getByRole('button', { name: 'Mark as learned' }).click();
  await page.getByRole('button', { name: 'Save for later' }).click();
  await page.goto(q(MHA));
  await page.getByRole('button', { name: 'Save for later' }).click();
  await expect(page.getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('saved/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^atlas-study-progress-.*\.json$/);
  const file = await readFile((await download.path())!);
  const original = await stored(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('saved/');
  await expect(other.locator('.saved-status')).toContainText('Nothing saved yet');
  // A file that is not an export: clear message, nothing changes.
  await other.getByLabel('Import progress from a file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(other.locator('.study-data-status')).toContainText('Nothing was changed');
  expect(await stored(other)).toBeNull();
  await other.getByLabel('Import progress from a file').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: file });
  await expect(other.locator('.study-data-status')).toContainText('Imported progress.json: 1 learned, 2 saved');
  expect(await stored(other)).toEqual(original);
  await expect(other.locator('.saved-groups li')).toHaveCount(2);
  await other.goto(q(FLASH));
  await expect(other.getByRole('button', { name: 'Mark as learned' })).toHaveAttribute('aria-pressed', 'true');
  await fresh.close();
});

test('a corrupted stored value is reset with a visible notice, and the page keeps working', async ({ page }) => {
  await page.goto(q(FLASH));
  await page.evaluate((k) => localStorage.setItem(k, '{"version":1,"learned":'), KEY);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const learn = page.getByRole('button', { name: 'Mark as learned' });
  await learn.click();
  await expect(learn).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.locator('.study-notice')).toHaveCount(0);
  expect((await stored(page)).version).toBe(1);
});

test('an older stored format is migrated with a notice', async ({ page }) => {
  await page.goto(q(FLASH));
  await page.evaluate(([k, id]) => localStorage.setItem(k!, JSON.stringify({ learned: [id], saved: [] })), [KEY, FLASH]);
  await page.goto(q(FLASH));
  await expect(page.getByRole('alert')).toContainText('older format');
  await expect(page.getByRole('button', { name: 'Mark as learned' })).toHaveAttribute('aria-pressed', 'true');
});

test('random question from the header, and within the topic', async ({ page }) => {
  await page.goto(q(FLASH));
  const topicHref = await page.locator('.breadcrumbs a').last().getAttribute('href');
  const topicName = await page.locator('.breadcrumbs a').last().textContent();
  await page.getByRole('button', { name: `Random question in ${topicName}` }).click();
  await expect(page).not.toHaveURL(new RegExp(`/${q(FLASH)}$`));
  await expect(page).toHaveURL(/\/questions\/[^/]+\/[^/]+\/$/);
  await expect(page.locator('.breadcrumbs a').last()).toHaveAttribute('href', topicHref!);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('button', { name: 'Random' }).click();
  await expect(page).toHaveURL(/\/questions\/[^/]+\/[^/]+\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the question is readable and the study controls do not show', async ({ page }) => {
    await page.goto(q(MHA));
    await expect(page.locator('article .answer pre').first()).toContainText('K_shared');
    await expect(page.getByRole('button', { name: 'Mark as learned' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Save for later' })).toBeHidden();
    await expect(page.getByRole('button', { name: /Random/ })).toHaveCount(0);
  });
});

test('works at 360 px in the dark theme', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.goto(q(FLASH));
  await page.getByRole('button', { name: 'Save for later' }).click();
  await page.goto('practice/');
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.locator('.practice-card')).toBeVisible();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.locator('.practice-answer')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  // Dark theme variables reach the study controls.
  const bg = await page.locator('.practice-card').evaluate((e) => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(18, 21, 28)');
  for (const path of ['./', 'saved/', 'topics/attention-transformers/']) {
    await page.goto(path);
    await expect(page.locator('study-progress, saved-list').first()).toBeVisible();
    expect(await overflow(), path).toBeLessThanOrEqual(0);
  }
  await page.goto(q(FLASH));
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'Mark as learned' }).focus();
  const outline = await page.getByRole('button', { name: 'Mark as learned' }).evaluate((b) => getComputedStyle(b).outlineStyle);
  expect(outline).toBe('solid');
});
