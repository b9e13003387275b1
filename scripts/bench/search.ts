// Search benchmark in headless Chromium: for fixed queries, the time from the last keystroke
// to the first result shown, and the bytes fetched for it, with a cold cache (new browser
// context) and warm (the same context, a second time). It prints; it asserts nothing.
import { chromium } from '@playwright/test';
import { startServer } from '../serve.ts';

export const BENCH_QUERIES = ['kv cache', 'vanishing gradient', 'BM25 vs TF-IDF', 'LoRA', 'attention', 'precision recall', 'dropout', 'RAG chunking'];

export async function benchSearch(dir: string): Promise<void> {
  const server = await startServer({ dir, base: '/', port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: process.env.ATLAS_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const rows: string[][] = [];
    for (const q of BENCH_QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      page.on('requestfinished', async (r) => {
        const s = await r.sizes().catch(() => undefined);
        if (s) bytes += s.responseBodySize + s.responseHeadersSize;
      });
      const measure = async () => {
        await page.goto(`${server.url}questions/`.replace(/questions\/$/, ''), { waitUntil: 'networkidle' });
        bytes = 0;
        await page.keyboard.press('/');
        await page.keyboard.type(q.slice(0, -1));
        const t0 = await page.evaluate(() => performance.now());
        await page.keyboard.type(q.slice(-1));
        await page.waitForFunction(
          (query) => {
            const d = document.querySelector('dialog.search-dialog');
            const status = d?.querySelector('.search-status')?.textContent ?? '';
            // Results shown, or the answer that there are none: either way the search is done.
            return status.includes(`“${query}”`);
          },
          q,
          { polling: 20, timeout: 15_000 },
        ).catch(async (e) => {
          const d = page.locator('dialog.search-dialog');
          throw new Error(`no result for "${q}": status "${await d.locator('.search-status').textContent()}", box "${await d.locator('input').inputValue()}"`, { cause: e });
        });
        const t1 = await page.evaluate(() => performance.now());
        await page.waitForLoadState('networkidle');
        const n = await page.locator('dialog.search-dialog .search-results li > a').count();
        return { ms: t1 - t0, kb: bytes / 1024, n };
      };
      const cold = await measure();
      const warm = await measure();
      rows.push([q, String(cold.n), cold.ms.toFixed(0), cold.kb.toFixed(1), warm.ms.toFixed(0), warm.kb.toFixed(1)]);
      await context.close();
    }
    const head = ['query', 'shown', 'cold ms', 'cold KiB', 'warm ms', 'warm KiB'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (xs: string[]) => xs.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
    console.log(line(head));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows) console.log(line(r));
    console.log('(cold: new browser context, nothing cached; warm: same context, page reloaded; ms from last keystroke to first result shown)');
  } finally {
    await browser.close();
    await server.close();
  }
}
