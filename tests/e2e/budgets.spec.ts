// Byte budgets as a browser sees them: the heaviest question pages opened fresh (new context,
// cache disabled), every response of the first visit counted until the network is idle, before any
// interaction. Budgets (gzip): JS <= 10 KB, CSS <= 15 KB, no font, everything <= 40 KB. The test
// server does not compress, so each body is gzipped here (level 9, close to what hosts send);
// headers are not counted. tests/unit/site/budgets.test.ts checks every page statically; this
// checks that what really loads (module imports, fetches, workers) agrees.
import { test, expect, type Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { questionPaths } from '../helpers/dist.ts';
import { BENCH_QUERIES, FIRST_VISIT, fromSlash } from '../../scripts/bench/search.ts';
import { startServer } from '../../scripts/serve.ts';
import { gzipSync } from 'node:zlib';

const DIST = process.env.ATLAS_OUT_DIR ?? 'dist';
const KB = 1024;

/** The question pages with the most HTML (gzip), plus the two with both code and math. */
function heavyPages(n: number): string[] {
  const pages: { path: string; gz: number }[] = [];
  for (const path of questionPaths(DIST)) pages.push({ path, gz: gzipSync(readFileSync(join(DIST, path, 'index.html'))).length });
  const heaviest = pages.sort((a, b) => b.gz - a.gz).slice(0, n).map((p) => p.path);
  return [...new Set([...heaviest, 'questions/ml-llm-qa/what-is-perplexity-how-is-it-computed/', 'questions/ml-llm-qa/how-does-the-causal-mask-work-mathematically/'])];
}

interface Visit {
  js: number;
  css: number;
  fonts: string[];
  total: number;
  responses: number;
}

async function firstVisit(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const bodies: Promise<void>[] = [];
  const v: Visit = { js: 0, css: 0, fonts: [], total: 0, responses: 0 };
  page.on('response', (r) => {
    bodies.push(
      (async () => {
        if (r.status() >= 300 && r.status() < 400) return;
        const body = await r.body().catch(() => Buffer.alloc(0));
        const gz = gzipSync(body, { level: 9 }).length;
        const type = r.request().resourceType();
        const path = new URL(r.url()).pathname;
        v.responses++;
        v.total += gz;
        if (type === 'script' || /\.m?js$/.test(path)) v.js += gz;
        else if (type === 'stylesheet' || path.endsWith('.css')) v.css += gz;
        if (type === 'font' || /\.(?:woff2?|ttf|otf|eot)$/i.test(path)) v.fonts.push(path);
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(bodies);
  await context.close();
  return v;
}

test('the heaviest question pages load within JS 10 KB, CSS 15 KB, no font, 40 KB in all (gzip), in Chromium', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const rows: string[] = [];
  const visits: [string, Visit][] = [];
  for (const path of heavyPages(5)) {
    const v = await firstVisit(browser, new URL(path, baseURL).href);
    visits.push([path, v]);
    rows.push(`  ${path}: JS ${(v.js / KB).toFixed(1)} KB, CSS ${(v.css / KB).toFixed(1)} KB, fonts ${v.fonts.length}, total ${(v.total / KB).toFixed(1)} KB in ${v.responses} responses`);
  }
  console.log(`first visit in Chromium (gzip, cache disabled, until network idle):\n${rows.join('\n')}`);
  for (const [path, v] of visits) {
    // Not a test that cannot fail: the page, its stylesheet and its scripts were all counted.
    expect(v.js, `${path} JS counted`).toBeGreaterThan(1 * KB);
    expect(v.css, `${path} CSS counted`).toBeGreaterThan(1 * KB);
    expect(v.js, `${path} JS`).toBeLessThanOrEqual(10 * KB);
    expect(v.css, `${path} CSS`).toBeLessThanOrEqual(15 * KB);
    expect(v.fonts, `${path} fonts`).toEqual([]);
    expect(v.total, `${path} first visit`).toBeLessThanOrEqual(40 * KB);
  }
});

// Issue 17's budget for search: the bench's queries, each typed into the header dialog on a first
// visit, from "/" until its results show; bytes as the server sent them, from a server that sends
// files as they are and from one that compresses text as hosts do (Pagefind's own files are gzip).
test('a first search fetches at most 150 KB from a plain server and 100 KB from one that compresses', async ({ browser }) => {
  test.setTimeout(120_000);
  for (const [gzip, budget] of [[false, 150_000], [true, 100_000]] as const) {
    const sent = { n: 0 };
    const server = await startServer({ dir: DIST, base: '/', port: 0, host: '127.0.0.1', gzip, onSent: (_, b) => (sent.n += b) });
    try {
      for (const q of BENCH_QUERIES) {
        const context = await browser.newContext(FIRST_VISIT);
        const { kb } = await fromSlash(await context.newPage(), server.url, q, sent);
        await context.close();
        expect(kb * 1024, `"${q}"${gzip ? ', gzip' : ''}`).toBeLessThanOrEqual(budget);
        expect(kb, `"${q}" counted`).toBeGreaterThan(20);
      }
    } finally {
      await server.close();
    }
  }
});
