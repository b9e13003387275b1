// Compares what a reader sees on every page of two builds of the site (before and after a
// redesign): the title, the description, the visible text of the page, and for question pages
// the answer's visible text and block structure (paragraphs, lists, code, tables, formulas).
// --answer-html also compares each answer's HTML exactly (elements, attributes, ids, MathML, Shiki):
// a redesign of how answers are made (the ingest) should leave it byte for byte the same.
//   node scripts/check/compare-builds.ts BEFORE_DIR AFTER_DIR [--answers-only] [--answer-html] [--ignore REGEX]... [--limit N]
// Exits 1 when a page differs or exists on one side only, and prints the first difference of each.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, serialize } from 'parse5';

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** What a reader sees of one page. */
export interface PageView {
  title: string;
  description: string;
  text: string;
  answerText: string;
  answerBlocks: string;
  /** The answer's HTML as built. */
  answerHtml: string;
}

const INVISIBLE = new Set(['script', 'style', 'template', 'noscript', 'annotation', 'head']);
/** Elements whose nesting is the answer's block structure. */
const BLOCKS = new Set(['p', 'ul', 'ol', 'li', 'pre', 'table', 'tr', 'th', 'td', 'blockquote', 'aside', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'dl', 'dt', 'dd', 'details', 'summary']);

const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const hasClass = (n: Node, c: string) => (attr(n, 'class') ?? '').split(/\s+/).includes(c);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function visibleText(n: Node, out: string[]): void {
  if (n.nodeName === '#text') {
    out.push(n.value ?? '');
    return;
  }
  if (n.tagName && (INVISIBLE.has(n.tagName) || attr(n, 'hidden') !== undefined || attr(n, 'aria-hidden') === 'true')) return;
  // Block boundaries separate words the way a browser lays them out.
  const block = n.tagName !== undefined && (BLOCKS.has(n.tagName) || ['div', 'section', 'nav', 'header', 'footer', 'h1', 'br', 'math'].includes(n.tagName));
  if (block) out.push(' ');
  for (const c of n.childNodes ?? []) visibleText(c, out);
  if (block) out.push(' ');
}

function blockOutline(n: Node, out: string[]): void {
  if (!n.tagName) return;
  if (INVISIBLE.has(n.tagName)) return;
  const isMath = n.tagName === 'math';
  const tag = isMath ? (attr(n, 'display') === 'block' ? 'math-block' : 'math') : BLOCKS.has(n.tagName) ? n.tagName : undefined;
  if (tag) out.push(`<${tag}>`);
  if (!isMath) for (const c of n.childNodes ?? []) blockOutline(c, out);
  if (tag && !isMath) out.push(`</${tag}>`);
}

function find(n: Node, test: (n: Node) => boolean): Node | undefined {
  if (test(n)) return n;
  for (const c of n.childNodes ?? []) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return undefined;
}

export function pageView(html: string): PageView {
  const doc = parse(html) as unknown as Node;
  const title = find(doc, (n) => n.tagName === 'title');
  const desc = find(doc, (n) => n.tagName === 'meta' && attr(n, 'name') === 'description');
  const body = find(doc, (n) => n.tagName === 'body');
  const answer = find(doc, (n) => hasClass(n, 'answer'));
  const text: string[] = [];
  if (body) visibleText(body, text);
  const answerText: string[] = [];
  const answerBlocks: string[] = [];
  if (answer) {
    visibleText(answer, answerText);
    blockOutline(answer, answerBlocks);
  }
  return {
    title: squash(title ? (title.childNodes ?? []).map((c) => c.value ?? '').join('') : ''),
    description: squash(desc ? (attr(desc, 'content') ?? '') : ''),
    text: squash(text.join('')),
    answerText: squash(answerText.join('')),
    answerBlocks: answerBlocks.join(''),
    answerHtml: answer ? serialize(answer as never) : '',
  };
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** The first place two strings differ, with a little context on each side. */
export function firstDifference(a: string, b: string, context = 70): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - context);
  return `at ${i}:\n      before: …${a.slice(from, i + context)}…\n      after:  …${b.slice(from, i + context)}…`;
}

export function comparePages(before: PageView, after: PageView, answersOnly: boolean, answerHtml = false): string[] {
  const fields: (keyof PageView)[] = answersOnly ? ['answerText', 'answerBlocks'] : ['title', 'description', 'text', 'answerText', 'answerBlocks'];
  if (answerHtml) fields.push('answerHtml');
  return fields.filter((f) => before[f] !== after[f]).map((f) => `${f} ${firstDifference(before[f], after[f])}`);
}

function main(argv: string[]): number {
  const args = [...argv];
  const answersOnly = args.includes('--answers-only');
  const answerHtml = args.includes('--answer-html');
  const ignore: RegExp[] = [];
  let limit = 40;
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--answers-only' || a === '--answer-html') continue;
    else if (a === '--ignore') ignore.push(new RegExp(args[++i]!));
    else if (a === '--limit') limit = Number(args[++i]);
    else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/check/compare-builds.ts BEFORE_DIR AFTER_DIR [--answers-only] [--answer-html] [--ignore REGEX]... [--limit N]');
      return 0;
    } else dirs.push(a);
  }
  if (dirs.length !== 2) {
    console.error('usage: node scripts/check/compare-builds.ts BEFORE_DIR AFTER_DIR [--answers-only] [--answer-html] [--ignore REGEX]... [--limit N]');
    return 2;
  }
  const [beforeDir, afterDir] = dirs as [string, string];
  const keep = (p: string) => !ignore.some((r) => r.test(p));
  const before = htmlFiles(beforeDir).filter(keep);
  const after = new Set(htmlFiles(afterDir).filter(keep));
  const problems: string[] = [];
  for (const p of before) if (!after.has(p)) problems.push(`${p}: only in ${beforeDir}`);
  for (const p of after) if (!before.includes(p)) problems.push(`${p}: only in ${afterDir}`);
  let same = 0;
  for (const p of before.filter((x) => after.has(x))) {
    const diffs = comparePages(pageView(readFileSync(join(beforeDir, p), 'utf8')), pageView(readFileSync(join(afterDir, p), 'utf8')), answersOnly, answerHtml);
    if (diffs.length) problems.push(`${p}:\n    ${diffs.join('\n    ')}`);
    else same++;
  }
  const scope = [answersOnly ? 'answers only' : '', answerHtml ? 'answer HTML exactly' : ''].filter(Boolean).join(', ');
  console.log(`compare-builds: ${same} page(s) the same, ${problems.length} differ or exist on one side only${scope ? ` (${scope})` : ''}`);
  for (const p of problems.slice(0, limit)) console.log(`- ${p}`);
  if (problems.length > limit) console.log(`  (+${problems.length - limit} more; --limit N shows more)`);
  return problems.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main(process.argv.slice(2)));
