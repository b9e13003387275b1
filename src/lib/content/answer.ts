// An answer as pages use it, made once per answer by the questions loader (and its render
// workers) and kept in the render cache: its HTML, and its plain text in the two forms pages
// need. Any page can read any question's answer (the catalogue's `answer(id)`); nothing parses
// Markdown again while pages are built.
import { markdownToPlain, readablePlain } from '../describe.ts';

export interface Answer {
  /** The rendered answer (KaTeX MathML, Shiki, the site's rehype plugins). */
  html: string;
  /** The whole answer as one line of plain text (structured data, related questions). */
  text: string;
  /** Its readable text for a description: no tables, formulas only where they read as text. */
  readable: string;
}

/** A question file as the catalogue reads it: a collection entry, or a test fixture. */
interface AnswerSource {
  id: string;
  body?: string;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/**
 * A question's answer: as the questions loader made it (its HTML and texts), or, for a file that
 * did not come through the loader (a test fixture), its texts made here from the Markdown.
 */
export function answerOf(file: AnswerSource): { html?: string; text: string; readable: string } {
  const meta = file.rendered?.metadata;
  if (typeof meta?.text === 'string' && typeof meta.readable === 'string') return { html: file.rendered!.html, text: meta.text, readable: meta.readable };
  const md = file.body ?? '';
  return { text: markdownToPlain(md), readable: readablePlain(md) };
}
