// The Markdown pipeline of the site, shared by astro.config.mjs and the tests that
// render Markdown the way the site does.
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

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

export const remarkPlugins = [remarkHtmlAsText, remarkMath];

export const katexOptions = {
  // An unknown command renders as red source text instead of failing the build;
  // the site check then finds it by its class and fails the test (no KaTeX error ships).
  throwOnError: false,
  strict: 'ignore' as const,
};

export const rehypePlugins: [typeof rehypeKatex, typeof katexOptions][] = [[rehypeKatex, katexOptions]];

/** Options for Astro's unified() processor (and createMarkdownProcessor in tests). */
export const markdownOptions = {
  remarkPlugins,
  rehypePlugins,
  // Typographic quotes and dashes would change what the source says (`--flag`, "quotes").
  smartypants: false,
  gfm: true,
};
