// npm run bench: measures and prints; it is a benchmark, not a test (nothing here fails on a figure).
//
//   One table, a row per corpus: ingest time, Astro build time, Pagefind time, peak memory, page
//   count, dist/ size, Pagefind index size and HTML bytes per page type (gzip, mean per page), for
//   the shipped corpus (1x) and a synthetic corpus ten times larger (10x: every source repeated
//   with its wording perturbed, scripts/bench/corpus.ts). Each row is built in its own temporary
//   copy of the project (scripts/check/project-copy.ts) with empty Astro and Vite caches, so the
//   rows are comparable and the working content/ and dist/ are left alone. Times are wall clock of
//   each step's process; peak memory is that of its process tree (scripts/bench/measure.ts).
//   Then what MathML-only formulas save (scripts/bench/formulas.ts), and search timings in Chromium.
//
//   --quick      1x only, no 10x build
//   --no-search  skip the search benchmark
//   --search-only  only the search benchmark, on the dist/ already built (no rebuild)
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { benchSearch } from './search.ts';
import { ingest as runIngest } from '../ingest/ingest.ts';
import { multiplySources } from './corpus.ts';
import { measureFormulaOutput, type FormulaBytes } from './formulas.ts';
import { run, type Measured } from './measure.ts';
import { CACHES, projectCopy } from '../check/project-copy.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, 'no-search': { type: 'boolean', default: false }, 'search-only': { type: 'boolean', default: false } } });
const ROOT = process.cwd();

interface Row {
  corpus: string;
  questions: number;
  ingest: Measured;
  /** The ingest's own work (read, parse, normalize, classify; no Node start-up, no writing), best of 5 in this process. */
  ingestWorkMs: number;
  astro: Measured;
  pagefind: Measured;
  pages: number;
  distMiB: number;
  indexMiB: number;
  /** Mean gzip bytes of a page's HTML, per page type. */
  perType: Record<PageType, { pages: number; htmlGz: number }>;
  formulas?: FormulaBytes;
}

const PAGE_TYPES = ['question', 'topic', 'source', 'other'] as const;
type PageType = (typeof PAGE_TYPES)[number];

function pageType(rel: string): PageType {
  if (/^questions\/[^/]+\/[^/]+\/index\.html$/.test(rel)) return 'question';
  if (/^topics\/[^/]+\/index\.html$/.test(rel)) return 'topic';
  if (/^sources\/[^/]+\/index\.html$/.test(rel)) return 'source';
  return 'other'; // home, topic and source indexes, search, saved, practice, 404
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

/** Milliseconds of the ingest's own work on the copy's sources: best of 5 runs, nothing written. */
function ingestWork(dir: string): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    runIngest({ manifest: join(dir, 'content/sources/sources.json'), outDir: join(dir, 'content/questions'), topics: join(dir, 'content/topics.yaml'), write: false });
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

async function measureBuild(corpus: string, times: number): Promise<Row> {
  const dir = projectCopy(`atlas-bench-${corpus}-`, times > 1 ? (sources) => multiplySources(sources, times) : undefined);
  try {
    const node = process.execPath;
    const ingest = await run(node, ['scripts/ingest/cli.ts', '--quiet'], { cwd: dir });
    const ingestWorkMs = ingestWork(dir);
    // A cold Astro build in every row (the copy starts without caches; this says so explicitly).
    for (const c of CACHES) rmSync(join(dir, c), { recursive: true, force: true });
    const astro = await run(node, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { cwd: dir });
    const pagefind = await run(node, ['-e', "import('./scripts/pagefind.ts').then(m => m.indexSite('dist'))"], { cwd: dir });
    const dist = join(dir, 'dist');
    const files = walk(dist);
    const size = (fs: string[]) => fs.reduce((n, f) => n + statSync(f).size, 0);
    const perType = Object.fromEntries(PAGE_TYPES.map((t) => [t, { pages: 0, htmlGz: 0 }])) as Row['perType'];
    let pages = 0;
    for (const f of files) {
      const rel = relative(dist, f).split('\\').join('/');
      if (!rel.endsWith('.html')) continue;
      pages++;
      const t = perType[pageType(rel)];
      t.pages++;
      t.htmlGz += gzipSync(readFileSync(f)).length;
    }
    return {
      corpus,
      questions: walk(join(dir, 'content/questions')).filter((f) => f.endsWith('.md')).length,
      ingest,
      ingestWorkMs,
      astro,
      pagefind,
      pages,
      distMiB: mib(size(files)),
      indexMiB: mib(size(files.filter((f) => relative(dist, f).startsWith('pagefind')))),
      perType,
      formulas: times === 1 ? measureFormulaOutput(dist) : undefined,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number, d = 1) => (Number.isNaN(n) ? 'n/a' : n.toFixed(d));
const kib = (bytes: number) => fmt(bytes / 1024);
const peak = (r: Row) => Math.max(r.ingest.peakMiB, r.astro.peakMiB, r.pagefind.peakMiB);

function printTable(rows: Row[]) {
  const cols: [string, (r: Row) => string][] = [
    ['corpus', (r) => r.corpus],
    ['questions', (r) => String(r.questions)],
    ['ingest s', (r) => fmt(r.ingest.s)],
    ['ingest work ms', (r) => fmt(r.ingestWorkMs, 0)],
    ['astro s', (r) => fmt(r.astro.s)],
    ['pagefind s', (r) => fmt(r.pagefind.s)],
    ['peak MiB', (r) => fmt(peak(r), 0)],
    ['pages', (r) => String(r.pages)],
    ['dist MiB', (r) => fmt(r.distMiB)],
    ['index MiB', (r) => fmt(r.indexMiB, 2)],
    ...PAGE_TYPES.map((t): [string, (r: Row) => string] => [`${t} KiB`, (r) => (r.perType[t].pages ? kib(r.perType[t].htmlGz / r.perType[t].pages) : '-')]),
  ];
  const cells = rows.map((r) => cols.map(([, f]) => f(r)));
  const widths = cols.map(([h], i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (xs: string[]) => xs.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  console.log(line(cols.map(([h]) => h)));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
  console.log(
    '\ntimes: wall clock of each step (ingest: the CLI, Node start-up included; ingest work: the ingest function alone, best of 5, warm; astro: a cold `astro build`; pagefind: indexing dist/).' +
      '\npeak MiB: the largest of the three steps, each the peak resident memory of its process tree (sampled from /proc; n/a off Linux):',
  );
  for (const r of rows) console.log(`  ${r.corpus}: ingest ${fmt(r.ingest.peakMiB, 0)}, astro ${fmt(r.astro.peakMiB, 0)}, pagefind ${fmt(r.pagefind.peakMiB, 0)} MiB`);
  console.log('<type> KiB: HTML per page, gzip, mean over the pages of that type (other: home, indexes, search, saved, practice, 404).');
}

function printFormulas(f: FormulaBytes) {
  const kb = (x: { raw: number; gz: number }) => `${kib(x.raw)} KiB (${kib(x.gz)} KiB gzip)`;
  console.log(`\nformulas, on the question page with the most formula markup (${f.page}, ${f.formulas} formulas):`);
  console.log(`  as built, MathML only:           HTML ${kb(f.mathml)}; no stylesheet or font needed`);
  console.log(`  KaTeX's default htmlAndMathml:   HTML ${kb(f.htmlAndMathml)}, plus katex.min.css ${kb(f.katexCss)}`);
  console.log(`                                   and web fonts: KaTeX_Main-Regular + KaTeX_Math-Italic ${kib(f.fonts.mainAndMath)} KiB (woff2), of ${f.fonts.files} woff2 files (${kib(f.fonts.woff2)} KiB)`);
}

if (values['search-only']) {
  if (!existsSync(join(ROOT, 'dist/pagefind'))) throw new Error('no built site in dist/: run "npm run build" first');
  console.log('search in headless Chromium (dist/ as built):');
  await benchSearch(join(ROOT, 'dist'));
  process.exit(0);
}

const rows: Row[] = [];
console.log('bench: 1x (shipped sources), built in a temporary copy...');
rows.push(await measureBuild('1x', 1));
if (!values.quick) {
  console.log('bench: 10x (synthetic, generated in a temporary copy)...');
  rows.push(await measureBuild('10x', 10));
}
console.log('');
printTable(rows);
if (rows.length === 2) {
  const [a, b] = rows as [Row, Row];
  if (b.questions !== 10 * a.questions) console.log(`\nwarning: the 10x corpus has ${b.questions} questions, not ${10 * a.questions}: the perturbation broke a source`);
  console.log(
    `\ngrowth 1x -> 10x: questions x${fmt(b.questions / a.questions)}, ingest x${fmt(b.ingest.s / a.ingest.s)}, ` +
      `astro x${fmt(b.astro.s / a.astro.s)}, pagefind x${fmt(b.pagefind.s / a.pagefind.s)}, peak memory x${fmt(peak(b) / peak(a))}, ` +
      `dist x${fmt(b.distMiB / a.distMiB)}, index x${fmt(b.indexMiB / a.indexMiB)}`,
  );
}
if (rows[0]!.formulas) printFormulas(rows[0]!.formulas);
if (!values['no-search'] && existsSync(join(ROOT, 'dist/pagefind'))) {
  console.log('\nsearch in headless Chromium (the working dist/, as built by npm run build):');
  await benchSearch(join(ROOT, 'dist'));
}
