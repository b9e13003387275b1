// npm run bench: measures and prints; it is a benchmark, not a test (nothing here fails on a figure).
//
//   ingest time (own work, warm, median of 5), Astro build time, Pagefind time, peak memory,
//   page count, dist/ size, Pagefind index size, bytes per page type (gzip), for the shipped
//   corpus (1x) and a synthetic corpus ten times larger (10x, generated from the real one in a
//   temporary copy of the project; nothing is committed); then search timings in Chromium.
//
//   --quick      1x only, no 10x build
//   --no-search  skip the search benchmark
//   --search-only  only the search benchmark, on the dist/ already built (no rebuild)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { ingest } from '../ingest/ingest.ts';
import { benchSearch } from './search.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, 'no-search': { type: 'boolean', default: false }, 'search-only': { type: 'boolean', default: false } } });
const ROOT = process.cwd();

interface Row {
  corpus: string;
  questions: number;
  ingestMs: number;
  astroS: number;
  astroPeakMiB: number;
  pagefindS: number;
  pagefindPeakMiB: number;
  pages: number;
  distMiB: number;
  indexMiB: number;
  perType: Record<string, { pages: number; htmlGz: number }>;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function ingestMs(root: string): { ms: number; questions: number } {
  const manifest = join(root, 'content/sources/sources.json');
  const topics = join(root, 'content/topics.yaml');
  let questions = 0;
  const runs: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    const r = ingest({ manifest, outDir: join(root, 'content/questions'), topics, write: false });
    runs.push(performance.now() - t);
    questions = r.files.length;
  }
  return { ms: median(runs.slice(1)), questions }; // the first run pays for module warm-up
}

/** Runs a command under GNU time to get its wall time and peak resident memory. */
function timed(cmd: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { s: number; peakMiB: number } {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'PEAK_KB %M', ...cmd], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const s = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  const kb = Number(/PEAK_KB (\d+)/.exec(r.stderr)?.[1] ?? 0);
  return { s, peakMiB: kb / 1024 };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

const mib = (bytes: number) => bytes / 1024 / 1024;

function pageType(rel: string): string {
  if (/^questions\/[^/]+\/[^/]+\//.test(rel)) return 'question'; // not the trimmed-URL pages questions/ and questions/<source>/
  if (rel.startsWith('topics/')) return rel === 'topics/index.html' ? 'topics index' : 'topic';
  if (rel.startsWith('sources/')) return rel === 'sources/index.html' ? 'sources index' : 'source';
  if (rel === 'index.html') return 'home';
  return 'other';
}

function measureBuild(root: string, corpus: string): Row {
  const { ms, questions } = ingestMs(root);
  spawnSync(process.execPath, ['scripts/ingest/cli.ts', '--quiet'], { cwd: root, stdio: 'inherit' });
  const astro = timed([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--silent'], root);
  const pf = timed([process.execPath, '-e', "import('./scripts/pagefind.ts').then(m => m.indexSite('dist'))"], root);
  const dist = join(root, 'dist');
  const files = walk(dist);
  const size = (fs: string[]) => fs.reduce((n, f) => n + statSync(f).size, 0);
  const index = files.filter((f) => relative(dist, f).startsWith('pagefind/'));
  const perType: Row['perType'] = {};
  let pages = 0;
  for (const f of files) {
    const rel = relative(dist, f);
    if (!rel.endsWith('.html')) continue;
    pages++;
    const t = pageType(rel);
    perType[t] ??= { pages: 0, htmlGz: 0 };
    perType[t].pages++;
    perType[t].htmlGz += gzipSync(readFileSync(f)).length;
  }
  return {
    corpus,
    questions,
    ingestMs: ms,
    astroS: astro.s,
    astroPeakMiB: astro.peakMiB,
    pagefindS: pf.s,
    pagefindPeakMiB: pf.peakMiB,
    pages,
    distMiB: mib(size(files)),
    indexMiB: mib(size(index)),
    perType,
  };
}

/** A copy of the project whose sources are each repeated ten times under new ids. */
function syntheticProject(times: number): string {
  const dir = mkdtempSync(join(tmpdir(), `atlas-bench-${times}x-`));
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'scripts', 'src', 'public']) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(ROOT, 'content/topics.yaml'), join(dir, 'content/topics.yaml'));
  mkdirSync(join(dir, 'content/sources'), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ROOT, 'content/sources/sources.json'), 'utf8')) as { sources: { id: string; title: string; file: string }[] };
  const sources = [];
  for (const s of manifest.sources) {
    const text = readFileSync(join(ROOT, 'content/sources', s.file), 'utf8');
    for (let k = 1; k <= times; k++) {
      const file = `${k}-${s.file}`;
      // Same text, new source: its questions get new URLs, so the site really has 10x the pages.
      writeFileSync(join(dir, 'content/sources', file), text);
      sources.push({ ...s, id: `${s.id}-${k}`, title: `${s.title} (copy ${k})`, file });
    }
  }
  writeFileSync(join(dir, 'content/sources/sources.json'), JSON.stringify({ sources }, null, 2));
  return dir;
}

const fmt = (n: number, d = 1) => n.toFixed(d);
function printTable(rows: Row[]) {
  const cols: [string, (r: Row) => string][] = [
    ['corpus', (r) => r.corpus],
    ['questions', (r) => String(r.questions)],
    ['ingest ms', (r) => fmt(r.ingestMs, 0)],
    ['astro s', (r) => fmt(r.astroS)],
    ['astro peak MiB', (r) => fmt(r.astroPeakMiB, 0)],
    ['pagefind s', (r) => fmt(r.pagefindS)],
    ['pagefind peak MiB', (r) => fmt(r.pagefindPeakMiB, 0)],
    ['pages', (r) => String(r.pages)],
    ['dist MiB', (r) => fmt(r.distMiB)],
    ['index MiB', (r) => fmt(r.indexMiB, 2)],
  ];
  const cells = rows.map((r) => cols.map(([, f]) => f(r)));
  const widths = cols.map(([h], i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (xs: string[]) => xs.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  console.log(line(cols.map(([h]) => h)));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
  console.log('\nHTML bytes per page type (gzip, mean per page):');
  const types = [...new Set(rows.flatMap((r) => Object.keys(r.perType)))];
  for (const t of types) {
    console.log(
      `  ${t.padEnd(14)} ` +
        rows.map((r) => (r.perType[t] ? `${r.corpus}: ${fmt(r.perType[t].htmlGz / r.perType[t].pages / 1024, 1)} KiB x ${r.perType[t].pages}` : '')).join('   '),
    );
  }
}

if (values['search-only']) {
  if (!existsSync(join(ROOT, 'dist/pagefind'))) throw new Error('no built site in dist/: run "npm run build" first');
  console.log('search in headless Chromium (dist/ as built):');
  await benchSearch(join(ROOT, 'dist'));
  process.exit(0);
}
const rows: Row[] = [];
console.log('bench: 1x (shipped sources)...');
rows.push(measureBuild(ROOT, '1x'));
if (!values.quick) {
  console.log('bench: 10x (synthetic, generated in a temporary folder)...');
  const dir = syntheticProject(10);
  try {
    rows.push(measureBuild(dir, '10x'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    // The copy shared node_modules, where Astro caches content: drop that cache of the 10x corpus.
    rmSync(join(ROOT, 'node_modules/.astro'), { recursive: true, force: true });
  }
}
console.log('');
printTable(rows);
if (rows.length === 2) {
  const [a, b] = rows as [Row, Row];
  console.log(
    `\ngrowth 1x -> 10x: questions x${fmt(b.questions / a.questions)}, ingest x${fmt(b.ingestMs / a.ingestMs)}, ` +
      `astro x${fmt(b.astroS / a.astroS)}, pagefind x${fmt(b.pagefindS / a.pagefindS)}, dist x${fmt(b.distMiB / a.distMiB)}, index x${fmt(b.indexMiB / a.indexMiB)}`,
  );
}
if (!values['no-search'] && existsSync(join(ROOT, 'dist/pagefind'))) {
  console.log('\nsearch in headless Chromium (dist/ of the 1x build):');
  await benchSearch(join(ROOT, 'dist'));
}
