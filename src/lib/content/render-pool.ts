// Renders many answers at once over every core: this thread and worker threads
// (render-worker.ts), each with the site's renderer built once, take answers a few at a time
// from one queue, so all cores stay busy to the end. Each answer goes to the render cache,
// where the loader reads it back.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnswerCache } from './answer-cache.ts';
import { renderAnswer } from './render-answer.ts';

/**
 * Answers per thread: a worker first spends about as long as rendering 300 answers on starting
 * and on warming up (each thread compiles the pipeline's code again), so below about a thousand
 * answers a second thread costs more CPU than it saves time, and on a busy machine it is slower.
 * Measured: 886 answers in 2.0 s on this thread alone, 2.5 s with a worker; 3,544 in 9.2 s
 * alone, 14 s with a worker with the other core busy.
 */
const PER_THREAD = 1000;
/** Answers handed to a worker at a time. */
const BATCH = 8;

/** Renders `todo` (key -> Markdown) into `cache`; returns the number of threads used. */
export async function renderAll(todo: Map<string, string>, opts: { base: string; cache: AnswerCache; perThread?: number }): Promise<number> {
  const threads = Math.max(1, Math.min(availableParallelism(), Math.floor(todo.size / (opts.perThread ?? PER_THREAD))));
  const queue = [...todo];
  const workers = Array.from({ length: threads - 1 }, () => {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { base: opts.base, pipeline: opts.cache.pipeline, root: opts.cache.root } });
    return new Promise<void>((resolve, reject) => {
      let done = false;
      const next = () => {
        const batch = queue.splice(0, BATCH);
        if (batch.length) return worker.postMessage(batch);
        done = true;
        void worker.terminate();
      };
      worker.on('message', next);
      worker.on('error', reject);
      worker.on('exit', (code) => (done ? resolve() : reject(new Error(`an answer render worker stopped (exit code ${code})`))));
      next();
    });
  });
  for (let item = queue.shift(); item; item = queue.shift()) {
    opts.cache.set(item[0], await renderAnswer(item[1], opts.base));
    // Rendering settles in microtasks: without a turn of the event loop, the workers' requests
    // for their next batch would wait until this thread had rendered everything itself.
    await new Promise((next) => setImmediate(next));
  }
  await Promise.all(workers);
  return threads;
}
