// The one Markdown parser (remark: CommonMark, GFM and `$` maths, as the site reads them), with
// positions: the generic reader finds questions by the line ranges of its blocks.
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkDirective from 'remark-directive';

const sourceParser = unified().use(remarkParse).use(remarkGfm).use(remarkMath);
const generatedParser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkDirective);

/** A source document as a tree (sources have no directives: "a:b" is text). */
export function parseMarkdown(text: string): Root {
  return sourceParser.parse(text);
}

/** Markdown the writer wrote, read the way the site reads it (labelled blocks are directives). */
export function parseGenerated(markdown: string): Root {
  return generatedParser.parse(markdown);
}
