// Renders many answers at once over every core: worker threads (render-worker.ts) that each build
// the site's renderer once and take answers a few at a time, so both cores stay busy to the end.
// Each rendered answer goes to the render cache, where the loader reads it back.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Fewer answers than this are rendered in the calling thread: starting a worker costs more. */
export const MIN_FOR_WORKERS = 48;
/** Answers handed to a worker at a time. */
const BATCH = 8;

/** Renders `todo` (key -> Markdown) into the cache of `pipeline`; returns the number of workers used. */
export async function renderInWorkers(todo: Map<string, string>, opts: { base: string; pipeline: string }): Promise<number> {
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(todo.size / MIN_FOR_WORKERS)));
  const queue = [...todo];
  await Promise.all(
    Array.from({ length: workers }, () => {
      const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: opts });
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
    }),
  );
  return workers;
}
