// The site offline, with its server STOPPED (a browser's offline emulation can be answered from
// its HTTP cache, so it would prove nothing): each test serves the build on a port of its own,
// lets the service worker install, stops the server and goes on browsing. A topic and the whole
// site made available offline, search over what is cached, practice and saving; a new deploy
// offered as "New version: reload" that replaces the cache whole; the same under a sub-path. The
// server sends the site's headers, its Content-Security-Policy included.
import { test, expect, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/serve.ts';
import { readHeadersFile } from '../../scripts/headers.ts';
import { writeServiceWorker } from '../../scripts/build/service-worker.ts';
import { ensureSubpathSite, SUBPATH_BASE } from '../../scripts/check/subpath-build.ts';
import { normalizeBase } from '../../src/lib/site-config.ts';
import type { OfflineList } from '../../src/scripts/offline/cache.ts';
import { KEY, FLASH, practiceState } from './study-helpers.ts';

const DIST = process.env.ATLAS_OUT_DIR ?? 'dist';
const BASE = normalizeBase(process.env.ATLAS_BASE);
const list = (dir: string) => JSON.parse(readFileSync(join(dir, 'offline.json'), 'utf8')) as OfflineList;
const questionPages = (l: OfflineList, idx: number[]) => idx.map((i) => l.files[i]!.path).filter((p) => p.startsWith('questions/'));

test.describe.configure({ mode: 'serial' });

type Server = Awaited<ReturnType<typeof startServer>>;
// With the site's headers: the worker and the manifest work under its Content-Security-Policy.
const serve = (dir: string, port = 0, base = BASE) => startServer({ dir, base, port, host: '127.0.0.1', headers: readHeadersFile(join(dir, '_headers')) });
const portOf = (s: Server) => Number(new URL(s.url).port);

/** Opens `url` and waits until the service worker controls the page (first install: it claims it). */
async function installed(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** Opens "Make … available offline", downloads, and returns the final status line. */
async function makeOffline(page: Page, name: RegExp) {
  const save = page.locator('offline-save');
  if ((await save.locator('details').getAttribute('open')) === null) await save.getByText(name).click();
  const button = save.getByRole('button', { name: /^Download \d/ });
  await expect(save.locator('[data-offline-status]')).toContainText(/files to download: [\d.]+ MB\./);
  await button.click();
  await expect(save.locator('[data-offline-status]')).toHaveText(/^Available offline: all \d+ files/, { timeout: 120_000 });
  return save.locator('[data-offline-status]').textContent();
}

async function searchLinks(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('/');
  await page.locator('dialog.search-dialog input[type=search]').fill(query);
  const links = page.locator('dialog.search-dialog .search-results li > a');
  await expect(links.first()).toBeVisible({ timeout: 15_000 });
  return links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('a topic made available offline opens, is searched, practised and saved with the server stopped', async ({ page }) => {
  test.setTimeout(120_000);
  const l = list(DIST);
  // The smallest topic with a few questions; a page visited in another topic; one never opened.
  const [topic, idx] = Object.entries(l.topics).filter(([, i]) => i.length >= 7).sort((a, b) => a[1].length - b[1].length)[0]!;
  const inTopic = questionPages(l, idx);
  const flash = `questions/${FLASH}/`;
  const never = l.files.map((f) => f.path).find((p) => p.startsWith('questions/') && !inTopic.includes(p) && p !== flash)!;

  let server = await serve(DIST);
  const url = (p: string) => server.url + p;
  await installed(page, url(flash));
  await page.reload(); // now through the worker: the page is kept
  await page.goto(url(`topics/${topic}/`));
  const status = await makeOffline(page, /this topic available offline/);
  expect(status).toContain(`all ${idx.length} files`);
  await page.goto(url(inTopic[0]!));
  await page.getByRole('button', { name: 'Save for later' }).click();

  const port = portOf(server);
  await server.close();
  expect(await page.evaluate((u) => fetch(u, { method: 'HEAD', cache: 'no-store' }).then(() => 'answered', () => 'refused'), url('sw.js'))).toBe('refused');

  // Pages: downloaded, visited, shell; one never saved gets the offline page.
  for (const p of [inTopic[1]!, flash, '', `topics/${topic}/`]) {
    const res = await page.goto(url(p));
    expect(res?.ok(), p).toBe(true);
    await expect(page.locator('h1')).toBeVisible();
  }
  await page.goto(url(never));
  await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();

  // Search: over the cached pages only, each result opens.
  await page.goto(url(inTopic[1]!));
  const title = (await page.locator('h1').textContent())!;
  const word = title.split(/\W+/).sort((a, b) => b.length - a.length)[0]!;
  const found = await searchLinks(page, word);
  const cached = new Set([...inTopic, flash].map((p) => new URL(url(p)).pathname));
  expect(found.length).toBeGreaterThan(0);
  expect(found.filter((p) => !cached.has(p))).toEqual([]);

  // Practice the saved question and mark another as learned, offline.
  await page.goto(url('practice/?only=saved'));
  await page.getByRole('button', { name: 'Start practice' }).click();
  await practiceState(page, 'question');
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.locator('.practice-card .practice-answer')).not.toBeEmpty();
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  await page.goto(url(inTopic[1]!));
  await page.getByRole('button', { name: 'Mark as learned' }).click();
  // Practising everything offline deals only cards whose page is kept, each with its answer.
  await page.goto(url('practice/?only=all'));
  await page.getByRole('button', { name: 'Start practice' }).click();
  await practiceState(page, 'question');
  const dealt = new URL((await page.locator('.practice-card .practice-link').getAttribute('href'))!, url('')).pathname;
  expect(cached.has(dealt), dealt).toBe(true);
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.locator('.practice-card .practice-answer')).not.toContainText('could not be loaded');

  // Back online (the same origin): nothing recorded offline is lost.
  server = await serve(DIST, port);
  await page.goto(url('saved/'));
  const id = (p: string) => p.replace(/^questions\/|\/$/g, '');
  const study = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY);
  expect(Object.keys(study.saved)).toEqual([id(inTopic[0]!)]);
  expect(Object.keys(study.learned)).toEqual([id(inTopic[1]!)]);
  expect(study.log[id(inTopic[0]!)]).toHaveLength(1);
  await server.close();
});

test('the whole site downloads, with its size, and search finds any question offline', async ({ page }) => {
  test.setTimeout(240_000);
  const l = list(DIST);
  const server = await serve(DIST);
  await installed(page, server.url);
  const save = page.locator('offline-save');
  await save.getByText('Make the whole site available offline').click();
  const mb = (l.files.reduce((n, f) => n + f.bytes, 0) / 1e6).toFixed(0);
  await expect(save.locator('[data-offline-status]')).toHaveText(`${l.files.length} of ${l.files.length} files to download: ${mb} MB.`);
  expect(await makeOffline(page, /whole site/)).toBe(`Available offline: all ${l.files.length} files (${mb} MB).`);
  const kept = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith('atlas-'));
    return { names, count: (await (await caches.open(names[0]!)).keys()).length };
  });
  expect(kept.names).toEqual([`atlas-${l.version}`]);
  expect(kept.count).toBe(l.shell.length + l.files.length + 1); // + offline.json

  await server.close();
  // Search finds questions of every topic, none of them opened before, and each opens.
  await page.goto(`${server.url}topics/`);
  const found = await searchLinks(page, 'gradient');
  const topics = new Set(found.map((p) => Object.entries(l.topics).find(([, idx]) => questionPages(l, idx).some((q) => p.endsWith(`/${q}`)))?.[0]));
  expect(topics.size).toBeGreaterThan(2);
  await page.goto(new URL(found.at(-1)!, server.url).href);
  await expect(page.locator('.answer').first()).toBeVisible();
});

test('a new deploy is offered as "New version: reload" and replaces the cache whole', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'atlas-deploy-'));
  try {
    cpSync(DIST, dir, { recursive: true });
    const l = list(dir);
    const [changed, kept] = questionPages(l, l.files.map((_, i) => i)).slice(0, 2) as [string, string];
    let server = await serve(dir);
    const url = (p: string) => server.url + p;
    await installed(page, url(changed));
    await page.goto(url(kept));
    await page.goto(url(changed));
    const before = (await page.locator('h1').textContent())!;

    // The next deploy: one page changed, so a new worker with a new version.
    const file = join(dir, changed, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace(`>${before}</h1>`, `>${before} (edited)</h1>`));
    const next = writeServiceWorker(dir, BASE).version;
    expect(next).not.toBe(l.version);

    // The browser checks for a new worker on navigation; a question page offers it too (its
    // script is imported only then, outside the page's script budget).
    await page.goto(url(kept));
    const banner = page.getByRole('status').filter({ hasText: 'New version:' });
    await expect(banner).toBeVisible({ timeout: 30_000 });
    await banner.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction((v) => caches.keys().then((k) => k.join() === `atlas-${v}`), next, { timeout: 30_000 });
    await expect(banner).toBeHidden();

    // Offline: the changed page in its new version, the unchanged one carried over.
    await server.close();
    await page.goto(url(changed));
    await expect(page.locator('h1')).toHaveText(`${before} (edited)`);
    await page.goto(url(kept));
    await expect(page.locator('h1')).toBeVisible();
    server = await serve(dir, portOf(server));
    await server.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('under a sub-path: the manifest and the worker follow the base, and pages open offline', async ({ page }) => {
  test.setTimeout(600_000);
  const dir = ensureSubpathSite();
  const server = await serve(dir, 0, SUBPATH_BASE);
  const manifest = await (await page.request.get(`${server.url}manifest.webmanifest`)).json();
  expect([manifest.start_url, manifest.scope, manifest.display]).toEqual([SUBPATH_BASE, SUBPATH_BASE, 'standalone']);
  await installed(page, `${server.url}topics/`);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => new URL(r!.scope).pathname))).toBe(SUBPATH_BASE);
  await server.close();
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ML Interview Atlas');
  await page.goto(`${server.url}practice/`);
  await expect(page.getByRole('button', { name: 'Start practice' })).toBeVisible();
});
