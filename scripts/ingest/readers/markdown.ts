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
// The text is parsed as CommonMark + GFM tables (markdown-it, chosen over micromark because
// it is ~20x faster on a 160 KB source and gives each block its line range), so lines inside
// fenced code (`# comment`) or inside lists are never mistaken for headings or questions.
// Answers are copied as written, except that a heading marker inside a list item is escaped
// ("- # parameters" shows "# parameters", not an <h1>), and so is a "$" that Pandoc's rule for
// maths delimiters does not pair ("costs $5 and $10" stays money; normalize/dollars.ts).
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import {
  IngestError,
  splitLines,
  type DroppedRange,
  type Question,
  type Reader,
  type ReaderResult,
  type Section,
} from '../model.ts';
import { escapeLoneDollars } from '../normalize/dollars.ts';

const md = new MarkdownIt('default', { html: true, linkify: false });

const BOLD_NUMBERED = /^\*\*(\d+)[.)]\s+(.+?)\*\*(.*)$/s;
const Q_PREFIX = /^Q(?:\d+)?\s*[:.]\s*/i;

interface QuestionStart {
  title: string;
  number?: number;
  /** First line of the question (the heading or bold line). */
  line: number;
  /** Last line of the title; the answer starts after it. */
  titleEnd: number;
  /** Heading depth when the question is a heading; deeper headings stay in its answer. */
  depth?: number;
  /** Text on the title line after the bold title, which belongs to the answer. */
  rest?: string;
}

/** A top-level block: its opening token, its inline content (if any) and 1-based lines. */
interface Block {
  type: string;
  depth: number;
  text: string;
  line: number;
  endLine: number;
}

/** The document's top-level blocks, with 1-based inclusive line ranges. */
function topLevelBlocks(tokens: Token[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.level !== 0 || t.nesting === -1 || !t.map) continue;
    const inline = tokens[i + 1]?.type === 'inline' ? tokens[i + 1]!.content : '';
    blocks.push({
      type: t.type.replace(/_open$/, ''),
      depth: t.type === 'heading_open' ? Number(t.tag.slice(1)) : 0,
      text: inline,
      line: t.map[0] + 1,
      endLine: t.map[1],
    });
  }
  return blocks;
}

/**
 * 1-based lines where CommonMark reads a heading inside a list item: "- # parameters affects model
 * capacity" is a list item about the number of parameters, not an <h1> that swallows the "#".
 */
function headingsInListItems(tokens: Token[]): Set<number> {
  const lines = new Set<number>();
  let depth = 0;
  for (const t of tokens) {
    if (t.type === 'list_item_open') depth++;
    else if (t.type === 'list_item_close') depth--;
    else if (t.type === 'heading_open' && depth > 0 && t.markup.startsWith('#') && t.map) lines.add(t.map[0] + 1);
  }
  return lines;
}

/** An answer line as written, but with a heading marker inside a list item escaped (see above). */
function escapeListHeading(line: string): string {
  // Container markers ("-", "*", "+", "1.", ">") hold no "#": the first "#" is the heading's.
  return line.replace('#', '\\#');
}

/** Plain text of inline Markdown, enough for titles: drops emphasis and code markers. */
function plain(inline: string): string {
  return inline
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A bold numbered paragraph like `**12. What is X?**` (optionally followed by answer text). */
function boldNumbered(block: Block): QuestionStart | undefined {
  const m = BOLD_NUMBERED.exec(block.text.split('\n')[0]!);
  if (!m) return undefined;
  // Only the rest of the title line: following lines are read as the answer's own lines.
  const rest = m[3]!.trim();
  return {
    title: plain(m[2]!),
    number: Number(m[1]),
    line: block.line,
    titleEnd: block.line,
    rest: rest || undefined,
  };
}

function headingQuestion(block: Block): QuestionStart | undefined {
  const text = plain(block.text);
  const base = { line: block.line, titleEnd: block.endLine, depth: block.depth };
  if (Q_PREFIX.test(text)) {
    const title = text.replace(Q_PREFIX, '').trim();
    if (title) return { title, ...base };
  }
  if (/\?\s*$/.test(text)) return { title: text, ...base };
  return undefined;
}

/** Drops trailing blank and `---` lines from a range; reports the separators it removed. */
function trimEnd(lines: string[], from: number, to: number, dropped: DroppedRange[]): number {
  let end = to;
  while (end >= from) {
    const l = lines[end - 1]!.trim();
    if (l === '') end--;
    else if (/^(?:-{3,}|\*{3,}|_{3,})$/.test(l)) {
      dropped.push({ start: end, end, reason: 'separator line' });
      end--;
    } else break;
  }
  return end;
}

const TOC_TITLE = /^(?:table of )?contents$/i;

export const readMarkdown: Reader = ({ sourceId, file, text }) => {
  const lines = splitLines(text);
  const tokens: Token[] = md.parse(text, {});
  const blocks = topLevelBlocks(tokens);
  const listHeadings = headingsInListItems(tokens);
  const h1s = blocks.filter((b) => b.type === 'heading' && b.depth === 1);
  const questions: Question[] = [];
  const sections: (Section & { title: string })[] = [];
  const dropped: DroppedRange[] = [];
  /** Lines that are not inside a question, by the section they sit in. */
  const loose: { start: number; end: number; path: string[] }[] = [];

  const stack: { depth: number; title: string }[] = [];
  const path = () => stack.map((s) => s.title);
  let current: QuestionStart | undefined;
  let currentPath: string[] = [];
  let looseStart: number | undefined;

  const closeQuestion = (nextLine: number) => {
    if (!current) return;
    const end = trimEnd(lines, current.titleEnd + 1, nextLine - 1, dropped);
    const answerLines = lines.slice(current.titleEnd, end).map((l, i) => (listHeadings.has(current!.titleEnd + i + 1) ? escapeListHeading(l) : l));
    const body = escapeLoneDollars([current.rest ?? '', ...answerLines].join('\n').replace(/^\s*\n/, '').trimEnd());
    questions.push({
      source: sourceId,
      sectionPath: currentPath,
      number: current.number,
      title: current.title,
      body: body + '\n',
      line: current.line,
      endLine: Math.max(end, current.titleEnd),
    });
    current = undefined;
  };
  const closeLoose = (nextLine: number) => {
    if (looseStart === undefined) return;
    const end = trimEnd(lines, looseStart, nextLine - 1, dropped);
    if (end >= looseStart) loose.push({ start: looseStart, end, path: path() });
    looseStart = undefined;
  };

  let titleDepth: number | undefined;
  for (const node of blocks) {
    const line = node.line;
    if (node.type === 'heading') {
      // A heading deeper than a heading-question stays in that question's answer.
      if (current?.depth !== undefined && node.depth > current.depth) continue;
      // Under a bold numbered question, a heading more than one level below the current section's
      // heading (or the document title's) is part of the answer: "## S", "**1. Q**", "#### Why?".
      const sectionDepth = stack.length ? stack[stack.length - 1]!.depth : titleDepth;
      if (current && current.depth === undefined && sectionDepth !== undefined && node.depth > sectionDepth + 1) continue;
      const q = headingQuestion(node);
      closeQuestion(line);
      closeLoose(line);
      if (q) {
        current = q;
        currentPath = path();
        continue;
      }
      const title = plain(node.text);
      if (node.depth === 1 && h1s.length === 1 && questions.length === 0 && node === h1s[0]) {
        dropped.push({ start: line, end: node.endLine, reason: 'document title' });
        titleDepth = 1;
        continue;
      }
      while (stack.length && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      stack.push({ depth: node.depth, title: title || `Section at line ${line}` });
      sections.push({ path: path(), line, endLine: node.endLine, title });
      continue;
    }
    if (node.type === 'paragraph') {
      const q = boldNumbered(node);
      if (q) {
        closeQuestion(line);
        closeLoose(line);
        current = q;
        currentPath = path();
        continue;
      }
    }
    if (!current && looseStart === undefined) looseStart = line;
  }
  const after = lines.length + 1;
  closeQuestion(after);
  closeLoose(after);

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

export default readMarkdown;
