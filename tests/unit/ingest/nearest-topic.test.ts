// A question the topics file cannot place takes its nearest placed questions' topic
// (scripts/ingest/nearest-topic.ts).
import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '../../../scripts/ingest/concepts/features.ts';
import { neighbourVotes } from '../../../scripts/ingest/nearest-topic.ts';

const corpus: [string, string, number | undefined][] = [
  ['What is FlashAttention?', 'A fused GPU kernel for attention that tiles the computation in SRAM and avoids reading HBM.', 0],
  ['What is mixed precision training?', 'Computing in fp16 or bf16 on the GPU with an fp32 master copy of the weights.', 0],
  ['What is a tokenizer?', 'Splits text into tokens, subword units such as BPE pieces.', 1],
  ['What is BPE?', 'Byte-pair encoding merges the most frequent pair of tokens into a new subword token.', 1],
  ['What is a CUDA kernel?', 'A function that runs on the GPU over a grid of thread blocks, with fast SRAM shared memory.', undefined],
  ['What is a haiku?', 'A Japanese poem of seventeen syllables.', undefined],
];
const votes = neighbourVotes(
  conceptFeatures(corpus.map(([title, text], i) => ({ id: `s/${i}`, title, text }))),
  corpus.map(([, , t]) => t),
  2,
);

describe('neighbour votes', () => {
  it('give an unplaced question the topics of the placed questions most like it', () => {
    const v = votes[4]!;
    expect(v[0]).toBeGreaterThan(v[1]!);
    expect(v[0]! + v[1]!).toBeCloseTo(1);
  });

  it('are none for a question like no placed one, and for placed questions', () => {
    expect(votes[5]).toBeUndefined();
    expect(votes.slice(0, 4)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
