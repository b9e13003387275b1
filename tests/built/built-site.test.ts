// Checks the built site (npm run build runs first in `npm test`): every question of the
// clean Markdown source, counted by the source's own numbering, has its own page.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const DIST = process.env.ATLAS_OUT_DIR ?? 'dist';
const built = existsSync(join(DIST, 'index.html'));

function frontmatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  return parseYaml(text.slice(4, text.indexOf('\n---', 4))) as Record<string, unknown>;
}

describe('built site', () => {
  beforeAll(() => {
    if (!built) throw new Error(`no built site in ${DIST}/: run "npm run build" first (npm test does)`);
  });

  it('has one page for every **N.** question of the 2025 Markdown source', () => {
    const source = readFileSync('content/sources/003_accef8ba4d48adff.txt', 'utf8');
    const printed = [...source.matchAll(/^\*\*(\d+)\.\s+(.+?)\*\*\s*$/gm)].map((m) => ({ n: Number(m[1]), title: m[2]! }));
    expect(printed).toHaveLength(545);

    const dir = 'content/questions/ml-dl-llm-2025';
    const pages = new Map<number, string>();
    for (const f of readdirSync(dir)) {
      const fm = frontmatter(join(dir, f));
      pages.set(fm.number as number, f.replace(/\.md$/, ''));
    }
    for (const { n, title } of printed) {
      const slug = pages.get(n);
      expect(slug, `question ${n} has a generated file`).toBeDefined();
      const html = join(DIST, 'questions', 'ml-dl-llm-2025', slug!, 'index.html');
      expect(existsSync(html), `question ${n} has a page`).toBe(true);
      const page = readFileSync(html, 'utf8');
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page)?.[1] ?? '';
      const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      expect(decode(h1).trim()).toBe(title.replace(/`/g, ''));
    }
  });

  it('renders no KaTeX error on any page', () => {
    const walk = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.html') ? [join(d, e.name)] : []));
    const bad = walk(DIST).filter((f) => readFileSync(f, 'utf8').includes('katex-error'));
    expect(bad).toEqual([]);
  });
});
