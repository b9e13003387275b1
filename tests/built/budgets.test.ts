// Byte budgets of the built site, in bytes (gzip), not timers. Starlight, the lightest docs
// framework, budgets 27 KB of JS and 16.75 KB of CSS; ours, for every question page:
//   JavaScript loaded before search is opened  <= 10 KB
//   CSS                                         <= 15 KB
//   no web font file referenced by its CSS
//   first visit in all (HTML + CSS + JS + images) <= 40 KB
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { questionPaths } from '../helpers/dist.ts';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

const DIST = process.env.ATLAS_OUT_DIR ?? 'dist';
const KB = 1024;
type El = DefaultTreeAdapterMap['element'];

const gz = (bytes: Buffer | string) => gzipSync(bytes).length;
const file = (url: string) => join(DIST, url.replace(/^\/+/, '').split(/[?#]/)[0]!);

function elements(html: string): El[] {
  const out: El[] = [];
  const walk = (n: { childNodes?: unknown[] }) => {
    for (const c of (n.childNodes ?? []) as El[]) {
      if (c.tagName) out.push(c);
      walk(c);
    }
  };
  walk(parse(html) as never);
  return out;
}
const attr = (e: El, name: string) => e.attrs.find((a) => a.name === name)?.value;

/** A module and everything it imports statically (not `import()`: that loads later, on demand). */
function staticClosure(url: string, seen = new Set<string>()): Set<string> {
  if (seen.has(url)) return seen;
  seen.add(url);
  const code = readFileSync(file(url), 'utf8');
  for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    staticClosure(new URL(m[1]!, `http://x${url}`).pathname, seen);
  }
  return seen;
}

interface PageBytes {
  html: number;
  js: number;
  css: number;
  images: number;
  fonts: string[];
}

function measure(page: string): PageBytes {
  const html = readFileSync(join(DIST, page));
  const els = elements(html.toString('utf8'));
  const scripts = new Set<string>();
  for (const e of els) {
    const src = e.tagName === 'script' ? attr(e, 'src') : e.tagName === 'link' && attr(e, 'rel') === 'modulepreload' ? attr(e, 'href') : undefined;
    if (src) for (const u of staticClosure(src)) scripts.add(u);
  }
  const sheets = els.filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'stylesheet').map((e) => attr(e, 'href')!);
  const css = sheets.map((s) => readFileSync(file(s), 'utf8'));
  const fonts = css.flatMap((c) => [...c.matchAll(/url\(([^)]+\.(?:woff2?|ttf|otf|eot))\)/g)].map((m) => m[1]!));
  const images = els
    .filter((e) => e.tagName === 'img' || (e.tagName === 'link' && attr(e, 'rel') === 'icon'))
    .map((e) => attr(e, 'src') ?? attr(e, 'href')!)
    .filter((u) => u.startsWith('/'));
  return {
    html: gz(html),
    js: [...scripts].reduce((n, s) => n + gz(readFileSync(file(s))), 0),
    css: css.reduce((n, c) => n + gz(c), 0),
    images: images.reduce((n, i) => n + gz(readFileSync(file(i))), 0),
    fonts,
  };
}

describe('byte budgets of question pages', () => {
  beforeAll(() => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no built site in ${DIST}/: run "npm run build" first`);
  });

  it('every question page stays within JS 10 KB, CSS 15 KB, no fonts, 40 KB in all (gzip)', () => {
    const pages = questionPaths(DIST).map((p) => join(p, 'index.html'));
    expect(pages.length).toBeGreaterThan(800);
    const all = pages.map((p) => ({ p, ...measure(p) }));
    const total = (x: PageBytes) => x.html + x.js + x.css + x.images;
    const max = (f: (x: PageBytes) => number) => all.reduce((a, b) => (f(b) > f(a) ? b : a));
    const heaviest = max(total);
    console.log(
      `question pages (gzip): JS max ${(max((x) => x.js).js / KB).toFixed(1)} KB, CSS max ${(max((x) => x.css).css / KB).toFixed(1)} KB, ` +
        `HTML max ${(max((x) => x.html).html / KB).toFixed(1)} KB, first visit max ${(total(heaviest) / KB).toFixed(1)} KB (${heaviest.p})`,
    );
    for (const x of all) {
      expect(x.js, `${x.p} JS`).toBeLessThanOrEqual(10 * KB);
      expect(x.css, `${x.p} CSS`).toBeLessThanOrEqual(15 * KB);
      expect(x.fonts, `${x.p} fonts`).toEqual([]);
      expect(total(x), `${x.p} first visit`).toBeLessThanOrEqual(40 * KB);
    }
  });

  it('counts what it should: the JS of a question page includes its modules imports, not search', () => {
    const q = measure('questions/ml-dl-llm-2025/what-is-flash-attention/index.html');
    expect(q.js).toBeGreaterThan(1 * KB); // theme, copy link, study buttons, search launcher...
    // Pagefind's WebAssembly alone is far larger than the whole budget: search loads on demand.
    expect(statSync(join(DIST, 'pagefind/wasm.en.pagefind')).size).toBeGreaterThan(10 * KB);
  });
});
