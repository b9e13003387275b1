// Reader for real Markdown sources, and the generic format for users' own sources.
//
//   # Document title            (a single leading H1: the document's title, not a section)
//   ## Section                  (any heading that is not a question opens a section at its depth)
//   ### Subsection
//   **12. A bold numbered line is a question**
//   ## Q: A heading starting with "Q:" is a question
//   ### Or a heading ending with a question mark?
//   The answer is everything up to the next question or section heading.
//
// Headings inside an answer: under a heading question, any deeper heading stays in its answer.
// Under a bold numbered question, a heading more than one level below the current section's
// heading (the document title's, depth 1, before any section) stays in its answer; one level
// below is read as usual (a subsection, or a question if it is one):
//   ## Section
//   **1. A question**
//   #### Why does it matter?    (stays in the answer of question 1)
//   ### Subsection              (opens a subsection)
//   ### Why is this a question? (a question)
// Without a section or a document title, every heading ends a bold numbered question.
//
// The text is parsed once into a syntax tree (remark: CommonMark, GFM and `$` maths, the site's
// own reading), so lines inside fenced code (`# comment`), inside lists or inside `$$` maths are
// never mistaken for headings or questions. A question's answer is the top-level blocks after it,
// as they are; only a heading inside a list item becomes text ("- # parameters" shows
// "# parameters", not an <h1>), and a "$" that Pandoc's rule for maths delimiters does not pair
// is a dollar ("costs $5 and $10" stays money; mdast/dollars.ts).
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import {
  IngestError,
  splitLines,
  type DroppedRange,
  type Question,
  type Reader,
  type ReaderResult,
  type Section,
} from '../model.ts';
import { paragraph, root, text } from '../mdast/build.ts';
import { parseWithDollars } from '../mdast/dollars.ts';

const Q_PREFIX = /^Q(?:\d+)?\s*[:.]\s*/i;
const SEPARATOR = /^(?:-{3,}|\*{3,}|_{3,})$/;

interface QuestionStart {
  title: string;
  number?: number;
  /** First line of the question (the heading or bold line). */
  line: number;
  /** Last line of the block that holds the title (a bold line's paragraph may run on). */
  titleEnd: number;
  /** Heading depth when the question is a heading; deeper headings stay in its answer. */
  depth?: number;
  /** The bold line's text after its title, which belongs to the answer. */
  rest?: Paragraph;
}

const lineOf = (n: RootContent) => n.position!.start.line;
const endLineOf = (n: RootContent) => n.position!.end.line;

/** Plain text of a title: as written, without emphasis, code or link markup; maths keeps its "$". */
function plain(nodes: readonly PhrasingContent[]): string {
  const out: string[] = [];
  const walk = (n: PhrasingContent) => {
    if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'html') out.push(n.value);
    else if (n.type === 'inlineMath') out.push(`$${n.value}$`);
    else if (n.type === 'break') out.push(' ');
    else if ('children' in n) n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Headings inside list items as text: "- # parameters affects model capacity" is a list item about
 * the number of parameters, not an <h1> that swallows the "#". The text keeps the "#" marks as written.
 */
function headingsInListsAsText(tree: Root, source: string): void {
  visit(tree, 'listItem', (item) => {
    visit(item, 'heading', (h: Heading, index, parent) => {
      if (!parent || index === undefined || source[h.position!.start.offset!] !== '#') return;
      const start = h.children[0]?.position?.start.offset ?? h.position!.end.offset!;
      const end = h.children.at(-1)?.position?.end.offset ?? start;
      const open = source.slice(h.position!.start.offset, start);
      const close = source.slice(end, h.position!.end.offset);
      parent.children[index] = paragraph([text(open), ...h.children, text(close)]);
    });
  });
}

/** A bold numbered paragraph like `**12. What is X?**` (optionally followed by answer text). */
function boldNumbered(node: RootContent, source: string): QuestionStart | undefined {
  if (node.type !== 'paragraph') return undefined;
  const [bold, ...rest] = node.children;
  if (bold?.type !== 'strong' || source[bold.position!.start.offset!] !== '*' || endLineOf(bold as never) !== lineOf(node)) return undefined;
  const m = /^(\d+)[.)]\s+(.+)$/s.exec(plain(bold.children));
  if (!m) return undefined;
  // The rest of the paragraph (the title line's rest and the lines after it) starts the answer.
  const after = paragraph(rest);
  return {
    title: m[2]!.trim(),
    number: Number(m[1]),
    line: lineOf(node),
    titleEnd: endLineOf(node),
    rest: after.children.length ? after : undefined,
  };
}

function headingQuestion(node: Heading): QuestionStart | undefined {
  const text = plain(node.children);
  const base = { line: lineOf(node), titleEnd: endLineOf(node), depth: node.depth };
  if (Q_PREFIX.test(text)) {
    const title = text.replace(Q_PREFIX, '').trim();
    if (title) return { title, ...base };
  }
  if (/\?\s*$/.test(text)) return { title: text, ...base };
  return undefined;
}

/** Drops trailing `---` separator lines from blocks; reports the ones it removed. */
function trimSeparators(nodes: RootContent[], lines: string[], dropped: DroppedRange[]): RootContent[] {
  const out = [...nodes];
  while (out.length && out.at(-1)!.type === 'thematicBreak' && SEPARATOR.test(lines[lineOf(out.at(-1)!) - 1]!.trim())) {
    const l = lineOf(out.pop()!);
    dropped.push({ start: l, end: l, reason: 'separator line' });
  }
  return out;
}

const TOC_TITLE = /^(?:table of )?contents$/i;

export const readMarkdown: Reader = ({ sourceId, file, text: source }) => {
  const lines = splitLines(source);
  const tree = parseWithDollars(source);
  headingsInListsAsText(tree, source);
  const blocks = tree.children;
  const h1s = blocks.filter((b) => b.type === 'heading' && b.depth === 1);
  const questions: Question[] = [];
  const sections: (Section & { title: string })[] = [];
  const dropped: DroppedRange[] = [];
  /** Blocks that are not inside a question, by the section they sit in. */
  const loose: { start: number; end: number; path: string[] }[] = [];

  const stack: { depth: number; title: string }[] = [];
  const path = () => stack.map((s) => s.title);
  let current: QuestionStart | undefined;
  let currentPath: string[] = [];
  /** The blocks of the current question's answer, or the loose blocks since the last boundary. */
  let taken: RootContent[] = [];

  const close = () => {
    const kept = trimSeparators(taken, lines, dropped);
    taken = [];
    if (current) {
      const answer = current.rest ? [current.rest, ...kept] : kept;
      questions.push({
        source: sourceId,
        sectionPath: currentPath,
        number: current.number,
        title: current.title,
        answer: root(answer),
        line: current.line,
        endLine: Math.max(kept.length ? endLineOf(kept.at(-1)!) : 0, current.titleEnd),
      });
      current = undefined;
    } else if (kept.length) {
      loose.push({ start: lineOf(kept[0]!), end: endLineOf(kept.at(-1)!), path: path() });
    }
  };

  let titleDepth: number | undefined;
  for (const node of blocks) {
    const line = lineOf(node);
    if (node.type === 'heading') {
      // A heading deeper than a heading-question stays in that question's answer.
      if (current?.depth !== undefined && node.depth > current.depth) {
        taken.push(node);
        continue;
      }
      // Under a bold numbered question, a heading more than one level below the current section's
      // heading (or the document title's) is part of the answer: "## S", "**1. Q**", "#### Why?".
      const sectionDepth = stack.length ? stack[stack.length - 1]!.depth : titleDepth;
      if (current && current.depth === undefined && sectionDepth !== undefined && node.depth > sectionDepth + 1) {
        taken.push(node);
        continue;
      }
      const q = headingQuestion(node);
      close();
      if (q) {
        current = q;
        currentPath = path();
        continue;
      }
      const title = plain(node.children);
      if (node.depth === 1 && h1s.length === 1 && questions.length === 0 && node === h1s[0]) {
        dropped.push({ start: line, end: endLineOf(node), reason: 'document title' });
        titleDepth = 1;
        continue;
      }
      while (stack.length && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      stack.push({ depth: node.depth, title: title || `Section at line ${line}` });
      sections.push({ path: path(), line, endLine: endLineOf(node), title });
      continue;
    }
    const q = boldNumbered(node, source);
    if (q) {
      close();
      current = q;
      currentPath = path();
      continue;
    }
    taken.push(node);
  }
  close();

  if (questions.length === 0) {
    throw new IngestError(
      'no questions found: expected "**N. Question**" lines, or headings that start with "Q:" or end with "?"',
      file,
    );
  }

  // Sections without any question are not browsable: their headings and text are dropped, with why.
  const hasQuestions = (p: string[]) =>
    questions.some((q) => p.length <= q.sectionPath.length && p.every((t, i) => q.sectionPath[i] === t));
  const keptSections: Section[] = [];
  for (const s of sections) {
    if (hasQuestions(s.path)) keptSections.push({ path: s.path, line: s.line, endLine: s.endLine });
    else
      dropped.push({
        start: s.line,
        end: s.endLine,
        reason: TOC_TITLE.test(s.title) ? 'table of contents heading' : 'heading of a section without questions',
      });
  }
  for (const l of loose) {
    const last = l.path[l.path.length - 1] ?? '';
    const reason = TOC_TITLE.test(last)
      ? 'table of contents'
      : l.path.length === 0
        ? 'text before the first section'
        : hasQuestions(l.path)
          ? `text in section "${last}" outside any question`
          : `text of section "${last}", which has no questions`;
    dropped.push({ start: l.start, end: l.end, reason });
  }
  dropped.sort((a, b) => a.start - b.start);
  return { questions, sections: keptSections, dropped } satisfies ReaderResult;
};

