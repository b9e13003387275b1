import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkStringify from 'remark-stringify';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { answerBlocks, topicMarkdown } from '../../../src/lib/export/markdown.ts';
import { fixtureCatalogue } from '../../helpers/fixture-site.ts';

const parse = (md: string) => unified().use(remarkParse).use(remarkGfm).use(remarkMath).parse(md) as Root;
const headings = (tree: Root) => tree.children.filter((n): n is Heading => n.type === 'heading').map((h) => `${h.depth} ${toString(h)}`);

describe('topicMarkdown', () => {
  const c = fixtureCatalogue();
  const md = topicMarkdown(c, 'attention', 'https://example.org/atlas/');
  const tree = parse(md);

  it('is the topic, then each concept with its questions, answers below their question', () => {
    const hs = headings(tree);
    expect(hs[0]).toBe('1 Attention & Transformers');
    const concept = hs.indexOf('2 What is self-attention?');
    expect(hs.slice(concept, concept + 4)).toEqual(['2 What is self-attention?', '3 What is self-attention?', '3 Explain self-attention in a transformer', '4 In short']);
    expect(hs.filter((h) => h.startsWith('3 '))).toHaveLength(c.topic('attention').questions.length);
  });

  it('links each question page and keeps raw HTML and titles as text', () => {
    expect(md).toContain('(https://example.org/atlas/questions/alpha/explain-self-attention/)');
    expect(md).not.toMatch(/(?<!\\)<(script|svg|img)/);
    expect(md).toContain('\\<img src=x');
  });

  it('keeps formulas as $ maths and writes labelled blocks as quotes', () => {
    const blocks = answerBlocks('With $x^2$:\n\n$$\na+b\n$$\n\n:::labelled{label="Follow-up"}\nWhy?\n:::\n\n## Deep\n', 3, 'https://example.org/');
    const out = unified().use(remarkGfm).use(remarkMath).use(remarkStringify).stringify({ type: 'root', children: blocks });
    expect(out).toContain('$x^2$');
    expect(out).toContain('$$\na+b\n$$');
    expect(out).toContain('> **Follow-up**');
    expect(out).toContain('#### Deep');
  });
});
