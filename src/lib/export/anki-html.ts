// An answer as an Anki card shows it: HTML made from the answer's Markdown tree, not from the
// site's HTML, because the site's formulas are KaTeX MathML and Anki needs their TeX. Formulas
// become MathJax delimiters, \( \) inline and \[ \] on their own, which Anki typesets; code stays
// in <pre><code class="language-…">; tables are HTML tables; links are absolute (a card lives
// outside the site); raw HTML in a source stays text, as on the site. The source is named last.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root, Paragraph, PhrasingContent } from 'mdast';
import type { Root as HastRoot, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { labelledBlocksAsQuotes, remarkHtmlAsText } from '../markdown/plugins.ts';

/** Formulas as text between MathJax delimiters: `\(x\)` inline, `\[x\]` as a paragraph of its own. */
export function mathAsMathJax(tree: Root): Root {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'inlineMath') parent.children[index] = { type: 'text', value: `\\(${node.value}\\)` } as never;
    else if (node.type === 'math') parent.children[index] = { type: 'paragraph', children: [{ type: 'text', value: `\\[${node.value}\\]` }] } as never;
  });
  return tree;
}

/**
 * Links as a card needs them: a root-relative link (`/questions/…`) made absolute under `siteRoot`
 * (origin and base, e.g. "https://example.org/atlas/"); a link with a scheme other than http(s) or
 * mailto loses its href, as on the site. The mark labelled blocks carry for the site goes.
 */
export function absoluteLinks(tree: HastRoot, siteRoot: string): HastRoot {
  const root = new URL(siteRoot);
  visit(tree, 'element', (node: Element) => {
    delete node.properties.dataLabelledBlock;
    for (const attr of ['href', 'src'] as const) {
      const v = node.properties[attr];
      if (typeof v !== 'string') continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(v)) {
        if (!/^(https?|mailto):/i.test(v)) delete node.properties[attr];
      } else if (v.startsWith('/') && !v.startsWith('//')) {
        const path = v.startsWith(root.pathname) ? v : root.pathname.replace(/\/$/, '') + v;
        node.properties[attr] = new URL(path, root.origin).href;
      }
    }
  });
  return tree;
}

export interface SourceLine {
  /** The source's title. */
  title: string;
  /** The question's absolute URL on the site. */
  url: string;
  /** Its section path, outermost first. */
  section: readonly string[];
}

/** "Source: <a href=url>title</a> · section" as a paragraph (escaped by the serialiser). */
function sourceParagraph(s: SourceLine): Paragraph {
  const children: PhrasingContent[] = [{ type: 'text', value: 'Source: ' }, { type: 'link', url: s.url, children: [{ type: 'text', value: s.title }] }];
  if (s.section.length) children.push({ type: 'text', value: ` · ${s.section.join(' › ')}` });
  return { type: 'paragraph', children, data: { hProperties: { className: ['atlas-source'] } } };
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkDirective);
const toHtml = unified().use(remarkRehype).use(rehypeStringify, { characterReferences: { useNamedReferences: true } });

/** The answer's tree as a card shows it: raw HTML as text, labelled blocks as quotes, MathJax formulas. */
function cardTree(markdown: string): Root {
  const tree = parser.parse(markdown) as Root;
  remarkHtmlAsText()(tree);
  labelledBlocksAsQuotes(tree);
  return mathAsMathJax(tree);
}

const toHast = (tree: Root) => toHtml.runSync(tree) as HastRoot;
const asHtml = (hast: HastRoot, siteRoot: string) => toHtml.stringify(absoluteLinks(hast, siteRoot)).trim();

/** The back of a card: the answer's Markdown as HTML for Anki, then its source. */
export function ankiAnswerHtml(markdown: string, options: { siteRoot: string; source?: SourceLine }): string {
  const tree = cardTree(markdown);
  if (options.source) tree.children.push(sourceParagraph(options.source));
  return asHtml(toHast(tree), options.siteRoot);
}

/** Whether a link or image of `hast` is root-relative: absoluteLinks completes it with the site's address. */
function linksWithinSite(hast: HastRoot): boolean {
  let found = false;
  visit(hast, 'element', (node: Element) => {
    for (const v of [node.properties.href, node.properties.src]) if (typeof v === 'string' && v.startsWith('/') && !v.startsWith('//')) found = true;
  });
  return found;
}

/** Any address: HTML made by the two functions below does not depend on it (linksWithinSite). */
const NO_SITE = 'http://localhost/';

/**
 * The back of a card without its source line, made once per answer by the questions loader
 * (src/lib/content/render-answer.ts), when it can be made apart from that line: undefined when the
 * answer links to a page of the site (a root-relative link, which the site's address completes) or
 * has footnotes (they come after the source line). Those backs are made from the Markdown.
 */
export function ankiAnswerBody(markdown: string): string | undefined {
  const tree = cardTree(markdown);
  let footnotes = false;
  visit(tree, 'footnoteDefinition', () => {
    footnotes = true;
  });
  const hast = toHast(tree);
  return footnotes || linksWithinSite(hast) ? undefined : asHtml(hast, NO_SITE);
}

/** A back made by ankiAnswerBody with its source line added: what ankiAnswerHtml makes of the same answer. */
export function withSourceLine(body: string, source: SourceLine): string {
  const line = asHtml(toHast({ type: 'root', children: [sourceParagraph(source)] }), NO_SITE);
  return body ? `${body}\n${line}` : line;
}

/** Text as HTML (a card's front): the five characters HTML reads specially, escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
