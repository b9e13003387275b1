// Search benchmark in headless Chromium: for fixed queries typed into the header dialog, the time
// from the FIRST keystroke ("/", which starts loading the search code, then Pagefind, while the
// rest is typed) until the results of the whole query are on screen, and the bytes fetched in
// that time. Cold: a new browser context, nothing cached. Warm: the same context, page reloaded.
// It prints; it asserts nothing.
import { chromium, type Page } from '@playwright/test';
import { startServer } from '../serve.ts';

export const BENCH_QUERIES = ['kv cache', 'vanishing gradient', 'BM25 vs TF-IDF', 'LoRA', 'attention', 'precision recall', 'dropout', 'RAG chunking'];

interface Measure {
  ms: number;
  kb: number;
  shown: number;
}

async function measure(page: Page, url: string, q: string, bytes: { n: number }): Promise<Measure> {
  await page.goto(url, { waitUntil: 'networkidle' });
  bytes.n = 0;
  const t0 = await page.evaluate(() => performance.now());
  await page.keyboard.press('/');
  await page.keyboard.type(q);
  await page
    .waitForFunction(
      // The panel says which query its results are for: done when it is this one.
      (query) => document.querySelector<HTMLElement>('dialog.search-dialog [data-search-panel]')?.dataset.query === query,
      q,
      { polling: 10, timeout: 15_000 },
    )
    .catch(async (e) => {
      const d = page.locator('dialog.search-dialog');
      throw new Error(`no result for "${q}": status "${await d.locator('.search-status').textContent()}", box "${await d.locator('input').inputValue()}"`, { cause: e });
    });
  const t1 = await page.evaluate(() => performance.now());
  const kb = bytes.n / 1024; // fetched until the results were shown
  const shown = await page.locator('dialog.search-dialog .search-results li > a').count();
  await page.waitForLoadState('networkidle');
  return { ms: t1 - t0, kb, shown };
}

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
      const bytes = { n: 0 };
      page.on('requestfinished', async (r) => {
        const s = await r.sizes().catch(() => undefined);
        if (s) bytes.n += s.responseBodySize + s.responseHeadersSize;
      });
      const cold = await measure(page, server.url, q, bytes);
      const warm = await measure(page, server.url, q, bytes);
      rows.push([q, String(cold.shown), cold.ms.toFixed(0), cold.kb.toFixed(1), warm.ms.toFixed(0), warm.kb.toFixed(1)]);
      await context.close();
    }
    const head = ['query', 'shown', 'cold ms', 'cold KiB', 'warm ms', 'warm KiB'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (xs: string[]) => xs.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
    console.log(line(head));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows) console.log(line(r));
    console.log(
      '(ms: from the first keystroke, "/" on the home page, to the results of the whole query on screen; KiB: fetched meanwhile;\n' +
        ' cold: new browser context, nothing cached; warm: same context, page reloaded)',
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
