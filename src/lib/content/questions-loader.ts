// The questions collection: one entry per generated file content/questions/<source>/<slug>.md,
// with its answer already made (answer.ts: `answerHtml(entry)`, `answerText(entry)`, ...; Astro's
// `render(entry)` shows the same HTML), so any page can show any question's answer, and
// `render(entry)` needs no module per entry (Astro's deferRender compiles each file as a Vite
// module while bundling, which was most of the build).
//
// Nothing is done twice between builds:
//   - an entry whose file and render pipeline are unchanged keeps its data store record as it is
//     (its digest covers both), so a warm build parses and renders nothing;
//   - a new or changed answer is read from the render cache (answer-cache.ts) when any earlier
//     build rendered the same Markdown with the same pipeline; the rest are rendered, over every
//     core when there are many (render-pool.ts), and added to the cache.
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { normalizeBase } from '../site-config.ts';
import { asRendered } from './render-answer.ts';
import { AnswerCache, answerKey, CACHE_DIR, pipelineKey, ROOT } from './answer-cache.ts';
import { renderAll } from './render-pool.ts';
import { describeLoad, type LoadReport } from './load-report.ts';

export interface QuestionFile {
  id: string;
  /** Path from the project root, forward slashes. */
  filePath: string;
  contents: string;
}

/** The Markdown files under `dir`, sorted by id ("<source>/<slug>"). */
export function questionFiles(dir: string): QuestionFile[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
  return names
    .map((f) => f.split('\\').join('/'))
    .sort()
    .map((f) => ({ id: f.replace(/\.md$/, ''), filePath: relative(ROOT, join(dir, f)).split('\\').join('/'), contents: readFileSync(join(dir, f), 'utf8') }));
}

/** Frontmatter and body of a question file, split the way Astro splits a Markdown entry. */
export function splitEntry(contents: string): { data: Record<string, unknown>; body: string } {
  const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
  return { data: parsed.frontmatter, body: parsed.content.trim() };
}

/**
 * Waits until `gate` exists (scripts/build.ts starts Astro while the ingest still writes the
 * questions, and writes the gate when it is done): "ok", or the ingest failed.
 */
async function waitForQuestions(gate: string): Promise<void> {
  while (!existsSync(gate)) await new Promise((next) => setTimeout(next, 20));
  if (readFileSync(gate, 'utf8') !== 'ok') throw new Error('the ingest failed: no questions to load');
}

export function questionsLoader(options: { dir: string }): Loader {
  return {
    name: 'questions-loader',
    async load({ store, parseData, generateDigest, logger, config }) {
      if (process.env.ATLAS_QUESTIONS_GATE) await waitForQuestions(process.env.ATLAS_QUESTIONS_GATE);
      const base = normalizeBase(config.base);
      const pipeline = pipelineKey(base);
      // ATLAS_ANSWER_CACHE: another cache folder (scripts/build.ts gives a cold build an empty one).
      const cache = new AnswerCache(pipeline, process.env.ATLAS_ANSWER_CACHE ?? CACHE_DIR);
      const used = new Set<string>();
      const seen = new Set<string>();
      const changed: { file: QuestionFile; digest: string; data: Record<string, unknown>; body: string; key: string }[] = [];
      const dir = resolve(ROOT, options.dir);
      if (!existsSync(dir)) logger.warn(`${options.dir} does not exist: run \`npm run ingest\` (npm run build does) to write the questions`);
      for (const file of questionFiles(dir)) {
        seen.add(file.id);
        const digest = generateDigest(`${pipeline}\0${file.contents}`);
        const stored = store.get(file.id);
        if (stored?.digest === digest) {
          used.add(answerKey(pipeline, stored.body ?? ''));
          continue;
        }
        const { data, body } = splitEntry(file.contents);
        const key = answerKey(pipeline, body);
        used.add(key);
        changed.push({ file, digest, data, body, key });
      }
      const todo = new Map(changed.filter((c) => !cache.has(c.key)).map((c) => [c.key, c.body]));
      const threads = todo.size ? await renderAll(todo, { base, cache }) : 0;
      for (const { file, digest, data, body, key } of changed) {
        const answer = cache.get(key);
        if (!answer) throw new Error(`the answer of ${file.filePath} was rendered but is not in the render cache (${cache.dir})`);
        const parsed = await parseData({ id: file.id, data, filePath: join(ROOT, file.filePath) });
        store.set({ id: file.id, data: parsed, body, filePath: file.filePath, digest, rendered: asRendered(answer) });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      cache.prune(used);
      const report: LoadReport = { questions: seen.size, unchanged: seen.size - changed.length, cached: changed.length - todo.size, rendered: todo.size, threads };
      logger.info(describeLoad(report));
      // ATLAS_LOADER_REPORT: where scripts/build.ts reads these counts (Astro runs with --silent there).
      const reportFile = process.env.ATLAS_LOADER_REPORT;
      if (reportFile) {
        writeFileSync(`${reportFile}.tmp`, JSON.stringify(report));
        renameSync(`${reportFile}.tmp`, reportFile);
      }
    },
  };
}
