// The one document model every reader produces and the writer consumes
// (Pandoc-style: readers -> model -> writer). Readers know nothing of files on disk
// or of the site; they turn the text of one source into questions, whose answers are
// syntax trees (mdast), and an account of every line they did not turn into a question.
import type { Root } from 'mdast';

export type Difficulty = 'beginner' | 'intermediate' | 'advanced';

/** One question as a reader found it. Line numbers are 1-based and inclusive. */
export interface Question {
  /** Manifest id of the source. */
  source: string;
  /** Section titles, outermost first; may be empty. */
  sectionPath: string[];
  /** The number as printed in the source, when it prints one (numbers may repeat). */
  number?: number;
  /** The question itself, plain text (no Markdown markup). */
  title: string;
  /** The answer as a tree (mdast with GFM, maths and labelled blocks); mdast/write.ts writes it. */
  answer: Root;
  difficulty?: Difficulty;
  /** A kind label that is not a level, e.g. "Math/Code". */
  kind?: string;
  /** The source's own category label, when it prints one. */
  category?: string;
  /** First line of the question in the source file. */
  line: number;
  /** Last line that belongs to the question (title and answer). */
  endLine: number;
}

/** A section heading the reader recognised (kept as structure, not dropped). */
export interface Section {
  path: string[];
  line: number;
  /** Last line of the heading itself (a heading may take more than one line). */
  endLine: number;
}

/** Lines deliberately not turned into a question, with the reason. */
export interface DroppedRange {
  start: number;
  end: number;
  reason: string;
}

/**
 * Word lists tuned to one source document, kept as data next to it (the file the manifest entry
 * names as "words"). Each reader reads the lists it knows; a source without them is read all the
 * same, with the general rules alone.
 */
export interface SourceWords {
  /** numbered-latex: names the source writes in TeX without a backslash ("Score"), set upright. */
  operatorNames?: string[];
  /** flattened-markdown: abbreviations set upright in formulas written in Unicode ("KL", "MSE"). */
  acronyms?: string[];
  /** scraped-docs: words the scraper glued onto the end of inline code ("batch_sizesamples"). */
  gluedAfter?: string[];
  /** scraped-docs: glued words split off a name whose start is known ("dockerruntime"). */
  splitAfter?: string[];
}

export interface ReaderInput {
  sourceId: string;
  /** Path used in error messages (relative to the project). */
  file: string;
  text: string;
  words?: SourceWords;
}

export interface ReaderResult {
  questions: Question[];
  sections: Section[];
  dropped: DroppedRange[];
}

export type Reader = (input: ReaderInput) => ReaderResult;

/**
 * The only error the ingest throws on purpose: it names the file and, where there is
 * one, the line. Anything else escaping a reader is a bug.
 */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  constructor(message: string, file: string, line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'IngestError';
    this.file = file;
    this.line = line;
  }
}

/** Splits text into lines the way every reader counts them (\n, \r\n or \r). */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  // A final newline ends the last line; it does not start a new one.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Lines of the input that no question, section heading or dropped range accounts for,
 * ignoring blank lines. An empty result means nothing was lost.
 */
export function unaccountedLines(text: string, result: ReaderResult): number[] {
  const lines = splitLines(text);
  const covered = new Uint8Array(lines.length + 2);
  const mark = (start: number, end: number) => {
    for (let i = Math.max(1, start); i <= Math.min(lines.length, end); i++) covered[i] = 1;
  };
  for (const q of result.questions) mark(q.line, q.endLine);
  for (const s of result.sections) mark(s.line, s.endLine);
  for (const d of result.dropped) mark(d.start, d.end);
  const missing: number[] = [];
  lines.forEach((l, i) => {
    if (!covered[i + 1] && l.trim() !== '') missing.push(i + 1);
  });
  return missing;
}
