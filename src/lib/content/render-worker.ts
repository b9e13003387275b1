// One worker of render-pool.ts: renders each batch of [key, Markdown] it is sent with the site's
// renderer, writes the HTML to the render cache, and asks for the next batch.
import { parentPort, workerData } from 'node:worker_threads';
import { AnswerCache } from './answer-cache.ts';
import { answerRenderer } from '../markdown/render.ts';

const { base, pipeline } = workerData as { base: string; pipeline: string };
const cache = new AnswerCache(pipeline);
const renderer = await answerRenderer(base);
parentPort!.on('message', async (batch: [string, string][]) => {
  for (const [key, markdown] of batch) cache.set(key, await renderer.render(markdown));
  parentPort!.postMessage('done');
});
