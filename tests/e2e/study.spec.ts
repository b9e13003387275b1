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
const setStored = (page: Page, value: string) => page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, value]);
const ATTENTION = 'attention-transformers';
const topicRow = (page: Page, topic: string) => page.locator(`[data-row][data-topic="${topic}"] [data-count]`);

/** The study index as the site serves it: [id, title, topic, difficulty code][]. */
async function studyIndex(page: Page): Promise<[string, string, string, string][]> {
  return (await (await page.request.get('study-index.json')).json()).q;
}

/**
 * Waits until the practice page shows what its keys act on: <practice-session data-state> is set
 * once the setup form, a question, its answer or the summary is on screen and ready for keys.
 */
const practiceState = (page: Page, state: 'setup' | 'question' | 'answer' | 'done') =>
  expect(page.locator('practice-session')).toHaveAttribute('data-state', state);

/** Walks a started practice session to its end with S then K, and returns its cards' ids. */
async function sessionIds(page: Page): Promise<string[]> {
  const card = page.locator('.practice-card');
  await expect(card.locator('.practice-progress-text')).toHaveText(/^0 of \d+ known/);
  const text = (await card.locator('.practice-progress-text').textContent()) ?? '';
  const total = Number(/^0 of (\d+) known/.exec(text)?.[1]);
  expect(total, text).toBeGreaterThan(0);
  const ids: string[] = [];
  for (let i = 0; i < total; i++) {
    await practiceState(page, 'question');
    const href = (await card.locator('.practice-link').getAttribute('href'))!;
    ids.push(decodeURIComponent(/\/questions\/(.+)\/$/.exec(href)![1]!));
    await page.keyboard.press('s');
    await expect(card.getByRole('button', { name: /Knew it/ })).toBeVisible();
    await page.keyboard.press('k');
    if (i < total - 1) await expect(card.locator('.practice-progress-text')).toContainText(`${i + 1} of ${total} known`);
  }
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  return ids;
}

async function mark(page: Page, id: string, name: 'Mark as learned' | 'Save for later') {
  await page.goto(q(id));
  const b = page.getByRole('button', { name });
  await expect(b).toHaveAttribute('aria-pressed', 'false');
  await b.click();
  await expect(b).toHaveAttribute('aria-pressed', 'true');
}

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

  // The source page counts it too.
  await page.goto('sources/ml-dl-llm-2025/');
  await expect.poll(() => learnedCount(page)).toMatchObject({ n: 1 });
  await expect(page.locator(`[data-question="${FLASH}"] .study-mark-learned`)).toBeVisible();

  // The home page counts it overall and in its topic's row, and offers to continue there.
  await page.goto('./');
  await expect.poll(() => learnedCount(page)).toMatchObject({ n: 1 });
  await expect(topicRow(page, ATTENTION)).toHaveText(new RegExp(`^1 / ${before.m} learned$`));
  await expect(topicRow(page, 'nlp')).toHaveText(/^0 \/ \d+ learned$/);
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
  const savedAt = (await stored(page)).saved[MHA].at;
  await group.getByRole('listitem').filter({ hasText: title! }).getByRole('button', { name: /^Remove/ }).click();
  await expect(page.getByRole('link', { name: title! })).toHaveCount(0);
  await expect(page.locator('.saved-status')).toContainText('Nothing saved yet');
  // Undo puts it back as it was.
  const undo = page.locator('.saved-undo');
  await expect(undo).toContainText(`Removed “${title}”.`);
  await undo.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: title! })).toBeVisible();
  await expect(page.getByRole('link', { name: title! })).toBeFocused();
  await expect(undo).toBeHidden();
  expect((await stored(page)).saved[MHA]).toEqual({ at: savedAt });
  // Removed again, the offer goes away by itself after a while.
  await page.clock.install();
  await page.getByRole('button', { name: /^Remove/ }).click();
  await expect(undo).toBeVisible();
  await page.clock.runFor(16_000);
  await expect(undo).toBeHidden();
  await expect(page.getByRole('link', { name: title! })).toHaveCount(0);
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
  // The details line uses the site's labels: a card never practised is a "New card".
  await expect(card.locator('.practice-meta')).toHaveText(/^[^·]+ · [^·]+ · (Beginner|Intermediate|Advanced · )?New card$/);

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
  await expect(page.locator('.practice-summary')).toContainText('You knew 1 of 2 on the first try; 1 card needed another go.');

  // The card missed first stays in box 1 (it comes first next time); the other moved up.
  const s = await stored(page);
  const firstId = first === 'What is Flash Attention?' ? FLASH : MHA;
  expect(s.boxes[firstId].box).toBe(1);
  expect(s.boxes[firstId === FLASH ? MHA : FLASH].box).toBe(2);
});

test('a card missed in a large topic comes first in the next session', async ({ page }) => {
  await page.goto('practice/');
  await expect(page.getByText(/missed first, then/)).toBeVisible();
  await page.locator(`input[name=topic][value="${ATTENTION}"]`).check();
  await page.locator('.practice-setup select[name=limit]').selectOption('5');
  await page.getByRole('button', { name: 'Start practice' }).click();
  const card = page.locator('.practice-card');
  await expect(card.locator('.practice-progress-text')).toContainText('0 of 5 known');
  await practiceState(page, 'question');
  const first = await card.locator('.practice-link').getAttribute('href');
  await page.keyboard.press('s');
  await page.keyboard.press('n');
  await expect(card.locator('.practice-progress-text')).toContainText('1 “not yet”');
  await expect(card.locator('.practice-link')).not.toHaveAttribute('href', first!);
  // Esc asks first; Esc again keeps going, with the shortcuts working as before.
  const confirm = card.getByRole('group', { name: /End this session\?/ });
  await page.keyboard.press('Escape');
  await expect(confirm).toBeVisible();
  await expect(confirm.getByText(/End this session\?/)).toBeFocused();
  await page.keyboard.press('k');
  await expect(card.locator('.practice-progress-text')).toContainText('0 of 5 known');
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
  await expect(page.locator('.practice-summary')).toContainText('Session ended after 1 of 5 cards: you knew 0 on the first try; 1 card needed another go.');
  await expect(page.locator('.practice-summary')).toContainText('come first next time');
  await page.getByRole('button', { name: /Practise again/ }).click();
  await expect(card.locator('.practice-progress-text')).toContainText('0 of 5 known');
  await expect(card.locator('.practice-link')).toHaveAttribute('href', first!);
});

test('practice keys do not act through the search dialog', async ({ page }) => {
  await mark(page, FLASH, 'Save for later');
  await mark(page, MHA, 'Save for later');
  await page.goto('practice/?only=saved');
  await page.getByRole('button', { name: 'Start practice' }).click();
  const card = page.locator('.practice-card');
  await practiceState(page, 'question');
  const title = await card.locator('.practice-link').textContent();
  await page.keyboard.press('s');
  await practiceState(page, 'answer');
  await expect(card.getByRole('button', { name: /Knew it/ })).toBeVisible();

  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search questions' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('kernel');
  const results = dialog.locator('li > a');
  await expect(results.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  // K on a result goes on typing the query; it does not grade the hidden card.
  await page.keyboard.press('k');
  await expect(dialog.locator('input[name="q"]')).toHaveValue('kernelk');
  await expect(card.locator('.practice-progress-text')).toContainText('0 of 2 known');
  // Escape on a result closes the search only.
  await expect(results.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(card).toBeVisible();
  await expect(card.locator('.practice-link')).toHaveText(title!);
  await expect(card.getByRole('button', { name: /Knew it/ })).toBeVisible();
  expect((await stored(page)).boxes).toEqual({});
  // With the dialog closed the keys work again.
  await page.keyboard.press('k');
  await expect(card.locator('.practice-progress-text')).toContainText('1 of 2 known');
});

test('after the reveal, Space and Enter do not grade: focus is on the answer, the grading buttons follow it', async ({ page }) => {
  await mark(page, FLASH, 'Save for later');
  await mark(page, MHA, 'Save for later');
  await page.goto('practice/?only=saved');
  await page.getByRole('button', { name: 'Start practice' }).click();
  const card = page.locator('.practice-card');
  const answer = card.getByRole('region', { name: 'Answer' });
  await practiceState(page, 'question');
  const title = await card.locator('.practice-link').textContent();
  // A double tap of Space: the first reveals, the second does not grade.
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  await practiceState(page, 'answer');
  await expect(answer).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(answer).toBeVisible();
  await expect(card.locator('.practice-link')).toHaveText(title!);
  await expect(card.locator('.practice-progress-text')).toContainText('0 of 2 known · 2 left');
  expect((await stored(page)).boxes).toEqual({});
  // Tab reaches "Knew it" (links inside the answer first, if it has any).
  const knew = card.getByRole('button', { name: /Knew it/ });
  for (let i = 0; i < 20 && !(await knew.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(knew).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card.locator('.practice-progress-text')).toContainText('1 of 2 known');
});

test('practice choices restrict the cards: topic, source and difficulty, not learned, saved only', async ({ page }) => {
  const index = await studyIndex(page);
  const expectIds = (ids: string[], want: string[]) => expect(new Set(ids)).toEqual(new Set(want));
  const start = async (setup: () => Promise<void>) => {
    await page.goto('practice/');
    await setup();
    await page.getByRole('button', { name: 'Start practice' }).click();
    return sessionIds(page);
  };
  // A small topic, every card of it.
  const agents = index.filter((r) => r[2] === 'agents-tools').map((r) => r[0]);
  expect(agents.length).toBeGreaterThan(1);
  expectIds(await start(() => page.locator('input[name=topic][value="agents-tools"]').check()), agents);

  // A topic, a source and a difficulty together.
  const easy = index.filter((r) => r[2] === 'nlp' && r[0].startsWith('nlp-interview-master/') && r[3] === 'b').map((r) => r[0]);
  expect(easy.length).toBeGreaterThan(1);
  expect(easy.length).toBeLessThanOrEqual(20);
  expectIds(
    await start(async () => {
      await page.locator('input[name=topic][value="nlp"]').check();
      await page.locator('input[name=source][value="nlp-interview-master"]').check();
      await page.locator('.practice-setup select[name=difficulty]').selectOption('beginner');
    }),
    easy,
  );

  // Not learned yet: the learned card of the topic is left out.
  await mark(page, agents[0]!, 'Mark as learned');
  expectIds(
    await start(async () => {
      await page.locator('input[name=topic][value="agents-tools"]').check();
      await page.getByRole('radio', { name: 'Not learned yet' }).check();
    }),
    agents.slice(1),
  );

  // Saved only, chosen on the form.
  await mark(page, FLASH, 'Save for later');
  await mark(page, agents[1]!, 'Save for later');
  expectIds(await start(() => page.getByRole('radio', { name: 'Saved only' }).check()), [FLASH, agents[1]!]);
});

test('practice: C changes the choice, a reload resumes the session, the last card says it is again', async ({ page }) => {
  await mark(page, FLASH, 'Save for later');
  await mark(page, MHA, 'Save for later');
  await page.goto('practice/?only=saved');
  const keys = page.locator('.practice-keys');
  for (const k of ['S or Space', 'K', 'N', 'O', 'Esc', 'R', 'C']) await expect(keys.locator('dt', { hasText: new RegExp(`^${k}$`) })).toHaveCount(1);
  await page.getByRole('button', { name: 'Start practice' }).click();
  const card = page.locator('.practice-card');
  const progressText = card.locator('.practice-progress-text');
  await practiceState(page, 'question');
  await page.keyboard.press('s');
  await page.keyboard.press('k');
  await expect(progressText).toContainText('1 of 2 known');
  const last = await card.locator('.practice-link').textContent();

  // A reload resumes the running session on the same card.
  await page.reload();
  await practiceState(page, 'question');
  await expect(card).toBeVisible();
  await expect(progressText).toContainText('1 of 2 known · 1 left');
  await expect(card.locator('.practice-link')).toHaveText(last!);
  await expect(page.locator('.practice-setup')).toBeHidden();

  // "Not yet" on the last card shows it again, and says so.
  const again = card.locator('.practice-again');
  await expect(again).toBeHidden();
  await page.keyboard.press('s');
  await page.keyboard.press('n');
  await expect(again).toBeVisible();
  await expect(again).toContainText('Last card, again');
  await expect(card.locator('.practice-link')).toHaveText(last!);
  await page.keyboard.press('s');
  await page.keyboard.press('k');
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();

  // C goes back to the choice; a new choice starts a new session.
  await page.keyboard.press('c');
  await practiceState(page, 'setup');
  await expect(page.locator('.practice-setup')).toBeVisible();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(progressText).toContainText('0 of 2 known');
  await page.reload();
  await practiceState(page, 'question');
  await expect(progressText).toContainText('0 of 2 known');
});

test('pages without study features load no study code', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('search/?q=attention');
  await expect(page.locator('[data-search-page] li > a').first()).toBeVisible();
  // The header's Random button is on every page; it loads the study index only when pressed.
  const study = requests.filter((u) => /study|store|progress|practice|saved|schema|count\.|marks/i.test(u));
  expect(study).toEqual([]);
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
  // The same file again: nothing to choose.
  await other.getByLabel('Import progress from a file').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: file });
  await expect(other.locator('.study-data-status')).toHaveText('progress.json holds the same progress as this browser; nothing to import.');
  await expect(other.locator('.study-import-choice')).toBeHidden();
  expect(await stored(other)).toEqual(original);
  await other.goto(q(FLASH));
  await expect(other.getByRole('button', { name: 'Mark as learned' })).toHaveAttribute('aria-pressed', 'true');
  await fresh.close();
});

test('learned and saved marks show in "Also asked as" and on /saved/', async ({ page }) => {
  const ADAM = 'ml-dl-llm-2025/explain-adam-optimizer';
  await page.goto(q(ADAM));
  const related = page.locator('.related li');
  expect(await related.count()).toBeGreaterThan(1);
  const other = await related.nth(0).getAttribute('data-question');
  const third = await related.nth(1).getAttribute('data-question');
  await mark(page, other!, 'Mark as learned');
  await mark(page, third!, 'Save for later');
  await page.goto(q(ADAM));
  await expect(page.locator(`.related [data-question="${other}"] .study-mark-learned`)).toContainText('(learned)');
  await expect(page.locator(`.related [data-question="${other}"] .study-mark-saved`)).toHaveCount(0);
  await expect(page.locator(`.related [data-question="${third}"] .study-mark-saved`)).toBeVisible();
  await expect(page.locator(`.related [data-question="${third}"] .study-mark-learned`)).toHaveCount(0);

  await mark(page, FLASH, 'Save for later');
  await page.getByRole('button', { name: 'Mark as learned' }).click();
  await mark(page, MHA, 'Save for later');
  await page.goto('saved/');
  await expect(page.locator(`.saved-groups [data-question="${FLASH}"] .study-mark-learned`)).toContainText('(learned)');
  await expect(page.locator(`.saved-groups [data-question="${MHA}"]`)).toBeVisible();
  await expect(page.locator(`.saved-groups [data-question="${MHA}"] .study-mark-learned`)).toHaveCount(0);
});

test('importing over existing progress asks: cancel, merge or replace', async ({ page }) => {
  await mark(page, FLASH, 'Mark as learned');
  await page.getByRole('button', { name: 'Save for later' }).click();
  await expect(page.getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'true');
  const file = {
    kind: 'ml-interview-atlas/study-progress',
    version: 1,
    learned: { [MHA]: { topic: ATTENTION, at: 5 } },
    saved: {},
    boxes: { [MHA]: { box: 3, at: 5 } },
  };
  const choose = () =>
    page.getByLabel('Import progress from a file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.goto('saved/');
  const before = await stored(page);
  const choice = page.locator('.study-import-choice');

  await choose();
  await expect(choice).toBeVisible();
  await expect(choice).toContainText('other.json holds 1 learned, 0 saved, 1 practised. Merge adds 1 learned and 1 practised.');
  await expect(choice).toContainText('Replace adds 1 learned and 1 practised; removes 1 learned and 1 saved.');
  await expect(choice.locator('.study-import-text')).toBeFocused();
  await choice.getByRole('button', { name: 'Cancel' }).click();
  await expect(choice).toBeHidden();
  expect(await stored(page)).toEqual(before);

  await choose();
  await choice.getByRole('button', { name: 'Merge' }).click();
  await expect(page.locator('.study-data-status')).toContainText('Merged other.json: 2 learned, 1 saved, 1 practised');
  let s = await stored(page);
  expect(Object.keys(s.learned).sort()).toEqual([FLASH, MHA].sort());
  expect(Object.keys(s.saved)).toEqual([FLASH]);
  expect(s.boxes[MHA]).toEqual({ box: 3, at: 5 });

  await choose();
  await choice.getByRole('button', { name: 'Replace' }).click();
  await expect(page.locator('.study-data-status')).toContainText('Replaced with other.json: 1 learned, 0 saved, 1 practised');
  s = await stored(page);
  expect(s.learned).toEqual(file.learned);
  expect(s.saved).toEqual({});
  await expect(page.locator('.saved-status')).toContainText('Nothing saved yet');
});

test('a corrupted stored value is reset with a visible notice and kept as a copy, and the page keeps working', async ({ page }) => {
  await page.goto(q(FLASH));
  const bad = '{"version":1,"learned":';
  await setStored(page, bad);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await expect(page.getByRole('alert')).toContainText('copy');
  expect(await page.evaluate(() => localStorage.getItem('atlas:study:backup'))).toBe(bad);
  const downloading = page.waitForEvent('download');
  await page.getByRole('alert').getByRole('button', { name: /Download/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^atlas-study-backup-.*\.json$/);
  expect((await readFile((await download.path())!)).toString()).toBe(bad);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const learn = page.getByRole('button', { name: 'Mark as learned' });
  await learn.click();
  await expect(learn).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.locator('.study-notice')).toHaveCount(0);
  expect((await stored(page)).version).toBe(1);
});

test('progress from a newer version of the site is shown read-only and never overwritten', async ({ page }) => {
  const newer = JSON.stringify({ version: 2, learned: { [FLASH]: { topic: ATTENTION, at: 1 } }, saved: {}, boxes: {}, somethingNew: true });
  await page.goto('topics/');
  await setStored(page, newer);
  await page.goto(q(FLASH));
  await expect(page.getByRole('alert')).toContainText('newer version');
  const learn = page.getByRole('button', { name: 'Mark as learned' });
  await expect(learn).toHaveAttribute('aria-pressed', 'true');
  await learn.click();
  await expect(learn).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer);
  expect(await page.evaluate(() => localStorage.getItem('atlas:study:backup'))).toBeNull();
});

test('an older stored format is migrated with a notice, and counted in its topics', async ({ page }) => {
  const v0 = JSON.stringify({ learned: [FLASH, MHA], saved: [] });
  await page.goto('topics/');
  await setStored(page, v0);
  // The home page: overall and in the topic's row.
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('older format');
  await expect.poll(() => learnedCount(page)).toMatchObject({ n: 2 });
  await expect(topicRow(page, ATTENTION)).toHaveText(/^2 \/ \d+ learned$/);

  await setStored(page, v0);
  await page.goto(`topics/${ATTENTION}/`);
  await expect(page.getByRole('alert')).toContainText('older format');
  await expect(page.locator(`[data-question="${FLASH}"] .study-mark-learned`)).toBeVisible();
  await expect.poll(() => learnedCount(page)).toMatchObject({ n: 2 });
  const s = await stored(page);
  expect(s.learned[FLASH].topic).toBe(ATTENTION);

  await setStored(page, v0);
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

test('random prefers questions not learned yet, in the header and within a topic, and falls back to any', async ({ page }) => {
  const index = await studyIndex(page);
  const learnedAllBut = (keep: string[]) =>
    JSON.stringify({
      version: 1,
      learned: Object.fromEntries(index.filter((r) => !keep.includes(r[0])).map((r) => [r[0], { topic: r[2], at: 1 }])),
      saved: {},
      boxes: {},
    });
  const agents = index.filter((r) => r[2] === 'agents-tools').map((r) => r[0]);
  expect(agents.length).toBeGreaterThan(3);
  const [here, fresh] = [agents[0]!, agents.at(-1)!];
  await page.goto(q(here));
  // Every question learned but one: both buttons go to it, every time.
  await setStored(page, learnedAllBut([fresh]));
  for (let i = 0; i < 3; i++) {
    await page.goto(q(here));
    await page.getByRole('button', { name: /^Random question in / }).click();
    await expect(page).toHaveURL(new RegExp(`/${q(fresh)}$`));
    await page.goto(q(here));
    await page.getByRole('navigation', { name: 'Site' }).getByRole('button', { name: 'Random' }).click();
    await expect(page).toHaveURL(new RegExp(`/${q(fresh)}$`));
  }
  // Everything learned: any question still.
  await setStored(page, learnedAllBut([]));
  await page.goto(q(here));
  await page.getByRole('button', { name: /^Random question in / }).click();
  await expect(page).toHaveURL(/\/questions\/[^/]+\/[^/]+\/$/);
  await expect(page).not.toHaveURL(new RegExp(`/${q(here)}$`));
  await expect(page.locator('.breadcrumbs a').last()).toHaveAttribute('href', /\/topics\/agents-tools\/$/);
});

test('"Hide learned" on topic and source pages hides learned questions, updates the count and stays in the URL', async ({ page }) => {
  await mark(page, FLASH, 'Mark as learned');
  await page.goto(`topics/${ATTENTION}/`);
  const items = page.locator('[data-question]');
  const all = await items.count();
  const hide = page.locator('question-filter').getByRole('checkbox', { name: 'Hide learned' });
  const count = page.locator('.filter-count');
  await expect(hide).not.toBeChecked();
  await expect(page.locator(`[data-question="${FLASH}"]`)).toBeVisible();
  await hide.check();
  await expect(page.locator(`[data-question="${FLASH}"]`)).toBeHidden();
  await expect(page.locator('[data-question]:visible')).toHaveCount(all - 1);
  await expect(count).toHaveText(`Showing ${all - 1} of ${all} questions (1 learned hidden)`);
  await expect(page).toHaveURL(/\?hide=learned$/);
  await page.reload();
  await expect(hide).toBeChecked();
  await expect(page.locator(`[data-question="${FLASH}"]`)).toBeHidden();
  await expect(count).toHaveText(`Showing ${all - 1} of ${all} questions (1 learned hidden)`);
  await hide.uncheck();
  await expect(page.locator('[data-question]:visible')).toHaveCount(all);
  await expect(page).not.toHaveURL(/hide=/);

  // The source page has it too; a question unmarked in another tab comes back.
  await page.goto('sources/ml-dl-llm-2025/?hide=learned');
  await expect(page.locator(`[data-question="${FLASH}"]`)).toBeHidden();
  await expect(page.locator('.filter-count')).toContainText('(1 learned hidden)');
  const other = await page.context().newPage();
  await other.goto(q(FLASH));
  await other.getByRole('button', { name: 'Mark as learned' }).click();
  await expect(other.getByRole('button', { name: 'Mark as learned' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator(`[data-question="${FLASH}"]`)).toBeVisible();
  await expect(page.locator('.filter-count')).not.toContainText('hidden');
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
  await practiceState(page, 'setup');
  // A choice's text that wraps stays right of its box (a hanging indent), on every line.
  const wrapped = await page.locator('.choice-grid label').evaluateAll((labels) =>
    labels.flatMap((l) => {
      const box = l.querySelector('input')!.getBoundingClientRect();
      const text = document.createRange();
      text.selectNodeContents(l.querySelector('span')!);
      const lines = [...text.getClientRects()];
      return lines.length > 1 ? [{ boxRight: box.right, lefts: lines.map((r) => r.left) }] : [];
    }),
  );
  expect(wrapped.length, 'some choice wraps at 360 px').toBeGreaterThan(0);
  for (const w of wrapped) for (const left of w.lefts) expect(left).toBeGreaterThan(w.boxRight);
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.locator('.practice-card')).toBeVisible();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.locator('.practice-answer')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  // "Knew it" and "Not yet" look different (filled and outlined), not only by colour: each has its own symbol.
  const look = (name: RegExp) =>
    page.getByRole('button', { name }).evaluate((b) => ({ bg: getComputedStyle(b).backgroundColor, text: (b as HTMLElement).innerText }));
  const knew = await look(/Knew it/);
  const notYet = await look(/Not yet/);
  expect(knew.bg).not.toBe(notYet.bg);
  expect(knew.text).toMatch(/^✓\s*Knew it\s*K$/);
  expect(notYet.text).toMatch(/^↻\s*Not yet\s*N$/);
  // Dark theme variables reach the study controls.
  const bg = await page.locator('.practice-card').evaluate((e) => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(18, 21, 28)');
  for (const path of ['./', 'saved/', 'topics/attention-transformers/']) {
    await page.goto(path);
    await expect(page.locator('study-progress, saved-list').first()).toBeVisible();
    expect(await overflow(), path).toBeLessThanOrEqual(0);
  }
  // On /saved/, "Remove" stays on the first line of its question, beside the title.
  await page.goto('saved/');
  const item = page.locator(`.saved-groups [data-question="${FLASH}"]`);
  const [link, remove] = [await item.getByRole('link').boundingBox(), await item.getByRole('button', { name: /^Remove/ }).boundingBox()];
  expect(remove!.x).toBeGreaterThan(link!.x + 100);
  expect(remove!.y).toBeLessThan(link!.y + 16);
  await page.goto(q(FLASH));
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'Mark as learned' }).focus();
  const outline = await page.getByRole('button', { name: 'Mark as learned' }).evaluate((b) => getComputedStyle(b).outlineStyle);
  expect(outline).toBe('solid');
});
