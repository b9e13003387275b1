// Exports in the browser, on the built site: a deck of the questions a topic's filter shows and
// a deck of the saved questions, both read back by Anki's text-import rules and compared with the
// static decks' notes; the saved list's study sheet and the print rules of the sheets. The notes
// load only when a deck is asked for. The static decks, CSV and Markdown are checked without a
// browser in tests/built/exports.test.ts.
import { test, expect, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { columnOf, parseAnkiText, type AnkiFile } from '../helpers/anki-text';
import { ATTENTION, FLASH, q, studyIndex } from './study-helpers';

const MLE = 'ml-llm-qa/derive-mle-for-linear-regression';

const deckOf = async (download: Download) => parseAnkiText(await readFile((await download.path())!, 'utf8'));
const ids = (file: AnkiFile) => file.records.map((r) => r[columnOf(file, 'guid')]!.replace(/^ml-interview-atlas:/, ''));
/** The static deck's record of each note, by GUID. */
async function staticRecords(page: Page, topic: string) {
  const file = parseAnkiText(await (await page.request.get(`decks/${topic}.txt`)).text());
  return new Map(file.records.map((r) => [r[0]!, r]));
}

test('a topic page makes a deck of the questions its filter shows, fetching the notes only then', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.goto(`topics/${ATTENTION}/?difficulty=advanced`);
  const deck = page.locator('deck-download');
  await expect(deck.getByRole('button', { name: 'Anki deck of the questions shown' })).toBeVisible();
  expect(fetched.filter((u) => /\/decks\//.test(u))).toEqual([]);

  const downloading = page.waitForEvent('download');
  await deck.getByRole('button').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`atlas-${ATTENTION}-selection.txt`);
  const file = await deckOf(download);
  expect(file.headers.get('deck')).toBe('ML Interview Atlas::Attention & Transformers');
  const expected = (await studyIndex(page)).filter((r) => r[2] === ATTENTION && r[3] === 'a').map((r) => r[0]);
  expect(expected.length).toBeGreaterThan(0);
  expect(ids(file).sort()).toEqual(expected.sort());
  // The same notes as the static deck, field for field.
  const records = await staticRecords(page, ATTENTION);
  for (const r of file.records) expect(r).toEqual(records.get(r[0]!));
  await expect(deck.getByRole('status')).toHaveText(`Deck of ${expected.length} questions downloaded: in Anki, File › Import.`);
});

test('the saved list downloads as a deck and prints as a study sheet', async ({ page }) => {
  for (const id of [MLE, FLASH]) {
    await page.goto(q(id));
    await page.getByRole('button', { name: 'Save for later' }).click();
    await expect(page.getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'true');
  }
  await page.goto('saved/');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Anki deck of these questions' }).click();
  const file = await deckOf(await downloading);
  expect(file.headers.get('deck')).toBe('ML Interview Atlas::Saved');
  // Newest saved first, as the list shows them; notes as the static decks have them.
  expect(ids(file)).toEqual([FLASH, MLE]);
  expect(file.records[0]).toEqual((await staticRecords(page, ATTENTION)).get(`ml-interview-atlas:${FLASH}`));
  expect(file.records[1]).toEqual((await staticRecords(page, 'math-statistics')).get(`ml-interview-atlas:${MLE}`));
  expect(file.records[1]![2]).toContain('\\(\\hat{w}_{\\mathrm{MLE}} = (X^{T} X)^{-1} X^{T} y');

  await page.getByRole('link', { name: 'Printable study sheet' }).click();
  const sheet = page.locator('saved-sheet');
  await expect(sheet.locator('.sheet-question')).toHaveCount(2);
  // Topic by topic, in the site's topic order.
  const topics: Record<string, string> = (await (await page.request.get('study-index.json')).json()).t;
  const order = Object.keys(topics).filter((t) => t === ATTENTION || t === 'math-statistics');
  await expect(sheet.locator('.sheet-group > h2')).toHaveText(order.map((t) => topics[t]!));
  await expect(sheet.locator('.sheet-toc a')).toHaveCount(2);
  // The answers as on their pages: MathML formulas.
  await expect(sheet.locator('.sheet-question math').first()).toBeAttached();

  // On paper: contents on their own page, a question kept whole where it fits, code never split.
  await page.emulateMedia({ media: 'print' });
  const style = (sel: string, prop: string) => sheet.locator(sel).first().evaluate((e, p) => getComputedStyle(e).getPropertyValue(p), prop);
  expect(await style('.sheet-toc', 'break-after')).toBe('page');
  expect(await style('.sheet-question', 'break-inside')).toBe('avoid');
  expect(await style('.sheet-question h4', 'break-after')).toBe('avoid');
  await expect(page.locator('.sheet-screen-only').first()).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
