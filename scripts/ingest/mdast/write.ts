// The one Markdown writer: an answer tree -> the Markdown the site reads. Escaping, list
// indentation and tables are remark-stringify's (with GFM, math and directives), nowhere else.
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkDirective from 'remark-directive';

const writer = unified()
  .use(remarkStringify, { bullet: '-', fence: '`', fences: true, emphasis: '*', strong: '*', listItemIndent: 'one', rule: '-' })
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkMath)
  .use(remarkDirective);

/** Markdown for a tree, ending with one newline. */
export function writeMarkdown(tree: Root): string {
  return writer.stringify(tree);
}
