// One measured build of a copy of the project: `node scripts/build.ts` as a whole (wall time, CPU
// time, peak memory of its process tree, measure.ts), with its steps' times from its report
// (ATLAS_BUILD_REPORT) and its own summary of what each step did (ingest skipped, answers
// rendered, index reused, ...).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run, type Measured } from './measure.ts';

/** What a cold project build starts without: output, generated Markdown and every cache. */
export const PROJECT_COLD = ['dist', 'content/questions', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache'];

export const clean = (dir: string, paths: string[]) => paths.forEach((p) => rmSync(join(dir, p), { recursive: true, force: true }));

export interface Build extends Measured {
  /** Seconds per step (ingest, astro, pagefind). */
  steps: Record<string, number>;
  /** What each step did, one line. */
  notes: string;
}

/** The summary scripts/build.ts prints last, as one line. */
function stepNotes(output: string): string {
  const at = output.lastIndexOf('\nbuild: ');
  return at < 0 ? '' : output.slice(at + 1).trim().split('\n').slice(1).map((l) => l.trim().replace(/\s+/g, ' ')).join('; ');
}

/** `rebuild`: build the site even if nothing changed (ATLAS_REBUILD), as from a change to a page's code. */
export async function buildProject(dir: string, opts: { rebuild?: boolean } = {}): Promise<Build> {
  const report = join(dir, 'node_modules', 'build-report.json');
  const env = { ATLAS_BUILD_REPORT: report, ATLAS_SITE: 'http://localhost:4321', ATLAS_BASE: '', ATLAS_ONLY: '', ATLAS_COLD: '', ATLAS_SKIP_INGEST: '', ATLAS_OUT_DIR: '', ATLAS_REBUILD: opts.rebuild ? '1' : '' };
  const m = await run(process.execPath, ['scripts/build.ts'], { cwd: dir, env });
  const { steps } = JSON.parse(readFileSync(report, 'utf8')) as { steps: { step: string; s: number }[] };
  return { ...m, steps: Object.fromEntries(steps.map((s) => [s.step, s.s])), notes: stepNotes(m.output) };
}
