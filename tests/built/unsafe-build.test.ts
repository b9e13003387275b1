// The unsafe source (tests/fixtures/unsafe-source.md) in a real build: dist-subpath/, made by
// `npm run check:subpath` with the unsafe source added. Its question, topic and source pages have
// nothing live, and each title shows as written in <title>, <h1>, meta tags and JSON-LD.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { ingest } from '../../scripts/ingest/ingest.ts';
import { questionPaths } from '../helpers/dist.ts';
import { SUBPATH_BASE, SUBPATH_DIR, UNSAFE_SOURCE } from '../../scripts/check/subpath-build.ts';

type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];

function walk(node: Node, visit: (n: Node) => void) {
  visit(node);
  for (const c of ('childNodes' in node ? node.childNodes : []) as Node[]) walk(c, visit);
  if ('content' in node && node.content) walk(node.content as Node, visit);
}

const { files } = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-unsafe-'));
  copyFileSync('tests/fixtures/unsafe-source.md', join(dir, 'unsafe.md'));
  writeFileSync(join(dir, 'sources.json'), JSON.stringify({ sources: [{ id: 'unsafe', title: 'Unsafe', file: 'unsafe.md', format: 'markdown', origin: 'test' }] }));
  return ingest({ manifest: join(dir, 'sources.json'), outDir: join(dir, 'out'), write: false });
})();

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
