// The question pages of a built site: questions/<source>/<slug>/index.html. The folders
// questions/ and questions/<source>/ also hold an index.html each (the trimmed-URL pages),
// so only sub-folders are question pages.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const folders = (d: string) =>
  existsSync(d) ? readdirSync(d, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];

/** Site paths ("questions/<source>/<slug>/") of the built question pages, optionally of one source. */
export function questionPaths(dist: string, source?: string): string[] {
  const sources = source ? [source] : folders(join(dist, 'questions'));
  return sources.flatMap((s) => folders(join(dist, 'questions', s)).map((slug) => `questions/${s}/${slug}/`));
}

/** The built topic page (site path relative to the base) with the most subtopic groups (then the most concepts), and how many groups. */
export function mostGrouped(dist: string): { path: string; groups: number } {
  const count = (html: string, what: string) => html.split(what).length - 1;
  return folders(join(dist, 'topics'))
    .map((t) => {
      const html = readFileSync(join(dist, 'topics', t, 'index.html'), 'utf8');
      return { path: `topics/${t}/`, groups: count(html, 'data-question-group'), concepts: count(html, 'data-concept=') };
    })
    .reduce((a, b) => (b.groups > a.groups || (b.groups === a.groups && b.concepts > a.concepts) ? b : a));
}

/** The first question page (site path relative to the base) whose "Also asked as" lists at least `n` questions. */
export function pageWithRelated(dist: string, n: number): string {
  const found = questionPaths(dist).find((path) => {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const related = html.slice(html.indexOf('<section class="related"'));
    return html.includes('<section class="related"') && related.slice(0, related.indexOf('</section>')).split('<li data-question=').length - 1 >= n;
  });
  if (!found) throw new Error(`no question page of ${dist}/ lists ${n} questions under "Also asked as"`);
  return found;
}
