// Canonical topics: the shipped topics file is valid, the classifier follows its rules, and a
// source it has never seen is classified from the file alone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
    const r = c.classify({ title: 'Explain the main idea', sectionPath: ['Classical Machine Learning', 'Support Vector Machines'], body: 'Margins.' });
    expect(r.topic).toBe('classical-ml');
    expect(r.by).toMatch(/section/);
  });

  it('lets a specific title outweigh a broad section', () => {
    const r = c.classify({
      title: 'How does LoRA reduce the number of trainable parameters?',
      sectionPath: ['LLM Engineering & Prompt Design'],
      body: 'Low-rank adapters are added to attention weights; fine-tuning only trains them.',
    });
    expect(r.topic).toBe('fine-tuning-alignment');
    expect(r.tags).toContain('LoRA');
  });

  it('matches capitalised keywords only in capitals, and plurals', () => {
    expect(c.classify({ title: 'Why are ragged tensors awkward?', sectionPath: [], body: '' }).topic).not.toBe('rag-retrieval');
    expect(c.classify({ title: 'When would you use RAG?', sectionPath: [], body: '' }).topic).toBe('rag-retrieval');
    expect(c.classify({ title: 'Compare vector databases', sectionPath: [], body: '' }).topic).toBe('rag-retrieval');
  });

  it('ignores keywords inside code blocks', () => {
    const r = c.classify({ title: 'What does this print?', sectionPath: [], body: '```python\nimport LoRA, RAG, GAN\n```\n' });
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
    expect(custom.classify({ title: 'What do mitochondria do?', sectionPath: [], body: '' })).toMatchObject({ topic: 'bio', by: 'keywords' });
    expect(custom.classify({ title: 'Question one', sectionPath: ['Cell Biology 101'], body: '' })).toMatchObject({ topic: 'bio', by: 'section' });
    expect(custom.classify({ title: 'Question two', sectionPath: ['Chemistry'], body: '' })).toMatchObject({ topic: 'misc', by: 'fallback' });
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
  });
});
