// A question page also shows the other answers of its concept, each rendered for its own page:
// their headings and labelled blocks carry ids of their own ("a-follow-up", from
// rehypeHeadingAnchors), which would clash with the page's answer and with each other. Every id
// inside such an answer, and every reference to one of them (a "#" link, aria-labelledby, …),
// gets a prefix unique on the page.
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';

/** Properties that name other elements by id, as hast spells them. */
const ID_REFERENCES = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns', 'htmlFor', 'headers'];

/** `html` (a fragment) with `prefix` before each id it defines and each in-page reference to one. */
export function prefixIds(html: string, prefix: string): string {
  // Most answers have no id at all: leave them byte for byte as rendered.
  if (!/\sid=/.test(html)) return html;
  const tree = fromHtml(html, { fragment: true });
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  const ref = (v: unknown) => (ids.has(String(v)) ? `${prefix}${v}` : v);
  visit(tree, 'element', (node: Element) => {
    const p = node.properties;
    if (typeof p.id === 'string') p.id = `${prefix}${p.id}`;
    if (typeof p.href === 'string' && p.href.startsWith('#') && ids.has(p.href.slice(1))) p.href = `#${prefix}${p.href.slice(1)}`;
    for (const k of ID_REFERENCES) {
      const v = p[k];
      if (Array.isArray(v)) p[k] = v.map(ref) as string[];
      else if (typeof v === 'string') p[k] = ref(v) as string;
    }
  });
  return toHtml(tree);
}
