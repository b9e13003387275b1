// Dollar signs in Markdown written by people: "$x$" is maths, "costs $5 and $10" is money.
// The site's remark-math pairs any two "$", so "$5 and $" would become a formula. This applies
// Pandoc's rule for `$` delimiters (https://pandoc.org/MANUAL.html#extension-tex_math_dollars)
// and escapes every "$" that cannot pair under it, so it stays a dollar:
//
// - an opening "$" must have a non-space character right after it;
// - it closes at the next "$", which must have a non-space character right before it and must not
//   be followed by a digit (nor by another "$"); otherwise the opening "$" is a plain dollar;
// - inline maths does not cross a blank line; "$$...$$" (inline or as a block) stays display maths.
//
// Code (fenced and indented blocks, code spans), raw HTML blocks and "\$" are left as written.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt('default', { html: true, linkify: false });
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/** 0-based lines that are code or raw HTML (their "$" are shown as written). */
function verbatimLines(markdown: string): Set<number> {
  const out = new Set<number>();
  for (const t of md.parse(markdown, {})) {
    if ((t.type === 'fence' || t.type === 'code_block' || t.type === 'html_block') && t.map) {
      for (let l = t.map[0]; l < t.map[1]; l++) out.add(l);
    }
  }
  return out;
}

/** Index of the next unescaped `needle` at or after `from`, or -1. */
function nextUnescaped(s: string, needle: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s.startsWith(needle, i)) return i;
  }
  return -1;
}

/** One run of text without blank lines or code blocks. */
function escapeChunk(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\') {
      out += s.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      // A code span: a run of backticks up to the next run of the same length.
      const run = /^`+/.exec(s.slice(i))![0];
      let j = s.indexOf(run, i + run.length);
      while (j !== -1 && (s[j + run.length] === '`' || s[j - 1] === '`')) j = s.indexOf(run, j + 1);
      const end = j === -1 ? i + run.length : j + run.length;
      out += s.slice(i, end);
      i = end;
    } else if (c === '$' && s[i + 1] === '$') {
      const close = nextUnescaped(s, '$$', i + 2);
      if (close === -1) {
        out += '\\$\\$';
        i += 2;
      } else {
        out += s.slice(i, close + 2);
        i = close + 2;
      }
    } else if (c === '$') {
      const close = isSpace(s[i + 1]) ? -1 : nextUnescaped(s, '$', i + 1);
      const pairs = close !== -1 && !isSpace(s[close - 1]) && !/[\d$]/.test(s[close + 1] ?? '');
      if (pairs) {
        out += s.slice(i, close + 1);
        i = close + 1;
      } else {
        out += '\\$';
        i++;
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Markdown with every "$" that is not a maths delimiter under Pandoc's rule escaped as "\$". */
export function escapeLoneDollars(markdown: string): string {
  if (!markdown.includes('$')) return markdown;
  const lines = markdown.split('\n');
  const verbatim = verbatimLines(markdown);
  const out: string[] = [];
  let chunk: string[] = [];
  const flush = () => {
    if (chunk.length) out.push(escapeChunk(chunk.join('\n')));
    chunk = [];
  };
  const isFence = (n: number) => lines[n]!.trim() === '$$' && !verbatim.has(n);
  let display = false;
  lines.forEach((line, n) => {
    // A "$$" line opens a display block (which may hold blank lines) when a "$$" line closes it.
    const fence = isFence(n) && (display || lines.some((_, m) => m > n && isFence(m)));
    if (verbatim.has(n) || display || fence || line.trim() === '') {
      flush();
      out.push(line);
      if (fence) display = !display;
      return;
    }
    chunk.push(line);
  });
  flush();
  return out.join('\n');
}
