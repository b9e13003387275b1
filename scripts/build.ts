// npm run build: ingest -> astro build -> Pagefind index over the output folder, redoing only
// what changed since the last build (README, "Builds"):
//   - the ingest is skipped when content/ (sources, topics, id lock) and its code are unchanged
//     and content/questions/ is as it wrote it (scripts/build/ingest-step.ts); when it runs, it
//     parses only the sources that changed (scripts/ingest/source-cache.ts);
//   - each answer is rendered once and kept (src/lib/content/questions-loader.ts, answer-cache.ts);
//   - the Pagefind index is reused when every page is byte for byte the same (scripts/pagefind.ts),
//     then made into the search bundle the site loads (scripts/search-bundle/);
//   - astro build and Pagefind are skipped altogether when nothing the site is built from changed
//     and the output folder is still as they wrote it (scripts/build/site-step.ts).
// When the ingest runs, Astro starts at the same time on the other core (loading its config and
// code) and its questions loader waits for the ingest to finish before it reads the questions.
// Caches live in node_modules/.cache/ (git-ignored). Options, as environment variables:
//   ATLAS_ONLY=id,id     build a subset of the sources (quicker while working on one)
//   ATLAS_SKIP_INGEST=1  reuse content/questions/ as it is (e.g. a second build under another base)
//   ATLAS_COLD=1         use no cache at all: ingest, render every answer, index (what
//                        check:reproducible compares a normal build with)
//   ATLAS_REBUILD=1      build the site even when nothing it reads changed (from the caches)
//   ATLAS_OUT_DIR=dir    write somewhere other than dist/
//   ATLAS_BUILD_REPORT=file  also write the steps and their times there as JSON (npm run bench)
//   ATLAS_SITE, ATLAS_BASE  where the site will be hosted (see README)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { indexSite } from './pagefind.ts';
import { ingestNeeded, runIngestStep } from './build/ingest-step.ts';
import { recordSite, siteChanged, siteInputs } from './build/site-step.ts';
import { writeServiceWorker } from './build/service-worker.ts';
import { siteConfig } from '../src/lib/site-config.ts';
import { finishSearchBundle } from './search-bundle/index.ts';
import { recompressBundle } from './search-bundle/recompress.ts';
import { describeLoad, type LoadReport } from '../src/lib/content/load-report.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'atlas-build');
const env = process.env;
const outDir = env.ATLAS_OUT_DIR || 'dist';
const out = resolve(ROOT, outDir);
const cold = Boolean(env.ATLAS_COLD);
const started = performance.now();

const steps: { step: string; s: number; note: string }[] = [];
async function step(name: string, work: () => Promise<string>) {
  const t = performance.now();
  const note = await work();
  steps.push({ step: name, s: (performance.now() - t) / 1000, note });
}

let astroChild: ReturnType<typeof spawn> | undefined;
function astroBuild(extraEnv: Record<string, string>): Promise<void> {
  // A larger young generation: fewer garbage collections while Astro builds (measured: 0.6 to
  // 1 s less CPU on a warm build of 886 questions, and less peak memory, not more).
  const args = ['--max-semi-space-size=32', 'node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', outDir, ...(cold ? ['--force'] : [])];
  // Vite's bundler (Rolldown, native code) allocates with mimalloc, which by default commits its
  // arenas eagerly: pages it never uses again count in the process's memory through the whole page
  // generation. Committed on demand, a cold build peaks at 638-655 MiB instead of 804-825 (3 runs
  // each, same time), a rebuild's Astro at 495 instead of 640-680 MiB.
  const allocator = { MIMALLOC_ARENA_EAGER_COMMIT: env.MIMALLOC_ARENA_EAGER_COMMIT ?? '0' };
  return new Promise((done, fail) => {
    const child = (astroChild = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...env, ...allocator, ...extraEnv } }));
    child.on('error', fail);
    child.on('close', (code, signal) => (code === 0 ? done() : fail(new Error(`astro build failed (exit ${code ?? signal})`))));
  });
}

/** astro build, then the Pagefind index, once `ingest` (if running) is done; records what the site was built from. */
async function buildSite(ingest: Promise<void> | undefined) {
  const scratch = mkdtempSync(join(tmpdir(), 'atlas-build-'));
  const gate = join(scratch, 'questions-ready');
  const report = join(scratch, 'questions.json');
  // The loader waits for the gate file: "ok" once the ingest has written the questions. Only then
  // is the old output moved aside (a failed ingest leaves it as it was) and removed while Astro
  // builds, instead of Astro emptying it first.
  let removing: Promise<void> = Promise.resolve();
  const opened = (ingest ?? Promise.resolve()).then(
    () => {
      const old = existsSync(out) ? `${out}.old-${process.pid}` : undefined;
      if (old) renameSync(out, old);
      if (old) removing = rm(old, { recursive: true, force: true });
      writeFileSync(gate, 'ok');
    },
    (e: unknown) => {
      astroChild?.kill(); // it has nothing to build: the ingest's message is the one to read
      writeFileSync(gate, 'failed');
      throw e;
    },
  );
  const astro = step('astro', async () => {
    await astroBuild({ ATLAS_QUESTIONS_GATE: gate, ATLAS_LOADER_REPORT: report, ...(cold ? { ATLAS_ANSWER_CACHE: join(scratch, 'answers') } : {}) });
    if (!existsSync(report)) return 'the questions loader reported nothing';
    return describeLoad(JSON.parse(readFileSync(report, 'utf8')) as LoadReport);
  });
  const [ingested, built] = await Promise.allSettled([opened, astro]);
  if (ingested.status === 'rejected') throw ingested.reason;
  if (built.status === 'rejected') throw built.reason;
  rmSync(scratch, { recursive: true, force: true });
  await step('pagefind', async () => {
    const r = await indexSite(outDir, { cacheDir: cold ? undefined : CACHE });
    finishSearchBundle(outDir);
    const saved = await recompressBundle(join(outDir, 'pagefind'), cold ? undefined : CACHE);
    if (saved) console.log(`search bundle: WebAssembly and metadata recompressed with Zopfli, ${(saved / 1024).toFixed(1)} KiB smaller`);
    return r.reused ? `${r.pages} pages unchanged: index reused` : `${r.pages} pages indexed`;
  });
  await step('worker', async () => {
    const w = writeServiceWorker(out, siteConfig(env).base);
    return `sw.js ${w.version}: ${w.shell} files precached (${(w.shellBytes / 1024).toFixed(0)} KiB), ${w.files} more to download`;
  });
  await removing;
  recordSite({ cacheDir: CACHE, outDir: out, inputs: siteInputs(ROOT, outDir) });
}

if (!env.ATLAS_SITE) console.warn('warning: ATLAS_SITE is not set: canonical URLs, the sitemap and robots.txt will point at http://localhost:4321 (see README, Hosting)');
try {
  if (ROOT === out || ROOT.startsWith(`${out}${sep}`) || existsSync(join(out, 'package.json'))) throw new Error(`ATLAS_OUT_DIR=${outDir}: that is not a build output folder`);
  const ingestOptions = { root: ROOT, cacheDir: CACHE, only: env.ATLAS_ONLY ?? '', force: cold };
  const why = env.ATLAS_SKIP_INGEST ? undefined : ingestNeeded(ingestOptions);
  let ingest: Promise<void> | undefined;
  if (why) ingest = step('ingest', () => runIngestStep(ingestOptions).then(() => `ran (${why})`));
  else if (!env.ATLAS_SKIP_INGEST) steps.push({ step: 'ingest', s: (performance.now() - started) / 1000, note: 'skipped (sources, topics and ingest code unchanged)' });
  let build = 'the ingest runs';
  if (!ingest) {
    await step('check', async () => {
      build = cold ? 'cold' : env.ATLAS_REBUILD ? 'ATLAS_REBUILD' : (siteChanged({ root: ROOT, cacheDir: CACHE, outDir: out, inputs: siteInputs(ROOT, outDir) }) ?? '');
      return build ? `the site is built: ${build}` : `nothing the site is built from changed and ${outDir}/ is as the last build wrote it: astro and pagefind skipped`;
    });
  }
  if (build) await buildSite(ingest);
} catch (e) {
  const failed = /^(astro build|the ingest) failed/.test((e as Error).message);
  console.error(`\n${failed ? (e as Error).message : (e as Error).stack}`);
  process.exit(1);
}
console.log(`\nbuild: ${((performance.now() - started) / 1000).toFixed(1)} s${cold ? ' (cold: no cache used)' : ''}`);
for (const s of steps) console.log(`  ${s.step.padEnd(8)} ${s.s.toFixed(1).padStart(5)} s  ${s.note}`);
if (env.ATLAS_BUILD_REPORT) writeFileSync(env.ATLAS_BUILD_REPORT, JSON.stringify({ cold, steps }, null, 2));
