// The site step of `npm run build` (astro build, then Pagefind) is skipped when nothing it reads
// has changed since it last wrote the output folder, and that folder is still exactly what it
// wrote: then the build would write the same bytes again (builds are reproducible, which
// check:reproducible checks).
//
// What it reads: src/, public/, content/ (the generated questions, topics, the manifest), the
// config files at the root (astro.config.mjs and every local module it imports, tsconfig.json,
// package.json, .env files), the installed packages (package-lock.json and npm's record of what
// node_modules holds, node_modules/.package-lock.json), the scripts of this step (build.ts,
// pagefind.ts and what they import), the environment the site reads (ATLAS_*, ASTRO_*, PUBLIC_*,
// NODE_ENV) and the Node version. Fingerprints are of contents, never of times.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { filesUnder, fingerprint, localImports, sha256 } from '../../src/lib/fingerprint.ts';

interface Stamp {
  inputs: string;
  output: string;
}

/** The variables of the environment the build or the site may read. */
const READ_ENV = /^(ATLAS_|ASTRO_|PUBLIC_|NODE_ENV$)/;

/** What the site is built from, and the output folder. */
export function siteInputs(root: string, outDir: string): string {
  const rootFiles = readdirSync(root).filter((f) => /^(astro\.config\.mjs|tsconfig\.json|package\.json|package-lock\.json|\.env.*)$/.test(f));
  const files = new Set([
    ...['src', 'public', 'content'].flatMap((d) => filesUnder(join(root, d), (p) => !/[\\/]content[\\/]questions\.[^\\/]*[\\/]/.test(p))),
    ...rootFiles.map((f) => join(root, f)),
    ...localImports(join(root, 'astro.config.mjs'), join(root, 'scripts', 'build.ts'), join(root, 'scripts', 'pagefind.ts')),
    ...[join(root, 'node_modules', '.package-lock.json')].filter(existsSync),
  ]);
  const env = Object.entries(process.env)
    .filter(([k]) => READ_ENV.test(k) && !/^ATLAS_(BUILD_REPORT|LOADER_REPORT|SKIP_INGEST|COLD|REBUILD)$/.test(k))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return fingerprint(root, [...files].sort(), JSON.stringify({ env, node: process.version, outDir }));
}

export const siteOutput = (outDir: string) => fingerprint(outDir, filesUnder(outDir));

const stampFile = (cacheDir: string, outDir: string) => join(cacheDir, `site-${sha256(outDir).slice(0, 12)}.json`);

function readStamp(file: string): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

/** Why the site must be built, or undefined when the output folder already is this build. */
export function siteChanged(opts: { root: string; cacheDir: string; outDir: string; inputs: string }): string | undefined {
  const stamp = readStamp(stampFile(opts.cacheDir, opts.outDir));
  if (!stamp) return 'no earlier build recorded';
  if (stamp.inputs !== opts.inputs) return 'its inputs changed';
  if (!existsSync(opts.outDir) || stamp.output !== siteOutput(opts.outDir)) return `${relative(opts.root, opts.outDir) || opts.outDir}/ is not what it wrote`;
  return undefined;
}

export function recordSite(opts: { cacheDir: string; outDir: string; inputs: string }): void {
  const file = stampFile(opts.cacheDir, opts.outDir);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ inputs: opts.inputs, output: siteOutput(opts.outDir) } satisfies Stamp));
}
