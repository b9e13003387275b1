// Reader for a scraped documentation page (001, devweekends "AI Engineer Interview Questions").
// The scraper kept the page's text but lost most of its markup:
//
//   Documentation Index                           page chrome: every line before the title
//   Fetch the complete documentation index at: …
//   AI Engineer Interview Questions (70+ …)       the document title (last line before the first section)
//   1. LLM Engineering & Prompt Design            a section: a numbered line directly followed by a question
//   1. Few-shot vs Zero-shot Prompting            a question: its numbered title printed twice
//   1. Few-shot vs Zero-shot Prompting
//   | Feature | Zero-Shot | Few-Shot |            GFM tables (kept as tables)
//   - Need specific output format (…)             "- " list items
//   -                                             a lone "-" whose item text is on the next line
//   API Gateway (Kong/Nginx/AWS API Gateway):
//   - Mini-batch SGD: Uses                        inline code broke the line and was glued to its
//   batch_sizesamples (typically 32-512). - Next  neighbours; the next item ran on after " - "
//   …ranges.Mathematical Intuition:- T approaching 0: …   headings and callouts run into the text
//   - “Follow-up question?”                        the answer ends with quoted follow-up questions
//
// The reader works in stages, one file each: logical-lines.ts joins the lines the scraper broke,
// pieces.ts splits them into items, text, table rows and run-in labels, answer.ts builds the
// answer's tree from the pieces (nested lists, tables, labelled blocks, glued inline code), and
// this file finds the document's structure: chrome, title, sections, questions, see-also tail.
import { IngestError, splitLines, type DroppedRange, type Question, type Reader, type Section } from '../../model.ts';
import { root } from '../../mdast/build.ts';
import { lastNonBlank, trailingRun } from '../lines.ts';
import { answerBlocks } from './answer.ts';

const NUMBERED = /^(\d{1,3})\.\s+(\S.*)$/;
/** Trailing links to the rest of a site or to files that are not shipped. */
const SEE_ALSO = /^(?:[-*]\s*)?(?:see|view|read|open|browse)\b.*\b(?:full|complete|files?)\b/i;

export const readScrapedDocs: Reader = ({ sourceId, file, text, words }) => {
  const lines = splitLines(text);
  const glued = { gluedAfter: words?.gluedAfter ?? [], splitAfter: words?.splitAfter ?? [] };
  const at = (i: number) => (lines[i] ?? '').trim();
  const questions: Question[] = [];
  const sections: Section[] = [];
  const dropped: DroppedRange[] = [];

  // Question starts: a numbered line printed twice in a row. Sections: a numbered line that is
  // not doubled and is directly followed by a question. (Indices are 0-based here.)
  const isQuestionAt = (i: number) => NUMBERED.test(at(i)) && at(i) === at(i + 1);
  const starts: { kind: 'question' | 'section'; i: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isQuestionAt(i)) {
      starts.push({ kind: 'question', i });
      i++;
    } else if (NUMBERED.test(at(i)) && isQuestionAt(i + 1)) {
      starts.push({ kind: 'section', i });
    }
  }
  if (!starts.some((s) => s.kind === 'question')) {
    throw new IngestError('no questions found: expected numbered question titles printed twice ("1. Title" on two lines)', file);
  }

  // Before the first section or question: chrome, then the title (the last non-blank line).
  const head = [...Array(starts[0]!.i).keys()].filter((i) => at(i) !== '');
  if (head.length) {
    const title = head[head.length - 1]!;
    if (head[0]! < title) dropped.push({ start: head[0]! + 1, end: title, reason: 'page chrome' });
    dropped.push({ start: title + 1, end: title + 1, reason: 'document title' });
  }

  // After the last answer: a trailing list of links to the rest of the site is chrome.
  let tail = lines.length;
  const lastStart = starts[starts.length - 1]!.i + 2;
  const see = trailingRun(lines, lastStart, lines.length - 1, (i) => SEE_ALSO.test(at(i)));
  if (see < lines.length && see > lastStart) {
    dropped.push({ start: see + 1, end: lines.length, reason: 'see-also list of pages not shipped' });
    tail = see;
  }

  let section: string[] = [];
  starts.forEach((s, idx) => {
    const m = NUMBERED.exec(at(s.i))!;
    if (s.kind === 'section') {
      section = [m[2]!.trim()];
      sections.push({ path: section, line: s.i + 1, endLine: s.i + 1 });
      return;
    }
    const next = starts[idx + 1]?.i ?? tail;
    // 0-based index of the answer's last non-blank line (at least the title's second line).
    const end = Math.max(s.i + 1, lastNonBlank(lines, s.i + 3, next) - 1);
    const answer = answerBlocks(lines, s.i + 3, end + 1, dropped, glued);
    if (!answer.length) throw new IngestError(`question "${m[2]!.trim()}" has no answer`, file, s.i + 1);
    questions.push({
      source: sourceId,
      sectionPath: section,
      number: Number(m[1]),
      title: m[2]!.trim(),
      answer: root(answer),
      line: s.i + 1,
      endLine: end + 1,
    });
  });
  dropped.sort((a, b) => a.start - b.start);
  return { questions, sections, dropped };
};

