// The reader's study data against the built site: export and import (fresh browser, merge,
// replace, files of the previous version), notes that stay text, and Leitner progress stored by
// the previous version of the site, migrated to FSRS cards.
import { test, expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { ATTENTION, FLASH, MHA, mark, practiceState, q, reviewCard, setStored, stateWith, stored } from './study-helpers';

const DAY = 86_400_000;
const importFile = (page: Page, name: string, body: string | Buffer) =>
  page.getByLabel('Import progress from a file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(body) ? body : Buffer.from(body) });

/** Practises the two saved cards once: a note on the first, then Good on each. */
async function practiseWithNote(page: Page, note: string) {
  await page.goto('practice/?only=saved');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await practiceState(page, 'question');
  await page.keyboard.press('s');
  await practiceState(page, 'answer');
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.getByLabel('Your note on this question').fill(note);
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.locator('.note-status')).toHaveText('Note saved.');
  await page.keyboard.press('3');
  await practiceState(page, 'question');
  await page.keyboard.press('s');
  await practiceState(page, 'answer');
  await page.keyboard.press('3');
  await practiceState(page, 'done');
}

test('progress exported from one browser, cards, review log and notes included, imports into a fresh one; a bad file changes nothing', async ({ page, browser }) => {
  await mark(page, FLASH, 'Mark as learned');
  await page.getByRole('button', { name: 'Save for later' }).click();
  await mark(page, MHA, 'Save for later');
  await practiseWithNote(page, 'Tiling: blocks of Q, K, V in SRAM.');
  await page.goto('saved/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^atlas-study-progress-.*\.json$/);
  const file = await readFile((await download.path())!);
  const original = await stored(page);
  const exported = JSON.parse(file.toString());
  expect(exported).toMatchObject({ kind: 'ml-interview-atlas/study-progress', version: 2 });
  expect(Object.keys(exported.cards).sort()).toEqual([FLASH, MHA].sort());
  expect(Object.values(exported.log).flat()).toHaveLength(2);
  expect(Object.values(exported.notes)).toEqual([expect.objectContaining({ text: 'Tiling: blocks of Q, K, V in SRAM.' })]);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('saved/');
  await expect(other.locator('.saved-status')).toContainText('Nothing saved yet');
  await importFile(other, 'notes.json', '{"hello": "world"}');
  await expect(other.locator('.study-data-status')).toContainText('Nothing was changed');
  expect(await stored(other)).toBeNull();
  await importFile(other, 'progress.json', file);
  await expect(other.locator('.study-data-status')).toHaveText('Imported progress.json: 1 learned, 2 saved, 2 practised, 1 note.');
  expect(await stored(other)).toEqual(original);
  await expect(other.locator('.saved-groups li')).toHaveCount(2);
  await importFile(other, 'progress.json', file);
  await expect(other.locator('.study-data-status')).toHaveText('progress.json holds the same progress as this browser; nothing to import.');
  expect(await stored(other)).toEqual(original);
  await fresh.close();
});

test('importing over existing progress asks: cancel, merge (the newer review of each card wins) or replace', async ({ page }) => {
  const now = Date.now();
  await mark(page, FLASH, 'Mark as learned');
  await page.getByRole('button', { name: 'Save for later' }).click();
  await expect(page.getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'true');
  // Here: FLASH reviewed a day ago. The file: FLASH reviewed an hour ago, MHA learned and practised.
  const here = await stored(page);
  const hereCard = reviewCard(now + 2 * DAY);
  await setStored(page, JSON.stringify({ ...here, cards: { [FLASH]: hereCard }, log: { [FLASH]: [{ at: hereCard.at, rating: 3, state: 0 }] } }));
  const fileCard = { ...reviewCard(now + 9 * DAY), at: now - 3_600_000 };
  const file = JSON.parse(stateWith({ [FLASH]: fileCard, [MHA]: reviewCard(now + DAY) }, { learned: { [MHA]: { topic: ATTENTION, at: 5 } } }));
  file.log = { [FLASH]: [{ at: fileCard.at, rating: 4, state: 2 }] };
  await page.goto('saved/');
  const before = await stored(page);
  const choice = page.locator('.study-import-choice');

  await importFile(page, 'other.json', JSON.stringify(file));
  await expect(choice).toContainText('other.json holds 1 learned, 0 saved, 2 practised. Merge adds 1 learned and 1 practised; updates 1 practice record.');
  await expect(choice).toContainText('Replace adds 1 learned and 1 practised; removes 1 learned and 1 saved; updates 1 practice record.');
  await expect(choice.locator('.study-import-text')).toBeFocused();
  await choice.getByRole('button', { name: 'Cancel' }).click();
  await expect(choice).toBeHidden();
  expect(await stored(page)).toEqual(before);

  await importFile(page, 'other.json', JSON.stringify(file));
  await choice.getByRole('button', { name: 'Merge' }).click();
  await expect(page.locator('.study-data-status')).toContainText('Merged other.json: 2 learned, 1 saved, 2 practised');
  let s = await stored(page);
  expect(s.cards[FLASH]).toEqual(fileCard);
  expect(s.log[FLASH]).toEqual([{ at: hereCard.at, rating: 3, state: 0 }, { at: fileCard.at, rating: 4, state: 2 }]);
  expect(Object.keys(s.saved)).toEqual([FLASH]);

  await importFile(page, 'other.json', JSON.stringify(file));
  await choice.getByRole('button', { name: 'Replace' }).click();
  await expect(page.locator('.study-data-status')).toContainText('Replaced with other.json: 1 learned, 0 saved, 2 practised');
  s = await stored(page);
  expect(s.learned).toEqual(file.learned);
  expect(s.saved).toEqual({});
  await expect(page.locator('.saved-status')).toContainText('Nothing saved yet');
});

test('an export from the previous version (Leitner boxes) still imports, each box as a card', async ({ page }) => {
  await page.goto('saved/');
  const old = { kind: 'ml-interview-atlas/study-progress', exportedAt: '2025-05-01T10:00:00.000Z', version: 1, learned: { [MHA]: { topic: ATTENTION, at: 5 } }, saved: {}, boxes: { [MHA]: { box: 3, at: 5 } } };
  await importFile(page, 'old.json', JSON.stringify(old));
  await expect(page.locator('.study-data-status')).toHaveText('Imported old.json: 1 learned, 0 saved, 1 practised.');
  const s = await stored(page);
  expect(s.version).toBe(2);
  expect(s.cards[MHA]).toEqual({ due: 5 + 7 * DAY, stability: 7, difficulty: 5, state: 2, reps: 2, lapses: 0, step: 0, days: 7, at: 5 });
});

test('a note is always text: markup in it is shown as typed and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const note = 'Remember: <img src=x onerror=alert(1)>\n</script><script>alert(2)</script> & <b>bold</b>';
  await page.goto(q(FLASH));
  await setStored(page, stateWith({}, { saved: { [FLASH]: { at: 1 } }, notes: { [FLASH]: { text: note, at: 1 } } }));
  await page.goto('practice/?only=saved');
  await page.getByRole('button', { name: 'Start practice' }).click();
  // The note shows only after the reveal.
  const box = page.getByRole('region', { name: 'Your note' });
  await expect(box).toBeHidden();
  await page.keyboard.press('s');
  await practiceState(page, 'answer');
  const text = box.locator('.note-text');
  expect(await text.evaluate((p) => (p as HTMLElement).innerText)).toBe(note);
  expect(await box.locator('img, script, b').count()).toBe(0);
  // Edited there, still text, kept as typed.
  await box.getByRole('button', { name: 'Edit note' }).click();
  const input = page.getByLabel('Your note on this question');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue(note);
  await input.fill(`${note}\n<svg onload=alert(3)>`);
  // Keys typed in the note do not grade or reveal.
  await input.press('3');
  await expect(page.locator('.practice-progress-text')).toContainText('0 of 1 known');
  await box.getByRole('button', { name: 'Save note' }).click();
  await expect(box.locator('.note-status')).toHaveText('Note saved.');
  expect(await box.locator('img, script, svg, b').count()).toBe(0);
  expect((await stored(page)).notes[FLASH].text).toBe(`${note}\n<svg onload=alert(3)>3`);
  await page.waitForTimeout(300); // a late onerror or onload would fire by now
  expect(dialogs).toEqual([]);
  // Emptied, the note is removed.
  await box.getByRole('button', { name: 'Edit note' }).click();
  await input.fill('');
  await box.getByRole('button', { name: 'Save note' }).click();
  await expect(box.locator('.note-status')).toHaveText('Note removed.');
  await expect(box.getByRole('button', { name: 'Add note' })).toBeVisible();
  expect((await stored(page)).notes).toEqual({});
});

test('Leitner progress stored by the previous version migrates with a notice: marks kept, each box a due date', async ({ page }) => {
  const now = Date.now();
  const v1 = {
    version: 1,
    learned: { [MHA]: { topic: ATTENTION, at: now - 5 * DAY } },
    saved: { [FLASH]: { at: now - 4 * DAY } },
    // FLASH was missed (box 1): due at once. MHA was well known (box 5): due in 29 days.
    boxes: { [FLASH]: { box: 1, at: now - DAY }, [MHA]: { box: 5, at: now - DAY } },
    last: { id: FLASH, title: 'What is Flash Attention?', at: now - DAY },
  };
  await page.goto('topics/');
  await setStored(page, JSON.stringify(v1));
  await page.goto(`practice/?topic=${ATTENTION}`);
  await expect(page.getByRole('alert')).toContainText('older format');
  await expect(page.getByRole('alert')).toContainText('each box became a review date');
  await expect(page.locator('.practice-due')).toContainText(/: 1 due now, \d+ new and 1 not due yet\.$/);
  const s = await stored(page);
  expect(s.version).toBe(2);
  expect(s.learned).toEqual(v1.learned);
  expect(s.saved).toEqual(v1.saved);
  expect(s.last).toEqual(v1.last);
  expect(s.cards[FLASH]).toMatchObject({ due: now - DAY, state: 3, at: now - DAY });
  expect(s.cards[MHA]).toMatchObject({ due: now + 29 * DAY, state: 2, stability: 30 });
  // The missed card comes first, as it did with boxes.
  await page.getByRole('button', { name: 'Start practice' }).click();
  await practiceState(page, 'question');
  await expect(page.locator('.practice-link')).toHaveAttribute('href', new RegExp(`/${q(FLASH)}$`));
  await expect(page.locator('.practice-meta')).toContainText('Due now');
  // Read once, the value is version 2: no notice on the next page.
  await page.goto(q(FLASH));
  await expect(page.getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.study-notice')).toHaveCount(0);
});
