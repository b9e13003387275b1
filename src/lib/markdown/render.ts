// How the site renders Markdown: the `markdown` settings astro.config.mjs gives Astro, and the one
// renderer built from them that renders every answer (the questions loader, the render workers of
// `npm run build`, and the tests). Answers are rendered with exactly these settings, passed
// explicitly, so no Astro default can make a cached answer differ from a freshly rendered one.
import { markdownConfigDefaults, syntaxHighlightDefaults, unified } from '@astrojs/markdown-remark';
import { markdownOptions } from './plugins.ts';
import { remarkPlainText } from '../describe.ts';

export const shikiConfig = {
  ...markdownConfigDefaults.shikiConfig,
  // High-contrast variants: github-light's orange (#e36209) fails WCAG AA contrast on white (3.5:1).
  themes: { light: 'github-light-high-contrast' as const, dark: 'github-dark-high-contrast' as const },
  defaultColor: false as const,
  transformers: [
    {
      // Shiki stops highlighting a line after 500 ms of wall-clock time and leaves the rest of it
      // plain. The first block in a language compiles that grammar, which on a busy machine can
      // take longer: the same answer then came out differently from build to build.
      name: 'atlas:no-time-limit',
      preprocess(_code: string, options: { tokenizeTimeLimit?: number }) {
        options.tokenizeTimeLimit = 0;
      },
    },
  ],
};

/**
 * The `markdown` block of astro.config.mjs for a site built under `base`: the plugins of
 * markdownOptions(), and last among the remark plugins one that only records the plain text of
 * what it renders (describe.ts), so that an answer's HTML and texts come from one parse.
 */
export function siteMarkdown(base = '/') {
  const options = markdownOptions(base);
  const processor = unified({ ...options, remarkPlugins: [...options.remarkPlugins, remarkPlainText] as never[] });
  return { processor, syntaxHighlight: syntaxHighlightDefaults, shikiConfig };
}

/** What the renderer is made of, as data: part of every cached answer's key (src/lib/content/answer-cache.ts). */
export function rendererSettings(base = '/') {
  const { processor, syntaxHighlight } = siteMarkdown(base);
  const plugin = (p: unknown) => (Array.isArray(p) ? [(p[0] as { name?: string }).name, p[1]] : (p as { name?: string }).name);
  return {
    remarkPlugins: processor.options.remarkPlugins.map(plugin),
    rehypePlugins: processor.options.rehypePlugins.map(plugin),
    remarkRehype: processor.options.remarkRehype,
    gfm: processor.options.gfm,
    smartypants: processor.options.smartypants,
    syntaxHighlight,
    shikiConfig,
  };
}

export interface Rendered {
  html: string;
  /** The plain text of the Markdown, whole and readable (describe.ts, remarkPlainText). */
  text: string;
  readable: string;
}

export interface AnswerRenderer {
  render(markdown: string): Promise<Rendered>;
}

const renderers = new Map<string, Promise<AnswerRenderer>>();

/** The renderer for a site built under `base` ("/" or e.g. "/atlas/"), created once per base. */
export function answerRenderer(base = '/'): Promise<AnswerRenderer> {
  let r = renderers.get(base);
  if (!r) {
    const { processor, syntaxHighlight } = siteMarkdown(base);
    // The settings Astro's content layer hands a processor (content-layer.js, #processMarkdown).
    r = processor.createRenderer({ syntaxHighlight, shikiConfig } as never).then((p) => ({
      render: async (markdown: string) => {
        const { code, metadata } = await p.render(markdown);
        const { text, readable } = metadata.frontmatter.plainText as { text: string; readable: string };
        return { html: code, text, readable };
      },
    }));
    renderers.set(base, r);
  }
  return r;
}

/** Renders Markdown the way the site renders an answer. `base`: the sub-path the site is built for. */
export async function renderMarkdown(markdown: string, base = '/'): Promise<string> {
  return (await (await answerRenderer(base)).render(markdown)).html;
}
