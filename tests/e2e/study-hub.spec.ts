// The study hub (/study/) and the header's Study link: the count of cards due today, the hub's
// tally and one-tap sessions (at 360 px on the first screen, topic and source choices folded),
// the review calendar and streak from a planted review log, and the saved list reached from a
// question page.
import { test, expect, type Page } from '@playwright/test';
import { DAY, FLASH, KEY, MHA, practiceState, q, reviewCard, stateWith, stored } from './study-helpers';

const plant = async (page: Page, value: string) => {
  await page.goto('study/');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, value]);
};
const studyLink = (page: Page) => page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: /^Study/ });

test('the header counts the cards due today on every page, and none when nothing is due', async ({ page }) => {
  const now = Date.now();
  await plant(page, stateWith({ [FLASH]: reviewCard(now - DAY), [MHA]: reviewCard(now - 2 * DAY), 'ml-llm-qa/what-is-dropout': reviewCard(now + 3 * DAY) }));
  for (const path of ['./', 'topics/', 'search/', q(FLASH)]) {
    await page.goto(path);
    await expect(studyLink(page), path).toHaveAccessibleName('Study 2 due today');
    await expect(studyLink(page).locator('.due-count')).toHaveText('2 due today');
  }
  // Reviewed here (test yourself, Good), the card is due in days: the count goes down at once.
  await page.getByRole('button', { name: 'Test yourself' }).click();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(studyLink(page)).toHaveAccessibleName('Study 1 due today');
  await plant(page, stateWith({ [FLASH]: reviewCard(now + DAY + 60_000) }));
  await page.goto('./');
  await expect(studyLink(page)).toHaveAccessibleName('Study');
  await expect(page.locator('.due-count')).toHaveCount(0);
  await studyLink(page).click();
  await expect(page).toHaveURL(/\/study\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Study');
});

test('the header counts due cards as practice deals them: one per concept, only questions still on the site', async ({ page }) => {
  const now = Date.now();
  // Two sources ask "What is tokenization?": one concept, one card. A card of a question no longer on the site is not dealt.
  const TOKENIZATION = ['nlp-interview-master/what-is-tokenization', 'ml-dl-llm-2025/what-is-tokenization-and-why-is-it-important'];
  await plant(page, stateWith({ [TOKENIZATION[0]!]: reviewCard(now - DAY), [TOKENIZATION[1]!]: reviewCard(now - 2 * DAY), [MHA]: reviewCard(now - DAY), 'gone/no-such-question': reviewCard(now - DAY) }));
  await page.goto('topics/');
  await expect(studyLink(page)).toHaveAccessibleName('Study 2 due today');
  await studyLink(page).click();
  await expect(page.getByRole('link', { name: 'Review 2 due' })).toBeVisible();
  await expect(studyLink(page)).toHaveAccessibleName('Study 2 due today');
});

test('at 360 px the hub starts a review in one tap from its first screen; topic and source choices are folded', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const now = Date.now();
  await plant(page, stateWith({ [FLASH]: reviewCard(now - DAY), [MHA]: reviewCard(now - 2 * DAY) }, { saved: { [FLASH]: { at: 1 } } }));
  await page.goto('study/');
  const review = page.getByRole('link', { name: 'Review 2 due' });
  await expect(review).toBeVisible();
  const box = (await review.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(740);
  await expect(page.locator('[data-tally=due]')).toHaveText('2');
  await expect(page.locator('[data-tally=saved]')).toHaveText('1');
  await expect(page.getByRole('link', { name: /^Learn \d+ new in / })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Saved (1)' })).toBeVisible();
  for (const name of ['By topic', 'By source']) await expect(page.locator('details', { hasText: name })).not.toHaveAttribute('open');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  // One tap: the practice session runs, the longest overdue card first, nothing else in it.
  await review.click();
  await practiceState(page, 'question');
  await expect(page.locator('.practice-progress-text')).toContainText('0 of 2 known');
  await expect(page.locator('.practice-link')).toHaveAttribute('href', new RegExp(`/${q(MHA)}$`));
});

test('"Learn N new" learns new cards in the topic studied last; "Saved (N)" practises the saved ones', async ({ page }) => {
  await plant(page, stateWith({}, { saved: { [FLASH]: { at: 1 }, [MHA]: { at: 2 } }, last: { id: FLASH, title: 'What is Flash Attention?', at: Date.now() } }));
  await page.goto('study/');
  const learn = page.getByRole('link', { name: 'Learn 10 new in Attention & Transformers' });
  await expect(learn).toHaveAttribute('href', /only=new&topic=attention-transformers&limit=10&start$/);
  await learn.click();
  await practiceState(page, 'question');
  await expect(page.locator('.practice-progress-text')).toContainText('0 of 10 known');
  await expect(page.locator('.practice-meta')).toContainText('Attention & Transformers');
  await expect(page.locator('.practice-meta')).toContainText('New card');
  await page.goto('study/');
  await page.getByRole('link', { name: 'Saved (2)' }).click();
  await practiceState(page, 'question');
  await expect(page.locator('.practice-progress-text')).toContainText('0 of 2 known');
  // Per topic (folded): its counts and its own sessions.
  await page.goto('study/');
  await page.locator('summary', { hasText: 'By topic' }).click();
  const row = page.locator('[data-groups=topics] li', { has: page.getByRole('link', { name: 'Attention & Transformers', exact: true }) });
  await expect(row).toContainText(/\d+ new · 0 \/ \d+ learned/);
  await expect(row.getByRole('link', { name: 'Learn 10 new in Attention & Transformers' })).toBeVisible();
});

test('the review calendar and the streak come from the review log, in words too', async ({ page }) => {
  const noon = new Date();
  noon.setHours(12, 0, 0, 0);
  const day = (n: number) => noon.getTime() - n * DAY;
  const r = (at: number) => ({ at, rating: 3, state: 2 });
  const log = { [FLASH]: [r(day(10)), r(day(2)), r(day(1)), r(day(0))], [MHA]: [r(day(0) + 60_000), r(day(1) + 60_000)] };
  await plant(page, stateWith({ [FLASH]: reviewCard(day(-3)), [MHA]: reviewCard(day(-3)) }, { log }));
  await page.goto('study/');
  await expect(page.locator('.hub-streak')).toHaveText('Streak: 3 days');
  await expect(page.locator('.calendar-text')).toHaveText(
    /^6 reviews on 4 days in the last 26 weeks \(since Monday \d+ \w+ \d{4}\)\. Busiest day: \w+ \d+ \w+ \d{4}, 2 reviews\. Current streak: 3 days, including today\. Longest streak: 3 days\.$/,
  );
  const grid = page.getByRole('img', { name: /Reviews per day/ });
  await expect(grid.locator('.cell:not(.level-0):not(.cell-future)')).toHaveCount(4);
  await expect(grid.locator('.cell').filter({ visible: true })).toHaveCount(26 * 7 - (6 - ((noon.getDay() + 6) % 7)));
  await expect(grid.locator('.cell[title]').last()).toHaveAttribute('title', /^2 reviews on \w+ \d+ \w+ \d{4}$/);
  // Nothing due now: the hub says when the next review is.
  await expect(page.locator('.hub-next')).toHaveText(/^Nothing is due now\. The next review is due in (2|3) days\.$/);
  await expect(page.getByRole('link', { name: /^Review/ })).toHaveCount(0);
});

test('after "Save for later" a question page links to the saved list; the hub links to it and to practice', async ({ page }) => {
  await page.goto(q(FLASH));
  const link = page.getByRole('link', { name: /^Saved questions/ });
  await expect(link).toBeHidden();
  await page.getByRole('button', { name: 'Save for later' }).click();
  await expect(link).toHaveText('Saved questions (1)');
  await link.click();
  await expect(page).toHaveURL(/\/saved\/$/);
  await expect(page.locator('.saved-groups')).toContainText('What is Flash Attention?');
  await studyLink(page).click();
  await expect(page.getByRole('link', { name: 'Saved questions' })).toHaveAttribute('href', /\/saved\/$/);
  await expect(page.getByRole('link', { name: 'Practice', exact: true })).toHaveAttribute('href', /\/practice\/$/);
  // The retention setting and test-yourself are set here too.
  await page.getByRole('combobox', { name: 'Desired retention' }).selectOption('0.85');
  await page.getByRole('button', { name: 'Test yourself' }).click();
  await expect.poll(async () => (await stored(page)).settings).toMatchObject({ retention: 0.85, testYourself: true });
});
