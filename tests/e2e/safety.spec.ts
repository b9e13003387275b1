// The unsafe test source (tests/fixtures/unsafe-source.md), rendered by the real pipeline and
// opened in Chromium: nothing runs (no dialog), nothing loads, and the markup shows as text.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readMarkdown } from '../../scripts/ingest/readers/markdown.ts';
import { renderMarkdown } from '../../src/lib/markdown/render.ts';

test('an unsafe source renders inert in the browser', async ({ page }) => {
  const { questions } = readMarkdown({ sourceId: 'unsafe', file: 'unsafe-source.md', text: readFileSync('tests/fixtures/unsafe-source.md', 'utf8') });
  const html = (await Promise.all(questions.map((q) => renderMarkdown(q.body)))).join('\n');
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.setContent(`<!doctype html><html><body><main>${html}</main></body></html>`);
  await page.locator('main a').first().click(); // the former javascript: link is now a plain <a> without href
  await page.locator('main b, main').first().hover();
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
  expect(await page.locator('main script, main img, main iframe, main svg, main style').count()).toBe(0);
  await expect(page.locator('main')).toContainText('<script>alert(1)</script>');
  await expect(page.locator('body')).toBeVisible(); // the <style> that would hide the body is text
});
