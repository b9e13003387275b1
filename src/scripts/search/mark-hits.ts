// Marks the searched words in a question's title and answer and scrolls to the first
// (scripts/search/highlight-page.ts loads this when the question was opened from search).
import { highlightRanges } from '../../lib/search/highlight';

export function markHits(terms: readonly string[]): void {
  const roots = document.querySelectorAll<HTMLElement>('.question h1, .question .answer');
  let first: HTMLElement | undefined;
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      // Formulas are MathML: leave them whole.
      acceptNode: (n) => (n.parentElement?.closest('math, .katex, script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    for (const node of nodes) {
      const text = node.data;
      const ranges = highlightRanges(text, terms);
      if (!ranges.length) continue;
      const frag = document.createDocumentFragment();
      let at = 0;
      for (const [s, e] of ranges) {
        frag.append(text.slice(at, s));
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = text.slice(s, e);
        first ??= mark;
        frag.append(mark);
        at = e;
      }
      frag.append(text.slice(at));
      node.replaceWith(frag);
    }
  }
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}
