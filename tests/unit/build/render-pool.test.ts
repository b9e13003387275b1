// Answers rendered by the worker threads of render-pool.ts must be exactly what this thread
// renders (the site's renderer, built in each worker from the same modules): a page never
// depends on which thread rendered its answer.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AnswerCache, answerKey, pipelineKey } from '../../../src/lib/content/answer-cache.ts';
import { renderAnswer } from '../../../src/lib/content/render-answer.ts';
import { renderAll } from '../../../src/lib/content/render-pool.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-pool-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// What answers hold: formulas inline and displayed, Python, a table, a heading, a labelled block,
// raw HTML (shown as text), a root-relative link (gets the base).
const KINDS = [
  'The loss is $L = -\\sum_i y_i \\log \\hat{y}_i$, minimised by gradient descent.',
  '$$\n\\text{Attention}(Q, K, V) = \\text{softmax}\\left(\\frac{QK^T}{\\sqrt{d_k}}\\right)V\n$$',
  '```python\nimport torch\n\ndef attention(q, k, v):\n    return torch.softmax(q @ k.T / k.shape[-1] ** 0.5, dim=-1) @ v\n```',
  '| Metric | Formula |\n| --- | --- |\n| Precision | TP / (TP + FP) |\n| Recall | TP / (TP + FN) |',
  '#### Why it matters\n\nBias and variance trade off.\n\n> **Follow-up**\n>\n> What about dropout?',
  'Use <script>alert(1)</script> never; see [the topic](/topics/nlp/).',
];

describe('renderAll', () => {
  it('renders every answer over several threads exactly as this thread renders it', async () => {
    const base = '/atlas/';
    const pipeline = pipelineKey(base);
    const cache = new AnswerCache(pipeline, root);
    const answers = Array.from({ length: 120 }, (_, i) => `${KINDS[i % KINDS.length]}\n\nAnswer ${i}.`);
    const todo = new Map(answers.map((md) => [answerKey(pipeline, md), md]));
    const threads = await renderAll(todo, { base, cache, perThread: 48 }); // as many threads as 120 answers make worth it at 48 each
    expect(threads).toBe(Math.min(availableParallelism(), 2));
    for (const [key, md] of todo) expect(cache.get(key)).toEqual(await renderAnswer(md, base));
  }, 120_000);
});
