// Reader for numbered plain text with LaTeX formulas (the "LLM Interview Questions" list):
//
//   2. LLM Interview Questions                 a numbered line that is not a question and is
//                                              directly followed by question "1.": a heading
//   1. What does tokenization entail, ...?     a question: "N. title" (ends with "?", or is the
//                                              next number in sequence)
//   Tokenization is ... * Criticality: LLMs ... * Benefits: It enables ...
//                                              one paragraph per line; " * Label: text" runs
//                                              inside it are inline bullets -> list items
//   - LoRA (Low-Rank Adaptation): A fine-tuning method ...
//                                              "- " lines are list items
//   ... distribution: $\(softmax(x_{i})=\frac{...}{...}\)$ In attention, ...
//                                              `$\(...\)$` is display math, `\(...\)` inline math
//
// Other numbered lines are numbered points inside an answer and stay there (as text): a number
// that is neither the next question number nor a "?" title, or that continues the answer's own
// "1. ... 2. ..." run.
//
// A heading that comes before every question and is the only heading is the document's title
// (the shipped file prints "2. LLM Interview Questions": chapter 2 of a larger original, and
// the manifest title of the source): it is dropped as "document title", like the single
// leading H1 of a Markdown source. More headings than one make sections.
//
// A labelled item ("Label: text") gets its label in bold, for inline bullets and "- " items
// alike. A formula becomes `$...$` / `$$...$$` only when KaTeX parses it; otherwise it stays
// as text, exactly as printed. Names the source writes without a backslash ("softmax", "log", and
// the source's own operator names from its words file) are set upright first (uprightNames).
// The answer is a tree; the writer escapes its text.
import type { BlockContent, ListItem, PhrasingContent, RootContent } from 'mdast';
import {
  IngestError,
  splitLines,
  type DroppedRange,
  type Question,
  type Reader,
  type ReaderResult,
  type Section,
} from '../model.ts';
import { blocks as asBlocks, inlineMath, labelLead, list, listItem as item, math, paragraph, root, text } from '../mdast/build.ts';
import { isTex, uprightNames } from '../recover/upright-names.ts';
import { lastNonBlank, nextNonBlank } from './lines.ts';

const NUMBERED = /^\s*(\d{1,4})\.\s+(\S.*?)\s*$/;
const LIST_ITEM = /^\s*[-•]\s+(\S.*?)\s*$/;
/** `$\(...\)$` (display) or `\(...\)` (inline); the shortest match on one line. */
const MATH = /\$\\\((.+?)\\\)\$|\\\((.+?)\\\)/g;
/** An inline bullet " * " followed by a label and a colon: "... text. * Label: text". */
const INLINE_BULLET = /\s\*\s+(?=[^\s*][^*:]{0,80}:\s)/g;
/** "Label: text" at the start of an item; the label has no sentence break in it. */
const LABEL = /^([^:]{1,80}?):(?:\s+|$)/;

type Segment = { kind: 'text' | 'inline' | 'display'; value: string };

/** Splits a line into prose and formulas; a formula KaTeX rejects stays prose, as printed. */
function segments(line: string, operatorNames: readonly string[]): Segment[] {
  const out: Segment[] = [];
  const pushText = (value: string) => {
    if (!value) return;
    const last = out[out.length - 1];
    if (last?.kind === 'text') last.value += value;
    else out.push({ kind: 'text', value });
  };
  let at = 0;
  for (const m of line.matchAll(MATH)) {
    pushText(line.slice(at, m.index));
    const tex = uprightNames((m[1] ?? m[2])!, operatorNames);
    if (isTex(tex)) out.push({ kind: m[1] !== undefined ? 'display' : 'inline', value: tex.trim() });
    else pushText(m[0]);
    at = m.index + m[0].length;
  }
  pushText(line.slice(at));
  return out;
}

/** Splits a paragraph at its inline bullets: [lead, item, item, ...] (formulas are never split). */
function splitBullets(segs: Segment[]): Segment[][] {
  const parts: Segment[][] = [[]];
  for (const s of segs) {
    if (s.kind !== 'text') {
      parts[parts.length - 1]!.push(s);
      continue;
    }
    let at = 0;
    for (const m of s.value.matchAll(INLINE_BULLET)) {
      const before = s.value.slice(at, m.index);
      if (before) parts[parts.length - 1]!.push({ kind: 'text', value: before });
      parts.push([]);
      at = m.index + m[0].length;
    }
    const rest = s.value.slice(at);
    if (rest) parts[parts.length - 1]!.push({ kind: 'text', value: rest });
  }
  return parts;
}

/** Blocks for a run of segments: paragraphs, with display math as its own block. */
function renderBlocks(segs: Segment[], label?: string): BlockContent[] {
  const out: BlockContent[] = [];
  let para: PhrasingContent[] = label ? [...labelLead(label).children, text(' ')] : [];
  const flush = () => {
    const p = paragraph(para);
    if (p.children.length) out.push(p);
    para = [];
  };
  for (const s of segs) {
    if (s.kind === 'display') {
      flush();
      out.push(math(s.value));
    } else if (s.kind === 'inline') {
      para.push(inlineMath(s.value));
    } else {
      para.push(text(s.value.replace(/\s+/g, ' ')));
    }
  }
  flush();
  return out;
}

/** An item's label ("Label: text"), when its first segment starts with one. */
function takeLabel(segs: Segment[]): { label?: string; segs: Segment[] } {
  const first = segs[0];
  if (first?.kind !== 'text') return { segs };
  const value = first.value.trimStart();
  const m = LABEL.exec(value);
  if (!m || /[.!?]\s/.test(m[1]!) || m[1]!.split(/\s+/).length > 8) return { segs };
  const rest = value.slice(m[0].length);
  return { label: m[1]!.trim(), segs: [...(rest ? [{ kind: 'text' as const, value: rest }] : []), ...segs.slice(1)] };
}

/** A list item: its blocks, separated by blank lines when there are several (a loose item). */
function listItem(segs: Segment[]): ListItem {
  const { label, segs: rest } = takeLabel(segs);
  const content = renderBlocks(rest, label);
  return item(content, content.length > 1);
}

/** The answer lines -> the answer's blocks. */
function renderAnswer(lines: string[], operatorNames: readonly string[]): RootContent[] {
  const out: RootContent[] = [];
  let items: ListItem[] = [];
  const flushList = () => {
    if (items.length) out.push(list(items));
    items = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flushList();
      continue;
    }
    const m = LIST_ITEM.exec(line);
    if (m) {
      items.push(listItem(segments(m[1]!, operatorNames)));
      continue;
    }
    flushList();
    const [lead, ...bullets] = splitBullets(segments(line.trim(), operatorNames));
    out.push(...renderBlocks(lead!));
    if (bullets.length) out.push(list(bullets.map(listItem)));
  }
  flushList();
  // Blocks are separated by blank lines: lists in a row are one loose list.
  return asBlocks(out);
}

/** Plain-text title: formula delimiters removed, whitespace collapsed. */
function plainTitle(title: string): string {
  return title
    .replace(MATH, (_m, d: string | undefined, i: string | undefined) => (d ?? i)!)
    .replace(/\s+/g, ' ')
    .trim();
}

interface Start {
  kind: 'question' | 'heading';
  line: number;
  number: number;
  title: string;
}

export const readNumberedLatex: Reader = ({ sourceId, file, text: source, words }) => {
  const lines = splitLines(source);
  const operatorNames = words?.operatorNames ?? [];

  // 1. Find question and heading lines. Numbering restarts at 1 after a heading.
  const starts: Start[] = [];
  let last = 0;
  /** The last numbered point inside the current answer ("1. step", "2. step"). */
  let point = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = NUMBERED.exec(lines[i]!);
    if (!m) continue;
    const n = Number(m[1]);
    const title = m[2]!;
    if (title.endsWith('?') && n > last) {
      starts.push({ kind: 'question', line: i + 1, number: n, title });
      last = n;
      point = 0;
    } else if (/^\s*1\.\s+\S/.test(lines[nextNonBlank(lines, i)] ?? '')) {
      starts.push({ kind: 'heading', line: i + 1, number: n, title });
      last = 0;
      point = 0;
    } else if (n === last + 1 && (point === 0 || n !== point + 1)) {
      starts.push({ kind: 'question', line: i + 1, number: n, title });
      last = n;
      point = 0;
    } else {
      // A numbered point inside an answer: "2. step" after "1. step" continues the points.
      point = n;
    }
  }

  const questionStarts = starts.filter((s) => s.kind === 'question');
  if (questionStarts.length === 0) {
    throw new IngestError('no questions found: expected numbered lines like "1. What is X?"', file);
  }
  const headings = starts.filter((s) => s.kind === 'heading');
  const titleHeading =
    headings.length === 1 && headings[0]!.line < questionStarts[0]!.line ? headings[0] : undefined;

  // 2. Each start runs to the line before the next one (trailing blank lines excluded).
  const questions: Question[] = [];
  const sections: Section[] = [];
  const dropped: DroppedRange[] = [];
  const firstNonBlank = lines.findIndex((l) => l.trim() !== '') + 1;
  if (firstNonBlank > 0 && firstNonBlank < starts[0]!.line) {
    const end = lastNonBlank(lines, firstNonBlank, starts[0]!.line - 1);
    dropped.push({ start: firstNonBlank, end, reason: 'text before the first question' });
  }
  let path: string[] = [];
  starts.forEach((s, k) => {
    const next = starts[k + 1]?.line ?? lines.length + 1;
    const end = lastNonBlank(lines, s.line + 1, next - 1);
    if (s.kind === 'heading') {
      const title = plainTitle(s.title);
      if (s === titleHeading) {
        dropped.push({ start: s.line, end: s.line, reason: 'document title' });
      } else {
        path = [title];
        const hasQuestion = starts[k + 1]?.kind === 'question';
        if (hasQuestion) sections.push({ path, line: s.line, endLine: s.line });
        else dropped.push({ start: s.line, end: s.line, reason: 'heading of a section without questions' });
      }
      // A heading is followed directly by question 1, so it has no text of its own.
      if (end > s.line) dropped.push({ start: s.line + 1, end, reason: `text under heading "${title}" outside any question` });
      return;
    }
    questions.push({
      source: sourceId,
      sectionPath: path,
      number: s.number,
      title: plainTitle(s.title),
      answer: root(renderAnswer(lines.slice(s.line, end), operatorNames)),
      line: s.line,
      endLine: Math.max(end, s.line),
    });
  });
  dropped.sort((a, b) => a.start - b.start);
  return { questions, sections, dropped } satisfies ReaderResult;
};

