// Source text is data: a source full of script, event handlers, javascript: links and HTML
// comments, ingested and rendered by the real pipeline, yields pages where none of it is live:
// first the answer HTML alone, then the real built pages of the test build (dist-subpath/, made by
// `npm run check:subpath` with the unsafe source added), titles, meta tags and JSON-LD included.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { questionPaths } from '../../helpers/dist.ts';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { ingest } from '../../../scripts/ingest/ingest.ts';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';
import { visibleText } from '../../helpers/visible.ts';
import { SUBPATH_BASE, SUBPATH_DIR, UNSAFE_SOURCE } from '../../../scripts/check/subpath-build.ts';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];

function walk(node: Node, visit: (n: Node) => void) {
  visit(node);
  for (const c of ('childNodes' in node ? node.childNodes : []) as Node[]) walk(c, visit);
  if ('content' in node && node.content) walk(node.content as Node, visit);
}

/** Everything in rendered HTML that a browser would run, load or hide. */
export function liveParts(html: string): string[] {
  const found: string[] = [];
  walk(parse(`<!doctype html><html><body>${html}</body></html>`), (n) => {
    if (n.nodeName === '#comment') found.push(`comment: ${(n as { data: string }).data}`);
    if (!('tagName' in n)) return;
    if (['script', 'iframe', 'style', 'object', 'embed', 'img', 'svg'].includes(n.tagName)) found.push(`<${n.tagName}>`);
    for (const a of n.attrs) {
      if (/^on/i.test(a.name)) found.push(`${n.tagName}[${a.name}]`);
      if (['href', 'src', 'action', 'formaction'].includes(a.name) && /^\s*(?:javascript|data|vbscript):/i.test(a.value)) found.push(`${n.tagName}[${a.name}=${a.value}]`);
    }
  });
  return found;
}

const { files } = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-unsafe-'));
  copyFileSync('tests/fixtures/unsafe-source.md', join(dir, 'unsafe.md'));
  writeFileSync(join(dir, 'sources.json'), JSON.stringify({ sources: [{ id: 'unsafe', title: 'Unsafe', file: 'unsafe.md', format: 'markdown', origin: 'test' }] }));
  return ingest({ manifest: join(dir, 'sources.json'), outDir: join(dir, 'out'), write: false });
})();

describe('an unsafe source', () => {

  it('is ingested as three questions, the titles kept as plain text', () => {
    expect(files.map((f) => f.frontmatter.title)).toEqual([
      "What does this script do? <script>alert('title')</script>",
      'Is inline HTML in a list safe?',
      `Can a title end the JSON-LD? </script><script>alert('jsonld')</script> "><svg onload=alert('attr')> </title><script>alert('head')</script>`,
    ]);
  });

  it('renders with no live script, handler, javascript: or data: URL, frame, style or comment', async () => {
    for (const f of files) {
      const html = await renderMarkdown(f.body);
      expect(liveParts(html), f.id).toEqual([]);
    }
  });

  it('shows the would-be markup as the text the source wrote', async () => {
    const text = visibleText(await renderMarkdown(files[0]!.body));
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(2)>');
    expect(text).toContain('<!-- a comment that must not vanish into the page -->');
    expect(text).toContain('<a href="javascript:alert(4)">HTML link</a>');
    const list = await renderMarkdown(files[1]!.body);
    expect(list).toContain('<code>&#x3C;script>alert(9)&#x3C;/script></code>');
  });

  it('keeps the text of a javascript: Markdown link but not the link', async () => {
    const html = await renderMarkdown(files[0]!.body);
    expect(visibleText(html)).toContain('markdown link');
    expect(html).not.toMatch(/<a\b[^>]*href="javascript:/i);
  });

  it('the checker itself finds live parts (it is not a test that cannot fail)', () => {
    expect(liveParts('<p><img src=x onerror=alert(1)><a href="javascript:x">a</a><!-- c --></p>')).toEqual([
      '<img>',
      'img[onerror]',
      'a[href=javascript:x]',
      'comment:  c ',
    ]);
  });
});

type El = DefaultTreeAdapterMap['element'];
const elementsOf = (html: string): El[] => {
  const out: El[] = [];
  walk(parse(html), (n) => {
    if ('tagName' in n) out.push(n);
  });
  return out;
};
const attr = (e: El, name: string) => e.attrs.find((a) => a.name === name)?.value;
const textOf = (n: Node): string => (n.nodeName === '#text' ? (n as { value: string }).value : ('childNodes' in n ? (n.childNodes as Node[]) : []).map(textOf).join(''));

/** What in a whole built page could run, load from elsewhere or hide: the site's own script files and JSON-LD are expected. */
function livePartsOfPage(html: string): string[] {
  const found: string[] = [];
  walk(parse(html), (n) => {
    if (n.nodeName === '#comment' && !(n as { data: string }).data.startsWith(' [html-validate-')) found.push(`comment: ${(n as { data: string }).data}`);
    if (!('tagName' in n)) return;
    if (n.tagName === 'script') {
      const src = attr(n, 'src');
      if (src === undefined ? attr(n, 'type') !== 'application/ld+json' : !src.startsWith(SUBPATH_BASE)) found.push(`<script src=${src}>${textOf(n).slice(0, 60)}`);
    }
    if (['iframe', 'style', 'object', 'embed', 'img', 'frame'].includes(n.tagName)) found.push(`<${n.tagName}>`);
    if (n.tagName === 'svg' && attr(n, 'aria-hidden') !== 'true') found.push('<svg> that is not an icon of the site');
    for (const a of n.attrs) {
      if (/^on/i.test(a.name)) found.push(`${n.tagName}[${a.name}]`);
      if (['href', 'src', 'action', 'formaction'].includes(a.name) && /^\s*(?:javascript|data|vbscript):/i.test(a.value)) found.push(`${n.tagName}[${a.name}=${a.value}]`);
    }
  });
  return found;
}

describe('the unsafe source in a real build (dist-subpath/)', () => {
  const dir = join(SUBPATH_DIR, 'questions', UNSAFE_SOURCE.id);
  const built = existsSync(dir);
  const pages = questionPaths(SUBPATH_DIR, UNSAFE_SOURCE.id).map((p) => readFileSync(join(SUBPATH_DIR, p, 'index.html'), 'utf8'));
  const titles = files.map((f) => f.frontmatter.title);

  it('was built (npm run check:subpath makes dist-subpath/ with the unsafe source)', () => {
    expect(built, `${dir} is missing: run "npm run check:subpath" first`).toBe(true);
    expect(pages).toHaveLength(3);
  });

  it('its question, source and topic pages have nothing live but the site\'s own script files and JSON-LD', () => {
    // Their topic pages, from each page's breadcrumb (Home › Topic › ...), and the source page.
    const topics = pages.map((html) => attr(elementsOf(html).find((e) => e.tagName === 'a' && /^\/atlas\/topics\/[^/]+\/$/.test(attr(e, 'href') ?? ''))!, 'href')!);
    expect(topics.length).toBe(3);
    const others = [...new Set(topics)].map((t) => join(SUBPATH_DIR, t.slice(SUBPATH_BASE.length), 'index.html'));
    others.push(join(SUBPATH_DIR, 'sources', UNSAFE_SOURCE.id, 'index.html'));
    for (const html of [...pages, ...others.map((f) => readFileSync(f, 'utf8'))]) expect(livePartsOfPage(html)).toEqual([]);
    // The scanner is not blind: the same page with one injected handler is caught.
    expect(livePartsOfPage(pages[0]!.replace('<h1', '<h1 onclick="x()"'))).toEqual(['h1[onclick]']);
  });

  it('shows each title, as written, in <title>, <h1>, meta and Open Graph tags and JSON-LD', () => {
    const seen = pages.map((html) => {
      const els = elementsOf(html);
      const meta = (key: string, value: string) => attr(els.find((e) => e.tagName === 'meta' && attr(e, key) === value)!, 'content')!;
      const ld = els.filter((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json').map((e) => JSON.parse(textOf(e)));
      const h1 = textOf(els.find((e) => e.tagName === 'h1')!);
      const title = textOf(els.find((e) => e.tagName === 'title')!);
      expect(title.startsWith(`${h1} · `) && title.endsWith(' · ML Interview Atlas'), title).toBe(true);
      expect(meta('property', 'og:title')).toBe(h1);
      expect(meta('name', 'description').startsWith(h1)).toBe(true);
      expect(ld.map((x) => x['@type'])).toEqual(['FAQPage', 'BreadcrumbList']); // no </script> in a title ended the data block early
      expect(ld[0].mainEntity[0].name).toBe(h1);
      expect(ld[1].itemListElement.at(-1).name).toBe(h1);
      return h1;
    });
    expect(seen.sort()).toEqual([...titles].sort());
  });

  it('lists the titles as data in the study index that practice and saved pages read', () => {
    const index = readFileSync(join(SUBPATH_DIR, 'study-index.json'), 'utf8');
    JSON.parse(index);
    for (const t of titles) expect(index).toContain(JSON.stringify(t).slice(1, -1));
  });

  it('is not in the shipped build (dist/)', () => {
    expect(existsSync(join('dist', 'questions', UNSAFE_SOURCE.id))).toBe(false);
    if (existsSync(join('dist', 'study-index.json'))) expect(readFileSync(join('dist', 'study-index.json'), 'utf8')).not.toContain(UNSAFE_SOURCE.id);
  });
});
