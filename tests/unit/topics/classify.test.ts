// Canonical topics: a broken topics file is named, the classifier follows the rules of the file
// (the shipped one, content/topics.yaml, and small hand-written ones), and a source it has never
// seen is classified from the file alone. Where the shipped questions land: tests/corpus/topics.test.ts.
import { parseMarkdown } from '../../../scripts/ingest/mdast/parse.ts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createClassifier, loadClassifier } from '../../../scripts/ingest/classify.ts';
import { parseTopicsFile } from '../../../src/lib/topic-schema.ts';
import { IngestError } from '../../../scripts/ingest/model.ts';

const shipped = parseTopicsFile(readFileSync('content/topics.yaml', 'utf8'), 'content/topics.yaml');

describe('the topics file', () => {
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

describe('difficulty from section names', () => {
  const c = createClassifier(shipped);
  const level = (sectionPath: string[], difficulty?: 'beginner' | 'intermediate' | 'advanced') =>
    c.classify({ title: 'Question', sectionPath, answer: parseMarkdown(''), difficulty }).difficulty;

  it('reads the level a section name states, the innermost one first, in any inflection', () => {
    // The word library's same word: "Basic" is "basics" in the singular.
    expect(level(['Basic Probability'])).toBe('beginner');
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
    // "Fundamentally" is not "fundamentals", nor "basically" "basics" (another word, not an inflection).
    expect(level(['Fundamentally Hard Problems'])).toBeUndefined();
    expect(level(['Basically Anything'])).toBeUndefined();
  });

  it("keeps the source's own label", () => {
    expect(level(['Advanced Topics'], 'beginner')).toBe('beginner');
    expect(level([], 'intermediate')).toBe('intermediate');
  });
});
