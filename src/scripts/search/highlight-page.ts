// On a question opened from search (?highlight=kv+cache), marks the searched words in the
// title and answer and scrolls to the first. A few hundred bytes; does nothing otherwise.
import { highlightRanges } from '../../lib/search/highlight';

const terms = (new URL(location.href).searchParams.get('highlight') ?? '').split(/\s+/).filter(Boolean);
const roots = document.querySelectorAll<HTMLElement>('.question h1, .question .answer');
if (terms.length && roots.length) {
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
