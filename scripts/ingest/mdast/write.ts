// The one Markdown writer: an answer tree -> the Markdown the site reads. Escaping, list
// indentation and tables are remark-stringify's (with GFM, math and directives), nowhere else.
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkStringify from 'remark-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkDirective from 'remark-directive';
import { directiveToMarkdown } from 'mdast-util-directive';

type Handle = NonNullable<NonNullable<ReturnType<typeof directiveToMarkdown>['handlers']>['containerDirective']>;
const directive = directiveToMarkdown().handlers!.containerDirective!;
/**
 * A list that opens a labelled block cannot run into a list before the block, so it keeps the
 * usual "-" bullet (mdast-util-to-markdown would switch to "*" after a list sibling).
 */
const containerDirective: Handle = (node, parent, state, info) => {
  state.bulletLastUsed = undefined;
  return directive(node, parent, state, info);
};

const writer = unified()
  .use(remarkStringify, {
    bullet: '-',
    fence: '`',
    fences: true,
    emphasis: '*',
    strong: '*',
    listItemIndent: 'one',
    rule: '-',
    handlers: { containerDirective },
    // Any ":" that could start a text directive is escaped: mdast-util-directive misses one after
    // an escaped character ("\\[:a") and one before a tab (":<tab>a" is a directive named "<tab>a").
    unsafe: [{ character: ':', after: '[^ \\n\\r\\p{P}\\p{S}]', inConstruct: 'phrasing', unicode: true } as never],
  })
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkMath)
  .use(remarkDirective);

/** Markdown for a tree, ending with one newline. */
export function writeMarkdown(tree: Root): string {
  return writer.stringify(tree);
}
