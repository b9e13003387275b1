// Per-page content checks: a title, a description, math that rendered, and nothing the
// Content-Security-Policy (script-src 'self', no 'unsafe-inline') would block or a source could inject.
import type { El } from './html.ts';

/** <script> types that are data, never run (JSON-LD); a type-less or module script without src is code. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json']);

/** Inline scripts and on* event-handler attributes: code in the page itself rather than in a script file. */
export function inlineCodeProblems(els: El[]): string[] {
  const problems: string[] = [];
  for (const e of els) {
    if (e.tag === 'script' && !e.attrs.has('src') && !DATA_SCRIPT_TYPES.has((e.attrs.get('type') ?? '').trim().toLowerCase())) {
      problems.push(`line ${e.line}: inline <script${e.attrs.has('type') ? ` type="${e.attrs.get('type')}"` : ''}> (scripts must be files: the CSP allows no inline script)`);
    }
    for (const name of e.attrs.keys()) {
      if (/^on/i.test(name)) problems.push(`line ${e.line}: <${e.tag} ${name}> event-handler attribute (inline code)`);
    }
  }
  return problems;
}

export function pageProblems(els: El[], stylesheetText: (href: string) => string | undefined): string[] {
  const problems: string[] = [];
  const title = els.find((e) => e.tag === 'title');
  if (!title || !title.text().trim()) problems.push('no non-empty <title>');
  const desc = els.find((e) => e.tag === 'meta' && e.attrs.get('name')?.toLowerCase() === 'description');
  if (!desc || !(desc.attrs.get('content') ?? '').trim()) problems.push('no non-empty <meta name="description">');
  for (const e of els.filter((x) => x.classes.includes('katex-error'))) {
    problems.push(`line ${e.line}: KaTeX error: ${(e.attrs.get('title') ?? e.text()).slice(0, 160)}`);
  }
  // MathML output needs no stylesheet; KaTeX's HTML output is unreadable without its CSS.
  if (els.some((e) => e.classes.includes('katex-html'))) {
    const sheets = els.filter((e) => e.tag === 'link' && (e.attrs.get('rel') ?? '').split(/\s+/).includes('stylesheet'));
    const styled = sheets.some((s) => stylesheetText(s.attrs.get('href') ?? '')?.includes('.katex'));
    if (!styled) problems.push('shows KaTeX HTML output (.katex-html) but links no stylesheet with KaTeX rules');
  }
  problems.push(...inlineCodeProblems(els));
  return problems;
}
