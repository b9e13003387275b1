// checkSite on small hand-written sites: each kind of problem is found and named, a clean
// site passes, and a sub-path build is checked against its base.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSite } from '../../../scripts/check/site.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-check-'));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const page = (body: string, head = '<title>A page</title><meta name="description" content="About it.">') =>
  `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n${head}\n</head>\n<body>\n<main id="main">\n${body}\n</main>\n</body>\n</html>\n`;

const messages = (r: { problems: { file: string; message: string }[] }) => r.problems.map((p) => `${p.file}: ${p.message}`);

describe('checkSite', () => {
  it('passes a site whose links, anchors and pages are all fine', async () => {
    const dir = site({
      'index.html': page('<a href="#main">skip</a> <a href="a/">A</a> <a href="/a/#part">part</a> <a href="https://example.org/">out</a> <a href="/style.css">css</a>'),
      'a/index.html': page('<h2 id="part">Part</h2><a href="../">home</a> <a href="/search/?q=x">search</a>'),
      'search/index.html': page('<p>search</p>'),
      'style.css': 'body{}',
    });
    const r = await checkSite(dir, { base: '/' });
    expect(messages(r)).toEqual([]);
    expect(r.pages).toBe(3);
  });

  it('names a broken link, a broken anchor and a missing file, with the line', async () => {
    const dir = site({
      'index.html': page('<a href="/nowhere/">gone</a>\n<a href="/a/#missing">bad anchor</a>\n<a href="#nope">bad local anchor</a>'),
      'a/index.html': page('<link rel="stylesheet" href="/missing.css"><h2 id="part">Part</h2>'),
    });
    const r = await checkSite(dir, { base: '/', validate: false });
    expect(messages(r)).toEqual([
      'a/index.html: line 9: <link href> "/missing.css": no such page or file',
      'index.html: line 9: <a href> "/nowhere/": no such page or file',
      'index.html: line 10: <a href> "/a/#missing": no element with id "missing" on a/index.html',
      'index.html: line 11: <a href> "#nope": no element with id "nope" on index.html',
    ]);
  });

  it('checks a sub-path build against its base', async () => {
    const files = {
      'index.html': page('<a href="/atlas/a/">ok</a> <a href="a/#part">ok too</a> <a href="/a/">forgot the base</a>'),
      'a/index.html': page('<h2 id="part">Part</h2><a href="/atlas/">home</a>'),
    };
    const atlas = await checkSite(site(files), { base: '/atlas/', validate: false });
    expect(messages(atlas)).toEqual(['index.html: line 9: <a href> "/a/": points outside the base /atlas/']);
    // The same folder checked as a root build: the /atlas/ links are the broken ones.
    const root = await checkSite(site(files), { base: '/', validate: false });
    expect(messages(root)).toEqual([
      'a/index.html: line 9: <a href> "/atlas/": no such page or file',
      'index.html: line 9: <a href> "/atlas/a/": no such page or file',
    ]);
  });

  it('flags missing titles and descriptions, KaTeX errors, unstyled math and javascript: links', async () => {
    const dir = site({
      'index.html': page('<a href="untitled/">u</a>', '<title> </title>'),
      'untitled/index.html': page(
        '<span class="katex-error" title="ParseError: Undefined control sequence: \\foo">\\foo</span>\n<span class="katex"><span class="katex-html">x</span></span>\n<a href="javascript:alert(1)">x</a>',
        '<meta name="description" content="">',
      ),
      'math/index.html': page('<span class="katex"><span class="katex-html">x</span></span>', '<title>M</title><meta name="description" content="d"><link rel="stylesheet" href="/k.css">'),
      'k.css': '.katex{font:1em KaTeX_Main}',
    });
    const r = await checkSite(dir, { base: '/', validate: false });
    expect(messages(r)).toEqual([
      'index.html: no non-empty <title>',
      'index.html: no non-empty <meta name="description">',
      'untitled/index.html: line 11: <a href> "javascript:alert(1)": javascript: URL',
      'untitled/index.html: no non-empty <title>',
      'untitled/index.html: no non-empty <meta name="description">',
      'untitled/index.html: line 9: KaTeX error: ParseError: Undefined control sequence: \\foo',
      'untitled/index.html: shows KaTeX HTML output (.katex-html) but links no stylesheet with KaTeX rules',
    ]);
  });

  it('flags inline scripts and event-handler attributes, but not JSON-LD or script files', async () => {
    const dir = site({
      'index.html': page(
        '<script type="application/ld+json">{"@type":"Thing"}</script>\n<script type="module" src="/a.js"></script>\n<script>alert(1)</script>\n<script type="module">import "/a.js"</script>\n<button type="button" onclick="go()">Go</button>\n<svg ONLOAD="x()"></svg>',
      ),
      'a.js': 'export {}',
    });
    const r = await checkSite(dir, { base: '/', validate: false });
    expect(messages(r)).toEqual([
      'index.html: line 11: inline <script> (scripts must be files: the CSP allows no inline script)',
      'index.html: line 12: inline <script type="module"> (scripts must be files: the CSP allows no inline script)',
      'index.html: line 13: <button onclick> event-handler attribute (inline code)',
      'index.html: line 14: <svg onload> event-handler attribute (inline code)',
    ]);
  });

  it('flags web font files and @font-face rules anywhere in the build', async () => {
    const dir = site({
      'index.html': page('<p>text</p>'),
      '_astro/KaTeX_Main-Regular.woff2': 'wOF2',
      '_astro/x.TTF': 'font',
      '_astro/katex.css': '.katex{font:1em KaTeX_Main}@font-face{font-family:KaTeX_Main;src:url(KaTeX_Main-Regular.woff2)}',
      '_astro/site.css': '/* no @font-face here */ body{font-family:system-ui}',
    });
    const r = await checkSite(dir, { base: '/', validate: false });
    expect(messages(r)).toEqual([
      '_astro/KaTeX_Main-Regular.woff2: web font file (the site ships no fonts)',
      '_astro/katex.css: 1 @font-face rule(s) (the site ships no fonts)',
      '_astro/x.TTF: web font file (the site ships no fonts)',
    ]);
  });

  it('reports what html-validate rejects, with the project configuration', async () => {
    const dir = site({
      'index.html': page('<p>unclosed <b>bold</p>\n<img src="/i.png">\n<div id="x"></div><div id="x"></div>'),
      'i.png': 'png',
    });
    const r = await checkSite(dir, { base: '/' });
    const rules = r.problems.map((p) => /html-validate (\S+):/.exec(p.message)?.[1]).filter(Boolean);
    expect(rules).toContain('wcag/h37'); // <img> without alt
    expect(rules).toContain('no-dup-id');
    expect(rules.some((x) => x === 'close-order' || x === 'element-permitted-content')).toBe(true);
  });

  it('allows only the inline styles Shiki writes, and a form without submit button only under a directive', async () => {
    const shiki = '<pre style="--shiki-light:#fff;--shiki-dark:#000; overflow-x: auto;"><code><span style="--shiki-light:#0E1116">x</span></code></pre>';
    const filter = '<!-- [html-validate-disable-next wcag/h32 -- applies at once] -->\n<form aria-label="Filter"><label>A <select name="a"><option>1</option></select></label></form>';
    const ok = await checkSite(site({ 'index.html': page(`${shiki}\n${filter}`) }), { base: '/' });
    expect(messages(ok)).toEqual([]);
    const bad = await checkSite(
      site({ 'index.html': page('<p style="color: red">red</p>\n<form aria-label="Other"><label>B <select name="b"><option>1</option></select></label></form>') }),
      { base: '/' },
    );
    expect(messages(bad)).toEqual([
      'index.html: line 9:4: html-validate no-inline-style: Inline style is not allowed',
      'index.html: line 10:2: html-validate wcag/h32: <form> element must have a submit button',
    ]);
  });
});
