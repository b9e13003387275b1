// Canonical topics: the shipped topics file is valid, the classifier follows its rules, and a
// source it has never seen is classified from the file alone.
import { parseMarkdown } from '../../../scripts/ingest/mdast/parse.ts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createClassifier, loadClassifier } from '../../../scripts/ingest/classify.ts';
import { parseTopicsFile } from '../../../src/lib/topic-schema.ts';
import { IngestError } from '../../../scripts/ingest/model.ts';

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

  it('rejects a broken topics file with the file and what is wrong', () => {
    expect(() => parseTopicsFile('fallback: nope\ntopics:\n  - {slug: a, name: A, description: d}\n', 't.yaml')).toThrow(
      /t\.yaml: invalid topics file: fallback: fallback "nope" is not a listed topic/,
    );
    expect(() => parseTopicsFile('topics: [', 't.yaml')).toThrow(/t\.yaml: not valid YAML/);
    expect(() => loadClassifier('missing/topics.yaml')).toThrow(IngestError);
  });
});

describe('classifier', () => {
  const c = createClassifier(shipped);

  it('uses the innermost source section', () => {
    const r = c.classify({ title: 'Explain the main idea', sectionPath: ['Classical Machine Learning', 'Support Vector Machines'], answer: parseMarkdown('Margins.') });
    expect(r.topic).toBe('classical-ml');
    expect(r.by).toMatch(/section/);
  });

  it('lets a specific title outweigh a broad section', () => {
    const r = c.classify({
      title: 'How does LoRA reduce the number of trainable parameters?',
      sectionPath: ['LLM Engineering & Prompt Design'],
      answer: parseMarkdown('Low-rank adapters are added to attention weights; fine-tuning only trains them.'),
    });
    expect(r.topic).toBe('fine-tuning-alignment');
    expect(r.tags).toContain('LoRA');
  });

  it('matches capitalised keywords only in capitals, and plurals', () => {
    expect(c.classify({ title: 'Why are ragged tensors awkward?', sectionPath: [], answer: parseMarkdown('') }).topic).not.toBe('rag-retrieval');
    expect(c.classify({ title: 'When would you use RAG?', sectionPath: [], answer: parseMarkdown('') }).topic).toBe('rag-retrieval');
    expect(c.classify({ title: 'Compare vector databases', sectionPath: [], answer: parseMarkdown('') }).topic).toBe('rag-retrieval');
  });

  it('ignores keywords inside code blocks', () => {
    const r = c.classify({ title: 'What does this print?', sectionPath: [], answer: parseMarkdown('```python\nimport LoRA, RAG, GAN\n```\n') });
    expect(r.by).toBe('fallback');
    expect(r.topic).toBe(shipped.fallback);
  });

  it('classifies a new source from the file alone (no code change)', () => {
    const custom = createClassifier(
      parseTopicsFile(
        'fallback: misc\ntopics:\n  - {slug: misc, name: Misc, description: Other.}\n  - {slug: bio, name: Biology, description: Cells., sections: [cell biology], keywords: [mitochondria]}\n',
        'custom.yaml',
      ),
    );
    expect(custom.classify({ title: 'What do mitochondria do?', sectionPath: [], answer: parseMarkdown('') })).toMatchObject({ topic: 'bio', by: 'keywords' });
    expect(custom.classify({ title: 'Question one', sectionPath: ['Cell Biology 101'], answer: parseMarkdown('') })).toMatchObject({ topic: 'bio', by: 'section' });
    expect(custom.classify({ title: 'Question two', sectionPath: ['Chemistry'], answer: parseMarkdown('') })).toMatchObject({ topic: 'misc', by: 'fallback' });
  });
});

describe('scoring rules', () => {
  const c = createClassifier(shipped);

  it('lets a keyword in the title outweigh a section phrase alone', () => {
    // "Large Language Models (LLMs)" is llm-architecture evidence, but the title names the subject.
    const r = c.classify({ title: 'What are hallucinations in LLMs?', sectionPath: ['Large Language Models (LLMs)', 'Advanced LLM Topics'], answer: parseMarkdown('') });
    expect(r.topic).toBe('llm-evaluation-safety');
    expect(r.tags).toEqual(['hallucination', 'LLM']);
  });

  it('counts only the longest of overlapping keywords', () => {
    // "bias-variance" (ml-foundations), not also "variance" (math-statistics).
    const r = c.classify({ title: 'What is the bias-variance trade-off?', sectionPath: [], answer: parseMarkdown('') });
    expect(r).toMatchObject({ topic: 'ml-foundations', tags: ['bias-variance'] });
  });

  it('matches section phrases as whole words', () => {
    // "rag" is not in "Storage", "vector" of "Support Vector Machines" is not retrieval.
    expect(c.classify({ title: 'Question', sectionPath: ['Storage Layouts'], answer: parseMarkdown('') }).by).toBe('fallback');
    expect(c.classify({ title: 'Question', sectionPath: ['Classical Machine Learning', 'Support Vector Machines'], answer: parseMarkdown('') }).topic).toBe('classical-ml');
  });

  it('finds every spelling of a keyword, as one tag', () => {
    const r = c.classify({ title: 'Explain multi-modal LLMs', sectionPath: [], answer: parseMarkdown('Multimodal models read images.') });
    expect(r.topic).toBe('generative-models');
    expect(r.tags.filter((t) => t.toLowerCase().replace('-', '') === 'multimodal')).toHaveLength(1);
  });

  it('reads broad keywords and weights from the file, so a new source needs no code change', () => {
    const custom = createClassifier(
      parseTopicsFile(
        [
          'fallback: misc',
          'levels: {advanced: [deep end]}',
          'topics:',
          '  - {slug: misc, name: Misc, description: Other.}',
          '  - {slug: field, name: Field, description: The field., broad: [biology]}',
          '  - {slug: cells, name: Cells, description: Cells., keywords: [mitochondria]}',
        ].join('\n'),
        'custom.yaml',
      ),
    );
    expect(custom.classify({ title: 'What do mitochondria do in biology?', sectionPath: [], answer: parseMarkdown('') }).topic).toBe('cells');
    expect(custom.classify({ title: 'Why study biology?', sectionPath: ['The Deep End'], answer: parseMarkdown('') })).toMatchObject({ topic: 'field', difficulty: 'advanced' });
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
    const { ingest } = await import('../../../scripts/ingest/ingest.ts');
    files = ingest({ manifest: 'content/sources/sources.json', outDir: 'unused', write: false }).files;
  });

  it.each(cases)('%s -> %s', (title, section, topic) => {
    const found = files.filter((f) => f.frontmatter.title === title && f.frontmatter.section.join(' > ') === section.join(' > '));
    expect(found, 'the question exists in the shipped sources').toHaveLength(1);
    expect(found[0]!.frontmatter.topic).toBe(topic);
  });
});

describe('difficulty from section names', () => {
  const c = createClassifier(shipped);
  const level = (sectionPath: string[], difficulty?: 'beginner' | 'intermediate' | 'advanced') =>
    c.classify({ title: 'Question', sectionPath, answer: parseMarkdown(''), difficulty }).difficulty;

  it('reads the level a section name states, the innermost one first', () => {
    expect(level(['Advanced Topics'])).toBe('advanced');
    expect(level(['Large Language Models (LLMs)', 'Advanced LLM Topics'])).toBe('advanced');
    expect(level(['Advanced & Edge Case Topics'])).toBe('advanced');
    expect(level(['Deep Learning Basics', 'Neural Network Fundamentals'])).toBe('beginner');
    expect(level(['Fundamentals & Statistics', 'Linear Algebra Essentials'])).toBe('beginner');
    expect(level(['Attention Mechanisms Deep Dive', 'Advanced Attention Variants'])).toBe('advanced');
    expect(level(['Fundamentals & Statistics', 'Basic Probability & Statistics'])).toBe('beginner');
  });

  it('says nothing where no section states a level', () => {
    expect(level(['Computer Vision', 'Object Detection'])).toBeUndefined();
    expect(level([])).toBeUndefined();
    // "Basic" alone is not a phrase of the file; "fundamentally" is not "fundamentals".
    expect(level(['Basic Probability'])).toBeUndefined();
    expect(level(['Fundamentally Hard Problems'])).toBeUndefined();
  });

  it("keeps the source's own label", () => {
    expect(level(['Advanced Topics'], 'beginner')).toBe('beginner');
    expect(level([], 'intermediate')).toBe('intermediate');
  });

  it('gives every topic of the shipped sources questions with a difficulty, and keeps every source label', async () => {
    const { ingest, readSource } = await import('../../../scripts/ingest/ingest.ts');
    const { readManifest } = await import('../../../scripts/ingest/manifest.ts');
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
    const { ingest } = await import('../../../scripts/ingest/ingest.ts');
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
    const { ingest } = await import('../../../scripts/ingest/ingest.ts');
    const { formatTopicTable } = await import('../../../scripts/ingest/report.ts');
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
