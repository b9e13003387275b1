// Topics of the shipped content: content/topics.yaml, where the shipped questions land
// (scripts/ingest/classify.ts, then one topic and subtopic per concept: concepts/placement.ts),
// read from the corpus by hand. Where a new source lands: topics-new-source.test.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestResult } from '../../scripts/ingest/ingest.ts';
import { parseTopicsFile } from '../../src/lib/topic-schema.ts';

const shipped = parseTopicsFile(readFileSync('content/topics.yaml', 'utf8'), 'content/topics.yaml');
const MANIFEST = 'content/sources/sources.json';

let result: IngestResult;
beforeAll(async () => {
  const { ingest } = await import('../../scripts/ingest/ingest.ts');
  result = ingest({ manifest: MANIFEST, outDir: 'unused', write: false });
});

describe('content/topics.yaml', () => {
  it('lists 15-25 topics, each with a name and a one-line description, and sections or keywords but for the fallback', () => {
    expect(shipped.topics.length).toBeGreaterThanOrEqual(15);
    expect(shipped.topics.length).toBeLessThanOrEqual(25);
    for (const t of shipped.topics) {
      expect(t.description).not.toMatch(/\n/);
      if (t.slug !== shipped.fallback) expect(t.keywords.length + t.sections.length, t.slug).toBeGreaterThan(0);
    }
    // The fallback is named for what it is.
    expect(shipped.topics.find((t) => t.slug === shipped.fallback)).toMatchObject({ slug: 'other', name: 'Other' });
  });
});

describe('real questions land in the topic a reader expects', () => {
  const cases: [string, string[], string][] = [
    ['What are hallucinations in LLMs?', ['Large Language Models (LLMs)', 'Advanced LLM Topics'], 'llm-evaluation-safety'],
    ['How do you evaluate LLM hallucinations?', ['Large Language Models (LLMs)', 'Advanced LLM Topics'], 'llm-evaluation-safety'],
    ['What are AI agents with LLMs?', ['Large Language Models (LLMs)', 'Advanced LLM Topics'], 'agents-tools'],
    ['What are tool-using LLMs?', ['Large Language Models (LLMs)', 'Advanced LLM Topics'], 'agents-tools'],
    ['Explain quantization in LLMs', ['Large Language Models (LLMs)', 'Advanced LLM Topics'], 'inference-serving'],
    ['What is pruning in neural networks?', ['Large Language Models (LLMs)', 'Advanced LLM Topics'], 'inference-serving'],
    ['What is model alignment?', ['Large Language Models (LLMs)', 'Advanced LLM Topics'], 'fine-tuning-alignment'],
    ['What are scaling laws in language models?', ['Large Language Models (LLMs)', 'Advanced LLM Topics'], 'llm-architecture'],
    ['What is the bias-variance trade-off?', ['Fundamentals & Statistics', 'Basic Probability & Statistics'], 'ml-foundations'],
    ['Explain covariance vs correlation', ['Fundamentals & Statistics', 'Basic Probability & Statistics'], 'math-statistics'],
    ['Explain instruction tuning', ['Large Language Models (LLMs)', 'Prompting & In-Context Learning'], 'fine-tuning-alignment'],
    ['What is Constitutional AI?', ['Large Language Models (LLMs)', 'Prompting & In-Context Learning'], 'fine-tuning-alignment'],
    ['What is few-shot prompting?', ['Large Language Models (LLMs)', 'Prompting & In-Context Learning'], 'prompting'],
    ['What is load balancing in MoE? Why is it important?', ['Mixture of Experts (MoE)'], 'llm-architecture'],
    ['What is model fairness?', ['MLOps & Production'], 'llm-evaluation-safety'],
    ['What is concept drift?', ['MLOps & Production'], 'mlops-systems'],
    ['What is zero-shot transfer in CLIP?', ['Advanced Topics'], 'generative-models'],
    ['What is meta-learning?', ['Advanced Topics'], 'ml-foundations'],
    ['What is the cold start problem?', ['Advanced Topics'], 'mlops-systems'],
    ['Saving/Loading Models', ['PyTorch & Coding Scenarios'], 'mlops-systems'],
    ['Why do we use log-likelihood instead of likelihood?', ['MLE and MAP Estimation'], 'math-statistics'],
    ['What is Mamba? How does it differ from standard SSMs?', ['State Space Models (SSM)'], 'sequence-models'],
    ['How to initialize LayerNorm weights.', [], 'optimization-training'],
    ['What is Attention Dropout?', ['Attention Mechanisms Deep Dive', 'Attention Optimization Techniques'], 'attention-transformers'],
    ['Explain the intuition behind SVMs', ['Classical Machine Learning', 'Support Vector Machines'], 'classical-ml'],
  ];
  it.each(cases)('%s -> %s', (title, section, topic) => {
    const found = result.files.filter((f) => f.frontmatter.title === title && f.frontmatter.section.join(' > ') === section.join(' > '));
    expect(found, 'the question exists in the shipped sources').toHaveLength(1);
    expect(found[0]!.frontmatter.topic).toBe(topic);
  });
});

describe('difficulty of the shipped questions', () => {
  it('gives every topic with questions some with a difficulty, and keeps every source label', async () => {
    const { readSource } = await import('../../scripts/ingest/ingest.ts');
    const { readManifest } = await import('../../scripts/ingest/manifest.ts');
    const { files } = result;
    for (const t of shipped.topics.filter((x) => files.some((f) => f.frontmatter.topic === x.slug))) {
      expect(files.some((f) => f.frontmatter.topic === t.slug && f.frontmatter.difficulty), t.slug).toBe(true);
    }
    const entry = readManifest(MANIFEST).sources.find((s) => s.id === 'nlp-interview-master')!;
    const own = readSource(entry, MANIFEST).result.questions;
    const written = files.filter((f) => f.frontmatter.source === entry.id);
    expect(written.map((f) => f.frontmatter.difficulty)).toEqual(own.map((q) => q.difficulty));
  });
});

describe('every shipped question gets exactly one canonical topic', () => {
  it('assigns each question a listed topic, with few left to the fallback', () => {
    const { files, report } = result;
    const slugs = new Set(shipped.topics.map((t) => t.slug));
    const missing = files.filter((f) => !slugs.has(f.frontmatter.topic)).map((f) => f.id);
    expect(missing, 'questions without a canonical topic').toEqual([]);
    expect(report.topics.reduce((n, t) => n + t.questions, 0)).toBe(files.length);
    // The keywords and sections of the topics file, not the fallback, classify nearly everything.
    expect(report.fallback / files.length).toBeLessThan(0.03);
    // Every topic the site lists has questions (the fallback may be empty: the site leaves it out).
    expect(report.topics.filter((t) => t.questions === 0 && t.topic !== shipped.fallback)).toEqual([]);
    expect(report.fallbackQuestions).toHaveLength(report.fallback);
  });

  it('names the questions that landed in the fallback, in the report and the printed table', async () => {
    const { ingest } = await import('../../scripts/ingest/ingest.ts');
    const { formatTopicTable } = await import('../../scripts/ingest/report.ts');
    const dir = mkdtempSync(join(tmpdir(), 'atlas-topics-'));
    const file = join(dir, 'topics.yaml');
    // Only Word2Vec is known: the source's other questions land in "misc" unless they are like a Word2Vec question.
    writeFileSync(file, 'fallback: misc\ntopics:\n  - {slug: misc, name: Misc, description: Other.}\n  - {slug: nlp, name: NLP, description: Text., keywords: [Word2Vec]}\n');
    try {
      const { files, report } = ingest({ manifest: MANIFEST, outDir: 'unused', write: false, topics: file, only: ['nlp-interview-master'] });
      const known = files.filter((f) => f.frontmatter.topic === 'nlp').map((f) => f.id);
      expect(known).toContain('nlp-interview-master/what-is-word2vec');
      expect(report.fallbackQuestions).toContainEqual({ id: 'nlp-interview-master/save-and-load-a-pytorch-nlp-model', title: 'Save and load a PyTorch NLP Model.' });
      expect(report.fallbackQuestions.map((q) => q.id).sort()).toEqual(files.filter((f) => !known.includes(f.id)).map((f) => f.id).sort());
      expect(formatTopicTable(report)).toContain(`(${report.fallback} landed in the fallback topic, matched by no topic nor by their nearest questions:\n  nlp-interview-master/`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('one topic and one subtopic per concept', () => {
  it('gives every member of a concept the same topic and subtopic, a subtopic of that topic', () => {
    const byConcept = Map.groupBy(result.files, (f) => f.frontmatter.concept);
    for (const [concept, members] of byConcept) {
      const places = new Set(members.map((m) => `${m.frontmatter.topic} ${m.frontmatter.subtopic ?? ''}`));
      expect(places.size, concept).toBe(1);
    }
    for (const f of result.files) {
      const topic = shipped.topics.find((t) => t.slug === f.frontmatter.topic)!;
      if (topic.subtopics.length) expect(topic.subtopics.map((s) => s.slug), f.id).toContain(f.frontmatter.subtopic);
      else expect(f.frontmatter.subtopic, f.id).toBeUndefined();
    }
  });

  it('declares subtopics for every topic of 25 concepts or more, and none is a dumping ground', () => {
    const { report } = result;
    for (const t of report.topics) {
      const subs = report.subtopics.filter((s) => s.topic === t.topic);
      if (t.concepts >= 25) expect(subs.length, t.topic).toBeGreaterThanOrEqual(2);
      for (const s of subs) {
        // No subtopic holds most of its topic, and the last one (where concepts that match no
        // subtopic go) stays a minority.
        expect(s.concepts, `${t.topic} > ${s.subtopic}`).toBeLessThanOrEqual(0.5 * t.concepts);
        expect(s.concepts, `${t.topic} > ${s.subtopic}`).toBeGreaterThan(0);
      }
      if (subs.length) expect(subs.at(-1)!.concepts, `${t.topic}: last subtopic`).toBeLessThanOrEqual(0.4 * t.concepts);
    }
  });

  it('puts real concepts under the subtopic a reader expects', () => {
    const place = (id: string) => result.files.find((f) => f.id === id)!.frontmatter;
    expect(place('ml-dl-llm-2025/what-is-alibi-attention-with-linear-biases-1edbc4')).toMatchObject({ topic: 'attention-transformers', subtopic: 'positional-encodings' });
    expect(place('ml-llm-qa/what-is-group-query-attention-gqa-how-does-it-differ-from-multi-head-attention').subtopic).toBe('multi-head-grouped-query');
    expect(place('nlp-interview-master/what-is-flashattention').subtopic).toBe('efficient-attention');
    expect(place('nlp-interview-master/what-is-self-attention').subtopic).toBe('self-attention');
    expect(place('ml-dl-llm-2025/what-is-the-feed-forward-network-in-transformers').subtopic).toBe('architecture-variants');
    expect(place('nlp-interview-master/how-does-byte-pair-encoding-bpe-work')).toMatchObject({ topic: 'nlp', subtopic: 'tokenization' });
    expect(place('ml-dl-llm-2025/how-does-yolo-you-only-look-once-work')).toMatchObject({ topic: 'computer-vision', subtopic: 'detection-segmentation' });
    expect(place('ml-dl-llm-2025/what-is-q-learning')).toMatchObject({ topic: 'reinforcement-learning', subtopic: 'value-based' });
  });

  it('keeps two early-stopping questions labelled the same in one topic, which their own classifications split', () => {
    const ids = ['ml-dl-llm-2025/what-is-early-stopping', 'ml-dl-llm-2025/what-is-early-stopping-in-gradient-boosting'];
    const [a, b] = ids.map((id) => result.files.find((f) => f.id === id)!.frontmatter);
    expect(a!.concept).toBe(b!.concept);
    expect(a!.topic).toBe(b!.topic);
  });
});
