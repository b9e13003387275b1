// The one writer: what it writes, the site reads back as the same tree (remark with GFM, maths and
// directives, as src/lib/markdown/plugins.ts renders it). Escaping is the writer's alone.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Nodes, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { writeMarkdown } from '../../../scripts/ingest/mdast/write.ts';
import { parseGenerated } from '../../../scripts/ingest/mdast/parse.ts';
import { blocks, code, inlineCode, labelled, list, listItem, paragraph, root, table, text } from '../../../scripts/ingest/mdast/build.ts';
import { readers } from '../../../scripts/ingest/readers/index.ts';
import { readManifest } from '../../../scripts/ingest/manifest.ts';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';
import { visibleText } from '../../helpers/visible.ts';
import { shipped } from '../../helpers/answers.ts';

/** A tree as the site sees it: no positions, no parser-only fields left empty. */
function bare(node: Nodes | Nodes[]): unknown {
  return JSON.parse(
    JSON.stringify(node, (k, v) => (k === 'position' || k === 'data' || v === null || (k === 'checked' && v == null) ? undefined : v)),
  );
}
const roundTrip = (tree: Root) => parseGenerated(writeMarkdown(tree));

/**
 * Blocks with GFM's links to an e-mail address found in text ("a@a.a" reads as a mailto: link to
 * itself, in any GFM document, escaped or not) put back as their text: the words read the same.
 */
function addressesAsText(nodes: Nodes[]): Nodes[] {
  return nodes.map((n) => {
    if (n.type !== 'paragraph') return n;
    const children: PhrasingContent[] = [];
    for (const c of n.children) {
      const parts = c.type === 'link' && c.url === `mailto:${toString(c)}` ? c.children : [c];
      for (const part of parts) {
        const last = children.at(-1);
        if (part.type === 'text' && last?.type === 'text') children[children.length - 1] = { type: 'text', value: last.value + part.value };
        else children.push(part);
      }
    }
    return { ...n, children };
  });
}

describe('the writer and the site agree', () => {
  it('every shipped answer reads back as the tree its reader built', () => {
    let answers = 0;
    for (const s of readManifest('content/sources/sources.json').sources) {
      for (const q of readers[s.format]!(shipped(s.id)).questions) {
        expect(bare(roundTrip(q.answer)), `${s.id}: ${q.title}`).toEqual(bare(q.answer));
        answers++;
      }
    }
    expect(answers).toBe(886);
  });

  it('writes any text so that it reads back as the same text (escaping, once)', () => {
    const chars = fc.constantFrom(...'abc xyz 012 \\`*_[]()<>#+-=.!:|~$&;{}"\'@/?^%\t'.split(''), 'é', '→', '“', '\u00a0');
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 40 }).map((a) => a.join('')), (s) => {
        const p = paragraph(s);
        const back = roundTrip(root([p]));
        expect(bare(addressesAsText(back.children))).toEqual(p.children.length ? bare([p]) : []);
      }),
      { numRuns: 2000, examples: [['a@a.a'], ['mail b.c@x.yz.']] },
    );
  });

  it('shows markup characters from a source as text on the page, never as markup', async () => {
    const line = '<script>alert(1)</script> costs $0.50, __init__, *x*, [a](javascript:alert(1)), a:b, 3:2, ~x~, &amp;, # not a heading';
    const html = await renderMarkdown(writeMarkdown(root([paragraph(line), paragraph('1. not a list'), paragraph('- nor this')])));
    expect(visibleText(html)).toBe(`${line} 1. not a list - nor this`);
    expect(html).not.toMatch(/<script|<a |<em>|<del>|<math|<h1|<ol|<ul/);
  });

  it('writes a labelled block as a :::labelled container the site reads back, with "-" bullets', () => {
    const tree = root([list([listItem([paragraph('before')])]), labelled('Follow-up:', [list([listItem([paragraph('“Why?”')])])])]);
    expect(writeMarkdown(tree)).toBe('- before\n\n:::labelled{label="Follow-up"}\n- “Why?”\n:::\n');
    expect(bare(roundTrip(tree))).toEqual(bare(tree));
    // A label with quotes and braces stays one attribute.
    const odd = root([labelled('Say "hi" {now}', [paragraph('x')])]);
    expect(bare(roundTrip(odd))).toEqual(bare(odd));
  });

  it('fences code and inline code with more backticks than they hold', () => {
    const tree = root([paragraph([text('Use '), inlineCode('a`b'), text(' and '), inlineCode('`x`')]), code('s = "```"\n\nprint(s)\n', 'python')]);
    expect(writeMarkdown(tree)).toBe('Use ``a`b`` and `` `x` ``\n\n````python\ns = "```"\n\nprint(s)\n````\n');
    expect(bare(roundTrip(tree))).toEqual(bare(tree));
  });

  it('keeps a | in a table cell, also inside code, in its cell', () => {
    const tree = root([table([['A', 'B'], ['P(Y|X)', [inlineCode('a|b')]]])]);
    expect(writeMarkdown(tree)).toBe('| A | B |\n| - | - |\n| P(Y\\|X) | `a\\|b` |\n');
    expect(bare(roundTrip(tree))).toEqual(bare(tree));
  });

  it('writes two lists in a row as Markdown reads blocks separated by a blank line: one loose list', () => {
    const merged = root(blocks([list([listItem([paragraph('a')])]), list([listItem([paragraph('b')])])]));
    expect(writeMarkdown(merged)).toBe('- a\n\n- b\n');
    expect(bare(roundTrip(merged))).toEqual(bare(merged));
  });
});
