// An answer's plain texts are taken from the tree the site's pipeline parses for its HTML
// (remarkPlainText), not from a parse of their own: over every answer of the shipped sources they
// must be exactly what describe.ts makes of the Markdown, and the HTML what the site renders.
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/ingest/ingest.ts';
import { renderAnswer } from '../../../src/lib/content/render-answer.ts';
import { markdownToPlain, readablePlain } from '../../../src/lib/describe.ts';

describe('renderAnswer', () => {
  let bodies: string[];
  beforeAll(() => {
    bodies = ingest({ manifest: 'content/sources/sources.json', outDir: 'unused', write: false }).files.map((f) => f.body);
  });

  it('gives every shipped answer the plain texts describe.ts makes of its Markdown', async () => {
    expect(bodies.length).toBeGreaterThan(800);
    const differ: string[] = [];
    for (const md of bodies) {
      const a = await renderAnswer(md, '/');
      if (a.text !== markdownToPlain(md) || a.readable !== readablePlain(md)) differ.push(md.slice(0, 80));
    }
    expect(differ).toEqual([]);
  }, 300_000);

  it('keeps raw HTML as text in both the HTML and the plain text', async () => {
    const a = await renderAnswer('Use <script>alert(1)</script> never.', '/');
    expect(a.html).toBe('<p>Use &#x3C;script>alert(1)&#x3C;/script> never.</p>');
    expect(a.text).toBe('Use <script>alert(1)</script> never.');
  });
});
