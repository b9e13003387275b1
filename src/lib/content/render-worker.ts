// One worker of render-pool.ts: makes the answer (answer.ts) of each [key, Markdown] of a batch it
// is sent, writes it to the render cache, and asks for the next batch.
import { parentPort, workerData } from 'node:worker_threads';
import { AnswerCache } from './answer-cache.ts';
import { renderAnswer } from './render-answer.ts';

const { base, pipeline, root } = workerData as { base: string; pipeline: string; root: string };
const cache = new AnswerCache(pipeline, root);
parentPort!.on('message', async (batch: [string, string][]) => {
  for (const [key, markdown] of batch) cache.set(key, await renderAnswer(markdown, base));
  parentPort!.postMessage('done');
});
