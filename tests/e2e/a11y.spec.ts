// Accessibility (axe-core, WCAG 2.2 AA rules) on the pages of the built sitemap, plus the pages in
// the states a reader brings them to: the search dialog with results open, the search page with
// results and a filter, /saved/ with saved questions, /practice/ with a card's answer (code and
// math) revealed, a question page with its other answers open, a topic page's concepts under its
// subtopics with a filter applied, the study hub with a review history, test-yourself hidden, revealed
// and graded, and the note editor; in the light and the dark theme, with no console error on any of them.
// Of the sitemap: every page that is not a question page, and the fewest question pages that hold
// every kind of element any question page has (tests/helpers/page-cover.ts says why that sees what
// axe can find; check:site checks every page for what differs by content alone). ATLAS_A11Y_ALL=1
// checks every page (about 30 minutes on 2 cores).
// The pages are split into a few chunks per theme, each looping over its pages in one browser page.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mostGrouped } from '../helpers/dist.ts';
import { coveringPages, elementKinds } from '../helpers/page-cover.ts';

const DIST = process.env.ATLAS_OUT_DIR ?? 'dist';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['light', 'dark'] as const;
const CHUNKS = 2;

/** Site paths (with the base) of every sitemap URL, the 404 page, and pages still being built elsewhere. */
function sitePaths(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&')).pathname);
  const base = paths[0]!; // the home page comes first
  // Pages outside the sitemap: study pages, the offline page, the saved list's sheet and the
  // smallest topic's printable sheet (every sheet is one template over answers the sweep sees).
  const sheets = readdirSync(join(DIST, 'topics'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(DIST, 'topics', e.name, 'sheet', 'index.html')))
    .map((e) => `topics/${e.name}/sheet/`)
    .sort((a, b) => statSync(join(DIST, a, 'index.html')).size - statSync(join(DIST, b, 'index.html')).size);
  for (const extra of ['saved/', 'practice/', 'offline/', 'saved/sheet/', ...sheets.slice(0, 1)]) {
    if (existsSync(join(DIST, extra, 'index.html')) && !paths.includes(base + extra)) paths.push(base + extra);
  }
  paths.push(`${base}404.html`);
  return paths;
}

const PATHS = sitePaths();
const isQuestion = (path: string) => /\/questions\/[^/]+\/[^/]+\/$/.test(path);
/** Site paths (with the base) of the pages the chunks check. */
const CHECKED = process.env.ATLAS_A11Y_ALL
  ? PATHS
  : [
      ...PATHS.filter((p) => !isQuestion(p)),
      ...coveringPages(PATHS.filter(isQuestion), (p) => elementKinds(readFileSync(join(DIST, p.slice(PATHS[0]!.length), 'index.html'), 'utf8'))),
    ];
/** The only two questions whose answers have both code and math: saved, then practised. */
const CODE_AND_MATH = ['questions/ml-llm-qa/what-is-perplexity-how-is-it-computed/', 'questions/ml-llm-qa/how-does-the-causal-mask-work-mathematically/'];

async function prepare(page: Page, theme: (typeof THEMES)[number]) {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((t) => localStorage.setItem('atlas-theme', t), theme);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: uncaught: ${e.message}`));
  return errors;
}

function describeViolations(url: string, violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) {
  return violations.map(
    (v) => `${url}: ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join('\n    ')}`,
  );
}

test('the sitemap lists every page kind', () => {
  expect(PATHS.length).toBeGreaterThan(500);
  for (const kind of ['topics/', 'sources/', 'questions/', 'search/']) expect(CHECKED.some((p) => p.includes(kind)), kind).toBe(true);
});

for (const theme of THEMES) {
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    const paths = CHECKED.filter((_, i) => i % CHUNKS === chunk);
    test(`${theme} theme: pages ${chunk + 1}/${CHUNKS} (${paths.length}) have no WCAG 2.2 AA violation and no console error`, async ({ page, baseURL }) => {
      // About 1.9 s a page on 2 cores here; room for a slower machine.
      test.setTimeout(paths.length * 8_000 + 60_000);
      const errors = await prepare(page, theme);
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      for (const path of paths) {
        await page.goto(origin + path);
        expect(await page.evaluate(() => document.documentElement.dataset.theme), `${path} shows the ${theme} theme`).toBe(theme);
        const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        problems.push(...describeViolations(path, result.violations));
      }
      expect([...problems, ...errors]).toEqual([]);
    });
  }

  test(`${theme} theme: the search dialog with results open has no WCAG 2.2 AA violation`, async ({ page }) => {
    const errors = await prepare(page, theme);
    await page.goto('questions/ml-dl-llm-2025/what-is-flash-attention/');
    await page.keyboard.press('/');
    const dialog = page.locator('dialog.search-dialog');
    await expect(dialog).toBeVisible();
    await page.keyboard.type('attention');
    await expect(dialog.locator('.search-results li > a').first()).toBeVisible();
    await expect(dialog.locator('.result-excerpt mark').first()).toBeVisible();
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect([...describeViolations(page.url(), result.violations), ...errors]).toEqual([]);
  });
}

for (const theme of THEMES) {
  test(`${theme} theme: /saved/ with saved questions and /practice/ with an answer revealed have no WCAG 2.2 AA violation`, async ({ page }) => {
    test.setTimeout(60_000);
    const errors = await prepare(page, theme);
    const problems: string[] = [];
    const axe = async (what: string) => problems.push(...describeViolations(`${page.url()} (${what})`, (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations));
    // Saved the way a reader does it, from the question pages; one is also marked as learned.
    for (const q of CODE_AND_MATH) {
      await page.goto(q);
      await page.getByRole('button', { name: 'Save for later' }).click();
      await expect(page.getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'true');
    }
    await page.getByRole('button', { name: 'Mark as learned' }).click();
    await expect(page.getByRole('button', { name: 'Mark as learned' })).toHaveAttribute('aria-pressed', 'true');

    await page.goto('saved/');
    await expect(page.locator('.saved-groups a[href*="/questions/"]')).toHaveCount(2);
    await axe('two saved questions');

    await page.goto('practice/?only=saved');
    await page.getByRole('button', { name: 'Start practice' }).click();
    await expect(page.locator('.practice-card')).toBeVisible();
    await axe('a card, answer hidden');
    await page.getByRole('button', { name: /Show answer/ }).click();
    const answer = page.locator('.practice-answer');
    await expect(answer.locator('pre').first()).toBeVisible();
    await expect(answer.locator('math').first()).toBeVisible();
    await axe('a card with its answer revealed: code and math');
    expect([...problems, ...errors]).toEqual([]);
  });

  test(`${theme} theme: the study hub with a review history, test-yourself (hidden, revealed, graded) and the note editor have no WCAG 2.2 AA violation`, async ({ page }) => {
    test.setTimeout(90_000);
    const errors = await prepare(page, theme);
    const problems: string[] = [];
    const axe = async (what: string) => problems.push(...describeViolations(`${page.url()} (${what})`, (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations));
    const [perplexity, causal] = CODE_AND_MATH.map((p) => p.replace(/^questions\/|\/$/g, '')) as [string, string];
    const day = 86_400_000;
    const now = Date.now();
    const log = { [perplexity]: [0, 1, 2, 9, 30].map((d) => ({ at: now - d * day, rating: 3, state: 2 })) };
    const card = { due: now - day, stability: 3, difficulty: 5, state: 2, reps: 1, lapses: 0, step: 0, days: 3, at: now - 4 * day };
    await page.goto('study/');
    await page.evaluate((v) => localStorage.setItem('atlas:study', v), JSON.stringify({ version: 2, learned: {}, saved: { [causal]: { at: 1 } }, cards: { [perplexity]: card }, log, notes: {}, settings: { retention: 0.9, testYourself: false, at: 0 } }));
    await page.reload();
    await expect(page.getByRole('link', { name: 'Review 1 due' })).toBeVisible();
    await page.locator('summary', { hasText: 'By topic' }).click();
    await expect(page.locator('.calendar .level-1').first()).toBeVisible();
    await axe('hub with a history, by topic open');
    // A question with code and math: hidden, revealed (grades with their due dates), graded; the note editor.
    await page.goto(CODE_AND_MATH[0]!);
    await page.getByRole('button', { name: 'Test yourself' }).click();
    await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
    await axe('test yourself, answer hidden');
    await page.getByRole('button', { name: /Show answer/ }).click();
    await expect(page.getByRole('button', { name: /^Good/ })).toContainText('due in');
    await expect(page.locator('article .answer math').first()).toBeVisible();
    await axe('test yourself, answer revealed with the grades');
    await page.getByRole('button', { name: /^Good/ }).click();
    await expect(page.locator('.reveal-done')).toContainText('Graded Good');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.getByLabel('Your note on this question')).toBeFocused();
    await axe('graded, with the note editor open');
    expect([...problems, ...errors]).toEqual([]);
  });

  test(`${theme} theme: the search page with results and a filter applied has no WCAG 2.2 AA violation`, async ({ page }) => {
    const errors = await prepare(page, theme);
    await page.goto('search/?q=attention');
    const results = page.locator('[data-search-page] .search-results li > a');
    await expect(results.first()).toBeVisible();
    await page.locator('[data-search-page] select[name="topic"]').selectOption('attention-transformers');
    await expect(page).toHaveURL(/[?&]topic=attention-transformers/);
    await expect(results.first()).toBeVisible();
    await expect(page.locator('[data-search-page] .result-excerpt mark').first()).toBeVisible();
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect([...describeViolations(page.url(), result.violations), ...errors]).toEqual([]);
  });
}

for (const theme of THEMES) {
  test(`${theme} theme: a question page with its other answers open and a topic page's subtopic lists, filtered, have no WCAG 2.2 AA violation`, async ({ page }) => {
    test.setTimeout(60_000);
    const errors = await prepare(page, theme);
    const problems: string[] = [];
    const axe = async (what: string) => problems.push(...describeViolations(`${page.url()} (${what})`, (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations));
    // The concept asked by the most sources, from the study index the build wrote.
    const rows: [string, string, string, string, string?][] = (await (await page.request.get('study-index.json')).json()).q;
    const members = new Map<string, string[]>();
    for (const r of rows) members.set(r[4] || r[0], [...(members.get(r[4] || r[0]) ?? []), r[0]]);
    const sources = (ids: string[]) => new Set(ids.map((id) => id.split('/')[0])).size;
    const ids = [...members.values()].sort((a, b) => sources(b) - sources(a) || b.length - a.length)[0]!;
    await page.goto(`questions/${ids[0]}/`);
    const details = page.locator('[data-other-answers] details');
    await expect(details).toHaveCount(ids.length - 1);
    for (const d of await details.all()) await d.locator('summary').click();
    for (const d of await details.all()) await expect(d.locator('.answer[data-answer]')).toBeVisible();
    await axe('every other answer open');

    // A topic page: its concepts under its subtopics (the one with most groups), a difficulty chosen.
    const best = mostGrouped(DIST);
    await page.goto(best.path);
    await page.locator('question-filter').getByLabel('Difficulty').selectOption('beginner');
    await expect(page.locator('.filter-count')).toHaveText(/^Showing \d+ of \d+ questions$/);
    await axe(`${best.groups} subtopic groups, beginners only`);
    expect([...problems, ...errors]).toEqual([]);
  });
}
