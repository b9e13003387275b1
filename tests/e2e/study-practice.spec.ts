// /practice/ against the built site: grading Again / Hard / Good / Easy with keys 1–4 and the
// buttons (FSRS schedules each card), due cards first and counted, the end screen's missed cards,
// what a session deals, keys that must not act, and resuming after a reload. The page's looks
// (the answer, focus, touch screens, 360 px, axe) and its retention setting: study-practice-ui.spec.ts.
import { test, expect } from '@playwright/test';
import {
  ATTENTION, DAY, FLASH, MHA, cardId, conceptsOf, gradeWithKey, mark, practiceState, progressText, q, reviewCard, sessionIds, setStored, startSaved, stateWith, stored, studyIndex, tick,
} from './study-helpers';

test('a practice round: Again brings the card back in the session, Good finishes it, and FSRS schedules both', async ({ page }) => {
  await mark(page, FLASH, 'Save for later');
  await mark(page, MHA, 'Save for later');
  await page.goto('practice/?only=saved');
  await expect(page.getByRole('radio', { name: 'Saved only' })).toBeChecked();
  await expect(page.locator('.practice-due')).toHaveText('This choice: 2 cards: 2 new.');
  await expect(page.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.getByRole('button', { name: 'Start practice' }).click();

  const card = page.locator('.practice-card');
  const answer = card.locator('.practice-answer');
  await expect(progressText(page)).toContainText('0 of 2 known');
  await expect(answer).toBeHidden();
  await expect(card.getByRole('group', { name: 'How well did you recall it?' })).toBeHidden();
  const first = await cardId(page);
  // The details line uses the site's labels: a card never practised is a "New card".
  await expect(card.locator('.practice-meta')).toHaveText(/^[^·]+ · [^·]+ · (Beginner|Intermediate|Advanced · )?New card$/);

  // Reveal with the button; each grade says when the card would be due; "Again" with its button.
  await card.getByRole('button', { name: /Show answer/ }).click();
  await expect(answer).not.toBeEmpty();
  const grades = card.getByRole('group', { name: 'How well did you recall it?' });
  await expect(grades.getByRole('button')).toHaveText([/Again\s*1\s*due in 1 minute/, /Hard\s*2\s*due in 6 minutes/, /Good\s*3\s*due in 10 minutes/, /Easy\s*4\s*due in \d+ days/]);
  await grades.getByRole('button', { name: /^Again/ }).click();
  await expect(progressText(page)).toContainText('1 “again” so far');
  const second = await cardId(page);
  expect(second).not.toBe(first);

  // The second card with the keyboard: S reveals, 3 is Good.
  await gradeWithKey(page, '3');
  await expect(progressText(page)).toContainText('1 of 2 known');
  // The missed card is back, and says so; this time Good with the button.
  await expect(card.locator('.practice-link')).toHaveAttribute('href', new RegExp(`/${q(first)}$`));
  await expect(card.locator('.practice-again')).toContainText('Last card, again: missed 1 time so far');
  await card.getByRole('button', { name: /Show answer/ }).click();
  await card.getByRole('button', { name: /^Good/ }).click();
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  await expect(page.locator('.practice-summary')).toContainText('You knew 1 of 2 on the first try; 1 card needed another go.');

  // Each card has a due date and its reviews; the missed one lapsed into learning again.
  const s = await stored(page);
  expect(s.version).toBe(2);
  expect(s.log[first].map((r: { rating: number }) => r.rating)).toEqual([1, 3]);
  expect(s.log[second].map((r: { rating: number }) => r.rating)).toEqual([3]);
  for (const id of [first, second]) expect(s.cards[id].due).toBeGreaterThan(s.cards[id].at);
  expect(s.cards[second].state).toBe(1);
});

test('grades 1–4 by key and by button: a better grade waits longer, and every review is logged', async ({ page }) => {
  const index = await studyIndex(page);
  const agents = index.filter((r) => r[2] === 'agents-tools').map((r) => r[0]);
  expect(agents.length).toBeGreaterThanOrEqual(4);
  await page.goto('practice/');
  await tick(page, 'topic', 'agents-tools');
  await page.locator('.practice-setup select[name=limit]').selectOption('5');
  await page.getByRole('button', { name: 'Start practice' }).click();
  const graded: Record<string, number> = {};
  for (const [how, grade] of [['key', 2], ['button', 3], ['key', 4], ['button', 2]] as const) {
    await practiceState(page, 'question');
    const id = await cardId(page);
    if (how === 'key') await gradeWithKey(page, String(grade) as '2' | '4');
    else {
      await page.getByRole('button', { name: /Show answer/ }).click();
      await page.getByRole('button', { name: new RegExp(`^${['', '', 'Hard', 'Good'][grade]}`) }).click();
    }
    await expect(progressText(page)).toContainText(`${Object.keys(graded).length + 1} of`);
    graded[id] = grade;
  }
  const s = await stored(page);
  const [hard, good, easy] = Object.keys(graded);
  for (const [id, g] of Object.entries(graded)) expect(s.log[id]).toEqual([expect.objectContaining({ rating: g, state: 0 })]);
  expect(s.cards[hard!].due - s.cards[hard!].at).toBe(6 * 60_000);
  expect(s.cards[good!].due - s.cards[good!].at).toBe(10 * 60_000);
  expect(s.cards[easy!].due - s.cards[easy!].at).toBeGreaterThan(DAY);
});

test('due cards come first, are counted on the form, and "Due now" practises only them', async ({ page }) => {
  test.setTimeout(90_000);
  const now = Date.now();
  await page.goto('practice/');
  await setStored(page, stateWith({ [FLASH]: reviewCard(now - DAY), [MHA]: reviewCard(now + 5 * DAY) }));
  await page.reload();
  const index = await studyIndex(page);
  // One card per concept of the topic.
  const inTopic = conceptsOf(index).onePerConcept(index.filter((r) => r[2] === ATTENTION).map((r) => r[0])).length;
  await tick(page, 'topic', ATTENTION);
  await expect(page.locator('.practice-due')).toHaveText(`This choice: ${inTopic} cards: 1 due now, ${inTopic - 2} new and 1 not due yet.`);

  // All, 5 cards: the due one first, then new ones; the one not due yet waits.
  await page.locator('.practice-setup select[name=limit]').selectOption('5');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await practiceState(page, 'question');
  expect(await cardId(page)).toBe(FLASH);
  await expect(page.locator('.practice-meta')).toContainText('Due now');
  const ids = [FLASH];
  await gradeWithKey(page, '3');
  for (let i = 1; i < 5; i++) {
    await expect(progressText(page)).toContainText(`${i} of 5 known`);
    ids.push(await cardId(page));
    await gradeWithKey(page, '3');
  }
  expect(ids).not.toContain(MHA);
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  // Reviewed, the due card is now due in days.
  expect((await stored(page)).cards[FLASH].due).toBeGreaterThan(now + DAY);

  // Due now: only cards whose date has come. The four new cards just graded Good are being
  // learned, due again in 10 minutes, so they count as due; FLASH and MHA wait days.
  await page.keyboard.press('c');
  await page.getByRole('radio', { name: 'Due now' }).check();
  await expect(page.locator('.practice-due')).toHaveText('This choice: 4 cards: 4 due now.');
  await page.getByRole('button', { name: 'Start practice' }).click();
  expect(new Set(await sessionIds(page))).toEqual(new Set(ids.slice(1)));
  // Graded Good again they graduate to days: nothing is due now, and the page says so.
  await page.keyboard.press('c');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.locator('.practice-setup-status')).toHaveText(/Nothing in this choice is due now/);
  await page.goto('practice/?only=due');
  await setStored(page, stateWith({ [FLASH]: reviewCard(now - DAY), [MHA]: reviewCard(now - 2 * DAY) }));
  await page.reload();
  await expect(page.locator('.practice-due')).toHaveText('This choice: 2 cards: 2 due now.');
  await page.getByRole('button', { name: 'Start practice' }).click();
  expect(await sessionIds(page)).toEqual([MHA, FLASH]); // the longest overdue first
});

test('the end screen lists the cards missed in the session, with links to read them again', async ({ page }) => {
  await startSaved(page, [FLASH, MHA]);
  const missed = await cardId(page);
  await gradeWithKey(page, '1');
  await gradeWithKey(page, '4');
  await gradeWithKey(page, '1'); // missed again: listed once
  await gradeWithKey(page, '2');
  const done = page.locator('.practice-done');
  await expect(done.getByRole('heading', { name: 'Session complete' })).toBeFocused();
  const list = done.getByRole('region', { name: 'Missed in this session' });
  await expect(list.getByRole('link')).toHaveCount(1);
  const title = missed === FLASH ? 'What is Flash Attention?' : 'What is the implementation difference between MHA, MQA, and GQA?';
  await list.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/${q(missed)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('a card missed in a large topic comes first in the next session', async ({ page }) => {
  await page.goto('practice/');
  await tick(page, 'topic', ATTENTION);
  await page.locator('.practice-setup select[name=limit]').selectOption('5');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(progressText(page)).toContainText('0 of 5 known');
  const first = await cardId(page);
  await gradeWithKey(page, '1');
  await expect(progressText(page)).toContainText('1 “again”');
  expect(await cardId(page)).not.toBe(first);
  // Esc asks first; Esc again keeps going, with the shortcuts working as before.
  const card = page.locator('.practice-card');
  const confirm = card.getByRole('group', { name: /End this session\?/ });
  await page.keyboard.press('Escape');
  await expect(confirm).toBeVisible();
  await expect(confirm.getByText(/End this session\?/)).toBeFocused();
  await page.keyboard.press('3');
  await expect(progressText(page)).toContainText('0 of 5 known');
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Session ended' })).toBeVisible();
  await expect(page.locator('.practice-summary')).toContainText('Session ended after 1 of 5 cards: you knew 0 on the first try; 1 card needed another go.');
  await page.getByRole('button', { name: /Practise again/ }).click();
  await expect(progressText(page)).toContainText('0 of 5 known');
  expect(await cardId(page)).toBe(first);
  await expect(page.locator('.practice-meta')).toContainText('Due now');
});

test('practice keys do not act through the search dialog', async ({ page }) => {
  await startSaved(page, [FLASH, MHA]);
  const card = page.locator('.practice-card');
  await practiceState(page, 'question');
  const title = await card.locator('.practice-link').textContent();
  await page.keyboard.press('s');
  await practiceState(page, 'answer');

  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search questions' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('kernel');
  const results = dialog.locator('li > a');
  await expect(results.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  // 3 on a result goes on typing the query; it does not grade the hidden card.
  await page.keyboard.press('3');
  await expect(dialog.locator('input[name="q"]')).toHaveValue('kernel3');
  await expect(progressText(page)).toContainText('0 of 2 known');
  // Escape on a result closes the search only.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(card.locator('.practice-link')).toHaveText(title!);
  await expect(card.getByRole('button', { name: /^Good/ })).toBeVisible();
  expect((await stored(page)).cards).toEqual({});
  // With the dialog closed the keys work again.
  await page.keyboard.press('3');
  await expect(progressText(page)).toContainText('1 of 2 known');
});

test('practice choices restrict the cards: topic, source and difficulty, not learned, saved only', async ({ page }) => {
  test.setTimeout(120_000);
  const index = await studyIndex(page);
  const { onePerConcept, conceptOf } = conceptsOf(index);
  const expectIds = (ids: string[], want: string[]) => expect(new Set(ids)).toEqual(new Set(onePerConcept(want)));
  const start = async (setup: () => Promise<void>) => {
    await page.goto('practice/');
    await setup();
    await page.getByRole('button', { name: 'Start practice' }).click();
    return sessionIds(page);
  };
  const agents = index.filter((r) => r[2] === 'agents-tools').map((r) => r[0]);
  expectIds(await start(() => tick(page, 'topic', 'agents-tools')), agents);
  const easy = index.filter((r) => r[2] === 'nlp' && r[0].startsWith('nlp-interview-master/') && r[3] === 'b').map((r) => r[0]);
  expect(easy.length).toBeGreaterThan(1);
  expect(easy.length).toBeLessThanOrEqual(20);
  expectIds(
    await start(async () => {
      await tick(page, 'topic', 'nlp');
      await tick(page, 'source', 'nlp-interview-master');
      await page.locator('.practice-setup select[name=difficulty]').selectOption('beginner');
    }),
    easy,
  );
  await mark(page, agents[0]!, 'Mark as learned');
  expectIds(
    await start(async () => {
      await tick(page, 'topic', 'agents-tools');
      await page.getByRole('radio', { name: 'Not learned yet' }).check();
    }),
    // Learned through one question, its whole concept is left out.
    agents.filter((id) => conceptOf(id) !== conceptOf(agents[0]!)),
  );
  await mark(page, FLASH, 'Save for later');
  await mark(page, agents[1]!, 'Save for later');
  expectIds(await start(() => page.getByRole('radio', { name: 'Saved only' }).check()), [FLASH, agents[1]!]);
});

test('practice: C changes the choice, a reload resumes the session, the last card says it is again', async ({ page }) => {
  await mark(page, FLASH, 'Save for later');
  await mark(page, MHA, 'Save for later');
  await page.goto('practice/?only=saved');
  const keys = page.locator('.practice-keys');
  for (const k of ['S or Space', '1', '2', '3', '4', 'O', 'Esc', 'R', 'C']) await expect(keys.locator('dt', { hasText: new RegExp(`^${k}$`) })).toHaveCount(1);
  await page.getByRole('button', { name: 'Start practice' }).click();
  const card = page.locator('.practice-card');
  await gradeWithKey(page, '3');
  await expect(progressText(page)).toContainText('1 of 2 known');
  const last = await card.locator('.practice-link').textContent();

  // A reload resumes the running session on the same card, and a revealed answer stays revealed.
  await page.reload();
  await practiceState(page, 'question');
  await expect(progressText(page)).toContainText('1 of 2 known · 1 left');
  await expect(card.locator('.practice-link')).toHaveText(last!);
  await expect(page.locator('.practice-setup')).toBeHidden();
  await page.keyboard.press('s');
  await practiceState(page, 'answer');
  await page.reload();
  await practiceState(page, 'answer');
  await expect(card.locator('.practice-answer')).toBeVisible();

  // Again on the last card shows it again, and says so.
  const again = card.locator('.practice-again');
  await page.keyboard.press('1');
  await expect(again).toContainText('Last card, again');
  await expect(card.locator('.practice-link')).toHaveText(last!);
  await gradeWithKey(page, '3');
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();

  // C goes back to the choice; a new choice starts a new session.
  await page.keyboard.press('c');
  await practiceState(page, 'setup');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(progressText(page)).toContainText('0 of 2 known');
  await page.reload();
  await practiceState(page, 'question');
  await expect(progressText(page)).toContainText('0 of 2 known');
});
