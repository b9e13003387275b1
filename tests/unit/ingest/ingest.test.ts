// The ingest's concept step on hand-written sources: a new source joins the concepts of the
// others with no code change, every member of a concept shares its id, title, topic and
// subtopic, and content/concepts.yaml is followed (or named with its line when stale).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/ingest/ingest.ts';

const TOPICS = `fallback: other
topics:
  - slug: nlp
    name: NLP
    description: Text.
    keywords: [tokenization, BPE]
    subtopics:
      - {slug: tokenization, name: Tokenisation, keywords: [tokenization, BPE]}
      - {slug: other-nlp, name: Other NLP}
  - slug: training
    name: Training
    description: Training.
    keywords: [dropout]
  - {slug: other, name: Other, description: Unplaced.}
`;
const A = `## Basics

**1. What does tokenization entail, and why is it critical for LLMs?**
Tokenization splits text into tokens, often subword units such as BPE pieces, which the model embeds.

**2. How does dropout work?**
Dropout randomly zeroes activations during training so units cannot co-adapt; a regularizer.

**3. What is a haiku?**
A Japanese poem of seventeen syllables.
`;
const B = `## NLP

**1. What is Tokenization?**
Splitting raw text into tokens: words, subwords or characters, mapped to ids the model embeds.

## Training

**2. Dropout**
During training, dropout zeroes random activations; at inference all units are kept and scaled.
`;

function workspace(sources: Record<string, string>, concepts?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-concepts-'));
  const entries = Object.keys(sources).map((id) => ({ id, title: id, file: `${id}.md`, format: 'markdown', origin: 'test' }));
  writeFileSync(join(dir, 'sources.json'), JSON.stringify({ sources: entries }));
  for (const [id, text] of Object.entries(sources)) writeFileSync(join(dir, `${id}.md`), text);
  writeFileSync(join(dir, 'topics.yaml'), TOPICS);
  writeFileSync(join(dir, 'concepts.yaml'), concepts ?? '');
  const run = () => ingest({ manifest: join(dir, 'sources.json'), outDir: join(dir, 'out'), topics: join(dir, 'topics.yaml'), concepts: join(dir, 'concepts.yaml'), write: false });
  return { dir, run };
}
const fm = (files: ReturnType<typeof ingest>['files'], id: string) => files.find((f) => f.id === id)!.frontmatter;

describe('concepts in the ingest', () => {
  it('a new source joins the concepts of the others, with no code change', () => {
    const before = workspace({ a: A }).run();
    expect(fm(before.files, 'a/how-does-dropout-work').concept).toBe('a/how-does-dropout-work');
    const { files, report } = workspace({ a: A, b: B }).run();
    const tokenization = fm(files, 'b/what-is-tokenization');
    expect(tokenization).toMatchObject({ concept: 'a/what-does-tokenization-entail-and-why-is-it-critical-for-llms', conceptTitle: 'What is Tokenization?' });
    expect(fm(files, 'b/dropout').concept).toBe('a/how-does-dropout-work');
    expect(report.concepts).toMatchObject({ total: 3, shared: 2, multiSource: 2 });
    expect(report.concepts.largest[0]).toMatchObject({ questions: 2, sources: ['a', 'b'] });
  });

  it('gives every member of a concept one id, title, topic and subtopic', () => {
    const { files } = workspace({ a: A, b: B }).run();
    const byConcept = Map.groupBy(files, (f) => f.frontmatter.concept);
    for (const [, members] of byConcept) {
      const [first, ...rest] = members.map((m) => m.frontmatter);
      for (const m of rest) expect([m.conceptTitle, m.topic, m.subtopic]).toEqual([first!.conceptTitle, first!.topic, first!.subtopic]);
    }
    expect(fm(files, 'b/what-is-tokenization')).toMatchObject({ topic: 'nlp', subtopic: 'tokenization' });
    expect(fm(files, 'b/dropout')).toMatchObject({ topic: 'training' });
    expect(fm(files, 'b/dropout').subtopic).toBeUndefined();
  });

  it('lists what landed in the fallback topic', () => {
    const { report } = workspace({ a: A }).run();
    expect(report.fallbackQuestions).toEqual([{ id: 'a/what-is-a-haiku', title: 'What is a haiku?' }]);
    expect(report.topics.find((t) => t.topic === 'other')).toEqual({ topic: 'other', questions: 1, concepts: 1 });
    expect(report.subtopics).toEqual([
      { topic: 'nlp', subtopic: 'tokenization', concepts: 1, questions: 1 },
      { topic: 'nlp', subtopic: 'other-nlp', concepts: 0, questions: 0 },
    ]);
  });

  it('follows content/concepts.yaml, and names a stale entry with its line', () => {
    const split = workspace({ a: A, b: B }, 'split:\n  - [a/how-does-dropout-work, b/dropout]\n').run();
    expect(fm(split.files, 'b/dropout').concept).toBe('b/dropout');
    const stale = workspace({ a: A, b: B }, 'titles:\n  a/what-is-a-haiku: A poem\n  b/gone: Gone\n');
    expect(() => stale.run()).toThrow(/concepts\.yaml:3: no question "b\/gone"/);
  });
});
