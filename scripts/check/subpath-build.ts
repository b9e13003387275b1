// The test build: the site under the sub-path /atlas/, from the shipped sources plus the unsafe
// test source (tests/fixtures/unsafe-source.md). `npm run check:subpath` builds it and checks it
// like dist/; the sub-path and safety browser tests serve it. It is built in a temporary copy of
// the project (project-copy.ts), so the fixture never reaches content/ or dist/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectCopy, ROOT } from './project-copy.ts';

export const SUBPATH_BASE = '/atlas/';
export const SUBPATH_SITE = 'https://example.org';
export const SUBPATH_DIR = 'dist-subpath';
export const UNSAFE_FIXTURE = 'tests/fixtures/unsafe-source.md';
/** The manifest entry of the unsafe test source; its questions live at /atlas/questions/unsafe-fixture/<slug>/. */
export const UNSAFE_SOURCE = {
  id: 'unsafe-fixture',
  title: 'Unsafe test source',
  file: 'unsafe-source.md',
  format: 'markdown',
  origin: 'tests/fixtures/unsafe-source.md (test build only)',
};

/** Adds the unsafe source to a copy's content/sources/ and its manifest. */
function addUnsafeSource(sourcesDir: string) {
  cpSync(join(ROOT, UNSAFE_FIXTURE), join(sourcesDir, UNSAFE_SOURCE.file));
  const manifestFile = join(sourcesDir, 'sources.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { sources: object[] };
  manifest.sources.push(UNSAFE_SOURCE);
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
}

/** Builds the test site into `out` (relative to the project root); returns the seconds it took. */
export function buildSubpathSite(out = SUBPATH_DIR, opts: { quiet?: boolean } = {}): number {
  const started = performance.now();
  const target = resolve(ROOT, out);
  rmSync(target, { recursive: true, force: true });
  const dir = projectCopy('atlas-subpath-', addUnsafeSource);
  try {
    const r = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: dir,
      env: { ...process.env, ATLAS_BASE: SUBPATH_BASE, ATLAS_SITE: SUBPATH_SITE, ATLAS_OUT_DIR: 'dist', ATLAS_ONLY: '', ATLAS_SKIP_INGEST: '' },
      stdio: opts.quiet ? 'pipe' : 'inherit',
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`the sub-path test build failed (exit ${r.status ?? r.signal})\n${r.stdout ?? ''}\n${r.stderr ?? ''}`);
    // Moved into place whole, so a reader never sees half a build. Two test files may build at
    // once on a fresh checkout: the first to finish wins, the other's copy is dropped.
    try {
      renameSync(join(dir, 'dist'), target);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EXDEV') cpSync(join(dir, 'dist'), target, { recursive: true });
      else if (!existsSync(join(target, 'index.html'))) throw e;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return (performance.now() - started) / 1000;
}

function mtime(p: string): number {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * The test build for the browser tests: the one `npm run check:subpath` made if it is there and
 * not older than dist/, else a fresh one. Returns its folder.
 */
export function ensureSubpathSite(): string {
  const index = join(ROOT, SUBPATH_DIR, 'index.html');
  if (mtime(index) < 0 || mtime(index) < mtime(join(ROOT, 'dist', 'index.html'))) buildSubpathSite(SUBPATH_DIR, { quiet: true });
  return join(ROOT, SUBPATH_DIR);
}
