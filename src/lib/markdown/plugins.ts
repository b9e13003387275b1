// The Markdown pipeline of the site, shared by astro.config.mjs and the tests that
// render Markdown the way the site does.
import remarkMath from 'remark-math';
import remarkDirective from 'remark-directive';
import rehypeKatex from 'rehype-katex';
import GithubSlugger from 'github-slugger';
import type { Blockquote, Root } from 'mdast';
import type { Root as HastRoot, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { toString as hastToString } from 'hast-util-to-string';

/**
 * Source text is data: raw HTML in an answer is shown as text, never parsed into elements.
 * (Astro's unified pipeline passes raw HTML through by default.)
 */
export function remarkHtmlAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (!parent || index === undefined) return;
      parent.children[index] = { type: 'text', value: node.value } as never;
    });
  };
}

/** The directive the ingest writes a labelled block as: `:::labelled{label="Follow-up"}` … `:::`. */
const LABELLED = 'labelled';
/** Marks a labelled block's element for rehypeHeadingAnchors, which gives it an id and removes the mark. */
const LABELLED_MARK = 'dataLabelledBlock';

/**
 * Labelled parts of an answer ("Follow-up", "What interviewers are really testing"), which the
 * ingest writes as explicit nodes (`:::labelled{label="…"}` container directives), as a block
 * quote led by the label in bold, styled as a callout.
 */
export function labelledBlocksAsQuotes(tree: Root): Root {
  visit(tree, 'containerDirective', (node, index, parent) => {
    if (!parent || index === undefined || node.name !== LABELLED) return;
    const label = node.attributes?.label ?? '';
    const quote: Blockquote = {
      type: 'blockquote',
      children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: label }] }] }, ...(node.children as Blockquote['children'])],
      data: { hProperties: { [LABELLED_MARK]: '' } },
    };
    parent.children[index] = quote;
  });
  return tree;
}

/** The remark plugin of labelledBlocksAsQuotes (after remark-directive). */
export function remarkLabelledBlocks() {
  return labelledBlocksAsQuotes;
}

/**
 * Astro does not add `base` to links written inside Markdown: prefix root-relative
 * links (`/questions/...`) with it, so answers link correctly under a sub-path.
 * Links with a scheme other than http(s)/mailto (e.g. `javascript:`) lose their href.
 */
export function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.replace(/\/+$/, '');
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      for (const attr of ['href', 'src'] as const) {
        const v = node.properties?.[attr];
        if (typeof v !== 'string') continue;
        if (/^[a-z][a-z0-9+.-]*:/i.test(v) && !/^(https?|mailto):/i.test(v)) delete node.properties[attr];
        else if (base && v.startsWith('/') && !v.startsWith('//') && !v.startsWith(`${base}/`)) node.properties[attr] = base + v;
      }
    });
  };
}

const anchorLink = (id: string): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: 'Link to this part' },
  children: [{ type: 'text', value: '#' }],
});

/** The label paragraph of a labelled block (remarkLabelledBlocks), if `node` is one. */
function blockLabel(node: Element): Element | undefined {
  if (!(LABELLED_MARK in node.properties)) return undefined;
  delete node.properties[LABELLED_MARK];
  return node.children.find((c): c is Element => c.type === 'element');
}

/**
 * Ids and a visible "#" link on headings inside answers, so any part can be linked to; labelled
 * blocks ("Follow-up", "What interviewers are really testing") get an id too, without a link
 * (an answer's text stays free of links the source did not write). One slugger per answer
 * keeps the ids unique; the `a-` prefix keeps them apart from the page's own ids.
 */
export function rehypeHeadingAnchors() {
  return (tree: HastRoot) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      if (/^h[2-6]$/.test(node.tagName)) {
        const id = (node.properties.id as string | undefined) ?? `a-${slugger.slug(hastToString(node))}`;
        node.properties.id = id;
        node.children.push(anchorLink(id));
        return;
      }
      const label = blockLabel(node);
      if (label && !node.properties.id) node.properties.id = `a-${slugger.slug(hastToString(label))}`;
    });
  };
}

/**
 * Tables scroll sideways in their own box instead of squeezing their columns into broken
 * words. The box is a labelled, focusable region: keyboard users can scroll it, and axe
 * requires scrollable regions to be reachable.
 */
export function rehypeTableScroll() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const header: string[] = [];
      visit(node, 'element', (c: Element) => {
        if (c.tagName === 'th' && header.length < 4) header.push(hastToString(c).trim());
      });
      const names = header.filter(Boolean);
      const wrapper: Element = {
        type: 'element',
        // A <section> with a name is a region (html-validate prefers it to role="region").
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: names.length ? `Table: ${names.join(', ')}` : 'Table' },
        children: [node],
      };
      parent.children[index] = wrapper;
      return 'skip';
    });
  };
}

/**
 * KaTeX prints each formula more than once (MathML for the page, a TeX annotation, and in
 * "htmlAndMathml" mode an HTML rendering too). Pagefind would index every copy: keep only
 * the TeX annotation searchable (a reader types "softmax", not its layout).
 */
export function rehypeMathIndexOnce() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      const cls = node.properties?.className;
      const classes = Array.isArray(cls) ? cls : [];
      if (classes.includes('katex-html')) node.properties = { ...node.properties, dataPagefindIgnore: '' };
      if (node.tagName === 'semantics') {
        const presentation = node.children.find((c): c is Element => c.type === 'element' && c.tagName !== 'annotation');
        if (presentation) presentation.properties = { ...presentation.properties, dataPagefindIgnore: '' };
      }
    });
  };
}

export const katexOptions = {
  // An unknown command renders as red source text instead of failing the build;
  // the built-site test then finds it by its class and fails (no KaTeX error ships).
  throwOnError: false,
  strict: 'ignore' as const,
  // MathML only: browsers lay it out natively (MathML Core), so pages need neither KaTeX's
  // CSS nor its web fonts, and each formula is in the page once instead of twice. Measured on
  // the heaviest formula page: see the README's "Formulas" note and `npm run bench`.
  output: 'mathml' as const,
};

/** Options for Astro's unified() processor (and createMarkdownProcessor in tests). */
export function markdownOptions(base = '/') {
  return {
    remarkPlugins: [remarkHtmlAsText, remarkMath, remarkDirective, remarkLabelledBlocks],
    rehypePlugins: [[rehypeKatex, katexOptions], rehypeMathIndexOnce, [rehypeBaseLinks, { base }], rehypeHeadingAnchors, rehypeTableScroll] as never[],
    // Typographic quotes and dashes would change what the source says (`--flag`, "quotes").
    smartypants: false,
    gfm: true,
  };
}
