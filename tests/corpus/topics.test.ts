// Topics of the shipped content: content/topics.yaml, and where the shipped questions land
// (scripts/ingest/classify.ts over every source), read from the corpus by hand.
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTopicsFile } from '../../src/lib/topic-schema.ts';

const shipped = parseTopicsFile(readFileSync('content/topics.yaml', 'utf8'), 'content/topics.yaml');

describe('content/topics.yaml', () => {
  it('lists 15-25 topics, each with a name, a one-line description, sections and keywords', () => {
    expect(shipped.topics.length).toBeGreaterThanOrEqual(15);
    expect(shipped.topics.length).toBeLessThanOrEqual(25);
    for (const t of shipped.topics) {
      expect(t.description).not.toMatch(/\n/);
      expect(t.keywords.length + t.sections.length).toBeGreaterThan(0);
    }
  });
});

describe('real questions land in the topic a reader expects', () => {
  // [title, source section path, topic], as the sources print them.
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
  let files: { frontmatter: { title: string; section: string[]; topic: string } }[] = [];
  beforeAll(async () => {
    const { ingest } = await import('../../scripts/ingest/ingest.ts');
    files = ingest({ manifest: 'content/sources/sources.json', outDir: 'unused', write: false }).files;
  });

  it.each(cases)('%s -> %s', (title, section, topic) => {
    const found = files.filter((f) => f.frontmatter.title === title && f.frontmatter.section.join(' > ') === section.join(' > '));
    expect(found, 'the question exists in the shipped sources').toHaveLength(1);
    expect(found[0]!.frontmatter.topic).toBe(topic);
  });
});

describe('difficulty of the shipped questions', () => {
  it('gives every topic of the shipped sources questions with a difficulty, and keeps every source label', async () => {
    const { ingest, readSource } = await import('../../scripts/ingest/ingest.ts');
    const { readManifest } = await import('../../scripts/ingest/manifest.ts');
    const { files } = ingest({ manifest: 'content/sources/sources.json', outDir: 'unused', write: false });
    for (const t of shipped.topics) {
      expect(files.some((f) => f.frontmatter.topic === t.slug && f.frontmatter.difficulty), t.slug).toBe(true);
    }
    const entry = readManifest('content/sources/sources.json').sources.find((s) => s.id === 'nlp-interview-master')!;
    const own = readSource(entry, 'content/sources/sources.json').result.questions;
    const written = files.filter((f) => f.frontmatter.source === entry.id);
    expect(written.map((f) => f.frontmatter.difficulty)).toEqual(own.map((q) => q.difficulty));
  });
});

describe('every shipped question gets exactly one canonical topic', () => {
  it('assigns each question a listed topic, with few left to the fallback', async () => {
    const { ingest } = await import('../../scripts/ingest/ingest.ts');
    const { files, report } = ingest({ manifest: 'content/sources/sources.json', outDir: 'unused', write: false });
    const slugs = new Set(shipped.topics.map((t) => t.slug));
    const missing = files.filter((f) => !slugs.has(f.frontmatter.topic)).map((f) => f.id);
    expect(missing, 'questions without a canonical topic').toEqual([]);
    expect(report.topics.reduce((n, t) => n + t.questions, 0)).toBe(files.length);
    // The keywords and sections of the topics file, not the fallback, classify nearly everything.
    expect(report.fallback / files.length).toBeLessThan(0.03);
    // Every topic the site lists has questions.
    expect(report.topics.filter((t) => t.questions === 0)).toEqual([]);
    expect(report.fallbackQuestions).toHaveLength(report.fallback);
  });

  it('names the questions that fell back, in the report and the printed table', async () => {
    const { ingest } = await import('../../scripts/ingest/ingest.ts');
    const { formatTopicTable } = await import('../../scripts/ingest/report.ts');
    const dir = mkdtempSync(join(tmpdir(), 'atlas-topics-'));
    const file = join(dir, 'topics.yaml');
    // Only Word2Vec is known: every other question of the source falls back.
    writeFileSync(file, 'fallback: misc\ntopics:\n  - {slug: misc, name: Misc, description: Other.}\n  - {slug: nlp, name: NLP, description: Text., keywords: [Word2Vec]}\n');
    try {
      const { files, report } = ingest({ manifest: 'content/sources/sources.json', outDir: 'unused', write: false, topics: file, only: ['nlp-interview-master'] });
      const known = files.filter((f) => f.frontmatter.topic === 'nlp').map((f) => f.id);
      expect(known).toContain('nlp-interview-master/what-is-word2vec');
      expect(report.fallbackQuestions).toContainEqual({ id: 'nlp-interview-master/what-is-bert', title: 'What is BERT?' });
      expect(report.fallbackQuestions.map((q) => q.id).sort()).toEqual(files.filter((f) => !known.includes(f.id)).map((f) => f.id).sort());
      expect(formatTopicTable(report)).toContain(`(${report.fallback} matched no topic and went to the fallback topic: nlp-interview-master/`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
