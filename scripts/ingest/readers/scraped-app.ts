// Reader for a scraped interactive question app ("NLP Interview Master"):
//
//   NLP Interview Master                          app chrome (title, blurb, counters, filter
//   The ultimate collection of 200+ ...            status) before the first item: dropped as
//   0 / 200 LearnedTransformers & LLMs...          "page chrome"
//   Showing 100 results in All Questions category.
//   76                                            number line: starts an item
//   Implement Cosine Similarity in Python.        title
//   Math/Code                                     level: Beginner/Intermediate/Advanced ->
//                                                  `difficulty`; any other label (Math/Code) -> `kind`
//
//   Dot product divided by product of ...         the card's preview: dropped when it is the start
//                                                  of the full text below (truncated with "..."
//                                                  or not); kept as text if it is not
//   Comprehensive Explanation                     app label: dropped (the answer follows)
//   Dot product divided by product of magnitudes. the full text: the answer's prose
//   Python / PyTorch Code                         app label: dropped; the code after it (indentation
//   import numpy as np                             intact, blank lines included) becomes a
//   def cosine_sim(a, b): ...                      ```python fenced block
//   Math_code                                     the card's category label -> `category`
//
// No label line (level, kind, category, "Comprehensive Explanation", "Python / PyTorch Code")
// stays in the body. The app prints no section headings: the categories (Beginner, Intermediate,
// Advanced, Math_code) are a filter that repeats the level, so they go to `category` and every
// question's sectionPath is [].
import {
  IngestError,
  splitLines,
  type Difficulty,
  type DroppedRange,
  type Question,
  type Reader,
  type ReaderResult,
} from '../model.ts';
import type { RootContent } from 'mdast';
import { code as codeBlock, paragraph, root } from '../mdast/build.ts';
import { lastNonBlank } from './lines.ts';

const NUMBER_LINE = /^\s*(\d{1,4})\s*$/;
const LEVELS: Record<string, Difficulty> = Object.assign(Object.create(null) as Record<string, Difficulty>, {
  beginner: 'beginner',
  easy: 'beginner',
  intermediate: 'intermediate',
  medium: 'intermediate',
  advanced: 'advanced',
  hard: 'advanced',
  expert: 'advanced',
});
/** Labels the app prints for a card's level, kind or category (compared loosely). */
const LABEL = /^(?:beginner|easy|intermediate|medium|advanced|hard|expert|math|code|coding|theory|math[\s_/&]+code)$/i;
const EXPLANATION = /^\s*comprehensive explanation\s*$/i;
const CODE_LABEL = /^\s*(?:python\s*\/\s*pytorch|python|pytorch)\s+code\s*$/i;

const isLabel = (line: string | undefined) => line !== undefined && LABEL.test(line.trim());

/** Whitespace-normalized text for comparing a preview with the full text. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Prose lines -> paragraphs (one per source line, as the app prints them). */
function prose(lines: string[]): RootContent[] {
  return lines.filter((l) => l.trim() !== '').map((l) => paragraph(l.trim()));
}

interface Item {
  number: number;
  line: number;
  /** Last non-blank line of the item (its category line when it has one). */
  end: number;
}

export const readScrapedApp: Reader = ({ sourceId, file, text }) => {
  const lines = splitLines(text);
  const at = (n: number) => lines[n - 1]; // 1-based
  const lastNonBlankIn = (from: number, to: number) => lastNonBlank(lines, from, to);

  // An item starts at a number line followed by a title line and a level/kind label line.
  const items: Item[] = [];
  for (let n = 1; n + 2 <= lines.length; n++) {
    const m = NUMBER_LINE.exec(at(n)!);
    if (!m || at(n + 1)!.trim() === '' || isLabel(at(n + 1)) || !isLabel(at(n + 2))) continue;
    items.push({ number: Number(m[1]), line: n, end: n + 2 });
    n += 2;
  }
  if (items.length === 0) {
    throw new IngestError('no questions found: expected items of a number line, a title and a level line', file);
  }
  items.forEach((it, k) => {
    it.end = lastNonBlankIn(it.line + 2, (items[k + 1]?.line ?? lines.length + 1) - 1);
  });

  const dropped: DroppedRange[] = [];
  const chromeEnd = lastNonBlankIn(1, items[0]!.line - 1);
  if (chromeEnd >= 1) dropped.push({ start: 1, end: chromeEnd, reason: 'page chrome' });

  const questions: Question[] = items.map((it) => {
    const label = at(it.line + 2)!.trim();
    const level = LEVELS[label.toLowerCase()];
    // The trailing category label (the last item of the scrape has none).
    let last = it.end;
    let category: string | undefined;
    if (last > it.line + 2 && isLabel(at(last))) {
      category = at(last)!.trim();
      last = lastNonBlankIn(it.line + 3, last - 1);
    }
    // Split the rest into preview / explanation / code at the first app labels.
    let explanationAt: number | undefined;
    let codeAt: number | undefined;
    for (let n = it.line + 3; n <= last; n++) {
      if (explanationAt === undefined && codeAt === undefined && EXPLANATION.test(at(n)!)) explanationAt = n;
      else if (codeAt === undefined && CODE_LABEL.test(at(n)!)) {
        codeAt = n;
        break;
      }
    }
    const range = (from: number, to: number) => lines.slice(from - 1, Math.max(from - 1, to));
    const previewEnd = (explanationAt ?? codeAt ?? last + 1) - 1;
    const preview = range(it.line + 3, previewEnd);
    const full = explanationAt !== undefined ? range(explanationAt + 1, (codeAt ?? last + 1) - 1) : [];
    const code = codeAt !== undefined ? range(codeAt + 1, last) : [];

    const blocks: RootContent[] = [];
    const previewText = squash(preview.join(' '));
    const fullText = squash(full.join(' '));
    if (previewText) {
      const stem = previewText.replace(/(?:\.\.\.|…)$/, '').trimEnd();
      const truncated = stem !== previewText;
      const pStart = it.line + 3 + preview.findIndex((l) => l.trim() !== '');
      const pEnd = lastNonBlankIn(pStart, previewEnd);
      if (fullText && fullText.startsWith(stem)) {
        dropped.push({
          start: pStart,
          end: pEnd,
          reason: truncated ? 'truncated preview of the full text below' : 'preview repeating the full text below',
        });
      } else {
        // Not a preview of the text below (or there is none): it is part of the answer.
        blocks.push(...prose(preview));
      }
    }
    if (explanationAt !== undefined) {
      dropped.push({ start: explanationAt, end: explanationAt, reason: 'app label "Comprehensive Explanation" (the answer follows)' });
    }
    if (fullText) blocks.push(...prose(full));
    if (codeAt !== undefined) {
      dropped.push({ start: codeAt, end: codeAt, reason: `app label "${at(codeAt)!.trim()}" (a python code block follows)` });
      const from = code.findIndex((l) => l.trim() !== '');
      if (from >= 0) blocks.push(codeBlock(code.slice(from).join('\n'), 'python'));
    }
    return {
      source: sourceId,
      sectionPath: [],
      number: it.number,
      title: squash(at(it.line + 1)!),
      answer: root(blocks),
      ...(level ? { difficulty: level } : { kind: label }),
      ...(category ? { category } : {}),
      line: it.line,
      endLine: it.end,
    } satisfies Question;
  });
  dropped.sort((a, b) => a.start - b.start);
  return { questions, sections: [], dropped } satisfies ReaderResult;
};

