// Dollar signs in Markdown written by people: "$x$" is maths, "costs $5 and $10" is money.
// remark-math pairs any two "$", so "$5 and $" would become a formula. This applies Pandoc's rule
// for `$` delimiters (https://pandoc.org/MANUAL.html#extension-tex_math_dollars) to the text of
// each paragraph, heading and table cell of the parsed tree, and escapes every "$" that cannot
// pair under it, so it stays a dollar:
//
// - an opening "$" must have a non-space character right after it;
// - it closes at the next "$", which must have a non-space character right before it and must not
//   be followed by a digit (nor by another "$"); otherwise the opening "$" is a plain dollar;
// - inline maths stays inside its block; "$$...$$" (inline or as a block) stays display maths,
//   and a "$$" block that no "$$" line closes is text.
//
// Code (blocks and code spans), raw HTML blocks and "\$" are left as written. Escaping adds a "\"
// inside a line, so every line keeps its number.
import type { Nodes, Root } from 'mdast';
import { parseMarkdown } from './parse.ts';

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/** Index of the next unescaped `needle` at or after `from`, or -1. */
function nextUnescaped(s: string, needle: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Offsets (in `s`) of the "$" of one block's text that Pandoc's rule does not pair. */
function loneInBlock(s: string): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\') i += 2;
    else if (c === '`') {
      // A code span: a run of backticks up to the next run of the same length.
      const run = /^`+/.exec(s.slice(i))![0];
      let j = s.indexOf(run, i + run.length);
      while (j !== -1 && (s[j + run.length] === '`' || s[j - 1] === '`')) j = s.indexOf(run, j + 1);
      i = j === -1 ? i + run.length : j + run.length;
    } else if (c === '$' && s[i + 1] === '$') {
      const close = nextUnescaped(s, '$$', i + 2);
      if (close === -1) out.push(i, i + 1);
      i = close === -1 ? i + 2 : close + 2;
    } else if (c === '$') {
      const close = isSpace(s[i + 1]) ? -1 : nextUnescaped(s, '$', i + 1);
      const pairs = close !== -1 && !isSpace(s[close - 1]) && !/[\d$]/.test(s[close + 1] ?? '');
      if (!pairs) out.push(i);
      i = pairs ? close + 1 : i + 1;
    } else i++;
  }
  return out;
}

/** Offsets in `source` of every "$" that is not a maths delimiter under Pandoc's rule. */
export function loneDollars(source: string, tree: Root): number[] {
  const out: number[] = [];
  const walk = (node: Nodes) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from !== undefined && to !== undefined) {
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
        for (const k of loneInBlock(source.slice(from, to))) out.push(from + k);
        return;
      }
      // A "$$" block that no "$$" line closes (it ran to the end of its container) is text.
      if (node.type === 'math' && !/\n[ \t>]*\$\$+[ \t]*$/.test(source.slice(from, to))) {
        const open = source.indexOf('$$', from);
        out.push(open, open + 1);
        return;
      }
    }
    if ('children' in node) for (const c of node.children) walk(c);
  };
  walk(tree);
  return out.sort((a, b) => a - b);
}

/** Markdown with every "$" that is not a maths delimiter under Pandoc's rule escaped as "\$". */
export function escapeLoneDollars(markdown: string, tree?: Root): string {
  if (!markdown.includes('$')) return markdown;
  let out = '';
  let at = 0;
  for (const k of loneDollars(markdown, tree ?? parseMarkdown(markdown))) {
    out += `${markdown.slice(at, k)}\\`;
    at = k;
  }
  return out + markdown.slice(at);
}

/** A source document as a tree, its dollars read by Pandoc's rule (parsed again only when one is escaped). */
export function parseWithDollars(markdown: string): Root {
  const tree = parseMarkdown(markdown);
  if (!markdown.includes('$')) return tree;
  const escaped = escapeLoneDollars(markdown, tree);
  return escaped === markdown ? tree : parseMarkdown(escaped);
}
