// A temporary copy of the project to build in, for builds that must not touch content/ or dist/:
// the sub-path test build (with the unsafe source added) and the benchmark (1x and 10x corpora).
// The site reads content/sources/sources.json and content/questions/ from fixed places, so another
// corpus means another project folder.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** What a build needs: all of content/ (sources, topics, concepts, synonyms) but content/questions/, which the ingest makes. */
const COPY = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts', 'content'];
const GENERATED = join(ROOT, 'content', 'questions');
/** Caches that belong to one project: Astro's content store and Vite's, never shared with the copy. */
export const CACHES = ['.astro', 'node_modules/.astro', 'node_modules/.vite'];

/** Copies the project to a new temporary folder; `editSources` may then change content/sources/ there. */
export function projectCopy(prefix: string, editSources?: (sourcesDir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const p of COPY) cpSync(join(ROOT, p), join(dir, p), { recursive: true, filter: (from) => from !== GENERATED && !from.startsWith(`${GENERATED}/`) });
  // Each package linked on its own, not node_modules as a whole, so that node_modules/.astro and
  // .vite of the copy are its own (empty) caches.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  editSources?.(join(dir, 'content/sources'));
  return dir;
}
