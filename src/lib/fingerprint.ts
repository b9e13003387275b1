// Fingerprints of what a build step reads, for the caches that let a build skip work: the render
// cache (src/lib/content/answer-cache.ts), the ingest and Pagefind steps of scripts/build.ts. A
// fingerprint covers file contents (never times), so it only changes when a file does.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

function resolveLocal(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  return [base, `${base}.ts`, `${base}.js`, `${base}.mjs`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
}

/** `entries` and the local files they import, directly or not (relative specifiers), sorted. */
export function localImports(...entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(ts|js|mjs)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const found = resolveLocal(file, m[1]!);
      if (found) queue.push(found);
    }
  }
  return [...seen].sort();
}

/**
 * The files the code run from `entries` is made of: the entries and the local modules they import,
 * then `root`'s package-lock.json when there is one (the version of every dependency).
 */
export function codeFiles(root: string, ...entries: string[]): string[] {
  const lock = join(root, 'package-lock.json');
  return [...localImports(...entries), ...(existsSync(lock) ? [lock] : [])];
}

/** Every file under `dir` (recursively), sorted; [] when it does not exist. */
export function filesUnder(dir: string, keep: (path: string) => boolean = () => true): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((p) => keep(p) && statSync(p).isFile())
    .sort();
}

/** One hash of the names (relative to `root`) and contents of `files`, and of `extra` text. */
export function fingerprint(root: string, files: string[], extra = ''): string {
  const h = createHash('sha256').update(extra);
  for (const f of files) h.update(`\0${relative(root, f).split('\\').join('/')}\0`).update(readFileSync(f));
  return h.digest('hex');
}
