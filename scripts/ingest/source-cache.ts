// What the readers made of each source, kept between runs of the ingest (`npm run build` passes
// --cache): after one answer is edited, only its source is parsed again. An entry is read back
// only for the same reader input (format, source id, path, text, words file) read by the same
// code (every local module the readers import, and package-lock.json for remark and micromark),
// so a stale entry can never be used. Files are written atomically; a run that stops halfway
// leaves only whole files behind.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeFiles, fingerprint, sha256 } from '../../src/lib/fingerprint.ts';
import type { ReaderInput, ReaderResult } from './model.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const READERS = fileURLToPath(new URL('./readers/index.ts', import.meta.url));

/** The key of the code that reads sources. */
const codeKey = () => fingerprint(ROOT, codeFiles(ROOT, READERS));

export class SourceCache {
  readonly dir: string;
  readonly #code: string;
  readonly #used = new Set<string>();

  constructor(dir: string) {
    this.dir = dir;
    this.#code = codeKey();
  }

  /** The key of one reader input: what a reader is given, and by which code it is read. */
  key(format: string, input: ReaderInput): string {
    return sha256(JSON.stringify([this.#code, format, input.sourceId, input.file, input.words ?? null, input.text]));
  }

  get(key: string): ReaderResult | undefined {
    this.#used.add(key);
    try {
      return JSON.parse(readFileSync(join(this.dir, `${key}.json`), 'utf8')) as ReaderResult;
    } catch {
      return undefined;
    }
  }

  set(key: string, result: ReaderResult): void {
    mkdirSync(this.dir, { recursive: true });
    const file = join(this.dir, `${key}.json`);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(result));
    renameSync(tmp, file);
  }

  /** Removes what this run did not read, once it outnumbers what it read (old versions of edited sources). */
  prune(): void {
    if (!existsSync(this.dir)) return;
    const files = readdirSync(this.dir).filter((f) => f.endsWith('.json'));
    if (files.length <= 2 * this.#used.size) return;
    for (const f of files) if (!this.#used.has(f.slice(0, -5))) rmSync(join(this.dir, f), { force: true });
  }
}
