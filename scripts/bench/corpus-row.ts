// One row of the bench table: a corpus (the shipped sources, or each repeated n times with its
// wording perturbed, corpus.ts) built in its own temporary copy of the project: cold (no output,
// no generated Markdown, no cache), then warm (nothing changed), then after editing one answer
// (edit.ts); and, between the two, the site built again from the caches with nothing changed
// (ATLAS_REBUILD: Astro copies the pages whose code and keys are unchanged). Each build is `node scripts/build.ts`, measured as a whole (project-build.ts).
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ingest as runIngest } from '../ingest/ingest.ts';
import { multiplySources } from './corpus.ts';
import { measureFormulaOutput, type FormulaBytes } from './formulas.ts';
import { checkEdit, editOneAnswer, questionHashes } from './edit.ts';
import { buildProject, clean, PROJECT_COLD, type Build } from './project-build.ts';
import { projectCopy } from '../check/project-copy.ts';

export const PAGE_TYPES = ['question', 'topic', 'source', 'other'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface Row {
  corpus: string;
  questions: number;
  cold: Build;
  warm: Build;
  /** The site built again with nothing changed (ATLAS_REBUILD): everything from the caches. */
  rebuilt: Build;
  edit: Build;
  /** The ingest's own work (read, parse, normalize, classify; no Node start-up, no writing), best of 5 in this process; 1x and 10x only. */
  ingestWorkMs: number;
  pages: number;
  distMiB: number;
  indexMiB: number;
  /** Mean gzip bytes of a page's HTML, per page type. */
  perType: Record<PageType, { pages: number; htmlGz: number }>;
  formulas?: FormulaBytes;
  problems: string[];
}

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

export async function measureCorpus(corpus: string, times: number, opts: { ingestWork: boolean }): Promise<Row> {
  const dir = projectCopy(`atlas-bench-${corpus}-`, times > 1 ? (sources) => multiplySources(sources, times) : undefined);
  try {
    clean(dir, PROJECT_COLD);
    const cold = await buildProject(dir);
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
    const measured = { pages, distMiB: mib(size(files)), indexMiB: mib(size(files.filter((f) => relative(dist, f).startsWith('pagefind')))), perType };
    const formulas = times === 1 ? measureFormulaOutput(dist) : undefined;
    const warm = await buildProject(dir);
    const rebuilt = await buildProject(dir, { rebuild: true });
    const hashes = questionHashes(dir);
    const edit = editOneAnswer(dir);
    const edited = await buildProject(dir);
    const problem = checkEdit(dir, edit, hashes, true);
    return {
      corpus,
      questions: hashes.size,
      cold,
      warm,
      rebuilt,
      edit: edited,
      ingestWorkMs: opts.ingestWork ? ingestWork(dir) : NaN,
      ...measured,
      formulas,
      problems: problem ? [problem] : [],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
