// Search benchmark in headless Chromium, typing into the header dialog. For fixed queries:
//   cold      a new browser context, nothing cached: from the FIRST keystroke ("/", which starts
//             loading the search code, then Pagefind, while the rest is typed) until the results of
//             the whole query are on screen, and the bytes the server sent meanwhile, from a plain
//             static server and from one that compresses text as hosts do (gzip);
//   warm      the same context, page reloaded: the same, from "/" (the code is cached, Pagefind
//             starts again);
//   typing    search already open and loaded: from the LAST keystroke of the query to its results.
// Then MRR@3 per kind of query over the hand-written relevance cases (scripts/bench/search-cases.ts).
// It prints; it asserts nothing.
import { chromium, type Browser, type Page } from '@playwright/test';
import { startServer } from '../serve.ts';
import { KINDS, rankOf, readCases, topResults } from './search-cases.ts';

export const BENCH_QUERIES = ['kv cache', 'vanishing gradient', 'BM25 vs TF-IDF', 'LoRA', 'attention', 'precision recall', 'dropout', 'RAG chunking'];

/**
 * A first visit with no service worker: the worker registered by a page precaches the study pages in
 * the background (README, Offline), bytes that a search neither waits for nor needs, and that would
 * otherwise be counted or not depending on when they happen to arrive.
 */
export const FIRST_VISIT = { serviceWorkers: 'block' } as const;

const now = (page: Page) => page.evaluate(() => performance.now());

async function shown(page: Page, q: string) {
  await page
    // The panel says which query its results are for: done when it is this one.
    .waitForFunction((query) => document.querySelector<HTMLElement>('dialog.search-dialog [data-search-panel]')?.dataset.query === query, q.trim(), { polling: 'raf', timeout: 15_000 })
    .catch(async (e) => {
      const d = page.locator('dialog.search-dialog');
      throw new Error(`no result for "${q}": status "${await d.locator('.search-status').textContent()}", box "${await d.locator('input').inputValue()}"`, { cause: e });
    });
}

/** From "/" on a loaded page to the results of `q`, with the bytes sent meanwhile (also tests/e2e/budgets.spec.ts). */
export async function fromSlash(page: Page, url: string, q: string, sent: { n: number }) {
  await page.goto(url, { waitUntil: 'networkidle' });
  sent.n = 0;
  const t0 = await now(page);
  await page.keyboard.press('/');
  await page.keyboard.type(q);
  await shown(page, q);
  const ms = (await now(page)) - t0;
  const kb = sent.n / 1024;
  await page.waitForLoadState('networkidle');
  return { ms, kb };
}

/** Search open and loaded: from the last keystroke of `q` to its results. */
async function typing(page: Page, q: string) {
  const box = page.locator('dialog.search-dialog input[name="q"]');
  await box.fill('');
  await page.waitForFunction(() => document.querySelector<HTMLElement>('dialog.search-dialog [data-search-panel]')?.dataset.query === '', undefined, { polling: 'raf' });
  await page.keyboard.type(q.slice(0, -1));
  await shown(page, q.slice(0, -1));
  const t0 = await now(page);
  await page.keyboard.type(q.slice(-1));
  await shown(page, q);
  return (await now(page)) - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function timings(browser: Browser, dir: string) {
  let sent = { n: 0 };
  const plain = await startServer({ dir, base: '/', port: 0, host: '127.0.0.1', onSent: (_, b) => (sent.n += b) });
  const gzip = await startServer({ dir, base: '/', port: 0, host: '127.0.0.1', gzip: true, onSent: (_, b) => (sent.n += b) });
  const rows: string[][] = [];
  const col: Record<string, number[]> = { cold: [], kb: [], gz: [], warm: [], typing: [] };
  try {
    for (const q of BENCH_QUERIES) {
      const context = await browser.newContext(FIRST_VISIT);
      const page = await context.newPage();
      const cold = await fromSlash(page, plain.url, q, sent);
      const warm = await fromSlash(page, plain.url, q, sent);
      const typed = await typing(page, q);
      await context.close();
      const gzContext = await browser.newContext(FIRST_VISIT);
      const gz = await fromSlash(await gzContext.newPage(), gzip.url, q, (sent = { n: 0 }));
      await gzContext.close();
      const r = { cold: cold.ms, kb: cold.kb, gz: gz.kb, warm: warm.ms, typing: typed };
      for (const k of Object.keys(col)) col[k]!.push(r[k as keyof typeof r]);
      rows.push([q, r.cold.toFixed(0), r.kb.toFixed(1), r.gz.toFixed(1), r.warm.toFixed(0), r.typing.toFixed(0)]);
    }
  } finally {
    await plain.close();
    await gzip.close();
  }
  rows.push(['median', ...['cold', 'kb', 'gz', 'warm', 'typing'].map((k) => median(col[k]!).toFixed(k === 'kb' || k === 'gz' ? 1 : 0))]);
  table(['query', 'cold ms', 'cold KiB', 'cold KiB gzip', 'warm ms', 'typing ms'], rows);
  console.log(
    '(cold: new browser context, from the first keystroke ("/") to the results of the whole query, and KiB the server sent meanwhile,\n' +
      ' plain, then from a server compressing text (gzip); warm: same context, page reloaded, from "/"; typing: search open and loaded,\n' +
      ' from the last keystroke of the query to its results on screen)',
  );
}

async function relevance(browser: Browser, dir: string) {
  const server = await startServer({ dir, base: '/', port: 0, host: '127.0.0.1' });
  const page = await browser.newPage();
  const by: Record<string, { n: number; rr: number; first: number; top3: number }> = {};
  try {
    await page.goto(`${server.url}search/`);
    for (const c of readCases()) {
      const rank = rankOf(await topResults(page, c.query), c);
      for (const k of [c.kind, 'all']) {
        const s = (by[k] ??= { n: 0, rr: 0, first: 0, top3: 0 });
        s.n++;
        s.rr += rank ? 1 / rank : 0;
        s.first += rank === 1 ? 1 : 0;
        s.top3 += rank ? 1 : 0;
      }
    }
  } finally {
    await page.close();
    await server.close();
  }
  const rows = [...KINDS, 'all'].map((k) => {
    const s = by[k]!;
    return [k, String(s.n), (s.rr / s.n).toFixed(3), `${s.first}`, `${s.top3}`];
  });
  console.log('');
  table(['kind', 'queries', 'MRR@3', 'first', 'top 3'], rows);
  console.log('(tests/corpus/search-queries.yaml, typed into /search/: reciprocal rank of the first expected question within the first three)');
}

function table(head: string[], rows: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (xs: string[]) => xs.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

export async function benchSearch(dir: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.ATLAS_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    await timings(browser, dir);
    await relevance(browser, dir);
  } finally {
    await browser.close();
  }
}
