// An answer's Markdown read as a tree for the downloads (Anki cards, a topic's Markdown document):
// GFM, `$` maths and directives as the site reads them; raw HTML as text (source text is data,
// never markup), and labelled blocks as quotes led by their label (a card and plain Markdown have
// no directives).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkDirective from 'remark-directive';
import type { Root } from 'mdast';
import { labelledBlocksAsQuotes, remarkHtmlAsText } from '../markdown/plugins.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkDirective);

export function exportTree(markdown: string): Root {
  const tree = parser.parse(markdown) as Root;
  remarkHtmlAsText()(tree);
  return labelledBlocksAsQuotes(tree);
}
