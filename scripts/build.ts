// npm run build: ingest -> astro build -> Pagefind index over dist/.
import { spawnSync } from 'node:child_process';
import { indexSite } from './pagefind.ts';

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

const outDir = process.env.ATLAS_OUT_DIR ?? 'dist';
// ATLAS_ONLY=id,id builds a subset of the sources (quicker while working on one).
run(process.execPath, ['scripts/ingest/cli.ts', ...(process.env.ATLAS_ONLY ? ['--only', process.env.ATLAS_ONLY] : [])]);
run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', ...(outDir !== 'dist' ? ['--outDir', outDir] : [])]);
await indexSite(outDir);
