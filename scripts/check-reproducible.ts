// npm run check:reproducible: builds the site a second time from the same content/questions/
// into another folder and checks that every file is byte-identical to dist/ (run after
// `npm run build`, as `npm test` does). Prints the files that differ and exits 1 if any do.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const A = process.env.ATLAS_OUT_DIR ?? 'dist';
const B = `${A}-repro`;

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

rmSync(B, { recursive: true, force: true });
const started = performance.now();
const r = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env: { ...process.env, ATLAS_SKIP_INGEST: '1', ATLAS_OUT_DIR: B } });
if (r.status !== 0) process.exit(r.status ?? 1);
const a = files(A);
const b = files(B);
const differ = [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
const secs = ((performance.now() - started) / 1000).toFixed(0);
if (differ.length) {
  console.error(`check:reproducible: ${differ.length} of ${a.size} files differ between ${A}/ and ${B}/:`);
  for (const f of differ.slice(0, 50)) console.error(`  ${f}${!a.has(f) ? ' (only in second build)' : !b.has(f) ? ' (only in first build)' : ''}`);
  process.exit(1);
}
rmSync(B, { recursive: true, force: true });
console.log(`check:reproducible: a second build is byte-identical (${a.size} files, ${secs} s)`);
