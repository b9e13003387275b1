// Format name (as written in the manifest) -> reader. A new format is one new file here.
import type { Reader } from '../model.ts';
import { readMarkdown } from './markdown.ts';
import { readFlattenedMarkdown } from './flattened-markdown/read.ts';
import { readNumberedLatex } from './numbered-latex.ts';
import { readScrapedApp } from './scraped-app.ts';
import { readScrapedDocs } from './scraped-docs/read.ts';

export const readers: Record<string, Reader> = {
  markdown: readMarkdown,
  'flattened-markdown': readFlattenedMarkdown,
  'numbered-latex': readNumberedLatex,
  'scraped-app': readScrapedApp,
  'scraped-docs': readScrapedDocs,
};
