// Question ids on the shipped sources: a source reordered, grown, edited or re-sectioned keeps
// every id it gave out, and the committed lock (content/sources/ids.lock.json) holds every shipped
// question. On hand-written questions: tests/unit/ingest/ids.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignSlugs, fingerprint, lockPath, readLock, serializeLock } from '../../scripts/ingest/ids.ts';
import { readSource } from '../../scripts/ingest/ingest.ts';
import { readManifest } from '../../scripts/ingest/manifest.ts';
import { parseMarkdown } from '../../scripts/ingest/mdast/parse.ts';
import { q, run } from '../helpers/ids.ts';
import { readMarkdown } from '../../scripts/ingest/readers/markdown.ts';

const text = readFileSync('content/sources/003_accef8ba4d48adff.txt', 'utf8');
const real = () => readMarkdown({ sourceId: 's', file: 'f', text }).questions;

describe('question ids of a shipped source', () => {
  it('keep every id when the source is reordered', () => {
    const qs = real();
    const before = run(qs);
    const after = run([...qs].reverse(), before.lock);
    expect(after.ids).toEqual(before.ids);
    expect(after.lock).toEqual(before.lock);
  });

  it('keep every id when a question with a new title is inserted', () => {
    const qs = real();
    const before = run(qs);
    const added = q('What is a brand new question?', 'new', qs[100]!.sectionPath);
    const after = run([...qs.slice(0, 100), added, ...qs.slice(100)], before.lock);
    for (const x of qs) expect(after.ids.get(x)).toBe(before.ids.get(x));
    expect(after.ids.get(added)).toBe('what-is-a-brand-new-question');
  });

  it('keep the existing id when a twin of its title is added, in the same section or another', () => {
    const qs = real();
    const before = run(qs);
    // "What is Nesterov accelerated gradient?" (227) has a unique title today: its plain slug.
    const old = qs.find((x) => x.number === 227)!;
    expect(before.ids.get(old)).toBe('what-is-nesterov-accelerated-gradient');
    const sameSection = q(old.title, 'another answer', old.sectionPath);
    const otherSection = q(old.title, 'yet another', ['Advanced Topics']);
    const at = qs.indexOf(old);
    // The other-section twin comes before it in the source, the same-section twin after it.
    const grown = [...qs.slice(0, 5), otherSection, ...qs.slice(5, at + 1), sameSection, ...qs.slice(at + 1)];
    const after = run(grown, before.lock);
    for (const x of qs) expect(after.ids.get(x)).toBe(before.ids.get(x));
    expect(after.ids.get(otherSection)).toBe('what-is-nesterov-accelerated-gradient-advanced-topics');
    expect(after.ids.get(sameSection)).toBe('what-is-nesterov-accelerated-gradient-gradient-descent-variants');
    expect(new Set(after.ids.values()).size).toBe(grown.length);
    // A second run with the lock written by the first gives the same ids and the same lock.
    expect(run(grown, after.lock)).toEqual(after);
  });

  it('keep a twin’s id when its answer is edited', () => {
    const qs = real();
    const before = run(qs);
    const twins = qs.filter((x) => x.title === 'What is knowledge distillation?');
    expect(twins).toHaveLength(3);
    const edited = qs.map((x) => (x === twins[1] ? { ...x, answer: parseMarkdown('A rewritten answer.') } : x));
    const after = assignSlugs(edited, before.lock);
    expect(after.slugs).toEqual(qs.map((x) => before.ids.get(x)));
  });

  it('keep a question’s id when its section is renamed or it moves to another section', () => {
    const qs = real();
    const before = run(qs);
    const renamed = qs.map((x) =>
      x.sectionPath[0] === 'Ensemble Methods' ? { ...x, sectionPath: ['Ensembles & Boosting'] } : x,
    );
    const moved = renamed.map((x, i) => (i === 5 ? { ...x, sectionPath: ['Somewhere else', 'Deeper'] } : x));
    expect(renamed.filter((x) => x.sectionPath[0] === 'Ensembles & Boosting').length).toBeGreaterThan(5);
    const after = assignSlugs(moved, before.lock);
    expect(after.slugs).toEqual(qs.map((x) => before.ids.get(x)));
    // The lock follows the move, and the next run keeps the ids without needing the old names.
    expect(after.lock[after.slugs[5]!]).toBe(fingerprint(moved[5]!));
    expect(assignSlugs(moved, after.lock).slugs).toEqual(after.slugs);
    // A twin title still goes to the twin in the same section first.
    const twins = qs.filter((x) => x.title === 'What is knowledge distillation?');
    const twinSlugs = twins.map((x) => before.ids.get(x));
    const shuffled = [...moved].reverse();
    const again = assignSlugs(shuffled, after.lock);
    expect(twins.map((t) => again.slugs[shuffled.indexOf(t)])).toEqual(twinSlugs);
  });
});

describe('the committed id lock', () => {
  it('gives every shipped question the id it had before the lock existed, and lacks none', () => {
    const manifest = 'content/sources/sources.json';
    const lock = readLock(lockPath(manifest));
    let total = 0;
    for (const entry of readManifest(manifest).sources) {
      const { result } = readSource(entry, manifest);
      const r = assignSlugs(result.questions, lock[entry.id]);
      // Nothing new: every shipped question's fingerprint is locked, and none is locked twice.
      expect(r.lock).toEqual(lock[entry.id]);
      expect(Object.keys(lock[entry.id]!)).toHaveLength(result.questions.length);
      result.questions.forEach((x, i) => expect(lock[entry.id]![r.slugs[i]!]).toBe(fingerprint(x)));
      total += result.questions.length;
    }
    expect(total).toBe(886);
    // Ids with a content hash from the former algorithm stay exactly as they were published.
    expect(lock['ml-dl-llm-2025']!['what-is-knowledge-distillation-dad290']).toBe(
      'Large Language Models (LLMs) > Advanced LLM Topics :: What is knowledge distillation?',
    );
    expect(readFileSync(lockPath(manifest), 'utf8')).toBe(serializeLock(lock));
  });
});
