// Anchor ids for section headings on source pages. One slugger per page keeps ids unique
// when a section name comes back later in a source.
import GithubSlugger from 'github-slugger';

export function sectionAnchors(paths: readonly (readonly string[])[]): string[] {
  const slugger = new GithubSlugger();
  return paths.map((p) => `s-${slugger.slug(p.join(' ') || 'questions')}`);
}
