// The site's own Markdown plugins, through the same processor the build uses.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/markdown/render';
import { parseElements } from '../../../scripts/check/html';

const hrefs = (html: string) => parseElements(html).filter((e) => e.tag === 'a').map((e) => e.attrs.get('href'));

describe('links written in Markdown under a sub-path (rehypeBaseLinks)', () => {
  const md = [
    'See [a question](/questions/x/y/), [the topics](/topics/),',
    '[external](https://example.org/a), [protocol-relative](//cdn.example.org/x), [a part](#a-details),',
    '[relative](../other/), [already based](/atlas/sources/) and [mail](mailto:a@example.org).',
  ].join(' ');

  it('prefixes root-relative links with the base and leaves every other link as written', async () => {
    expect(hrefs(await renderMarkdown(md, '/atlas/'))).toEqual([
      '/atlas/questions/x/y/',
      '/atlas/topics/',
      'https://example.org/a',
      '//cdn.example.org/x',
      '#a-details',
      '../other/',
      '/atlas/sources/',
      'mailto:a@example.org',
    ]);
  });

  it('changes nothing at the root', async () => {
    expect(hrefs(await renderMarkdown(md, '/'))).toEqual(['/questions/x/y/', '/topics/', 'https://example.org/a', '//cdn.example.org/x', '#a-details', '../other/', '/atlas/sources/', 'mailto:a@example.org']);
  });
});

describe('tables (rehypeTableScroll)', () => {
  it('wraps each table in a labelled, focusable region that can scroll', async () => {
    const html = await renderMarkdown('| Type | Description | Fix |\n|---|---|---|\n| Bias | Too simple | More features |\n\nText.\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    const els = parseElements(html);
    const wrappers = els.filter((e) => e.classes.includes('table-scroll'));
    expect(wrappers.map((w) => [w.tag, w.attrs.get('tabindex'), w.attrs.get('aria-label')])).toEqual([
      ['section', '0', 'Table: Type, Description, Fix'],
      ['section', '0', 'Table: a, b'],
    ]);
    expect(html).toMatch(/<section class="table-scroll"[^>]*>\s*<table>/);
    expect(els.filter((e) => e.tag === 'table')).toHaveLength(2);
  });
});

describe('ids for the parts of an answer (rehypeHeadingAnchors)', () => {
  it('gives headings a unique id and a "#" link to it', async () => {
    const els = parseElements(await renderMarkdown('## Example\n\nA.\n\n### Example\n\nB.'));
    const headings = els.filter((e) => /^h[2-6]$/.test(e.tag));
    expect(headings.map((h) => h.attrs.get('id'))).toEqual(['a-example', 'a-example-1']);
    expect(els.filter((e) => e.classes.includes('heading-anchor')).map((a) => [a.attrs.get('href'), a.attrs.get('aria-label')])).toEqual([
      ['#a-example', 'Link to this part'],
      ['#a-example-1', 'Link to this part'],
    ]);
  });

  it('renders a labelled block (:::labelled{label="Follow-up"}) as a callout with an id from its label, and no link', async () => {
    // As the writer writes them (ai-engineer, "Bias vs Variance Tradeoff").
    const md = ':::labelled{label="What most people miss"}\nDouble descent.\n:::\n\n:::labelled{label="Follow-up"}\n- “Show me a learning curve.”\n:::\n\n:::labelled{label="Follow-up"}\n- Again.\n:::\n\n## Follow-up\n\n> A **quote** with bold inside.';
    const html = await renderMarkdown(md);
    const quotes = parseElements(html).filter((e) => e.tag === 'blockquote');
    expect(quotes.map((q) => q.attrs.get('id'))).toEqual(['a-what-most-people-miss', 'a-follow-up', 'a-follow-up-1', undefined]);
    // The label leads the block in bold; headings and labels share one set of ids.
    expect(html).toContain('<blockquote id="a-follow-up">\n<p><strong>Follow-up</strong></p>\n<ul>\n<li>“Show me a learning curve.”</li>\n</ul>\n</blockquote>');
    expect(parseElements(html).find((e) => e.tag === 'h2')?.attrs.get('id')).toBe('a-follow-up-2');
    expect(html).not.toContain('data-labelled-block');
    expect(html.match(/<a /g)).toHaveLength(1); // the heading's own "#" link, none in a labelled block
  });

  it('no longer guesses a callout from a block quote that starts with bold text', async () => {
    const quotes = parseElements(await renderMarkdown('> **Follow-up**\n>\n> - A quoted list.')).filter((e) => e.tag === 'blockquote');
    expect(quotes.map((q) => q.attrs.get('id'))).toEqual([undefined]);
  });

});
