import { describe, expect, it } from 'vitest';
import { ankiAnswerHtml, escapeHtml } from '../../../src/lib/export/anki-html.ts';
import { fixtureCatalogue } from '../../helpers/fixture-site.ts';

const ROOT = 'https://example.org/atlas/';
const back = (md: string) => ankiAnswerHtml(md, { siteRoot: ROOT });

describe('ankiAnswerHtml: an answer as the back of an Anki card', () => {
  it('writes formulas as MathJax delimiters with their TeX, which Anki typesets', () => {
    const html = back(fixtureCatalogue().answer('alpha/derive-the-softmax-gradient').markdown);
    expect(html).toContain('\\(p_i = e^{z_i} / \\sum_j e^{z_j}\\)');
    expect(html).toContain('<p>\\[\\frac{\\partial p_i}{\\partial z_j} = p_i (\\delta_{ij} - p_j)\\]</p>');
    expect(html).toContain('\\(O(n^2)\\)');
    expect(html).not.toMatch(/<math|\$/);
  });

  it('escapes what HTML would read in a formula, leaving the TeX for MathJax', () => {
    expect(back('If $a < b$ then $b > a$.')).toBe('<p>If \\(a &lt; b\\) then \\(b > a\\).</p>');
  });

  it('keeps code in <pre> with its language, its line breaks and tabs', () => {
    const html = back('```python\ndef f(x):\n\treturn x < 1\n```');
    expect(html).toBe('<pre><code class="language-python">def f(x):\n\treturn x &lt; 1\n</code></pre>');
  });

  it('writes tables as HTML tables, formulas in cells too', () => {
    const html = back('| Model | Cost |\n|---|---|\n| attention | $O(n^2)$ |');
    expect(html).toMatch(/^<table>\s*<thead>\s*<tr>\s*<th>Model<\/th>/);
    expect(html).toContain('<td>\\(O(n^2)\\)</td>');
  });

  it('shows raw HTML from a source as text, and drops links that would run script', () => {
    const html = back('<img src=x onerror=alert(1)>\n\nSee [this](javascript:alert(2)) and [that](https://example.com/x).');
    expect(html).toContain('&lt;img src=x onerror=alert(1)>');
    expect(html).not.toContain('<img');
    expect(html).toContain('<a>this</a>');
    expect(html).toContain('<a href="https://example.com/x">that</a>');
  });

  it('makes links to the site absolute, under its base', () => {
    expect(back('[a](/questions/x/y/) [b](/atlas/topics/)')).toBe('<p><a href="https://example.org/atlas/questions/x/y/">a</a> <a href="https://example.org/atlas/topics/">b</a></p>');
  });

  it('writes a labelled block as a quote led by its label', () => {
    expect(back(':::labelled{label="Follow-up"}\nWhy scale?\n:::')).toBe('<blockquote>\n<p><strong>Follow-up</strong></p>\n<p>Why scale?</p>\n</blockquote>');
  });

  it('names the source last, linked to the question page, escaped', () => {
    const html = ankiAnswerHtml('Yes.', { siteRoot: ROOT, source: { title: 'Q&A <notes>', url: `${ROOT}questions/a/b/`, section: ['Basics', 'Loss'] } });
    expect(html).toBe('<p>Yes.</p>\n<p class="atlas-source">Source: <a href="https://example.org/atlas/questions/a/b/">Q&amp;A &lt;notes></a> · Basics › Loss</p>');
  });
});

describe('escapeHtml', () => {
  it('escapes a title that tries to close a tag', () => {
    expect(escapeHtml(`</script><svg onload=alert('x')> & "q"`)).toBe('&lt;/script&gt;&lt;svg onload=alert(&#39;x&#39;)&gt; &amp; &quot;q&quot;');
  });
});
