// The build's last step: the service worker (<out>/sw.js) and its list of files
// (<out>/offline.json), written from what the output folder holds after Pagefind (see
// offline-files.ts for what is precached and what may be downloaded). The worker's code is
// src/service-worker/worker.js; this step puts its version, base path and shell first.
// Pure function of the output folder and the base: a build that changes nothing writes the same
// bytes (check:reproducible), and a skipped site step leaves the worker it wrote last.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { offlineFiles } from './offline-files.ts';

const WORKER = resolve(import.meta.dirname, '..', '..', 'src', 'service-worker', 'worker.js');

export function writeServiceWorker(outDir: string, base: string): { version: string; shell: number; shellBytes: number; files: number; bytes: number } {
  const list = offlineFiles(outDir);
  writeFileSync(join(outDir, 'offline.json'), JSON.stringify(list));
  const head = [`const VERSION = ${JSON.stringify(list.version)};`, `const BASE = ${JSON.stringify(base)};`, `const SHELL = ${JSON.stringify(list.shell.map((f) => f.path))};`].join('\n');
  writeFileSync(join(outDir, 'sw.js'), `${head}\n${readFileSync(WORKER, 'utf8')}`);
  const sum = (fs: { bytes: number }[]) => fs.reduce((n, f) => n + f.bytes, 0);
  return { version: list.version, shell: list.shell.length, shellBytes: sum(list.shell), files: list.files.length, bytes: sum(list.files) };
}
