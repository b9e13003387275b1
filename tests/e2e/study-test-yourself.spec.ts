// Test-yourself mode on question and topic pages: answers (the page's own, its note, anything
// marked data-answer) hidden until "Show answer" (the button, Space or Enter), graded on the spot
// with 1–4, the choice kept across a reload and in a second tab; never shown at the first paint in
// that mode, always shown without JavaScript. The reader's note on a question page, as text.
import { test, expect, type Page } from '@playwright/test';
import { FLASH, KEY, MHA, q, stateWith, stored } from './study-helpers';

const answer = (page: Page) => page.locator('article .answer');
const toggle = (page: Page) => page.getByRole('button', { name: 'Test yourself' });
const reveal = (page: Page) => page.locator('answer-reveal');
/** Leaves the focus on the page itself, as after reading with the mouse. */
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
const modeOn = stateWith({}, { settings: { retention: 0.9, testYourself: true, at: 1 } });

test('the mode hides the answer until "Show answer"; 1–4 grade it; it holds across a reload and in a second tab', async ({ page, context }) => {
  await page.goto(q(FLASH));
  await expect(answer(page)).toBeVisible();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeHidden();

  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(answer(page)).toBeHidden();
  await expect(page.getByRole('region', { name: 'Your note' })).toBeHidden();
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
  expect((await stored(page)).settings.testYourself).toBe(true);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-test-yourself', 'hidden');
  await expect(answer(page)).toBeHidden();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');

  // A second tab opens with the mode on; turned off there, the first tab shows its answer at once.
  const second = await context.newPage();
  await second.goto(q(MHA));
  await expect(answer(second)).toBeHidden();
  await toggle(second).click();
  await expect(answer(second)).toBeVisible();
  await expect(answer(page)).toBeVisible();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  await toggle(second).click();
  await expect(answer(page)).toBeHidden();

  // Enter reveals (no control focused); the answer takes the focus; 3 grades Good.
  await reveal(page).and(page.locator('[data-state=question]')).waitFor();
  await blur(page);
  await page.keyboard.press('Enter');
  await expect(answer(page)).toBeVisible();
  await expect(answer(page)).toBeFocused();
  await expect(reveal(page)).toHaveAttribute('data-state', 'answer');
  await expect(page.getByRole('button', { name: /^Good/ })).toContainText(/due in \d+ (minutes|days)/);
  // Space after the reveal scrolls: it does not grade.
  await page.keyboard.press('Space');
  expect((await stored(page)).cards[FLASH]).toBeUndefined();
  await page.keyboard.press('3');
  await expect(page.locator('.reveal-done')).toHaveText('Graded Good: next review in 10 minutes.');
  await expect(page.getByRole('group', { name: 'How well did you recall it?' })).toBeHidden();
  const s = await stored(page);
  expect(s.log[FLASH]).toEqual([expect.objectContaining({ rating: 3, state: 0 })]);
  expect(s.cards[FLASH].due - s.cards[FLASH].at).toBe(10 * 60_000);
  // On to the next question of the topic, from the keyboard.
  await expect(page.locator('.reveal-next')).toBeFocused();
  await expect(page.locator('.reveal-next')).toHaveText(/^Next in Attention & Transformers: .+/);

  // Space reveals too; keys 1 (Again) and the buttons grade.
  await second.reload();
  await expect(reveal(second)).toHaveAttribute('data-state', 'question');
  await blur(second);
  await second.keyboard.press('Space');
  await expect(answer(second)).toBeVisible();
  await expect(reveal(second)).toHaveAttribute('data-state', 'answer');
  await second.keyboard.press('1');
  await expect(second.locator('.reveal-done')).toHaveText('Graded Again: next review in 1 minute.');
  expect((await stored(second)).log[MHA]).toEqual([expect.objectContaining({ rating: 1 })]);
  await second.close();
});

test('"Show answer" button, the other grades, and keys meant for something else', async ({ page }) => {
  await page.goto(q(FLASH));
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, modeOn]);
  await page.reload();
  await expect(reveal(page)).toHaveAttribute('data-state', 'question');
  // Space on a focused control is that control's: it does not reveal.
  await page.getByRole('button', { name: 'Mark as learned' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Mark as learned' })).toHaveAttribute('aria-pressed', 'true');
  await expect(answer(page)).toBeHidden();
  // A printed page keeps its answer.
  await page.emulateMedia({ media: 'print' });
  await expect(answer(page)).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(answer(page)).toBeHidden();
  // Digits before the reveal grade nothing; typing in search does not reveal.
  await blur(page);
  await page.keyboard.press('4');
  await page.keyboard.press('/');
  await page.keyboard.type(' attention');
  await page.keyboard.press('Escape');
  await expect(answer(page)).toBeHidden();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(answer(page)).toBeVisible();
  await page.getByRole('button', { name: /^Easy/ }).click();
  await expect(page.locator('.reveal-done')).toHaveText(/^Graded Easy: next review in \d+ days\.$/);
  expect((await stored(page)).log[FLASH]).toEqual([expect.objectContaining({ rating: 4 })]);
  // 2 (Hard) after grading changes nothing: one grade per reveal.
  await page.keyboard.press('2');
  expect((await stored(page)).log[FLASH]).toHaveLength(1);
});

test('a grade given while the scheduler is still loading counts', async ({ page }) => {
  // A slow connection: the scheduler arrives a second after it is asked for; the buttons show at once.
  await page.route('**/_astro/scheduler.*.js', async (route) => {
    await new Promise((r) => setTimeout(r, 1000));
    await route.continue();
  });
  await page.goto(q(FLASH));
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, modeOn]);
  await page.reload();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.getByRole('button', { name: /^Easy/ }).click();
  await expect(page.locator('.reveal-done')).toHaveText(/^Graded Easy: next review in \d+ days\.$/);
  expect((await stored(page)).log[FLASH]).toEqual([expect.objectContaining({ rating: 4 })]);
  // And by key, on a second question.
  await page.goto(q(MHA));
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.keyboard.press('3');
  await expect(page.locator('.reveal-done')).toHaveText(/^Graded Good: /);
  expect((await stored(page)).log[MHA]).toEqual([expect.objectContaining({ rating: 3 })]);
});

test('in the mode, the answer is never painted before it is revealed; the page stays readable if the scripts fail', async ({ page }) => {
  await page.goto(q(FLASH));
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, modeOn]);
  // At DOMContentLoaded (the stylesheet is in: module scripts wait for it), the answer is not displayed.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { atLoad: string }).atLoad = getComputedStyle(document.querySelector('article .answer')!).display;
    });
  });
  await page.reload();
  await expect(reveal(page)).toHaveAttribute('data-state', 'question');
  expect(await page.evaluate(() => (window as unknown as { atLoad: string }).atLoad)).toBe('none');
  // Hold every module script: what the reader sees meanwhile is theme.js and the stylesheet alone.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/_astro/*.js', async (route) => {
    await held;
    await route.abort();
  });
  await page.goto(q(FLASH), { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-test-yourself', 'hidden');
  expect(await answer(page).evaluate((a) => getComputedStyle(a).display)).toBe('none');
  await expect(answer(page)).toBeHidden();
  // "Show answer" is painted with the page (no jump when its script arrives).
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
  // The scripts never come: once the page has loaded, its answer is shown after all.
  release();
  await expect(answer(page)).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-test-yourself', /.*/);
});

test('without JavaScript every answer shows, even with the mode on in storage', async ({ browser, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: { cookies: [], origins: [{ origin, localStorage: [{ name: KEY, value: modeOn }] }] } });
  const page = await context.newPage();
  await page.goto(new URL(q(FLASH), baseURL).href);
  await expect(answer(page)).toBeVisible();
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Test yourself' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Your note' })).toBeHidden();
  await context.close();
});

test('the topic page turns the mode on for the questions it lists', async ({ page }) => {
  await page.goto('topics/attention-transformers/');
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  // The page lists concepts: FlashAttention's entry leads to its first question.
  const entry = page.locator(`[data-concept][data-members~="${FLASH}"] > a`);
  const href = (await entry.getAttribute('href'))!;
  expect(href).toMatch(/\/questions\/[^/]+\/[^/]+\/$/);
  await entry.click();
  await expect(page).toHaveURL((url) => url.pathname === href);
  await expect(answer(page)).toBeHidden();
  await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
});

test('a note on a question page: added, shown as text (never as HTML), edited, kept after a reload', async ({ page }) => {
  const note = 'Tiles in <b>SRAM</b>\nsecond line';
  await page.goto(q(MHA));
  const box = page.getByRole('region', { name: 'Your note' });
  await expect(box.getByRole('button', { name: 'Add note' })).toBeVisible();
  await box.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByLabel('Your note on this question')).toBeFocused();
  await page.getByLabel('Your note on this question').fill(note);
  await box.getByRole('button', { name: 'Save note' }).click();
  await expect(box.locator('.note-status')).toHaveText('Note saved.');
  await expect(box.locator('.note-text')).toHaveText(note);
  await expect(box.locator('b')).toHaveCount(0);
  expect((await stored(page)).notes[MHA].text).toBe(note);
  await page.reload();
  await expect(box.locator('.note-text')).toHaveText(note);
  // Cancel (and Escape) leave it as it was.
  await box.getByRole('button', { name: 'Edit note' }).click();
  await page.getByLabel('Your note on this question').fill('changed');
  await box.getByRole('button', { name: 'Cancel' }).click();
  await expect(box.locator('.note-text')).toHaveText(note);
  await expect(box.getByRole('button', { name: 'Edit note' })).toBeFocused();
  // The practice card shows the same note after its reveal.
  await page.getByRole('button', { name: 'Save for later' }).click();
  await page.goto('practice/?only=saved&start');
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.locator('.practice-note .note-text')).toHaveText(note);
});
