// npm run bench: measures and prints; it is a benchmark, not a test (nothing here fails on a figure).
//
//   (default)      one table, a row per corpus: the shipped sources (1x) and a synthetic corpus ten
//                  times larger (10x: every source repeated with its wording perturbed, corpus.ts),
//                  each built in its own temporary copy of the project cold (no output, no cache),
//                  warm (nothing changed) and after editing one answer (corpus-row.ts); then what
//                  MathML-only formulas save (formulas.ts) and search timings in Chromium (search.ts)
//   --peer         the project's build against Astro Starlight's on the same Markdown, built in
//                  turn (A B A B), cold and warm, with the ratio of each pair (compare.ts): the
//                  figure to quote. --pairs N: how many pairs (default 3)
//   --scale N      one row for a corpus N times the shipped one (e.g. 100: 88,600 questions); alone
//   --quick        1x only, no 10x build
//   --no-search    skip the search benchmark
//   --search-only  only the search benchmark, on the dist/ already built (no rebuild)
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchSearch } from './search.ts';
import { comparePeer } from './compare.ts';
import { measureCorpus, PAGE_TYPES, type Row } from './corpus-row.ts';
import type { FormulaBytes } from './formulas.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    'search-only': { type: 'boolean', default: false },
    peer: { type: 'boolean', default: false },
    pairs: { type: 'string', default: '3' },
    scale: { type: 'string' },
  },
});
const ROOT = process.cwd();

const fmt = (n: number, d = 1) => (Number.isNaN(n) ? 'n/a' : n.toFixed(d));
const kib = (bytes: number) => fmt(bytes / 1024);
const step = (b: Row['cold'], name: string) => fmt(b.steps[name] ?? 0);

function printTable(rows: Row[]) {
  const cols: [string, (r: Row) => string][] = [
    ['corpus', (r) => r.corpus],
    ['questions', (r) => String(r.questions)],
    ['cold s', (r) => fmt(r.cold.s)],
    ['ingest s', (r) => step(r.cold, 'ingest')],
    ['astro s', (r) => step(r.cold, 'astro')],
    ['pagefind s', (r) => step(r.cold, 'pagefind')],
    ['cold cpu s', (r) => fmt(r.cold.cpuS)],
    ['peak MiB', (r) => fmt(r.cold.peakMiB, 0)],
    ['warm s', (r) => fmt(r.warm.s)],
    ['rebuilt s', (r) => fmt(r.rebuilt.s)],
    ['edit s', (r) => fmt(r.edit.s)],
    ['ingest work ms', (r) => fmt(r.ingestWorkMs, 0)],
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
    '\ncold: `node scripts/build.ts` with no output, generated Markdown or cache (ingest, astro, pagefind: its steps); warm: again, nothing changed;' +
      '\nrebuilt: the site built again anyway (ATLAS_REBUILD: astro and pagefind run, every answer from the caches);' +
      '\nedit: again after adding a sentence to one answer in a source. Wall clock; cpu: user + system time of the whole process tree;' +
      '\npeak MiB: largest resident memory of the cold build\'s process tree (sampled from /proc; n/a off Linux); ingest work: the ingest function alone, best of 5, warm.',
  );
  for (const r of rows) {
    console.log(`  ${r.corpus}: peak MiB cold ${fmt(r.cold.peakMiB, 0)}, warm ${fmt(r.warm.peakMiB, 0)}, rebuilt ${fmt(r.rebuilt.peakMiB, 0)}, edit ${fmt(r.edit.peakMiB, 0)}; cpu s cold ${fmt(r.cold.cpuS)}, rebuilt ${fmt(r.rebuilt.cpuS)}, edit ${fmt(r.edit.cpuS)}`);
    for (const [k, b] of [['cold', r.cold], ['warm', r.warm], ['rebuilt', r.rebuilt], ['edit', r.edit]] as const) console.log(`    ${k}: ${b.notes}`);
    for (const p of r.problems) console.log(`    warning: ${p}`);
  }
  console.log('<type> KiB: HTML per page, gzip, mean over the pages of that type (other: home, indexes, search, saved, practice, 404).');
}

function printFormulas(f: FormulaBytes) {
  const kb = (x: { raw: number; gz: number }) => `${kib(x.raw)} KiB (${kib(x.gz)} KiB gzip)`;
  console.log(`\nformulas, on the question page with the most formula markup (${f.page}, ${f.formulas} formulas):`);
  console.log(`  as built, MathML only:           HTML ${kb(f.mathml)}; no stylesheet or font needed`);
  console.log(`  KaTeX's default htmlAndMathml:   HTML ${kb(f.htmlAndMathml)}, plus katex.min.css ${kb(f.katexCss)}`);
  console.log(`                                   and web fonts: KaTeX_Main-Regular + KaTeX_Math-Italic ${kib(f.fonts.mainAndMath)} KiB (woff2), of ${f.fonts.files} woff2 files (${kib(f.fonts.woff2)} KiB)`);
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

if (values['search-only']) {
  if (!existsSync(join(ROOT, 'dist/pagefind'))) throw new Error('no built site in dist/: run "npm run build" first');
  console.log('search in headless Chromium (dist/ as built):');
  await benchSearch(join(ROOT, 'dist'));
  process.exit(0);
}

if (values.peer) {
  console.log(`load average at the start: ${load()}`);
  await comparePeer(Math.max(1, Number(values.pairs)));
  process.exit(0);
}

const rows: Row[] = [];
if (values.scale) {
  const n = Number(values.scale);
  console.log(`bench: ${n}x (synthetic, generated in a temporary copy); load average ${load()} ...`);
  rows.push(await measureCorpus(`${n}x`, n, { ingestWork: false }));
} else {
  console.log(`bench: 1x (shipped sources), built in a temporary copy; load average ${load()} ...`);
  rows.push(await measureCorpus('1x', 1, { ingestWork: true }));
  if (!values.quick) {
    console.log(`bench: 10x (synthetic, generated in a temporary copy); load average ${load()} ...`);
    rows.push(await measureCorpus('10x', 10, { ingestWork: true }));
  }
}
console.log(`\nload average at the end: ${load()} (2 cores: figures taken above ~2 are disturbed by other work)\n`);
printTable(rows);
if (rows.length === 2) {
  const [a, b] = rows as [Row, Row];
  if (b.questions !== 10 * a.questions) console.log(`\nwarning: the 10x corpus has ${b.questions} questions, not ${10 * a.questions}: the perturbation broke a source`);
  console.log(
    `\ngrowth 1x -> 10x: questions x${fmt(b.questions / a.questions)}, cold build x${fmt(b.cold.s / a.cold.s)} (goal <= 10), ` +
      `ingest x${fmt(b.cold.steps.ingest! / a.cold.steps.ingest!)}, astro x${fmt(b.cold.steps.astro! / a.cold.steps.astro!)}, pagefind x${fmt(b.cold.steps.pagefind! / a.cold.steps.pagefind!)}, ` +
      `peak memory x${fmt(b.cold.peakMiB / a.cold.peakMiB)} (${fmt(b.cold.peakMiB, 0)} MiB; goal <= 1536), dist x${fmt(b.distMiB / a.distMiB)}, index x${fmt(b.indexMiB / a.indexMiB)}`,
  );
}
if (rows[0]!.formulas) printFormulas(rows[0]!.formulas);
if (!values.scale && !values['no-search'] && existsSync(join(ROOT, 'dist/pagefind'))) {
  console.log('\nsearch in headless Chromium (the working dist/, as built by npm run build):');
  await benchSearch(join(ROOT, 'dist'));
}
