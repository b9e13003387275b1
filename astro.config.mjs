// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from './src/lib/markdown/plugins.ts';
import { siteConfig } from './src/lib/site-config.ts';

// Where the site is hosted: ATLAS_SITE (origin, e.g. https://example.org) and
// ATLAS_BASE (sub-path, e.g. /atlas/). Both optional; see README "Hosting".
const { site, base } = siteConfig(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  markdown: {
    processor: unified(markdownOptions(base)),
    shikiConfig: {
      // High-contrast variants: github-light's orange (#e36209) fails WCAG AA contrast on white (3.5:1).
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: false,
    },
  },
  devToolbar: { enabled: false },
  vite: {
    // Scripts stay external files: no inline scripts (CSP without 'unsafe-inline'), and
    // Astro 7 leaves __VITE_PRELOAD__ unreplaced in inlined scripts with a dynamic import
    // (withastro/astro#17265), which broke the Pagefind import.
    build: { assetsInlineLimit: 0 },
  },
});
