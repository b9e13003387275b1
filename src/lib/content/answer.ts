// An answer as pages use it, made once per answer by the questions loader (and its render
// workers) and kept in the render cache: its HTML, and its plain text in the two forms pages
// need. Any page can read any question's answer from its collection entry; nothing re-parses
// Markdown while pages are built.
import { answerRenderer } from '../markdown/render.ts';
import { describeText } from '../describe.ts';

export interface Answer {
  /** The rendered answer (KaTeX MathML, Shiki, the site's rehype plugins). */
  html: string;
  /** The whole answer as one line of plain text (structured data, related questions). */
  text: string;
  /** Its readable text for a description: no tables, formulas only where they read as text. */
  readable: string;
}

/** An answer's HTML and texts, from one pass of the site's pipeline (src/lib/markdown/render.ts). */
export async function renderAnswer(markdown: string, base: string): Promise<Answer> {
  return (await answerRenderer(base)).render(markdown);
}

/** What the loader stores as an entry's `rendered` (Astro's render(entry) shows `html`). */
export const asRendered = ({ html, text, readable }: Answer) => ({ html, metadata: { text, readable } });

interface AnsweredEntry {
  id: string;
  data: { title: string };
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

function answerOf(entry: AnsweredEntry): Answer {
  const { html, metadata } = entry.rendered ?? {};
  if (typeof html !== 'string' || typeof metadata?.text !== 'string' || typeof metadata.readable !== 'string') {
    throw new Error(`question ${entry.id} has no rendered answer: it was not loaded by questionsLoader (src/lib/content/questions-loader.ts)`);
  }
  return { html, text: metadata.text, readable: metadata.readable };
}

/** A question's answer as HTML, for any page. */
export const answerHtml = (entry: AnsweredEntry) => answerOf(entry).html;
/** A question's answer as one line of plain text. */
export const answerText = (entry: AnsweredEntry) => answerOf(entry).text;
/** A question page's description: its title, then the start of its answer. */
export const answerDescription = (entry: AnsweredEntry) => describeText(entry.data.title, answerOf(entry).readable);
