// A source's sections as its page shows them: consecutive questions with the same section path,
// each with the id of its heading. The source page's table of contents and headings, and the
// "Section:" link of a question page, all read them from here, so the link always finds the heading.
import GithubSlugger from 'github-slugger';

export interface Section<T> {
  /** Section titles, outermost first; empty before the source's first section. */
  path: string[];
  /** "Outer › Inner", or "Questions" for questions outside any section. */
  label: string;
  /** Id of the section's heading on the source page. */
  anchor: string;
  questions: T[];
}

/** Consecutive questions with the same section path, in order (a source's table of contents). */
export function groupBySection<T extends { section: string[] }>(ordered: readonly T[]): { path: string[]; questions: T[] }[] {
  const groups: { path: string[]; questions: T[] }[] = [];
  for (const q of ordered) {
    const last = groups[groups.length - 1];
    if (last && last.path.join('\u0000') === q.section.join('\u0000')) last.questions.push(q);
    else groups.push({ path: q.section, questions: [q] });
  }
  return groups;
}

/**
 * Heading ids for section paths on one page. One slugger per page keeps ids unique when a
 * section name comes back later in a source ("s-basics", then "s-basics-1").
 */
export function sectionAnchors(paths: readonly (readonly string[])[]): string[] {
  const slugger = new GithubSlugger();
  return paths.map((p) => `s-${slugger.slug(p.join(' ') || 'questions')}`);
}

/** The sections of one source's questions (in its order), labelled and anchored. */
export function sectionsOf<T extends { section: string[] }>(ordered: readonly T[]): Section<T>[] {
  const groups = groupBySection(ordered);
  const anchors = sectionAnchors(groups.map((g) => g.path));
  return groups.map((g, i) => ({ ...g, label: g.path.join(' › ') || 'Questions', anchor: anchors[i]! }));
}
