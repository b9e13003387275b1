// The prose of an answer, read off its tree: what a reader reads as words. Code blocks and
// formulas (display and inline) say little about the topic and are left out; a labelled
// block's label is prose. Nodes are joined by spaces, so "**Bold**ing" stays two words.
import type { Nodes, Root } from 'mdast';

export function proseOf(tree: Root): string {
  const out: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'code' || node.type === 'math' || node.type === 'inlineMath') return;
    if (node.type === 'text' || node.type === 'inlineCode') out.push(node.value);
    if (node.type === 'containerDirective' && typeof node.attributes?.label === 'string') out.push(node.attributes.label);
    if ('children' in node) for (const c of node.children) walk(c);
  };
  walk(tree);
  return out.join(' ');
}
