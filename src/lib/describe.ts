// Plain text of an answer for meta descriptions and structured data, read from the Markdown
// syntax tree (the same GFM + math syntax the site renders), so table rules, `$` delimiters,
// emphasis marks and fences never leak into a description.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkDirective from 'remark-directive';
import type { Nodes, Root, Table } from 'mdast';
import { labelledBlocksAsQuotes } from './markdown/plugins.ts';

export interface PlainOptions {
  /**
   * `drop`: leave tables out (a description should start with prose);
   * `flatten`: each row's cells joined by "; ", rows ending with "." (the full answer text).
   */
  tables?: 'drop' | 'flatten';
  /**
   * `tex`: inline formulas as their TeX, without `$`; `readable`: only formulas that read as
   * text (no TeX command or group, e.g. `n-k`, `O(n^2)`), the others left out.
   * Display formulas are always left out.
   */
  math?: 'tex' | 'readable';
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkDirective);

// Blocks are separated by a space in the plain text; inline content is joined as is.
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'definition', 'footnoteDefinition']);

function tableText(table: Table, walk: (n: Nodes) => string): string {
  return table.children
    .map((row) => row.children.map((cell) => walk(cell).trim()).filter(Boolean).join('; '))
    .filter(Boolean)
    .map((row) => (/[.!?:]$/.test(row) ? row : `${row}.`))
    .join(' ');
}

/** The answer as one line of plain text: code blocks and display formulas left out. */
export function markdownToPlain(md: string, options: PlainOptions = {}): string {
  return treeToPlain(labelledBlocksAsQuotes(parser.parse(md) as Root), options);
}

/** The same, from a syntax tree already parsed (GFM, math, directives; labelled blocks as quotes). */
export function treeToPlain(tree: Root, options: PlainOptions = {}): string {
  const tables = options.tables ?? 'flatten';
  const math = options.math ?? 'tex';
  const walk = (node: Nodes): string => {
    switch (node.type) {
      case 'code':
      case 'math':
      case 'thematicBreak':
      case 'definition':
      case 'footnoteDefinition':
        return ' ';
      case 'table':
        return tables === 'drop' ? ' ' : ` ${tableText(node, walk)} `;
      case 'inlineMath':
        return math === 'tex' || !/[\\{}]/.test(node.value) ? node.value : ' ';
      case 'text':
      case 'inlineCode':
      // Raw HTML is shown as text on the page (remarkHtmlAsText), so it is text here too.
      case 'html':
        return node.value;
      case 'image':
        return node.alt ?? '';
      case 'break':
        return ' ';
      default: {
        if (!('children' in node)) return '';
        const inner = (node.children as Nodes[]).map(walk).join('');
        return BLOCKS.has(node.type) ? ` ${inner} ` : inner;
      }
    }
  };
  return walk(tree).replace(/\s+/g, ' ').trim();
}

/** The form of an answer's text a description is made from: no tables, formulas only where they read as text. */
export const READABLE: PlainOptions = { tables: 'drop', math: 'readable' };
export const readablePlain = (md: string) => markdownToPlain(md, READABLE);

/**
 * A remark plugin for the site's pipeline, after its own remark plugins: records the answer's
 * plain text in both forms from the tree the pipeline has just parsed and transformed (raw HTML
 * made text and labelled blocks made quotes, as markdownToPlain reads them too), so an answer is
 * parsed once for its HTML and its texts. They come out in the rendered
 * entry's `frontmatter.plainText`, the way Astro passes data from remark plugins.
 */
export function remarkPlainText() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const astro = (file.data.astro ??= {});
    (astro.frontmatter ??= {}).plainText = { text: treeToPlain(tree), readable: treeToPlain(tree, READABLE) };
  };
}

export function describeQuestion(title: string, body: string, max = 155): string {
  return describeText(title, readablePlain(body), max);
}

/** A page's description: the title, then the answer's readable text, cut at a word. */
export function describeText(title: string, readable: string, max = 155): string {
  const text = `${title} ${readable}`.trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 80 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
