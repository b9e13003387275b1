// Makes an answer (answer.ts) with the site's pipeline: what the questions loader and its render
// workers run for each new or changed answer. Kept apart from answer.ts, which pages import, so
// that the renderer (unified, Shiki, KaTeX) stays out of the pages' bundle.
import { answerRenderer } from '../markdown/render.ts';
import type { Answer } from './answer.ts';

/** An answer's HTML and texts, from one pass of the site's pipeline (src/lib/markdown/render.ts). */
export async function renderAnswer(markdown: string, base: string): Promise<Answer> {
  return (await answerRenderer(base)).render(markdown);
}

/** What the loader stores as an entry's `rendered` (Astro's render(entry) shows `html`). */
export const asRendered = ({ html, text, readable }: Answer) => ({ html, metadata: { text, readable } });

