// The ingest step of `npm run build`, skipped when nothing it reads has changed since it last
// wrote content/questions/, and those files are still exactly what it wrote.
//
// What it reads: every file of content/ except content/questions/ (sources, manifest, id lock,
// topics, any data file added later), the code of the ingest (scripts/ingest/cli.ts and every
// local module it imports, src/lib/schema.ts among them), package-lock.json, and --only. The
// stamp (node_modules/.cache/atlas-build/ingest.json) holds the fingerprints of those inputs and
// of the files it wrote, both taken after it ran (it may add ids to content/sources/ids.lock.json).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { codeFiles, filesUnder, fingerprint } from '../../src/lib/fingerprint.ts';

interface Stamp {
  inputs: string;
  outputs: string;
}

export function ingestInputs(root: string, only: string): string {
  const content = join(root, 'content');
  const data = filesUnder(content, (p) => !p.startsWith(join(content, 'questions')));
  const code = codeFiles(root, join(root, 'scripts', 'ingest', 'cli.ts'), ...filesUnder(join(root, 'scripts', 'ingest')));
  return fingerprint(root, [...data, ...code], `only=${only}`);
}

export const ingestOutputs = (root: string) => fingerprint(root, filesUnder(join(root, 'content', 'questions')));

function readStamp(file: string): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

function runIngest(root: string, only: string, sourceCache?: string): Promise<void> {
  // A young generation of 16 MiB semi-spaces, not Node's larger default: the ingest's short-lived
  // garbage is collected sooner instead of piling up while it runs beside Astro's start. Measured
  // alone (peak RSS, time): 238-252 MiB in 3.0-3.1 s instead of 317-357 MiB in 3.2-3.4 s; at 10x the
  // corpus 596-617 MiB in 20.7-23.7 s instead of 672-807 MiB in 20.5-21.8 s (8 MiB: 27-31 s there).
  const args = ['--max-semi-space-size=16', 'scripts/ingest/cli.ts', ...(only ? ['--only', only] : []), ...(sourceCache ? ['--cache', sourceCache] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`the ingest failed (exit ${code ?? signal})`))));
  });
}

interface IngestOptions {
  root: string;
  cacheDir: string;
  only: string;
  force: boolean;
}

/** Why the ingest must run, or undefined when its stamp shows it would write the same files again. */
export function ingestNeeded(opts: IngestOptions): string | undefined {
  if (opts.force) return 'forced';
  const stamp = readStamp(join(opts.cacheDir, 'ingest.json'));
  if (!stamp) return 'no earlier ingest recorded';
  if (stamp.inputs !== ingestInputs(opts.root, opts.only)) return 'sources, topics or ingest code changed';
  if (stamp.outputs !== ingestOutputs(opts.root)) return 'content/questions/ is not what it wrote';
  return undefined;
}

/** Runs the ingest and records what it read and wrote. */
export async function runIngestStep(opts: IngestOptions): Promise<void> {
  // What the readers made of each source is kept in the cache folder (not by a cold build).
  await runIngest(opts.root, opts.only, opts.force ? undefined : join(opts.cacheDir, 'sources'));
  const stampFile = join(opts.cacheDir, 'ingest.json');
  mkdirSync(dirname(stampFile), { recursive: true });
  const next: Stamp = { inputs: ingestInputs(opts.root, opts.only), outputs: ingestOutputs(opts.root) };
  writeFileSync(stampFile, JSON.stringify(next));
}
