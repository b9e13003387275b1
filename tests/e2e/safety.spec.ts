// The unsafe test source (tests/fixtures/unsafe-source.md: script, handlers, javascript: and data:
// links, comments, an iframe, a style, and titles that try to end <title>, attributes and JSON-LD)
// built into real pages: dist-subpath/, the test build of `npm run check:subpath` (built here if it
// is missing). In Chromium, with no Content-Security-Policy to help: its question pages, its topic
// page, search and practice run nothing (no dialog), load nothing from elsewhere, and show the
// would-be markup as text.
import { test, expect, type Page } from '@playwright/test';
import { startServer } from '../../scripts/serve.ts';
import { ensureSubpathSite, SUBPATH_BASE, UNSAFE_SOURCE } from '../../scripts/check/subpath-build.ts';

let server: { url: string; close: () => Promise<void> };

test.beforeAll(async () => {
  test.setTimeout(600_000); // builds dist-subpath/ only if check:subpath has not
  server = await startServer({ dir: ensureSubpathSite(), base: SUBPATH_BASE, port: 0, host: '127.0.0.1' });
});
test.afterAll(async () => server?.close());

/** Records what must never happen; `inert()` also inspects the current page's DOM. */
function watch(page: Page) {
  const problems: string[] = [];
  const origin = new URL(server.url).origin;
  page.on('dialog', async (d) => {
    problems.push(`dialog on ${page.url()}: ${d.message()}`);
    await d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin + SUBPATH_BASE)) problems.push(`request to ${r.url()} from ${page.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught on ${page.url()}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error on ${page.url()}: ${m.text()}`);
  });
  const inert = async () => {
    const found = await page.evaluate((base) => {
      const out: string[] = [];
      for (const s of document.querySelectorAll('script')) {
        if (s.src ? !s.src.startsWith(location.origin + base) : s.type !== 'application/ld+json') out.push(`script: ${s.src || s.textContent}`);
      }
      for (const e of document.querySelectorAll('*')) {
        for (const a of e.attributes) {
          if (/^on/i.test(a.name)) out.push(`${e.localName}[${a.name}]`);
          if (/^\s*(?:javascript|data|vbscript):/i.test(a.value) && ['href', 'src', 'action', 'formaction', 'data'].includes(a.name)) out.push(`${e.localName}[${a.name}=${a.value}]`);
        }
      }
      for (const e of document.querySelectorAll('main iframe, main object, main embed, main img, main style, main svg:not([aria-hidden="true"])')) out.push(`<${e.localName}> in main`);
      return out;
    }, SUBPATH_BASE);
    problems.push(...found.map((f) => `${page.url()}: ${f}`));
  };
  return { problems, inert };
}

test("the unsafe source's pages, topic page, search and practice run and load nothing", async ({ page }) => {
  test.setTimeout(120_000);
  const { problems, inert } = watch(page);

  // Its question pages, from its source page; each saved for the practice below.
  await page.goto(`${server.url}sources/${UNSAFE_SOURCE.id}/`);
  await inert();
  const questions = await page.locator(`main a[href^="${SUBPATH_BASE}questions/${UNSAFE_SOURCE.id}/"]`).evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))]);
  expect(questions).toHaveLength(3);
  // The topic page of the question whose title is script: a topic other sources share too, so
  // its filter offers the source (a topic of this source alone, "Other", has no source choice).
  let topicUrl = '';
  const topics = new Set<string>();
  for (const url of questions) {
    await page.goto(url);
    await inert();
    await page.locator('main').hover();
    // The former javascript: links are plain <a> without href: clicking one does nothing.
    for (const a of await page.locator('.answer a:not([href])').all()) await a.click();
    await page.getByRole('button', { name: 'Save for later' }).click();
    // Breadcrumbs: Home › Topics › <topic>.
    const topic = (await page.locator('nav.breadcrumbs a[href*="/topics/"]').last().getAttribute('href'))!;
    expect(topic).toMatch(/\/topics\/[^/]+\/$/);
    topics.add(topic);
    if (url.includes('what-does-this-script-do')) topicUrl = topic;
  }
  expect(topicUrl).not.toBe('');

  // The first question: its title is text everywhere, and the source's HTML comment is text too.
  await page.goto(questions.find((q) => q.includes('what-does-this-script-do'))!);
  await expect(page.locator('h1')).toHaveText("What does this script do? <script>alert('title')</script>");
  expect(await page.title()).toContain("<script>alert('title')</script>");
  await expect(page.locator('.answer')).toContainText('<!-- a comment that must not vanish into the page -->');
  await expect(page.locator('.answer')).toContainText('<script>alert(1)</script>');
  const comments = await page.locator('.answer').evaluate((el) => {
    const w = document.createTreeWalker(el, NodeFilter.SHOW_COMMENT);
    let n = 0;
    while (w.nextNode()) n++;
    return n;
  });
  expect(comments, 'live comment nodes in the answer').toBe(0);
  await expect(page.locator('body')).toBeVisible(); // the source's <style> that would hide it is text

  // Its topic pages; the one of the script title filtered to the unsafe source.
  for (const t of topics) {
    await page.goto(new URL(t, server.url).href);
    await inert();
  }
  await page.goto(new URL(topicUrl, server.url).href);
  await page.locator('question-filter select[name="source"]').selectOption(UNSAFE_SOURCE.id);
  await expect(page.locator('main').getByText("What does this script do? <script>alert('title')</script>")).toBeVisible();
  await inert();

  // Search: the results and their excerpts (Pagefind's HTML) show the markup as text.
  await page.goto(`${server.url}search/?q=alert&source=${UNSAFE_SOURCE.id}`);
  const results = page.locator('[data-search-page] .search-results li > a');
  await expect(results).toHaveCount(3);
  await expect(results.filter({ hasText: "<script>alert('title')</script>" })).toHaveCount(1);
  expect(await page.locator('.result-excerpt *:not(mark)').count(), 'elements other than <mark> in excerpts').toBe(0);
  await inert();

  // Practice: each card's title and revealed answer (taken from the question page) stay inert.
  await page.goto(`${server.url}practice/?only=saved`);
  await page.getByRole('button', { name: 'Start practice' }).click();
  for (let i = 0; i < 3; i++) {
    await expect(page.locator('.practice-link')).toHaveAttribute('href', new RegExp(`^${SUBPATH_BASE}questions/${UNSAFE_SOURCE.id}/`));
    await page.getByRole('button', { name: /Show answer/ }).click();
    await expect(page.locator('.practice-answer')).not.toBeEmpty();
    await expect(page.locator('.practice-answer')).not.toContainText('could not be loaded');
    await inert();
    await page.getByRole('button', { name: /^Good/ }).click();
  }
  await expect(page.locator('.practice-done')).toBeVisible();
  await page.waitForTimeout(300); // a late onerror or timer would fire by now
  expect(problems).toEqual([]);
});
