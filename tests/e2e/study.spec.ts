// Study tools against the built site: progress marks and counts, saved, random, "Hide learned",
// recovery from a corrupted or newer stored value, and the page without JavaScript. Practice is
// tested in study-practice.spec.ts and study-practice-ui.spec.ts (with the study pages at 360 px);
// export, import, notes and the migration of older progress in study-data.spec.ts. Questions are
// picked by URL from the 2025 source; counts are compared relative to the page.
import { test, expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { pageWithRelated } from '../helpers/dist.ts';
import { ATTENTION, FLASH, KEY, MHA, conceptsOf, mark, q, setStored, stored, studyIndex } from './study-helpers';

async function learnedCount(page: Page): Promise<{ n: number; m: number }> {
  const text = await page.locator('.study-progress-total [data-count]').textContent();
  const m = /^(\d+) \/ (\d+) learned$/.exec(text ?? '');
  expect(m, `count text "${text}"`).not.toBeNull();
  return { n: Number(m![1]), m: Number(m![2]) };
}

const topicRow = (page: Page, topic: string) => page.locator(`[data-row][data-topic="${topic}"] [data-count]`);
/** A topic page's entry for the concept of a question. */
const entryOf = (page: Page, id: string) => page.locator(`[data-concept][data-members~="${id}"]`);

test('mark as learned survives a reload and is counted and marked on the topic page', async ({ page }) => {
  await page.goto(q(FLASH));
  const topicHref = await page.locator('.breadcrumbs a').last().getAttribute('href');
  await page.goto(topicHref!);
  await expect(page.locator('study-progress')).toBeVisible();
  const before = await learnedCount(page);
  const item = entryOf(page, FLASH);
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

test("pages without study features load only the header's Study link code, not the due count's", async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('search/?q=attention');
  await expect(page.locator('[data-search-page] li > a').first()).toBeVisible();
  // The header's Study link reads the stored progress (the store and the state's quick check); the
  // due count's code and the study index load only once this browser has a card (none here), and
  // the Random button loads the index only when pressed.
  const study = requests.filter((u) => /study|store|state|due|progress|practice|saved|schema|migrate|count\.|marks|scheduler|grade/i.test(u));
  expect(study.map((u) => u.replace(/^.*\/|\.[\w-]+\.js$/g, '').replace(/_astro_type_script.*/, '')).sort()).toEqual(['StudyLink.astro', 'state', 'store']);
});

test('learned and saved marks show in "Also asked as" and on /saved/', async ({ page }) => {
  const path = pageWithRelated(process.env.ATLAS_OUT_DIR ?? 'dist', 2);
  await page.goto(path);
  const related = page.locator('.related li');
  expect(await related.count()).toBeGreaterThan(1);
  const other = await related.nth(0).getAttribute('data-question');
  const third = await related.nth(1).getAttribute('data-question');
  await mark(page, other!, 'Mark as learned');
  await mark(page, third!, 'Save for later');
  await page.goto(path);
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

test('a corrupted stored value is reset with a visible notice and kept as a copy, and the page keeps working', async ({ page }) => {
  await page.goto(q(FLASH));
  const bad = '{"version":2,"learned":';
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
  expect((await stored(page)).version).toBe(2);
});

test('progress from a newer version of the site is shown read-only and never overwritten', async ({ page }) => {
  const newer = JSON.stringify({ version: 3, learned: { [FLASH]: { topic: ATTENTION, at: 1 } }, saved: {}, cards: {}, somethingNew: true });
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
  await expect(entryOf(page, FLASH).locator('.study-mark-learned')).toBeVisible();
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

/** Agents & Tool Use questions for the random tests: a page to start from, and one of another concept. */
async function randomCase(page: Page) {
  const index = await studyIndex(page);
  const { conceptOf, members } = conceptsOf(index);
  const learnedAllBut = (keep: string[]) =>
    JSON.stringify({
      version: 2,
      learned: Object.fromEntries(index.filter((r) => !keep.includes(r[0])).map((r) => [r[0], { topic: r[2], at: 1 }])),
      saved: {},
      cards: {},
      log: {},
      notes: {},
      settings: { retention: 0.9, testYourself: false, at: 0 },
    });
  const agents = index.filter((r) => r[2] === 'agents-tools').map((r) => r[0]);
  expect(new Set(agents.map(conceptOf)).size).toBeGreaterThan(3);
  const [here, fresh] = [agents[0]!, agents.at(-1)!];
  expect(conceptOf(here)).not.toBe(conceptOf(fresh));
  return { conceptOf, members, learnedAllBut, here, fresh };
}

// Two tests, not one: together they visit 15 pages, which under a loaded CI machine outran one test's 30 s.
test('random prefers concepts not learned yet, in the header and within a topic', async ({ page }) => {
  const { conceptOf, members, learnedAllBut, here, fresh } = await randomCase(page);
  // Every question learned but those of one concept: both buttons go to one of them, every time.
  const keep = members(conceptOf(fresh));
  const toKept = new RegExp(`/(${keep.map((id) => q(id).replace(/[/.]/g, '\\$&')).join('|')})$`);
  await page.goto(q(here));
  await setStored(page, learnedAllBut(keep));
  for (let i = 0; i < 3; i++) {
    await page.goto(q(here));
    await page.getByRole('button', { name: /^Random question in / }).click();
    await expect(page).toHaveURL(toKept);
    await page.goto(q(here));
    await page.getByRole('navigation', { name: 'Site' }).getByRole('button', { name: 'Random' }).click();
    await expect(page).toHaveURL(toKept);
  }
});

test('random falls back to any concept once every one is learned, never the page’s own', async ({ page }) => {
  const { conceptOf, members, learnedAllBut, here } = await randomCase(page);
  // Everything learned: any concept still, never the one of the page it is on.
  await page.goto(q(here));
  await setStored(page, learnedAllBut([]));
  const sameConcept = members(conceptOf(here));
  for (let i = 0; i < 3; i++) {
    await page.goto(q(here));
    await page.getByRole('button', { name: /^Random question in / }).click();
    await expect(page).toHaveURL(/\/questions\/[^/]+\/[^/]+\/$/);
    for (const id of sameConcept) await expect(page).not.toHaveURL(new RegExp(`/${q(id)}$`));
    await expect(page.locator('.breadcrumbs a').last()).toHaveAttribute('href', /\/topics\/agents-tools\/$/);
  }
});

test('"Hide learned" on topic and source pages hides learned concepts, updates the count and stays in the URL', async ({ page }) => {
  await mark(page, FLASH, 'Mark as learned');
  await page.goto(`topics/${ATTENTION}/`);
  const items = page.locator('[data-concept]');
  const all = await items.count();
  const hide = page.locator('question-filter').getByRole('checkbox', { name: 'Hide learned' });
  const count = page.locator('.filter-count');
  await expect(hide).not.toBeChecked();
  await expect(entryOf(page, FLASH)).toBeVisible();
  await hide.check();
  await expect(entryOf(page, FLASH)).toBeHidden();
  await expect(page.locator('[data-concept]:visible')).toHaveCount(all - 1);
  await expect(count).toHaveText(`Showing ${all - 1} of ${all} questions (1 learned hidden)`);
  await expect(page).toHaveURL(/\?hide=learned$/);
  await page.reload();
  await expect(hide).toBeChecked();
  await expect(entryOf(page, FLASH)).toBeHidden();
  await expect(count).toHaveText(`Showing ${all - 1} of ${all} questions (1 learned hidden)`);
  await hide.uncheck();
  await expect(page.locator('[data-concept]:visible')).toHaveCount(all);
  await expect(page).not.toHaveURL(/hide=/);

  // The source page has it too, for every question of the concept it lists; a question unmarked
  // in another tab comes back.
  await page.goto('sources/ml-dl-llm-2025/?hide=learned');
  await expect(page.locator(`[data-question="${FLASH}"]`)).toBeHidden();
  const sameConcept = await page.locator('[data-question]').evaluateAll(
    (lis, id) => lis.filter((li) => (li as HTMLElement).dataset.question === id || ((li as HTMLElement).dataset.members ?? '').split(' ').includes(id)).map((li) => (li as HTMLElement).dataset.question!),
    FLASH,
  );
  for (const id of sameConcept) await expect(page.locator(`[data-question="${id}"]`)).toBeHidden();
  await expect(page.locator('.filter-count')).toContainText(`(${sameConcept.length} learned hidden)`);
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
