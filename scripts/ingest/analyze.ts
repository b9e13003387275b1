// Facts about an answer body, read off its Markdown syntax tree (not with regexes on text).
// Code blocks come from markdown-it's block tokens (fast); formulas from the same
// GFM + remark-math parse the site renders with, run only where a `$` makes math possible.
import MarkdownIt from 'markdown-it';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

const md = new MarkdownIt('default', { html: true });
const mathParser = unified().use(remarkParse).use(remarkGfm).use(remarkMath);

export interface BodyFacts {
  codeBlocks: number;
  formulas: number;
}

export function analyzeBody(markdown: string): BodyFacts {
  const codeBlocks = md.parse(markdown, {}).filter((t) => t.type === 'fence' || t.type === 'code_block').length;
  let formulas = 0;
  // Only an unescaped `$` can open math; escaped dollar amounts (\$0.50) cannot.
  if (/(?:^|[^\\])\$/.test(markdown)) {
    visit(mathParser.parse(markdown) as Root, (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') formulas++;
    });
  }
  return { codeBlocks, formulas };
}
