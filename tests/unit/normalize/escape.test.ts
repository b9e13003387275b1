import { describe, expect, it } from 'vitest';
import { escapeCell, escapeText } from '../../../scripts/ingest/normalize/escape.ts';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';
import { visibleText as visible } from '../../helpers/visible.ts';

const lines = [
  'Cost at scale: $0.50/1K calls (GPT-4 class) vs $1.50-2.50/1K calls due to token overhead',
  'Override __init__ and __call__ in the module',
  'Latency ~2ms, costs ~30K/month',
  'Complexity O(n*K) and O(n * d * k), a*b*c',
  'Use a template like {context} and <system> tags, or <script>alert(1)</script>',
  'A | B in a sentence, and a trailing backslash \\',
  '# not a heading',
  '- not a list item? it is text',
  '1. not an ordered list',
  'Entities &amp; &#36; stay literal',
  '[not a link](javascript:alert(1)) and `not code`',
  '**not bold** and _not emphasis_ and ~~not struck~~',
];

describe('escaping plain source text', () => {
  it.each(lines)('renders exactly as the source shows it: %s', async (line) => {
    const html = await renderMarkdown(escapeText(line));
    expect(visible(html)).toBe(line.replace(/\s+/g, ' '));
    expect(html).not.toMatch(/<(script|em|strong|del|code|a|h1|li|span class="katex)/);
  });

  it('keeps a pipe inside a table cell from splitting the cell', async () => {
    const md = `| expression | meaning |\n|---|---|\n| ${escapeCell('a | b')} | ${escapeCell('$5 or __x__')} |`;
    const html = await renderMarkdown(md);
    expect((html.match(/<td>/g) ?? []).length).toBe(2);
    expect(visible(html)).toContain('a | b $5 or __x__');
  });
});

describe('raw HTML in Markdown sources', () => {
  it('is shown as text, never parsed into live elements', async () => {
    const html = await renderMarkdown('Hello <img src=x onerror="alert(1)"> and\n\n<script>alert(2)</script>\n\n<!-- hidden -->');
    expect(html).not.toMatch(/<img|<script|<!--/);
    expect(visible(html)).toContain('<img src=x onerror="alert(1)">');
    expect(visible(html)).toContain('<script>alert(2)</script>');
  });
});
