// A new source, ingested next to the shipped ones with no code change (in a temporary copy of
// content/sources/): tests/fixtures/systems-source.md, about GPU memory, parallelism, CUDA kernels
// and ML compilers, which the shipped sources barely ask, lands in the topics a reader would look
// in, not in "Other"; and a second small source asking questions the shipped ones ask joins their
// concepts.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestResult } from '../../scripts/ingest/ingest.ts';

const ASKED_BEFORE = `# Questions the shipped sources ask too

## Language models

### What is byte-pair encoding?
BPE starts from characters and repeatedly merges the most frequent adjacent pair of symbols into a
new token, until the vocabulary reaches its target size; rare words become several subword tokens.

### Q: Explain knowledge distillation
A small student model is trained to match the soft output distribution of a large teacher model
(its logits at a raised temperature), keeping most of the teacher's accuracy at a fraction of the cost.

### What is a haiku?
A Japanese poem of three lines and seventeen syllables.
`;

let dir: string;
let result: IngestResult;
beforeAll(async () => {
  const { ingest } = await import('../../scripts/ingest/ingest.ts');
  dir = mkdtempSync(join(tmpdir(), 'atlas-new-source-'));
  for (const f of readdirSync('content/sources')) cpSync(join('content/sources', f), join(dir, f));
  cpSync('tests/fixtures/systems-source.md', join(dir, 'systems.md'));
  writeFileSync(join(dir, 'asked-before.md'), ASKED_BEFORE);
  const manifest = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
  manifest.sources.push(
    { id: 'systems', title: 'ML systems notes', file: 'systems.md', format: 'markdown', origin: 'test' },
    { id: 'asked-before', title: 'Asked before', file: 'asked-before.md', format: 'markdown', origin: 'test' },
  );
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(manifest));
  result = ingest({ manifest: join(dir, 'sources.json'), outDir: join(dir, 'out'), write: false });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const topicOf = (slug: string) => result.files.find((f) => f.id === `systems/${slug}`)!.frontmatter.topic;

describe('a source about ML systems', () => {
  it('puts parallelism and memory-saving training in MLOps & ML systems', () => {
    for (const slug of [
      'what-is-data-parallelism',
      'what-is-tensor-parallelism',
      'what-is-pipeline-parallelism-and-what-is-a-pipeline-bubble',
      'how-do-you-combine-data-tensor-and-pipeline-parallelism',
      'what-is-zero-and-how-does-it-reduce-memory',
      'what-is-activation-checkpointing',
    ]) expect(topicOf(slug), slug).toBe('mlops-systems');
  });

  it('puts GPU memory, kernels and compilers with making models fast (inference & serving)', () => {
    for (const slug of [
      'what-takes-up-gpu-memory-when-training-a-large-model',
      'why-is-hbm-bandwidth-often-the-bottleneck-rather-than-flops',
      'what-is-a-cuda-kernel',
      'what-is-kernel-fusion-and-why-does-it-speed-up-training',
      'what-is-triton',
      'what-is-warp-divergence',
      'what-does-torchcompile-do',
      'what-is-xla',
      'what-is-tvm',
      'what-is-the-difference-between-eager-execution-and-graph-compilation',
    ]) expect(topicOf(slug), slug).toBe('inference-serving');
  });

  it('leaves none of its sixteen questions to "Other"', () => {
    const mine = result.files.filter((f) => f.frontmatter.source === 'systems');
    expect(mine).toHaveLength(16);
    expect(result.report.fallbackQuestions.filter((q) => q.id.startsWith('systems/'))).toEqual([]);
  });
});

describe('a source asking what the shipped sources ask', () => {
  const conceptOf = (id: string) => result.files.find((f) => f.id === id)!.frontmatter;

  it('joins their concepts, with no code change', () => {
    expect(conceptOf('asked-before/what-is-byte-pair-encoding').concept).toBe(conceptOf('nlp-interview-master/how-does-byte-pair-encoding-bpe-work').concept);
    expect(conceptOf('asked-before/explain-knowledge-distillation').concept).toBe(conceptOf('nlp-interview-master/what-is-knowledge-distillation').concept);
    // Concept ids stay those of their first shipped question.
    expect(conceptOf('asked-before/explain-knowledge-distillation').concept.startsWith('asked-before/')).toBe(false);
  });

  it('and what no topic claims lands in "Other", listed by the report', () => {
    expect(conceptOf('asked-before/what-is-a-haiku').topic).toBe('other');
    expect(result.report.fallbackQuestions).toEqual([{ id: 'asked-before/what-is-a-haiku', title: 'What is a haiku?' }]);
  });
});
