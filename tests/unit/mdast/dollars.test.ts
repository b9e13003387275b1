// Pandoc's rule for "$" delimiters, checked through the site's real Markdown pipeline: what a
// reader of the page sees is money where the author wrote money, and maths where they wrote maths.
import { describe, expect, it } from 'vitest';
import { written } from '../../helpers/answers.ts';
import { escapeLoneDollars } from '../../../scripts/ingest/mdast/dollars.ts';
import { readMarkdown } from '../../../scripts/ingest/readers/markdown.ts';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';
import { visibleText } from '../../helpers/visible.ts';

/** The answer of a one-question generic source, as the site renders it. */
async function page(answer: string) {
  const { questions } = written(readMarkdown({ sourceId: 't', file: 't.md', text: `## S\n\n**1. Q?**\n${answer}\n` }));
  const html = await renderMarkdown(questions[0]!.body);
  return { html, text: visibleText(html), formulas: (html.match(/<math/g) ?? []).length };
}

describe('dollar signs in the generic Markdown format', () => {
  it.each([
    'It costs $5 and $10.',
    'Salaries of $20,000 and $30,000 a year',
    'A $ sign on its own, and one at the end $',
    'From $5 to $ 10',
    'Budget: $1.5M, then $2M$3M',
    'US$50 or $',
  ])('money stays money: %s', async (line) => {
    const p = await page(line);
    expect(p.formulas).toBe(0);
    expect(p.text).toBe(line);
  });

  it('keeps $x$, $5$ and $$…$$ as maths', async () => {
    const p = await page('Let $x$ be $5$ times $\\alpha_i$, and $$E = mc^2$$ inline.\n\n$$\n\\sum_i x_i\n$$');
    expect(p.formulas).toBe(5);
    expect(p.html).toContain('<annotation encoding="application/x-tex">x</annotation>');
    expect(p.html).toContain('<annotation encoding="application/x-tex">5</annotation>');
    expect(p.html).toMatch(/display="block"[\s\S]*\\sum_i x_i/);
  });

  it('pairs the next "$" only when it can close: money and maths on one line', async () => {
    const p = await page('Pay $5 for $x$ items, not $ y$.');
    expect(p.formulas).toBe(1);
    expect(p.text).toContain('Pay $5 for');
    expect(p.text).toContain('items, not $ y$.');
  });

  it('leaves code, escaped dollars and raw HTML as written', async () => {
    const answer = 'Run `echo $5 $HOME` then \\$6.\n\n```bash\necho "$5 and $10"\n```\n\n    indented $7 and $8';
    expect(escapeLoneDollars(answer)).toBe(answer);
    const p = await page(answer);
    expect(p.formulas).toBe(0);
    expect(p.text).toContain('echo "$5 and $10"');
    expect(p.text).toContain('Run echo $5 $HOME then $6.');
  });

  it('does not pair across a blank line, and an unclosed $$ block is text', async () => {
    expect(escapeLoneDollars('Costs $5\n\nand 6$ more')).toBe('Costs \\$5\n\nand 6\\$ more');
    expect(escapeLoneDollars('a $x\ny$ b')).toBe('a $x\ny$ b');
    const p = await page('$$\nnot closed');
    expect(p.formulas).toBe(0);
    expect(p.text).toBe('$$ not closed');
  });
});
