// Reader for a Markdown page flattened to plain text (every Markdown marker and every leading
// space lost, one block per line). The shape it reads:
//
//   ML & LLM Interview Q&A: 100+ Questions      document title (dropped)
//   Comprehensive interview questions ...        subtitle (dropped)
//   Table of Contents                            + "- Section" lines (dropped: table of contents)
//   Classical ML                                 a bare Title Case line before a `Qn:` line: a section
//   Q1: Implement linear regression from scratch.   a question (numbers may repeat)
//   Answer:                                      ("Answer: text" starts the answer on the same line)
//   class LinearRegression:                      code whose fences and indentation were lost
//   def __init__(self, lr=0.01, n_iter=1000):
//   Key Points:                                  a label line (bold; "Key Points" becomes a callout)
//   Gini: … (no log) Entropy: …                  two labelled lines glued after a ")": two list items
//   - Gradient descent: ...                      list items; "1. Item:" numbered items own the
//                                                "- " lines after them (nested list)
//   | Aspect | Linear | Logistic |               GFM table rows
//   Attention(Q, K, V) = softmax(QK^T / √d_k) × V   a formula written in Unicode
//   See 08_x/y.md for even more detailed answers!   pointers to files that are not shipped
//
// The answer is rebuilt as a tree (answer.ts, with the block detectors of runs.ts): Python runs
// become code blocks, re-indented (recover/python-indent.ts) when the result parses; other
// code-like runs (pseudo-code with Unicode math, matrices, arrow diagrams, quoted prompts,
// a./b./c. steps) are code blocks of plain text; whole-line formulas become display math when
// recover/unicode-math.ts is certain of the reading (with the source's own abbreviations from its
// words file); everything else is text.
//
// This file reads the document's structure: title, table of contents, sections, questions. A run
// of `See x/y.md` lines ending an answer is dropped ("see-also list of files not shipped"), also as
// a list item broken before its file name ("- See" / "x/y.mdfor detailed explanations"); a `See`
// line inside an answer stays as text.
import { IngestError, splitLines, type DroppedRange, type Question, type Reader, type ReaderResult, type Section } from '../../model.ts';
import { emphasis, paragraph, root, text } from '../../mdast/build.ts';
import { nextNonBlank, prevNonBlank, trailingRun } from '../lines.ts';
import { answerBlocks } from './answer.ts';
import { ANSWER, isTitleLine, Q_LINE } from './titles.ts';

// "See x/y.md for …", also as a list item and with the next word glued on ("….mdfor detailed").
const SEE_LINE = /^(?:[-*•]\s*)?See\s+(?:full\s+)?\S*(?:\/|\.(?:md|py)(?:[a-z]*\b))/;
/** A "See" whose file name the page broke onto the next line ("- See" / "34_x/y.mdfor …"). */
const SEE_ALONE = /^(?:[-*•]\s*)?See$/;
const FILE_LINE = /^[\w.-]+(?:\/[\w.-]+)*\.(?:md|py)(?:[a-z]*\b)/;
const TOC = /^(?:table of )?contents:?$/i;

export const readFlattenedMarkdown: Reader = ({ sourceId, file, text: source, words }) => {
  const lines = splitLines(source);
  const trimmed = lines.map((l) => l.trim());
  const acronyms = new Set(words?.acronyms ?? []);

  // Question and section lines (0-based).
  type Mark = { kind: 'q'; i: number; number: number; title: string } | { kind: 's'; i: number; title: string };
  const marks: Mark[] = [];
  for (let i = 0; i < trimmed.length; i++) {
    const t = trimmed[i]!;
    const q = Q_LINE.exec(t);
    if (q) {
      marks.push({ kind: 'q', i, number: Number(q[1]), title: q[2]! });
      continue;
    }
    const next = nextNonBlank(trimmed, i);
    const nextT = next >= 0 ? trimmed[next]! : '';
    const nextIsQ = Q_LINE.test(nextT);
    if (!nextIsQ && !SEE_LINE.test(nextT)) continue;
    const prev = prevNonBlank(trimmed, i);
    if (!isTitleLine(t)) continue;
    if (nextIsQ || (prev >= 0 && SEE_LINE.test(trimmed[prev]!))) {
      marks.push({ kind: 's', i, title: t });
    }
  }
  if (!marks.some((m) => m.kind === 'q')) {
    throw new IngestError('no questions found: expected "Qn: question" lines (e.g. "Q1: What is ...?")', file);
  }

  const questions: Question[] = [];
  const sections: Section[] = [];
  const dropped: DroppedRange[] = [];
  const drop = (start: number, end: number, reason: string) => {
    if (end >= start) dropped.push({ start: start + 1, end: end + 1, reason });
  };
  /** Drops non-blank lines in [s, e] as runs with one reason. */
  const dropText = (s: number, e: number, reason: string) => {
    let a = -1;
    for (let k = s; k <= e + 1; k++) {
      const blank = k > e || trimmed[k] === '';
      if (!blank && a < 0) a = k;
      if (blank && a >= 0) {
        drop(a, k - 1, reason);
        a = -1;
      }
    }
  };

  // Before the first mark: title, subtitle, table of contents.
  const firstMark = marks[0]!.i;
  let k = 0;
  let sawTitle = false;
  while (k < firstMark) {
    const t = trimmed[k]!;
    if (t === '') {
      k++;
      continue;
    }
    if (TOC.test(t)) {
      let e = k;
      while (e + 1 < firstMark && (/^[-*•]\s/.test(trimmed[e + 1]!) || trimmed[e + 1] === '')) e++;
      drop(k, e, 'table of contents');
      k = e + 1;
      continue;
    }
    drop(k, k, sawTitle ? 'introduction before the first section' : 'document title');
    sawTitle = true;
    k++;
  }

  let path: string[] = [];
  for (let mi = 0; mi < marks.length; mi++) {
    const mark = marks[mi]!;
    const limit = (marks[mi + 1]?.i ?? trimmed.length) - 1;
    if (mark.kind === 's') {
      path = [mark.title];
      const hasQ = marks[mi + 1]?.kind === 'q';
      if (hasQ) sections.push({ path, line: mark.i + 1, endLine: mark.i + 1 });
      else drop(mark.i, mark.i, `heading of section "${mark.title}", which has no questions`);
      dropText(
        mark.i + 1,
        limit,
        hasQ ? `text in section "${mark.title}" outside any question` : `text of section "${mark.title}", which has no questions`,
      );
      continue;
    }
    // A question: title line, optional repeated title, optional "Answer:" line, the answer.
    let start = mark.i + 1;
    const answer: string[] = [];
    const n1 = nextNonBlank(trimmed, mark.i);
    if (n1 >= 0 && n1 <= limit && trimmed[n1] === mark.title) start = n1 + 1;
    const n2 = nextNonBlank(trimmed, start - 1);
    if (n2 >= 0 && n2 <= limit) {
      const a = ANSWER.exec(trimmed[n2]!);
      if (a) {
        if (a[1]) answer.push(a[1]);
        start = n2 + 1;
      }
    }
    // The end: last non-blank line, less a trailing run of "See x/y.md" lines.
    let end = limit;
    while (end >= start && trimmed[end] === '') end--;
    const isSee = (k: number) =>
      SEE_LINE.test(trimmed[k]!) ||
      (FILE_LINE.test(trimmed[k]!) && k - 1 >= start && SEE_ALONE.test(trimmed[k - 1]!)) ||
      (SEE_ALONE.test(trimmed[k]!) && k + 1 <= end && FILE_LINE.test(trimmed[k + 1]!));
    const seeStart = trailingRun(trimmed, start, end, isSee);
    const hasContent = answer.length > 0 || trimmed.slice(start, seeStart).some((l) => l !== '');
    if (seeStart <= end && hasContent) {
      dropText(seeStart, end, 'see-also list of files not shipped');
      end = seeStart - 1;
      while (end >= start && trimmed[end] === '') end--;
    }
    for (let j = start; j <= end; j++) if (trimmed[j] !== '') answer.push(trimmed[j]!);
    const blocks = answerBlocks(answer, acronyms);
    questions.push({
      source: sourceId,
      sectionPath: path,
      number: mark.number,
      title: mark.title,
      answer: root(blocks.length ? blocks : [paragraph([emphasis(text('No answer in the source.'))])]),
      line: mark.i + 1,
      endLine: Math.max(mark.i, end) + 1,
    });
  }
  dropped.sort((a, b) => a.start - b.start);
  return { questions, sections, dropped } satisfies ReaderResult;
};

