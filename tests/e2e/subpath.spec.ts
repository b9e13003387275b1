// The site works under a sub-path: dist-subpath/, built for /atlas/ by `npm run check:subpath`
// (which also checks every link and #anchor of every page of it; built here if it is missing or
// older than dist/), served there; a browser follows every link of the home page, a topic page and
// a question page, and uses search and the study tools.
import { test, expect } from '@playwright/test';
import { startServer } from '../../scripts/serve.ts';
import { ensureSubpathSite, SUBPATH_BASE } from '../../scripts/check/subpath-build.ts';

const BASE = SUBPATH_BASE;
let server: { url: string; close: () => Promise<void> };

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  server = await startServer({ dir: ensureSubpathSite(), base: BASE, port: 0, host: '127.0.0.1' });
});

test.afterAll(async () => {
  await server?.close();
});

async function linksOf(page: import('@playwright/test').Page): Promise<string[]> {
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return [...new Set(hrefs.filter((h) => h.startsWith(origin)).map((h) => h.split('#')[0]!))];
}

test('every link of the home page, a topic page and a question page resolves under the sub-path', async ({ page, request }) => {
  test.setTimeout(300_000);
  const origin = new URL(server.url).origin;
  const visited = new Set<string>();
  const check = async (url: string) => {
    if (visited.has(url)) return;
    visited.add(url);
    const res = await request.get(url);
    expect(res.status(), `${url} resolves`).toBe(200);
    expect(new URL(url).pathname.startsWith(BASE), `${url} stays under ${BASE}`).toBe(true);
  };

  await page.goto(server.url);
  const home = await linksOf(page);
  expect(home.length).toBeGreaterThan(20);
  for (const l of home) await check(l);

  const topic = home.find((l) => /\/atlas\/topics\/[^/]+\/$/.test(l))!;
  expect(topic).toBeTruthy();
  await page.goto(topic);
  const topicLinks = await linksOf(page);
  for (const l of topicLinks) await check(l);

  const question = topicLinks.find((l) => /\/atlas\/questions\//.test(l))!;
  await page.goto(question);
  for (const l of await linksOf(page)) await check(l);
  // Stylesheets, scripts and the favicon load from under the base too.
  const assets = await page.$$eval('link[href], script[src]', (els) =>
    els.map((e) => (e as HTMLLinkElement).href || (e as HTMLScriptElement).src),
  );
  for (const a of assets.filter((x) => x.startsWith(origin))) await check(a);
  expect(visited.size).toBeGreaterThan(30);
});

test('search works under the sub-path', async ({ page }) => {
  await page.goto(`${server.url}search/?q=dropout`);
  const first = page.locator('[data-search-page] .search-results li > a').first();
  await expect(first).toBeVisible();
  const href = await first.getAttribute('href');
  expect(href).toMatch(/^\/atlas\/questions\//);
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('study tools work under the sub-path: save, practice with answers, random, saved list', async ({ page }) => {
  await page.goto(`${server.url}questions/ml-dl-llm-2025/what-is-flash-attention/`);
  await page.getByRole('button', { name: 'Save for later' }).click();
  await expect(page.getByRole('button', { name: 'Save for later' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto(`${server.url}practice/?only=saved`);
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.locator('.practice-link')).toHaveAttribute('href', /^\/atlas\/questions\//);
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.locator('.practice-answer')).not.toBeEmpty();
  await expect(page.locator('.practice-answer')).not.toContainText('could not be loaded');
  await page.goto(`${server.url}saved/`);
  await expect(page.locator('.saved-groups a').first()).toHaveAttribute('href', /^\/atlas\/questions\//);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('button', { name: 'Random' }).click();
  await expect(page).toHaveURL(/\/atlas\/questions\/[^/]+\/[^/]+\/$/);
});

test('the header search dialog works under the sub-path', async ({ page }) => {
  await page.goto(`${server.url}questions/ml-dl-llm-2025/what-is-flash-attention/`);
  await page.keyboard.press('/');
  const dialog = page.locator('dialog.search-dialog');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('dropout');
  const first = dialog.locator('.search-results li > a').first();
  await expect(first).toBeVisible();
  expect(await first.getAttribute('href')).toMatch(/^\/atlas\/questions\/[^?]+\/\?highlight=dropout$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/atlas\/questions\/[^?]+\/\?highlight=dropout$/);
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
});
