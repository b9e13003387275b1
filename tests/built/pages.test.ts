// The built pages (npm run build first; npm test does): what search engines and link previews
// read (canonical, Open Graph, JSON-LD, sitemap, robots.txt), heading anchors, filters, the
// 404 and trimmed-URL pages, and the source page's order. Parsed with parse5, as browsers parse.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { siteConfig } from '../../src/lib/site-config';

const DIST = process.env.ATLAS_OUT_DIR ?? 'dist';
const { site: SITE, base: BASE } = siteConfig(process.env);
type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
type El = DefaultTreeAdapterMap['element'];

const isEl = (n: Node): n is El => 'tagName' in n;
function all(root: Node, pred: (e: El) => boolean): El[] {
  const out: El[] = [];
  const walk = (n: Node) => {
    if (isEl(n) && pred(n)) out.push(n);
    const kids = 'childNodes' in n ? (n.childNodes as Node[]) : [];
    for (const c of kids) walk(c);
  };
  walk(root);
  return out;
}
const attr = (e: El, name: string) => e.attrs.find((a) => a.name === name)?.value;
const hasClass = (e: El, c: string) => (attr(e, 'class') ?? '').split(/\s+/).includes(c);
const text = (n: Node): string => ('value' in n && n.nodeName === '#text' ? (n.value as string) : 'childNodes' in n ? (n.childNodes as Node[]).map(text).join('') : '');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(DIST, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}
/** The site path a built file is served at ("questions/a/b/index.html" -> "/base/questions/a/b/"). */
const pathOf = (rel: string) => BASE + rel.replace(/index\.html$/, '');
const load = (rel: string) => parse(readFileSync(join(DIST, rel), 'utf8'));
const meta = (doc: Node, key: string) => all(doc, (e) => e.tagName === 'meta' && (attr(e, 'property') === key || attr(e, 'name') === key));
const jsonLdOf = (doc: Node) =>
  all(doc, (e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json').map((s) => JSON.parse(text(s)) as Record<string, unknown>);
const noindex = (doc: Node) => meta(doc, 'robots').some((m) => /noindex/.test(attr(m, 'content') ?? ''));

interface Fm {
  title: string;
  source: string;
  section: string[];
  number?: number;
  order: number;
}
function questionsOf(source: string): (Fm & { slug: string })[] {
  const dir = join('content/questions', source);
  return readdirSync(dir)
    .map((f) => {
      const t = readFileSync(join(dir, f), 'utf8');
      return { ...(parseYaml(t.slice(4, t.indexOf('\n---', 4))) as Fm), slug: f.replace(/\.md$/, '') };
    })
    .sort((a, b) => a.order - b.order);
}

let files: string[] = [];
let questionFiles: string[] = [];

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no built site in ${DIST}/: run "npm run build" first (npm test does)`);
  files = htmlFiles(DIST);
  questionFiles = files.filter((f) => /^questions\/[^/]+\/[^/]+\/index\.html$/.test(f));
});

describe('question pages, as search engines and link previews read them', () => {
  it('have one canonical URL, Open Graph tags, a FAQPage naming the h1 and breadcrumbs as shown', () => {
    expect(questionFiles.length).toBeGreaterThan(500);
    for (const rel of questionFiles) {
      const doc = load(rel);
      const url = SITE + pathOf(rel);
      const canonical = all(doc, (e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical');
      expect(canonical.map((c) => attr(c, 'href')), rel).toEqual([url]);
      const h1 = squash(text(all(doc, (e) => e.tagName === 'h1')[0]!));
      expect(attr(meta(doc, 'og:title')[0]!, 'content'), rel).toBe(h1);
      expect(attr(meta(doc, 'og:url')[0]!, 'content'), rel).toBe(url);
      expect(attr(meta(doc, 'og:type')[0]!, 'content'), rel).toBe('article');
      const description = attr(meta(doc, 'og:description')[0]!, 'content') ?? '';
      expect(description, rel).toBe(attr(meta(doc, 'description')[0]!, 'content'));
      expect(description.startsWith(h1), rel).toBe(true);

      const ld = jsonLdOf(doc);
      const faq = ld.filter((d) => d['@type'] === 'FAQPage');
      expect(faq, rel).toHaveLength(1);
      expect(ld.some((d) => d['@type'] === 'QAPage')).toBe(false);
      const [question] = faq[0]!.mainEntity as { '@type': string; name: string; acceptedAnswer: { '@type': string; text: string } }[];
      expect(question!.name, rel).toBe(h1);
      expect(question!.acceptedAnswer['@type']).toBe('Answer');
      // Plain text: no table rules, no `$` math delimiters (prices in prose are written "\$").
      expect(question!.acceptedAnswer.text, rel).not.toMatch(/\|\s*-{3}|\$\$|\$[^$\s][^$]*\\[a-z]+[^$]*\$/);

      const visible = all(all(doc, (e) => e.tagName === 'nav' && attr(e, 'aria-label') === 'Breadcrumb')[0]!, (e) => e.tagName === 'a').map((a) => ({
        name: squash(text(a)),
        url: new URL(attr(a, 'href')!, SITE).href,
      }));
      const crumbs = ld.find((d) => d['@type'] === 'BreadcrumbList')!.itemListElement as { position: number; name: string; item: string }[];
      expect(crumbs.map((c) => ({ name: c.name, url: c.item })), rel).toEqual([...visible, { name: h1, url }]);
      expect(crumbs.map((c) => c.position)).toEqual(crumbs.map((_, i) => i + 1));
      expect(visible.map((v) => v.name).slice(0, 2)).toEqual(['Home', 'Topics']);
    }
  });

  it('describe tables and formulas in words, not in Markdown or TeX', () => {
    const bias = load('questions/ai-engineer/bias-vs-variance-tradeoff/index.html');
    expect(attr(meta(bias, 'description')[0]!, 'content')).toMatch(/^Bias vs Variance Tradeoff Total Error = Bias\^2/);
    for (const rel of questionFiles) {
      const d = attr(meta(load(rel), 'description')[0]!, 'content')!;
      // (A dollar amount in prose, "$50K", is fine; TeX commands and scripts are not.)
      expect(d, rel).not.toMatch(/\|\s*-{3}|\\[a-zA-Z]+|\$\S*[\\^_{}]/);
    }
  });
});

describe('pages that are not for search engines', () => {
  it('the 404 page has no canonical URL, a search box, and links home and to the topics', () => {
    const doc = load('404.html');
    expect(noindex(doc)).toBe(true);
    expect(all(doc, (e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical')).toEqual([]);
    expect(meta(doc, 'og:url')).toEqual([]);
    const main = all(doc, (e) => e.tagName === 'main')[0]!;
    const form = all(main, (e) => e.tagName === 'form')[0]!;
    expect(attr(form, 'action')).toBe(`${BASE}search/`);
    expect(all(form, (e) => e.tagName === 'input' && attr(e, 'name') === 'q' && attr(e, 'type') === 'search')).toHaveLength(1);
    const links = all(main, (e) => e.tagName === 'a').map((a) => attr(a, 'href'));
    expect(links).toEqual(expect.arrayContaining([BASE, `${BASE}topics/`, `${BASE}sources/`]));
  });

  it('a trimmed question URL lands on a page: /questions/ lists the sources, /questions/<source>/ sends to its page', () => {
    const index = load('questions/index.html');
    expect(noindex(index)).toBe(true);
    const sourceDirs = readdirSync('content/questions').sort();
    const links = all(all(index, (e) => e.tagName === 'main')[0]!, (e) => e.tagName === 'a').map((a) => attr(a, 'href'));
    for (const s of sourceDirs) {
      expect(links).toContain(`${BASE}sources/${s}/`);
      const doc = load(`questions/${s}/index.html`);
      expect(noindex(doc), s).toBe(true);
      expect(all(doc, (e) => e.tagName === 'link' && attr(e, 'rel') === 'canonical')).toEqual([]);
      const refresh = all(doc, (e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'refresh');
      expect(refresh.map((m) => attr(m, 'content'))).toEqual([`0; url=${BASE}sources/${s}/`]);
      // The same place as a plain link, for when the refresh does not happen.
      expect(all(all(doc, (e) => e.tagName === 'main')[0]!, (e) => e.tagName === 'a').map((a) => attr(a, 'href'))).toContain(`${BASE}sources/${s}/`);
    }
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('the sitemap lists exactly the pages that may be indexed', () => {
    const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(new Set(listed).size).toBe(listed.length);
    const indexable = files.filter((f) => !noindex(load(f))).map((f) => SITE + pathOf(f));
    expect([...listed].sort()).toEqual(indexable.sort());
    // Every question, topic and source page is there; no 404 and no trimmed-URL page.
    expect(listed.filter((u) => /\/questions\/[^/]+\/[^/]+\/$/.test(u))).toHaveLength(questionFiles.length);
    for (const kind of ['topics', 'sources']) {
      const pages = files.filter((f) => new RegExp(`^${kind}/[^/]+/index\\.html$`).test(f));
      expect(pages.length).toBeGreaterThan(3);
      for (const p of pages) expect(listed).toContain(SITE + pathOf(p));
    }
    expect(listed).not.toContain(`${SITE}${BASE}404.html`);
    expect(listed).not.toContain(`${SITE}${BASE}questions/`);
    expect(listed.filter((u) => /\/questions\/[^/]+\/$/.test(u))).toEqual([]);
  });

  it('robots.txt points at the sitemap with the site and base', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots.match(/^Sitemap: (.+)$/m)?.[1]).toBe(`${SITE}${BASE}sitemap.xml`);
  });
});

describe('heading anchors', () => {
  it('every h2 and h3 of question, topic and source pages has an id and a "#" link to it', () => {
    const pages = files.filter((f) => /^(questions\/[^/]+\/[^/]+|topics\/[^/]+|sources\/[^/]+)\/index\.html$/.test(f));
    let headings = 0;
    let labelled = 0;
    for (const rel of pages) {
      const doc = load(rel);
      const ids = new Set(all(doc, (e) => !!attr(e, 'id')).map((e) => attr(e, 'id')));
      for (const h of all(doc, (e) => e.tagName === 'h2' || e.tagName === 'h3')) {
        headings++;
        const id = attr(h, 'id');
        expect(id, `${rel}: ${squash(text(h))}`).toBeTruthy();
        const anchors = all(h, (e) => e.tagName === 'a' && hasClass(e, 'heading-anchor'));
        expect(anchors.map((a) => attr(a, 'href')), `${rel}: ${squash(text(h))}`).toEqual([`#${id}`]);
        expect(attr(anchors[0]!, 'aria-label')).toMatch(/^Link to this (section|part)$/);
      }
      // Labelled answer blocks ("> **Follow-up**") can be linked to as well (in another question's
      // answer shown on the page, with its prefix: o1-a-follow-up).
      for (const q of all(doc, (e) => e.tagName === 'blockquote')) {
        const first = all(q, (e) => e.tagName === 'p')[0];
        if (first && first.childNodes.filter((c) => !(c.nodeName === '#text' && !text(c).trim())).every((c) => isEl(c) && c.tagName === 'strong')) {
          labelled++;
          expect(attr(q, 'id'), `${rel}: ${squash(text(first))}`).toMatch(/^(o\d+-)?a-/);
        }
      }
      for (const a of all(doc, (e) => e.tagName === 'a' && (attr(e, 'href') ?? '').startsWith('#'))) {
        expect(ids.has(decodeURIComponent(attr(a, 'href')!.slice(1))), `${rel}: ${attr(a, 'href')}`).toBe(true);
      }
    }
    expect(headings).toBeGreaterThan(300);
    expect(labelled).toBeGreaterThan(50);
  });
});

describe('topic pages', () => {
  it('offer a difficulty filter only when the listed questions have two difficulties, one of them rated', () => {
    const topicFiles = files.filter((f) => /^topics\/[^/]+\/index\.html$/.test(f));
    const seen = { shown: 0, hidden: 0 };
    for (const rel of topicFiles) {
      const doc = load(rel);
      // Each concept's data-facets: "source:difficulty" for each of its questions.
      const facets = all(doc, (e) => attr(e, 'data-concept') !== undefined && e.tagName === 'li').flatMap((li) => attr(li, 'data-facets')!.split(' '));
      const values = new Set(facets.map((f) => f.slice(f.lastIndexOf(':') + 1)));
      const filter = all(doc, (e) => e.tagName === 'question-filter')[0];
      const select = filter && all(filter, (e) => e.tagName === 'select' && attr(e, 'name') === 'difficulty')[0];
      const useful = values.size >= 2 && [...values].some((v) => v !== 'unrated');
      expect(!!select, `${rel}: difficulties ${[...values].join(', ')}`).toBe(useful);
      if (select) {
        const options = all(select, (e) => e.tagName === 'option').map((o) => attr(o, 'value'));
        expect(options.slice(1).sort(), rel).toEqual([...values].sort());
      }
      seen[useful ? 'shown' : 'hidden']++;
    }
    expect(seen.shown).toBeGreaterThan(0);
  });
});

describe('source pages', () => {
  it('list every question in the source order, under its sections in order', () => {
    for (const source of readdirSync('content/questions').sort()) {
      const qs = questionsOf(source);
      const doc = load(`sources/${source}/index.html`);
      const main = all(doc, (e) => e.tagName === 'main')[0]!;
      const listed = all(main, (e) => e.tagName === 'li' && attr(e, 'data-question') !== undefined).map((li) => attr(li, 'data-question'));
      expect(listed, source).toEqual(qs.map((q) => `${source}/${q.slug}`));
      // Sections: each run of questions with the same section path, in order.
      const runs: string[] = [];
      for (const q of qs) {
        const name = q.section.length ? q.section.join(' › ') : 'Questions';
        if (runs[runs.length - 1] !== name) runs.push(name);
      }
      const h2 = all(main, (e) => e.tagName === 'h2' && hasClass(e.parentNode as El, 'source-section')).map((h) => squash(text(h)).replace(/ #$/, ''));
      expect(h2, source).toEqual(runs);
    }
    // Where the source numbers its questions once each, the page counts up.
    const numbers = questionsOf('ml-dl-llm-2025').map((q) => q.number!);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(numbers[0]).toBe(1);
  });
});

describe('badges and notes', () => {
  it('every page showing a "Math/Code" badge says in words what it means', () => {
    let pages = 0;
    for (const rel of files.filter((f) => /^(topics|sources|questions)\/.+\/index\.html$/.test(f))) {
      const main = all(load(rel), (e) => e.tagName === 'main')[0]!;
      const legend = all(main, (e) => hasClass(e, 'badge-legend'));
      const badges = all(main, (e) => hasClass(e, 'badge') && squash(text(e)) === 'Math/Code' && !legend.some((l) => all(l, (x) => x === e).length));
      if (!badges.length) continue;
      pages++;
      expect(legend.length, rel).toBe(1);
      expect(squash(text(legend[0]!)), rel).toMatch(/Math\/Code (means )?a hands-on maths or coding exercise/);
    }
    // The 25 exercise pages, their source's page and the topics they are in.
    expect(pages).toBeGreaterThan(25);
  });

  it('a source page says plainly where its document comes from and how it is included, not as a warning', () => {
    const doc = load('sources/ai-engineer/index.html');
    const main = all(doc, (e) => e.tagName === 'main')[0]!;
    const origin = all(main, (e) => hasClass(e, 'source-origin'));
    expect(origin).toHaveLength(1);
    expect(squash(text(origin[0]!))).toBe(
      'From resources.devweekends.com: an AI engineer interview guide with detailed answers. Included with this project as sample data; the text is the site\'s.',
    );
    expect(squash(text(main))).not.toMatch(/terms before republishing/);
  });
});
