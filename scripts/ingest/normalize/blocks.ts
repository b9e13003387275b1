// Markdown conventions shared by the readers, so every source renders the same way.
import { escapeText } from './escape.ts';

/**
 * A labelled part of an answer ("Follow-up", "What interviewers are really testing", "Key points"):
 * a block quote whose first line is the bold label. The site styles these as callouts.
 * `markdown` is already Markdown (escape plain text first).
 */
export function labelledBlock(label: string, markdown: string): string {
  const lines = [`**${escapeText(label.replace(/:\s*$/, ''))}**`, '', ...markdown.trim().split('\n')];
  return lines.map((l) => (l === '' ? '>' : `> ${l}`)).join('\n');
}

/** A fenced code block; the fence is longer than any backtick run inside the code. */
export function codeBlock(code: string, lang = ''): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${code.replace(/\n+$/, '')}\n${fence}`;
}

/** Display math for KaTeX (remark-math `$$` block). */
export function displayMath(tex: string): string {
  return `$$\n${tex.trim()}\n$$`;
}

/** Inline math for KaTeX (remark-math `$...$`). */
export function inlineMath(tex: string): string {
  return `$${tex.trim()}$`;
}
