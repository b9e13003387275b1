// The render cache: each answer as pages use it (answer.ts: its HTML and plain texts), stored
// under a key made of the answer's Markdown and of everything that decides how it renders. A
// cached answer is only ever read back for the same Markdown made by the same pipeline, so a
// stale cache cannot produce a wrong page. The pipeline's key covers:
//   - the renderer's settings as data (plugins in order with their options: KaTeX options, the
//     base path of links, the Shiki themes, GFM, smartypants), from src/lib/markdown/render.ts;
//   - the text of every local module an answer is made with (render-answer.ts, render.ts, plugins.ts,
//     describe.ts and what they import), so a change to a plugin's code is a new pipeline;
//   - package-lock.json, so a new version of any dependency (KaTeX, Shiki, remark, rehype) is too.
// Files live in node_modules/.cache/atlas-answers/<pipeline>/ (git-ignored, dropped by `npm ci`),
// written atomically, so a build that stops halfway leaves only whole files behind.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rendererSettings } from '../markdown/render.ts';
import { codeFiles, fingerprint, sha256 } from '../fingerprint.ts';
import type { Answer } from './answer.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');
export const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'atlas-answers');
/** The module that makes an answer; its local imports are followed from here. */
const ANSWER_MODULE = join(ROOT, 'src', 'lib', 'content', 'render-answer.ts');
/** Pipelines kept side by side (e.g. the site at / and under a sub-path); older ones are removed. */
const KEEP_PIPELINES = 3;

/** The key of the pipeline that renders answers for a site built under `base`. */
export function pipelineKey(base = '/'): string {
  return fingerprint(ROOT, codeFiles(ROOT, ANSWER_MODULE), JSON.stringify(rendererSettings(base))).slice(0, 20);
}

/** An answer's key: its Markdown under a pipeline. */
export const answerKey = (pipeline: string, markdown: string) => sha256(`${pipeline}\0${markdown}`);

export class AnswerCache {
  readonly pipeline: string;
  readonly root: string;
  readonly dir: string;
  constructor(pipeline: string, root = CACHE_DIR) {
    this.pipeline = pipeline;
    this.root = root;
    this.dir = join(root, pipeline);
  }

  #file(key: string) {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): Answer | undefined {
    let text: string;
    try {
      text = readFileSync(this.#file(key), 'utf8');
    } catch {
      return undefined;
    }
    return JSON.parse(text) as Answer;
  }

  has(key: string): boolean {
    return existsSync(this.#file(key));
  }

  set(key: string, answer: Answer): void {
    const file = this.#file(key);
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, JSON.stringify(answer));
    renameSync(tmp, file);
  }

  /**
   * Removes answers no build needs any more: in this pipeline, those not in `used` once they
   * outnumber the used ones (old versions of edited answers); and whole pipelines beyond the
   * KEEP_PIPELINES most recently used (a changed plugin or setting leaves its old pipeline behind).
   */
  prune(used: Set<string>): void {
    const parent = dirname(this.dir);
    const others = readdirSync(parent).filter((p) => p !== this.pipeline && existsSync(join(parent, p, '.used')));
    others.sort((a, b) => statSync(join(parent, b, '.used')).mtimeMs - statSync(join(parent, a, '.used')).mtimeMs);
    for (const old of others.slice(KEEP_PIPELINES - 1)) rmSync(join(parent, old), { recursive: true, force: true });
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, '.used'), '');
    const files = readdirSync(this.dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
    if (files.length <= 2 * used.size) return;
    for (const f of files) if (!used.has(f.slice(3, -5))) rmSync(join(this.dir, f), { force: true });
  }
}
