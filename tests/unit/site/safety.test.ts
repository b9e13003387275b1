// Source text is data: a source full of script, event handlers, javascript: links and HTML
// comments, ingested and rendered by the real pipeline, yields answer HTML where none of it is
// live. The real built pages of the unsafe source are checked in tests/built/unsafe-build.test.ts.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { ingest } from '../../../scripts/ingest/ingest.ts';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';
import { visibleText } from '../../helpers/visible.ts';

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
