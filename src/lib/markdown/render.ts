// Renders Markdown with the same processor and plugins the site's build uses
// (Astro's unified processor from @astrojs/markdown-remark). For tests and tools.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from './plugins.ts';

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({ ...markdownOptions('/') } as never);
  const { code } = await (await processor).render(markdown);
  return code;
}
