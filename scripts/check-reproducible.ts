// npm run check:reproducible: builds the site a second time, cold (ATLAS_COLD: ingest run again,
// every answer rendered again, no cache of any build step used), into another folder and checks
// that every file is byte-identical to dist/ (run after `npm run build`, as `npm test` does). So
// it checks both that builds are reproducible and that a build from the caches (dist/, often
// warm) is what a build without them gives. The ingest writes content/questions/ again: its files
// are hashed before and after, so a difference is pinned on the ingest or on the site build.
// Prints what differs and exits 1 if any does.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const A = process.env.ATLAS_OUT_DIR || 'dist';
const B = `${A}-repro`;
const CONTENT = 'content/questions';

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

function differing(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
}

function report(what: string, list: string[], a: Map<string, string>, b: Map<string, string>) {
  console.error(`check:reproducible: ${list.length} of ${a.size} ${what}:`);
  for (const f of list.slice(0, 50)) console.error(`  ${f}${!a.has(f) ? ' (only in second run)' : !b.has(f) ? ' (only in first run)' : ''}`);
}

if (!existsSync(join(A, 'index.html'))) {
  console.error(`check:reproducible: ${A}/index.html not found: build the site first (npm run build)`);
  process.exit(1);
}
rmSync(B, { recursive: true, force: true });
const started = performance.now();
const contentBefore = files(CONTENT);
const r = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env: { ...process.env, ATLAS_SKIP_INGEST: '', ATLAS_COLD: '1', ATLAS_OUT_DIR: B } });
if (r.status !== 0) process.exit(r.status ?? 1);
const contentAfter = files(CONTENT);
const a = files(A);
const b = files(B);
const ingestDiffer = differing(contentBefore, contentAfter);
const differ = differing(a, b);
const secs = ((performance.now() - started) / 1000).toFixed(0);
if (ingestDiffer.length) report(`ingested files in ${CONTENT}/ differ from those ${A}/ was built from`, ingestDiffer, contentBefore, contentAfter);
if (differ.length) report(`files differ between ${A}/ and ${B}/`, differ, a, b);
if (ingestDiffer.length || differ.length) process.exit(1);
rmSync(B, { recursive: true, force: true });
console.log(`check:reproducible: a second build, cold (ingest included, no cache), is byte-identical (${contentAfter.size} ingested files, ${a.size} built files, ${secs} s)`);
