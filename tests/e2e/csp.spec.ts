// The site under the Content-Security-Policy it ships in public/_headers: search, theme,
// study progress and test-yourself work, with no CSP violation and no console error.
import { test, expect, type Page } from '@playwright/test';
import { startServer } from '../../scripts/serve.ts';
import { readHeadersFile } from '../../scripts/headers.ts';
import { normalizeBase } from '../../src/lib/site-config.ts';

const DIST = process.env.ATLAS_OUT_DIR ?? 'dist';
const headers = readHeadersFile(`${DIST}/_headers`);
let server: { url: string; close: () => Promise<void> };

test.beforeAll(async () => {
  server = await startServer({ dir: DIST, base: normalizeBase(process.env.ATLAS_BASE), port: 0, host: '127.0.0.1', headers });
});
test.afterAll(async () => server?.close());

async function watch(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  return async () => [...problems, ...((await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations)) ?? [])];
}

test('the shipped headers carry the strict policy', () => {
  expect(headers['Content-Security-Policy']).toBe(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'",
  );
});

test('search, theme and progress work under the CSP with no violation', async ({ page }) => {
  const problems = await watch(page);
  const res = await page.goto(`${server.url}questions/ml-dl-llm-2025/what-is-flash-attention/`);
  expect(res!.headers()['content-security-policy']).toBe(headers['Content-Security-Policy']);

  // Theme: toggled, and applied again after a reload by the head script.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Progress: mark as learned, still learned after a reload.
  await page.getByRole('button', { name: 'Mark as learned' }).click();
  await page.reload();
  await expect(page.locator('study-actions button[data-action="learned"]')).toHaveAttribute('aria-pressed', 'true');

  // Search: Pagefind's script, worker and WebAssembly all load under the policy.
  await page.keyboard.press('/');
  await page.keyboard.type('dropout');
  await expect(page.locator('dialog.search-dialog .search-results li > a').first()).toBeVisible();

  // A formula page (MathML) in test-yourself mode: hidden by the head script after a reload,
  // revealed and graded (the scheduler loads under the policy), then the mode is turned off.
  await page.goto(`${server.url}questions/llm-fifty/how-are-attention-scores-calculated-in-transformers/`);
  await page.getByRole('button', { name: 'Test yourself' }).click();
  await page.reload();
  await expect(page.locator('.answer')).toBeHidden();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await expect(page.locator('.answer math').first()).toBeVisible();
  await page.getByRole('button', { name: /^Good/ }).click();
  await expect(page.locator('.reveal-done')).toContainText('Graded Good');
  await page.getByRole('button', { name: 'Test yourself' }).click();
  await page.goto(`${server.url}search/?q=kv+cache`);
  await expect(page.locator('[data-search-page] .search-results li > a').first()).toBeVisible();

  expect(await problems()).toEqual([]);
});
