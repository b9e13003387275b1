// An answer as an Anki card shows it: HTML made from the answer's Markdown tree, not from the
// site's HTML, because the site's formulas are KaTeX MathML and Anki needs their TeX. Formulas
// become MathJax delimiters, \( \) inline and \[ \] on their own, which Anki typesets; code stays
// in <pre><code class="language-…">; tables are HTML tables; links are absolute (a card lives
// outside the site); raw HTML in a source stays text, as on the site. The source is named last.
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root, Paragraph, PhrasingContent } from 'mdast';
import type { Root as HastRoot, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { exportTree } from './export-tree.ts';

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

const toHtml = unified().use(remarkRehype).use(rehypeStringify, { characterReferences: { useNamedReferences: true } });

/** The back of a card: the answer's Markdown as HTML for Anki, then its source. */
export function ankiAnswerHtml(markdown: string, options: { siteRoot: string; source?: SourceLine }): string {
  const tree = mathAsMathJax(exportTree(markdown));
  if (options.source) tree.children.push(sourceParagraph(options.source));
  const hast = absoluteLinks(toHtml.runSync(tree) as HastRoot, options.siteRoot);
  return toHtml.stringify(hast).trim();
}

/** Text as HTML (a card's front): the five characters HTML reads specially, escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
