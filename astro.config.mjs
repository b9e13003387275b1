// @ts-check
import { defineConfig } from 'astro/config';
import { siteMarkdown } from './src/lib/markdown/render.ts';
import { siteConfig } from './src/lib/site-config.ts';

// Where the site is hosted: ATLAS_SITE (origin, e.g. https://example.org) and
// ATLAS_BASE (sub-path, e.g. /atlas/). Both optional; see README "Hosting".
const { site, base } = siteConfig(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // The site's Markdown pipeline (src/lib/markdown/render.ts); answers are rendered with it by
  // the questions loader (src/lib/content/questions-loader.ts).
  markdown: siteMarkdown(base),
  devToolbar: { enabled: false },
  // The data store (every question with its rendered answer) is written, and bundled for page
  // generation, in parts of at most 20 MB instead of one file and one module: at 100 times the
  // shipped corpus it is some 200 MB. The same pages either way (byte for byte).
  experimental: { collectionStorage: 'chunked', incrementalBuild: true },
  vite: {
    // Scripts stay external files: no inline scripts (CSP without 'unsafe-inline'), and
    // Astro 7 leaves __VITE_PRELOAD__ unreplaced in inlined scripts with a dynamic import
    // (withastro/astro#17265), which broke the Pagefind import.
    build: { assetsInlineLimit: 0 },
  },
});
