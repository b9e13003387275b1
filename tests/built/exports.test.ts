// The exports in the built site (npm run build first): every Anki deck read back by the text
// import format's rules (tests/helpers/anki-text.ts), with its counts, GUIDs that follow the
// question ids and stay the same in a second build (dist-subpath/: another base, one more
// source), the JSON the browser makes decks from, the CSV and Markdown downloads, and the sheets.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { ankiDeck } from '../../src/lib/export/anki.ts';
import { decodeIndex } from '../../src/lib/study/study-index.ts';
import type { DeckData } from '../../src/lib/export/notes.ts';
import { SUBPATH_DIR, UNSAFE_SOURCE } from '../../scripts/check/subpath-build.ts';
import { columnOf, parseAnkiText, type AnkiFile } from '../helpers/anki-text.ts';

const DIST = process.env.ATLAS_OUT_DIR ?? 'dist';
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const index = (dir: string) => decodeIndex(JSON.parse(read(dir, 'study-index.json')));
const topicsOf = (dir: string) => readdirSync(join(dir, 'decks')).filter((f) => f.endsWith('.txt') && f !== 'all.txt').map((f) => f.slice(0, -4)).sort();

type El = DefaultTreeAdapterMap['element'];
/** Every element of an HTML fragment, as a browser parses it. */
function elements(html: string): El[] {
  const out: El[] = [];
  const walk = (n: DefaultTreeAdapterMap['parentNode'] | DefaultTreeAdapterMap['childNode']) => {
    if ('tagName' in n) out.push(n);
    if ('childNodes' in n) n.childNodes.forEach(walk);
  };
  walk(parseFragment(html));
  return out;
}

/** GUID -> the question id its back's source line links to ("…/questions/<source>/<slug>/"). */
function guidToLinkedId(file: AnkiFile): Map<string, string> {
  const guid = columnOf(file, 'guid');
  return new Map(
    file.records.map((r) => {
      const m = /<p class="atlas-source">Source: <a href="[^"]*\/questions\/([^"]+)\/">/.exec(r[2]!);
      return [r[guid]!, m?.[1] ?? ''];
    }),
  );
}

describe('Anki decks (dist/decks/)', () => {
  const ix = index(DIST);
  const all = parseAnkiText(read(DIST, 'decks/all.txt'));
  const topics = topicsOf(DIST);

  it('has a deck per topic that has questions, and one for the whole site', () => {
    expect(topics).toEqual(Object.keys(ix.topics).sort());
    expect(all.records).toHaveLength(ix.questions.length);
  });

  it('every deck starts with the headers Anki reads, and every note has its four fields', () => {
    for (const name of [...topics, 'all']) {
      const file = parseAnkiText(read(DIST, `decks/${name}.txt`));
      expect([...file.headers.keys()], name).toEqual(['separator', 'html', 'notetype', 'deck', 'guid column', 'tags column']);
      expect(file.headers.get('separator')).toBe('tab');
      expect(file.headers.get('html')).toBe('true');
      expect(file.headers.get('notetype')).toBe('Basic');
      expect(file.headers.get('deck')).toBe(name === 'all' ? 'ML Interview Atlas' : `ML Interview Atlas::${ix.topics[name]}`);
      for (const r of file.records) expect(r, `${name}: ${r[0]}`).toHaveLength(4);
    }
  });

  it('a topic deck holds exactly its questions, tagged with topic, source and difficulty', () => {
    const byId = new Map(ix.questions.map((q) => [q.id, q]));
    for (const topic of topics) {
      const file = parseAnkiText(read(DIST, `decks/${topic}.txt`));
      const ids = [...guidToLinkedId(file).values()].sort();
      expect(ids, topic).toEqual(ix.questions.filter((q) => q.topic === topic).map((q) => q.id).sort());
      for (const r of file.records) {
        const q = byId.get(guidToLinkedId({ headers: file.headers, records: [r] }).values().next().value!)!;
        expect(r[columnOf(file, 'tags')]!.split(' ')).toEqual([`atlas::topic::${topic}`, `atlas::source::${q.source}`, `atlas::difficulty::${q.difficulty ?? 'unrated'}`]);
      }
    }
  });

  it('each GUID is made from the question id its note links to, and no two notes share one', () => {
    const map = guidToLinkedId(all);
    expect(map.size).toBe(all.records.length);
    for (const [guid, id] of map) expect(guid).toBe(`ml-interview-atlas:${id}`);
  });

  it('backs hold formulas as MathJax delimiters and code in <pre> with its language, never MathML', () => {
    const backs = all.records.map((r) => r[2]!).join('\n');
    expect(backs).toMatch(/\\\(.+?\\\)/);
    expect(backs).toMatch(/<p>\\\[[^]+?\\\]<\/p>/);
    expect(backs).toMatch(/<pre><code class="language-python">/);
    expect(backs).toMatch(/<table>/);
    expect(backs).not.toMatch(/<math|<script|<style/);
  });

  it('the notes the browser makes decks from make the same deck as the static file', () => {
    for (const topic of topics) {
      const data = JSON.parse(read(DIST, `decks/${topic}.json`)) as DeckData;
      expect(ankiDeck(data.deck, data.notes), topic).toBe(read(DIST, `decks/${topic}.txt`));
    }
  });

  it('keeps every GUID in a second build with another base and one more source (dist-subpath/)', () => {
    const other = join(SUBPATH_DIR, 'decks', 'all.txt');
    expect(existsSync(other), `${other} is missing: run "npm run check:subpath" first`).toBe(true);
    const before = guidToLinkedId(all);
    const after = guidToLinkedId(parseAnkiText(readFileSync(other, 'utf8')));
    for (const [guid, id] of before) expect(after.get(guid), guid).toBe(id);
    const added = [...after.values()].filter((id) => ![...before.values()].includes(id));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((id) => id.startsWith(`${UNSAFE_SOURCE.id}/`))).toBe(true);
  });

  it('the notes of the unsafe source (dist-subpath/) hold its markup as text: no element or handler of its own', () => {
    const file = parseAnkiText(readFileSync(join(SUBPATH_DIR, 'decks', 'all.txt'), 'utf8'));
    const unsafe = file.records.filter((r) => r[0]!.startsWith(`ml-interview-atlas:${UNSAFE_SOURCE.id}/`));
    expect(unsafe.length).toBeGreaterThan(0);
    for (const r of unsafe) {
      expect(r[1]).not.toMatch(/</);
      for (const e of elements(r[2]!)) {
        expect(['script', 'img', 'svg', 'iframe', 'style', 'object']).not.toContain(e.tagName);
        for (const a of e.attrs) expect(a.name.startsWith('on') || /^\s*javascript:/i.test(a.value), `${e.tagName} ${a.name}=${a.value}`).toBe(false);
      }
    }
  });
});

describe('a topic as CSV, Markdown and a study sheet', () => {
  const ix = index(DIST);
  const topic = 'attention-transformers';
  const mine = ix.questions.filter((q) => q.topic === topic);
  const concepts = new Set(mine.map((q) => q.concept));

  it('the CSV has a header and a row per question (quoted answers counted by their id column)', () => {
    const csv = read(DIST, `topics/${topic}.csv`);
    expect(csv.startsWith('id,url,question,answer,')).toBe(true);
    for (const q of mine) expect(csv, q.id).toContain(`\r\n${q.id},`);
  });

  it('the Markdown has a heading per concept and per question, answers below them', () => {
    const tree = unified().use(remarkParse).parse(read(DIST, `topics/${topic}.md`)) as Root;
    const depth = (d: number) => tree.children.filter((n) => n.type === 'heading' && n.depth === d).length;
    expect(depth(1)).toBe(1);
    expect(depth(2)).toBe(concepts.size);
    expect(depth(3)).toBe(mine.length);
  });

  it('the sheet holds every answer, concept by concept, with a contents entry per concept', () => {
    const html = read(DIST, `topics/${topic}/sheet/index.html`);
    expect(html.split('class="sheet-question"').length - 1).toBe(mine.length);
    const anchors = [...html.matchAll(/<section class="sheet-concept" id="([^"]+)"/g)].map((m) => m[1]);
    expect(anchors).toHaveLength(concepts.size);
    for (const a of anchors) expect(html).toContain(`href="#${a}"`);
  });
});
