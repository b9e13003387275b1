// Renders Markdown with the same processor and plugins the site's build uses
// (Astro's unified processor from @astrojs/markdown-remark). For tests and tools.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from './plugins.ts';

const processors = new Map<string, ReturnType<typeof createMarkdownProcessor>>();

/** `base`: the sub-path the site is built for ("/" or e.g. "/atlas/"). */
export async function renderMarkdown(markdown: string, base = '/'): Promise<string> {
  let processor = processors.get(base);
  if (!processor) processors.set(base, (processor = createMarkdownProcessor({ ...markdownOptions(base) } as never)));
  const { code } = await (await processor).render(markdown);
  return code;
}
