// The question pages of a built site: questions/<source>/<slug>/index.html. The folders
// questions/ and questions/<source>/ also hold an index.html each (the trimmed-URL pages),
// so only sub-folders are question pages.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const folders = (d: string) =>
  existsSync(d) ? readdirSync(d, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];

/** Site paths ("questions/<source>/<slug>/") of the built question pages, optionally of one source. */
export function questionPaths(dist: string, source?: string): string[] {
  const sources = source ? [source] : folders(join(dist, 'questions'));
  return sources.flatMap((s) => folders(join(dist, 'questions', s)).map((slug) => `questions/${s}/${slug}/`));
}
