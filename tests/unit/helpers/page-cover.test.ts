// The accessibility sweep's choice of question pages (tests/helpers/page-cover.ts): every kind of
// element some page has is on a chosen page.
import { describe, expect, it } from 'vitest';
import { coveringPages, elementKinds } from '../../helpers/page-cover';

const page = (main: string) => `<html><head><title>t</title><meta name="x"></head><body><header class="site-header"><a href="/">Home</a></header><main>${main}</main></body></html>`;

describe('elementKinds', () => {
  it('tells elements apart by tag, classes in any order, role, data attributes and inline style, and reads only the body', () => {
    const kinds = elementKinds(page('<div class="b a" data-answer="x/y"><p role="note">t</p><span style="color:#D73A49">k</span><table><td>1</td></table></div>'));
    expect([...kinds].sort()).toEqual(['a', 'body', 'div.a.b[data-answer]', 'header.site-header', 'main', 'p[role=note]', 'span', 'span[style=color:#D73A49]', 'table', 'td'].sort());
  });
  it('is not fooled by a ">" inside an attribute value', () => {
    expect(elementKinds('<body><a title="1 > 0" class="x">a</a></body>')).toContain('a.x');
  });
});

describe('coveringPages', () => {
  const pages = {
    plain: page('<p>text</p>'),
    table: page('<p>text</p><table><tr><td>1</td></tr></table>'),
    code: page('<pre class="shiki"><span style="color:#24292E">x</span></pre>'),
    both: page('<p>t</p><table><tr><td>1</td></tr></table><pre class="shiki"><span style="color:#6F42C1">y</span></pre>'),
    again: page('<p>other words, same kinds</p>'),
  };
  const names = Object.keys(pages) as (keyof typeof pages)[];
  const chosen = coveringPages(names, (n) => elementKinds(pages[n]));
  it('holds every kind of element of every page', () => {
    const held = new Set(chosen.flatMap((n) => [...elementKinds(pages[n])]));
    for (const n of names) for (const k of elementKinds(pages[n])) expect(held, `${n}: ${k}`).toContain(k);
  });
  it('leaves out pages that add no kind: the same elements with other words', () => {
    expect(chosen).toEqual(['code', 'both']);
  });
});
