// Per-page content checks: a title, a description, and math that rendered.
import type { El } from './html.ts';

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
  return problems;
}
