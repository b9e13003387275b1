// npm run build: ingest -> astro build -> Pagefind index over the output folder, redoing only
// what changed since the last build (README, "Builds"):
//   - the ingest is skipped when content/ (sources, topics, id lock) and its code are unchanged
//     and content/questions/ is as it wrote it (scripts/build/ingest-step.ts);
//   - each answer is rendered once and kept (src/lib/content/questions-loader.ts, answer-cache.ts);
//   - the Pagefind index is reused when every page is byte for byte the same (scripts/pagefind.ts);
//   - astro build and Pagefind are skipped altogether when nothing the site is built from changed
//     and the output folder is still as they wrote it (scripts/build/site-step.ts).
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
import { ingestStep } from './build/ingest-step.ts';
import { recordSite, siteChanged, siteInputs } from './build/site-step.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'atlas-build');
const env = process.env;
const outDir = env.ATLAS_OUT_DIR || 'dist';
const cold = Boolean(env.ATLAS_COLD);
const rebuild = Boolean(env.ATLAS_REBUILD);

interface Step {
  step: string;
  s: number;
  note: string;
}
const steps: Step[] = [];
async function step(name: string, work: () => Promise<string>) {
  const started = performance.now();
  const note = await work();
  steps.push({ step: name, s: (performance.now() - started) / 1000, note });
}

function astroBuild(extraEnv: Record<string, string>): Promise<void> {
  // A larger young generation: fewer garbage collections while Astro builds (measured: 0.6 to
  // 1 s less CPU on a warm build of 886 questions, and less peak memory, not more).
  const args = ['--max-semi-space-size=32', 'node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', outDir, ...(cold ? ['--force'] : [])];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...env, ...extraEnv } });
    child.on('error', fail);
    child.on('close', (code, signal) => (code === 0 ? done() : fail(new Error(`astro build failed (exit ${code ?? signal})`))));
  });
}

/** astro build, then the Pagefind index; records what the site was built from. */
async function buildSite(out: string, inputs: string) {
  // The old output is moved aside and removed while Astro builds, instead of Astro emptying it first.
  const old = existsSync(out) ? `${out}.old-${process.pid}` : undefined;
  if (old) renameSync(out, old);
  const removing = old ? rm(old, { recursive: true, force: true }) : Promise.resolve();
  const scratch = mkdtempSync(join(tmpdir(), 'atlas-build-'));
  const loaderReport = join(scratch, 'questions.json');
  await step('astro', async () => {
    await astroBuild({ ATLAS_LOADER_REPORT: loaderReport, ...(cold ? { ATLAS_ANSWER_CACHE: join(scratch, 'answers') } : {}) });
    if (!existsSync(loaderReport)) return 'the questions loader reported nothing';
    const q = JSON.parse(readFileSync(loaderReport, 'utf8')) as { questions: number; unchanged: number; cached: number; rendered: number; threads: number };
    return `${q.questions} questions: ${q.unchanged} unchanged, ${q.cached} answers from the render cache, ${q.rendered} rendered${q.threads > 1 ? ` on ${q.threads} threads` : ''}`;
  });
  rmSync(scratch, { recursive: true, force: true });
  await step('pagefind', async () => {
    const r = await indexSite(outDir, { cacheDir: cold ? undefined : CACHE });
    return r.reused ? `${r.pages} pages unchanged: index reused` : `${r.pages} pages indexed`;
  });
  await removing;
  recordSite({ cacheDir: CACHE, outDir: out, inputs });
}

if (!env.ATLAS_SITE) console.warn('warning: ATLAS_SITE is not set: canonical URLs, the sitemap and robots.txt will point at http://localhost:4321 (see README, Hosting)');
try {
  if (!env.ATLAS_SKIP_INGEST) {
    await step('ingest', async () => {
      const r = await ingestStep({ root: ROOT, cacheDir: CACHE, only: env.ATLAS_ONLY ?? '', force: cold });
      return r.ran ? `ran (${r.reason})` : `skipped (${r.reason})`;
    });
  }
  const out = resolve(ROOT, outDir);
  if (ROOT === out || ROOT.startsWith(`${out}${sep}`) || existsSync(join(out, 'package.json'))) throw new Error(`ATLAS_OUT_DIR=${outDir}: that is not a build output folder`);
  let inputs = '';
  let why: string | undefined = 'cold';
  await step('check', async () => {
    inputs = siteInputs(ROOT, outDir);
    if (!cold) why = rebuild ? 'ATLAS_REBUILD' : siteChanged({ root: ROOT, cacheDir: CACHE, outDir: out, inputs });
    return why ? `the site is built: ${why}` : `nothing the site is built from changed and ${outDir}/ is as the last build wrote it: astro and pagefind skipped`;
  });
  if (why) await buildSite(out, inputs);
} catch (e) {
  const failed = /^(astro build|the ingest) failed/.test((e as Error).message);
  console.error(`\n${failed ? (e as Error).message : (e as Error).stack}`);
  process.exit(1);
}
const total = steps.reduce((n, s) => n + s.s, 0);
console.log(`\nbuild: ${total.toFixed(1)} s${cold ? ' (cold: no cache used)' : ''}`);
for (const s of steps) console.log(`  ${s.step.padEnd(8)} ${s.s.toFixed(1).padStart(5)} s  ${s.note}`);
if (env.ATLAS_BUILD_REPORT) writeFileSync(env.ATLAS_BUILD_REPORT, JSON.stringify({ cold, steps }, null, 2));
