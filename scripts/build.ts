// npm run build: ingest -> astro build -> Pagefind index over the output folder.
//   ATLAS_ONLY=id,id     build a subset of the sources (quicker while working on one)
//   ATLAS_SKIP_INGEST=1  reuse content/questions/ (e.g. a second build under another base)
//   ATLAS_OUT_DIR=dir    write somewhere other than dist/
//   ATLAS_SITE, ATLAS_BASE  where the site will be hosted (see README)
import { spawnSync } from 'node:child_process';
import { indexSite } from './pagefind.ts';
import { finishSearchBundle } from './search-bundle/index.ts';

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

const outDir = process.env.ATLAS_OUT_DIR ?? 'dist';
if (!process.env.ATLAS_SITE) console.warn('warning: ATLAS_SITE is not set: canonical URLs, the sitemap and robots.txt will point at http://localhost:4321 (see README, Hosting)');
if (!process.env.ATLAS_SKIP_INGEST) {
  run(process.execPath, ['scripts/ingest/cli.ts', ...(process.env.ATLAS_ONLY ? ['--only', process.env.ATLAS_ONLY] : [])]);
}
run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', outDir]);
await indexSite(outDir);
finishSearchBundle(outDir);
