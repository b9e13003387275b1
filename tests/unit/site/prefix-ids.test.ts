// Ids of an answer shown on another question's page (src/lib/markdown/prefix-ids.ts): answers
// rendered by the site's own pipeline, then prefixed; nothing else about them changes.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';
import { prefixIds } from '../../../src/lib/markdown/prefix-ids.ts';
import { parseElements } from '../../../scripts/check/html.ts';
import { visibleText } from '../../helpers/visible.ts';

const ids = (html: string) => parseElements(html).flatMap((e) => (e.attrs.get('id') ? [e.attrs.get('id')!] : []));
const hrefs = (html: string) => parseElements(html).flatMap((e) => (e.tag === 'a' && e.attrs.get('href') ? [e.attrs.get('href')!] : []));

describe('prefixing the ids of an answer', () => {
  it('prefixes every heading and labelled block id and the "#" links to them, so two answers on one page never share one', async () => {
    const md = ['Intro.', '', '#### Example', '', 'Text.', '', ':::labelled{label="Follow-up"}', 'Why?', ':::', '', '[elsewhere](/questions/a/b/) and [outside](https://example.org/#x)'].join('\n');
    const own = await renderMarkdown(md);
    expect(ids(own)).toEqual(['a-example', 'a-follow-up']);
    const other = prefixIds(own, 'o1-');
    expect(ids(other)).toEqual(['o1-a-example', 'o1-a-follow-up']);
    expect(hrefs(other)).toEqual(['#o1-a-example', '/questions/a/b/', 'https://example.org/#x']);
    expect(new Set([...ids(own), ...ids(other), ...ids(prefixIds(own, 'o2-'))]).size).toBe(6);
    expect(visibleText(other)).toBe(visibleText(own));
  });

  it('keeps formulas, code and tables as they are, and leaves an answer without ids byte for byte', async () => {
    const md = ['Let $x^2$ be:', '', '$$', '\\frac{a}{b}', '$$', '', '| A | B |', '|---|---|', '| 1 | 2 |', '', '```python', 'print("<b>")', '```'].join('\n');
    const html = await renderMarkdown(md);
    expect(prefixIds(html, 'o1-')).toBe(html);
    const withHeading = await renderMarkdown(`## Part\n\n${md}`);
    const prefixed = prefixIds(withHeading, 'o1-');
    expect(visibleText(prefixed)).toBe(visibleText(withHeading));
    expect(parseElements(prefixed).map((e) => e.tag)).toEqual(parseElements(withHeading).map((e) => e.tag));
    expect(prefixed).toContain('<annotation encoding="application/x-tex">\\frac{a}{b}</annotation>');
  });

  it('prefixes ids that aria attributes point at', () => {
    const html = '<section aria-labelledby="t"><h2 id="t">T</h2><p aria-describedby="t x">p</p></section>';
    expect(prefixIds(html, 'o3-')).toBe('<section aria-labelledby="o3-t"><h2 id="o3-t">T</h2><p aria-describedby="o3-t x">p</p></section>');
  });
});
