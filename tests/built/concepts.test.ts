// Concepts in the built site (npm run build first): question pages hold the other answers of
// their concept, topic pages list each concept once, and previous / next walk the topic page's
// order. The concepts are those of the study index the same build wrote (/study-index.json),
// checked against the question files' frontmatter; pages are parsed with parse5, as browsers do.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { siteConfig } from '../../src/lib/site-config';
import { decodeIndex, type IndexQuestion } from '../../src/lib/study/study-index';

const DIST = process.env.ATLAS_OUT_DIR ?? 'dist';
const { base: BASE } = siteConfig(process.env);
type Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];
type El = DefaultTreeAdapterMap['element'];

const isEl = (n: Node): n is El => 'tagName' in n;
function all(root: Node, pred: (e: El) => boolean): El[] {
  const out: El[] = [];
  const walk = (n: Node) => {
    if (isEl(n) && pred(n)) out.push(n);
    for (const c of 'childNodes' in n ? (n.childNodes as Node[]) : []) walk(c);
  };
  walk(root);
  return out;
}
const attr = (e: El, name: string) => e.attrs.find((a) => a.name === name)?.value;
const text = (n: Node): string => ('value' in n && n.nodeName === '#text' ? (n.value as string) : 'childNodes' in n ? (n.childNodes as Node[]).map(text).join('') : '');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const within = (e: El, pred: (a: El) => boolean) => {
  for (let p = e.parentNode as El | null; p && isEl(p as Node); p = p.parentNode as El | null) if (pred(p)) return true;
  return false;
};
const href = (id: string) => `${BASE}questions/${id}/`;
const pages = new Map<string, Node>();
const page = (rel: string) => pages.get(rel) ?? pages.set(rel, parse(readFileSync(join(DIST, rel), 'utf8'))).get(rel)!;
const questionPage = (id: string) => page(`questions/${id}/index.html`);

let questions: IndexQuestion[] = [];
let sources: Record<string, string> = {};
const members = new Map<string, IndexQuestion[]>();

beforeAll(() => {
  if (!existsSync(join(DIST, 'study-index.json'))) throw new Error(`no built site in ${DIST}/: run "npm run build" first (npm test does)`);
  const ix = decodeIndex(JSON.parse(readFileSync(join(DIST, 'study-index.json'), 'utf8')));
  ({ questions, sources } = ix);
  for (const q of questions) members.set(q.concept, [...(members.get(q.concept) ?? []), q]);
});

describe('concepts of the build', () => {
  it('are those of the question files: questions of one topic named with one concept are one concept', () => {
    const byFile = new Map<string, string>();
    for (const source of readdirSync('content/questions')) {
      for (const f of readdirSync(join('content/questions', source))) {
        const t = readFileSync(join('content/questions', source, f), 'utf8');
        const fm = parseYaml(t.slice(4, t.indexOf('\n---', 4))) as { concept: string; topic: string; subtopic?: string };
        byFile.set(`${source}/${f.replace(/\.md$/, '')}`, [fm.concept, fm.topic, fm.subtopic ?? ''].join(' '));
      }
    }
    expect(questions.length).toBe(byFile.size);
    for (const group of members.values()) expect(new Set(group.map((q) => byFile.get(q.id))).size, group[0]!.id).toBe(1);
    const named = new Map<string, Set<string>>();
    for (const q of questions) named.set(byFile.get(q.id)!, (named.get(byFile.get(q.id)!) ?? new Set()).add(q.concept));
    for (const [file, concepts] of named) expect(concepts.size, file).toBe(1);
    expect([...members.values()].filter((g) => g.length > 1).length).toBeGreaterThan(20);
  });
});

describe('question pages', () => {
  it('hold the other answers of their concept, collapsed, each with its source, its answer and a link to its page, outside what Pagefind indexes', () => {
    let withOthers = 0;
    for (const q of questions) {
      const doc = questionPage(q.id);
      const others = members.get(q.concept)!.filter((m) => m.id !== q.id);
      // Answer blocks (class "answer"; the reader's note is marked data-answer="" too, to hide with them).
      const own = all(doc, (e) => attr(e, 'data-answer') !== undefined && /\banswer\b/.test(attr(e, 'class') ?? ''));
      // Every answer block names its question; this page's own is the one in its article.
      const inArticle = own.filter((e) => within(e, (p) => p.tagName === 'article'));
      expect(inArticle.map((e) => attr(e, 'data-answer')), q.id).toEqual([q.id]);
      const section = all(doc, (e) => attr(e, 'data-other-answers') !== undefined);
      if (!others.length) {
        expect(section, q.id).toEqual([]);
        continue;
      }
      withOthers++;
      expect(section, q.id).toHaveLength(1);
      expect(attr(section[0]!, 'data-pagefind-ignore'), q.id).toBe('all');
      expect(within(section[0]!, (p) => attr(p, 'data-pagefind-body') !== undefined), q.id).toBe(false);
      const details = all(section[0]!, (e) => e.tagName === 'details');
      expect(details.map((d) => attr(d, 'data-other-answer')), q.id).toEqual(others.map((o) => o.id));
      details.forEach((d, i) => {
        const o = others[i]!;
        expect(attr(d, 'open'), o.id).toBeUndefined();
        expect(squash(text(all(d, (e) => e.tagName === 'summary')[0]!)), o.id).toBe(`${sources[o.source]}: ${o.title}`);
        expect(all(d, (e) => e.tagName === 'a' && attr(e, 'href') === href(o.id)).map((a) => squash(text(a))), o.id).toEqual([o.title]);
        expect(all(d, (e) => attr(e, 'data-answer') === o.id && (attr(e, 'class') ?? '').includes('answer')), o.id).toHaveLength(1);
      });
      // Ids stay unique with several answers on the page.
      const ids = all(doc, (e) => attr(e, 'id') !== undefined).map((e) => attr(e, 'id'));
      expect(ids.length, q.id).toBe(new Set(ids).size);
      // "Also asked as" links none of them: they are on the page already.
      const related = all(doc, (e) => e.tagName === 'li' && within(e, (p) => (attr(p, 'class') ?? '') === 'related')).map((li) => attr(li, 'data-question'));
      for (const o of others) expect(related, q.id).not.toContain(o.id);
    }
    expect(withOthers).toBeGreaterThan(50);
  });

  it('describe only their own question and answer in their structured data', () => {
    for (const [concept, group] of members) {
      if (group.length < 2) continue;
      for (const q of group) {
        const data = all(questionPage(q.id), (e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json').map((s) => JSON.parse(text(s)));
        const faq = data.filter((d) => d['@type'] === 'FAQPage');
        expect(faq, concept).toHaveLength(1);
        expect(faq[0].mainEntity.map((m: { name: string }) => m.name), q.id).toEqual([q.title]);
      }
    }
  });
});

describe('topic pages', () => {
  it('list each concept of the topic once, linked to its first question, naming all its questions', () => {
    const topics = readdirSync(join(DIST, 'topics'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    for (const topic of topics) {
      const entries = all(page(`topics/${topic}/index.html`), (e) => e.tagName === 'li' && attr(e, 'data-concept') !== undefined);
      const expected = [...members.values()].filter((g) => g[0]!.topic === topic);
      expect(entries.length, topic).toBe(expected.length);
      for (const li of entries) {
        const group = members.get(attr(li, 'data-concept')!)!;
        expect(attr(li, 'data-members'), topic).toBe(group.map((q) => q.id).join(' '));
        expect(attr(all(li, (e) => e.tagName === 'a')[0]!, 'href')).toBe(href(group[0]!.id));
      }
    }
  });

  it('set the order of previous / next: concept by concept, each leading to its first question, from every question of a concept', () => {
    const topics = readdirSync(join(DIST, 'topics'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    for (const topic of topics) {
      const entries = all(page(`topics/${topic}/index.html`), (e) => e.tagName === 'li' && attr(e, 'data-concept') !== undefined);
      const firsts = entries.map((li) => attr(all(li, (e) => e.tagName === 'a')[0]!, 'href'));
      entries.forEach((li, i) => {
        for (const id of attr(li, 'data-members')!.split(' ')) {
          const doc = questionPage(id);
          const rel = (r: string) => all(doc, (e) => e.tagName === 'a' && attr(e, 'rel') === r).map((a) => attr(a, 'href'));
          expect(rel('prev'), id).toEqual(i > 0 ? [firsts[i - 1]] : []);
          expect(rel('next'), id).toEqual(i < firsts.length - 1 ? [firsts[i + 1]] : []);
        }
      });
    }
  });
});
