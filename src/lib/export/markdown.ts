// A topic as one Markdown document: the topic's title and description, then concept by concept
// (## concept) each of its questions (### question, a line naming its source and linking its page)
// and its answer. The answers are the question files' Markdown read as a tree (GFM, `$` maths):
// their headings move below the question's, labelled blocks become quotes led by their label (plain
// Markdown has no directives), raw HTML stays text (escaped), and root-relative links become absolute. One writer serialises it.
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import type { Root, RootContent, PhrasingContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Catalogue } from '../catalogue/index.ts';
import { exportTree } from './export-tree.ts';
import { questionUrl } from './notes.ts';

const writer = unified().use(remarkStringify, { bullet: '-', fence: '`', fences: true, emphasis: '*', strong: '*', listItemIndent: 'one', rule: '-' }).use(remarkGfm).use(remarkMath);

/** Headings of an answer moved down so that the shallowest is at `top` (never deeper than 6). */
export function shiftHeadings(tree: Root, top: number): Root {
  let min = 7;
  visit(tree, 'heading', (h) => {
    min = Math.min(min, h.depth);
  });
  if (min < top) visit(tree, 'heading', (h) => {
    h.depth = Math.min(6, h.depth + top - min) as typeof h.depth;
  });
  return tree;
}

/** Root-relative links and images made absolute under `siteRoot` (origin and base). */
export function absoluteMarkdownLinks(tree: Root, siteRoot: string): Root {
  const root = new URL(siteRoot);
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'image') && node.url.startsWith('/') && !node.url.startsWith('//')) {
      const path = node.url.startsWith(root.pathname) ? node.url : root.pathname.replace(/\/$/, '') + node.url;
      node.url = new URL(path, root.origin).href;
    }
  });
  return tree;
}

/** An answer's Markdown as the blocks of a document whose question headings are at `depth`. */
export function answerBlocks(markdown: string, depth: number, siteRoot: string): RootContent[] {
  return absoluteMarkdownLinks(shiftHeadings(exportTree(markdown), depth + 1), siteRoot).children;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** The topic's Markdown document. */
export function topicMarkdown(c: Catalogue, slug: string, siteRoot: string): string {
  const topic = c.topic(slug);
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [text(topic.name)] },
    { type: 'paragraph', children: [text(topic.description)] },
  ];
  for (const concept of topic.concepts) {
    children.push({ type: 'heading', depth: 2, children: [text(concept.title)] });
    for (const q of concept.questions) {
      const source = c.source(q.source).title;
      const answer = c.answer(q.id);
      const about = [source, ...(q.section.length ? [q.section.join(' › ')] : []), ...(q.difficulty ? [q.difficulty] : [])].join(' · ');
      children.push(
        { type: 'heading', depth: 3, children: [text(q.title)] },
        { type: 'paragraph', children: [{ type: 'emphasis', children: [text(about)] }, text(' · '), { type: 'link', url: questionUrl(siteRoot, q.id), children: [text('page')] }] },
        ...(answer.empty ? [{ type: 'paragraph', children: [text(`${source} gives no answer to this question.`)] } as RootContent] : answerBlocks(answer.markdown, 3, siteRoot)),
      );
    }
  }
  return writer.stringify({ type: 'root', children });
}
