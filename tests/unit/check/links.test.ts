import { describe, expect, it } from 'vitest';
import { anchorsOf, parseElements } from '../../../scripts/check/html.ts';
import { linksOf, pageUrlPath, resolveLink } from '../../../scripts/check/links.ts';

describe('pageUrlPath', () => {
  it('maps built files to the path they are served at, under the base', () => {
    expect(pageUrlPath('index.html', '/')).toBe('/');
    expect(pageUrlPath('questions/a/b/index.html', '/')).toBe('/questions/a/b/');
    expect(pageUrlPath('404.html', '/atlas/')).toBe('/atlas/404.html');
    expect(pageUrlPath('topics/index.html', '/atlas/')).toBe('/atlas/topics/');
  });
});

describe('resolveLink', () => {
  it('resolves relative, root-relative and fragment links to files of the folder', () => {
    expect(resolveLink('../b/', '/questions/a/', '/')).toEqual({ kind: 'internal', file: 'questions/b/', fragment: '' });
    expect(resolveLink('/topics/x/#sec-1', '/questions/a/', '/')).toEqual({ kind: 'internal', file: 'topics/x/', fragment: 'sec-1' });
    expect(resolveLink('#main', '/questions/a/', '/')).toEqual({ kind: 'internal', file: 'questions/a/', fragment: 'main' });
    expect(resolveLink('/search/?q=a#x%20y', '/', '/')).toEqual({ kind: 'internal', file: 'search/', fragment: 'x y' });
  });

  it('strips the base path and flags links that leave it', () => {
    expect(resolveLink('/atlas/topics/', '/atlas/', '/atlas/')).toEqual({ kind: 'internal', file: 'topics/', fragment: '' });
    expect(resolveLink('topics/', '/atlas/', '/atlas/')).toEqual({ kind: 'internal', file: 'topics/', fragment: '' });
    expect(resolveLink('/topics/', '/atlas/questions/q/', '/atlas/')).toEqual({ kind: 'outside-base', path: '/topics/' });
  });

  it('leaves other origins alone and flags javascript: URLs however they are spelled', () => {
    expect(resolveLink('https://example.org/x', '/', '/')).toEqual({ kind: 'external' });
    expect(resolveLink('mailto:a@b.c', '/', '/')).toEqual({ kind: 'external' });
    expect(resolveLink('JavaScript:alert(1)', '/', '/').kind).toBe('unsafe');
    expect(resolveLink(' java\tscript:alert(1)', '/', '/').kind).toBe('unsafe');
  });
});

describe('parsing', () => {
  const html = `<!doctype html><html><head><link rel="stylesheet" href="/a.css"><script src="/s.js"></script></head>
<body><a href="/x/">x</a><a name="legacy">old</a><h2 id="one">One</h2>
<img src="/i.png" alt=""><template><a href="/in-template/">t</a></template><p>a href="/not-a-link/"</p></body></html>`;
  const els = parseElements(html);

  it('finds the URL attributes of real elements only (not text that looks like markup)', () => {
    expect(linksOf(els).map((l) => `${l.attr} ${l.url}`)).toEqual([
      '<link href> /a.css',
      '<script src> /s.js',
      '<a href> /x/',
      '<img src> /i.png',
      '<a href> /in-template/',
    ]);
    expect(linksOf(els)[2]!.line).toBe(2);
  });

  it('collects ids and <a name> as anchors', () => {
    expect([...anchorsOf(els)].sort()).toEqual(['legacy', 'one']);
  });
});
