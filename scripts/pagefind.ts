// Builds the Pagefind index for a built site folder with Pagefind's Node API.
// What gets indexed is decided in the markup (data-pagefind-body / -ignore / -meta / -filter).
//
// With a cache folder, the finished bundle is kept under the fingerprint of everything it is made
// from: every HTML file of the site (names and bytes), Pagefind's version and this code. A build
// whose pages are byte for byte the same as an earlier one's gets that earlier bundle back
// instead of indexing again; any other build indexes.
import * as pagefind from 'pagefind';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stabilizePagefind } from './pagefind-stable.ts';
import { packFolder, unpackFolder } from './build/folder-pack.ts';
import { readEntry, wasmFiles } from './search-bundle/bundle-files.ts';
import { filesUnder, fingerprint, localImports } from '../src/lib/fingerprint.ts';

// Pagefind also writes its ready-made UIs and its own search client (pagefind.js, its worker);
// the site has its own search UI and client (src/scripts/search/pagefind-client.ts), so these
// (~450 KB) would only be dead weight on the host.
const UNUSED = /^pagefind(?:-component-ui|-modular-ui|-ui|-highlight|-worker)?\.(?:js|css)$/;
const OPTIONS = { forceLanguage: 'en' };
const ROOT = resolve(import.meta.dirname, '..');

/** Whether Pagefind's entry file is whole: waits a little for it to be. */
async function entryWritten(bundle: string): Promise<boolean> {
  for (let waited = 0; waited <= 3000; waited += 100) {
    try {
      JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return false;
}

async function index(siteDir: string): Promise<number> {
  const bundle = join(siteDir, 'pagefind');
  let added: { page_count: number; errors: string[] };
  // Once in CI, under heavy load, writeFiles returned with pagefind-entry.json still empty and it
  // stayed so: then the index is written again (it is deterministic), rather than failing the build.
  for (let attempt = 1; ; attempt++) {
    const { index, errors } = await pagefind.createIndex(OPTIONS);
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    await pagefind.close();
    if (await entryWritten(bundle)) break;
    if (attempt === 2) throw new Error(`pagefind: ${bundle}/pagefind-entry.json was left incomplete twice`);
    console.warn('pagefind: pagefind-entry.json was left incomplete; writing the index again');
  }
  stabilizePagefind(bundle);
  // And the WebAssembly of every language but the index's (forceLanguage: only "en" is read).
  const wasm = new Set(wasmFiles(readEntry(bundle)));
  for (const f of readdirSync(bundle)) if (UNUSED.test(f) || (/^wasm\..*\.pagefind$/.test(f) && !wasm.has(f))) rmSync(join(bundle, f));
  return added.page_count;
}

/** The fingerprint of what the bundle of `siteDir` is made from. */
export function indexKey(siteDir: string): string {
  const pages = filesUnder(siteDir, (p) => p.endsWith('.html') && !p.startsWith(join(siteDir, 'pagefind')));
  const version = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'pagefind', 'package.json'), 'utf8')).version as string;
  const code = localImports(join(ROOT, 'scripts', 'pagefind.ts'));
  return fingerprint(ROOT, code, `${version} ${JSON.stringify(OPTIONS)}`) + fingerprint(siteDir, pages).slice(0, 32);
}

export async function indexSite(siteDir: string, opts: { cacheDir?: string } = {}): Promise<{ pages: number; reused: boolean }> {
  const key = opts.cacheDir ? indexKey(siteDir) : '';
  const packFile = opts.cacheDir ? join(opts.cacheDir, 'pagefind.pack') : '';
  const metaFile = `${packFile}.json`;
  if (opts.cacheDir && existsSync(packFile) && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { key: string; pages: number };
    if (meta.key === key) {
      rmSync(join(siteDir, 'pagefind'), { recursive: true, force: true });
      unpackFolder(readFileSync(packFile), join(siteDir, 'pagefind'));
      console.log(`pagefind: the site's pages are unchanged, so is their index (${meta.pages} pages, from ${opts.cacheDir})`);
      return { pages: meta.pages, reused: true };
    }
  }
  const pages = await index(siteDir);
  console.log(`pagefind: indexed ${pages} pages into ${join(siteDir, 'pagefind')}`);
  if (opts.cacheDir) {
    // The key goes last, so that a build stopped halfway leaves no key next to another bundle.
    mkdirSync(opts.cacheDir, { recursive: true });
    rmSync(metaFile, { force: true });
    writeFileSync(`${packFile}.tmp`, packFolder(join(siteDir, 'pagefind')));
    renameSync(`${packFile}.tmp`, packFile);
    writeFileSync(`${metaFile}.tmp`, JSON.stringify({ key, pages }));
    renameSync(`${metaFile}.tmp`, metaFile);
  }
  return { pages, reused: false };
}
