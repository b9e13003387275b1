// /practice/ as it looks: the answer as its page shows it, where the focus goes (Space and Enter
// after the reveal, the end heading), on a touch screen, at 360 px in the dark theme (with /saved/
// and a topic page), axe on its new states in both themes, and the desired retention setting.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DAY, FLASH, MHA, gradeWithKey, mark, practiceState, progressText, q, reviewCard, setStored, startSaved, stateWith, stored } from './study-helpers';

test("the answer shown in practice is the question page's own answer", async ({ page }) => {
  await page.goto(q(MHA));
  await page.getByRole('button', { name: 'Save for later' }).click();
  const expected = (await page.locator('article .answer').innerText()).trim();
  await page.goto('practice/?only=saved');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.locator('.practice-answer pre.astro-code').first()).toContainText('K_shared');
  expect((await page.locator('.practice-answer').innerText()).trim()).toBe(expected);
});

test('after the reveal, Space and Enter do not grade: focus is on the answer, the grading buttons follow it', async ({ page }) => {
  await startSaved(page, [FLASH, MHA]);
  const card = page.locator('.practice-card');
  const answer = card.getByRole('region', { name: 'Answer', exact: true });
  await practiceState(page, 'question');
  const title = await card.locator('.practice-link').textContent();
  // A double tap of Space: the first reveals, the second does not grade.
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  await practiceState(page, 'answer');
  await expect(answer).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(card.locator('.practice-link')).toHaveText(title!);
  await expect(progressText(page)).toContainText('0 of 2 known · 2 left');
  expect((await stored(page)).cards).toEqual({});
  // Tab reaches "Good" (links in the answer and the note's button first).
  const good = card.getByRole('button', { name: /^Good/ });
  for (let i = 0; i < 20 && !(await good.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(good).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(progressText(page)).toContainText('1 of 2 known');
});

test('the desired retention is a setting kept with the progress, and it changes the next due date', async ({ page }) => {
  await mark(page, FLASH, 'Save for later');
  await page.goto('practice/?only=saved');
  const retention = page.getByRole('combobox', { name: 'Desired retention' });
  await expect(retention).toHaveValue('0.9');
  await retention.selectOption('0.8');
  await expect(page.locator('.study-setting-status')).toHaveText('Desired retention set to 80 %.');
  expect((await stored(page)).settings).toMatchObject({ retention: 0.8, testYourself: false });
  await page.reload();
  await expect(retention).toHaveValue('0.8');
  // An Easy first answer waits longer at 80 % than the 8 days it gets at 90 %.
  await page.getByRole('button', { name: 'Start practice' }).click();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.getByRole('button', { name: /^Easy/ })).toContainText(/due in (9|[1-9]\d) days|month/);
  // The setting is not part of the practice choice: it stays out of the address.
  expect(page.url()).not.toContain('retention');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  test('the keyboard shortcuts and key hints are hidden; the buttons do it all', async ({ page }) => {
    await mark(page, FLASH, 'Save for later');
    await page.goto('practice/?only=saved');
    await practiceState(page, 'setup');
    await expect(page.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeHidden();
    await page.getByRole('button', { name: 'Start practice' }).tap();
    await page.getByRole('button', { name: /Show answer/ }).tap();
    await practiceState(page, 'answer');
    await expect(page.locator('.practice-grade kbd').first()).toBeHidden();
    await page.getByRole('button', { name: /^Good/ }).tap();
    await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  });
});

test('"Session complete" takes the focus without a focus ring', async ({ page }) => {
  await startSaved(page, [FLASH]);
  await gradeWithKey(page, '3');
  const heading = page.getByRole('heading', { name: 'Session complete' });
  await expect(heading).toBeFocused();
  expect(await heading.evaluate((h) => getComputedStyle(h).outlineStyle)).toBe('none');
  // A control still shows its ring when reached by keyboard.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
});

for (const theme of ['light', 'dark'] as const) {
  test(`${theme} theme: the new practice states (due counts, note, grades, note editor, missed cards) have no WCAG 2.2 AA violation`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: theme });
    await page.addInitScript((t) => localStorage.setItem('atlas-theme', t), theme);
    const problems: string[] = [];
    const axe = async (what: string) => {
      const r = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      problems.push(...r.violations.map((v) => `${what}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`));
    };
    await page.goto('practice/');
    await setStored(page, stateWith({ [FLASH]: reviewCard(Date.now() - DAY) }, { saved: { [FLASH]: { at: 1 }, [MHA]: { at: 2 } }, notes: { [FLASH]: { text: 'Tiles in SRAM.', at: 1 } } }));
    await page.goto('practice/?only=saved');
    await expect(page.locator('.practice-due')).toHaveText('This choice: 2 cards: 1 due now and 1 new.');
    await axe('setup with due counts and the retention setting');
    await page.getByRole('button', { name: 'Start practice' }).click();
    await practiceState(page, 'question');
    await page.keyboard.press('s');
    await practiceState(page, 'answer');
    await expect(page.locator('.note-text')).toHaveText('Tiles in SRAM.');
    await axe('answer with a note and the grades');
    await page.getByRole('button', { name: 'Edit note' }).click();
    await axe('note editor');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Edit note' })).toBeFocused();
    await page.keyboard.press('1');
    await gradeWithKey(page, '3');
    await gradeWithKey(page, '3');
    await expect(page.getByRole('region', { name: 'Missed in this session' }).getByRole('link')).toHaveCount(1);
    await axe('end screen with a missed card');
    expect(problems).toEqual([]);
  });
}

test('works at 360 px in the dark theme', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.goto(q(FLASH));
  await page.getByRole('button', { name: 'Save for later' }).click();
  await page.goto('practice/');
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  await practiceState(page, 'setup');
  // Folded, the topics and sources leave "Start practice" on the first screen.
  const startBox = (await page.getByRole('button', { name: 'Start practice' }).boundingBox())!;
  expect(startBox.y + startBox.height).toBeLessThanOrEqual(740);
  await page.locator('summary', { hasText: 'Topics and sources' }).click();
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
  // "Again" looks different from the other grades (outlined, not filled), not only by colour:
  // each names itself and says when the card would be due; the four fit side by side or in rows.
  const look = (name: RegExp) =>
    page.getByRole('button', { name }).evaluate((b) => ({ bg: getComputedStyle(b).backgroundColor, text: (b as HTMLElement).innerText }));
  const again = await look(/^Again/);
  const good = await look(/^Good/);
  expect(again.bg).not.toBe(good.bg);
  expect(again.text).toMatch(/^Again\s*1\s*due in 1 minute$/);
  expect(good.text).toMatch(/^Good\s*3\s*due in 10 minutes$/);
  expect(await overflow()).toBeLessThanOrEqual(0);
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
