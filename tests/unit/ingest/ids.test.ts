// Question ids on hand-written questions: readable, unique, never reused; the lock file is written
// and read back. On the shipped sources (stable when they change, the committed lock): tests/corpus/ids.test.ts.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignSlugs, readLock, serializeLock, titleSlug } from '../../../scripts/ingest/ids.ts';
import { ingest } from '../../../scripts/ingest/ingest.ts';
import { q, run } from '../../helpers/ids.ts';

describe('question ids', () => {
  it('are readable slugs of the title', () => {
    expect(titleSlug('What is the bias-variance trade-off?')).toBe('what-is-the-bias-variance-trade-off');
    expect(titleSlug('Explain MLE vs MAP (θ, priors) — in 2 lines')).toBe('explain-mle-vs-map-priors-in-2-lines');
    expect(titleSlug('Naïve Bayes')).toBe('naive-bayes');
    expect(titleSlug('???')).toBe('question');
    expect(titleSlug('a '.repeat(100)).length).toBeLessThanOrEqual(80);
  });

  it('from scratch: the title slug, then the innermost section, then -2, -3 (deterministic without a lock)', () => {
    const qs = [
      q('What is attention?', 'a', ['NLP']),
      q('What is attention?', 'b', ['Vision', 'Transformers']),
      q('What is attention?', 'c', ['Vision', 'Transformers']),
      q('Other?'),
      q('Other?'),
    ];
    const first = assignSlugs(qs);
    expect(first.slugs).toEqual(['what-is-attention', 'what-is-attention-transformers', 'what-is-attention-2', 'other', 'other-2']);
    expect(first.lock).toEqual({
      'what-is-attention': 'NLP :: What is attention?',
      'what-is-attention-transformers': 'Vision > Transformers :: What is attention?',
      'what-is-attention-2': 'Vision > Transformers :: What is attention?',
      other: ' :: Other?',
      'other-2': ' :: Other?',
    });
    expect(assignSlugs(qs.map((x) => ({ ...x })))).toEqual(first);
  });

  it('never reuse the slug of a question that was removed for a question with another title', () => {
    const a = q('What is a tensor?', 'old', ['Basics']);
    const b = q('What is a gradient?', 'x', ['Basics']);
    const first = run([a, b]);
    // The question is removed, then a question whose title has the same slug appears.
    const second = run([b], first.lock);
    expect(second.lock).toEqual(first.lock); // the entry stays
    const other = q('What is a tensor', 'new', ['Linear algebra']);
    const third = run([b, other], second.lock);
    expect(third.ids.get(other)).toBe('what-is-a-tensor-linear-algebra');
    expect(third.ids.get(b)).toBe(first.ids.get(b));
  });

  it('are unique even for identical twins, and keep their order', () => {
    const twin = q('Same?', 'same');
    const first = assignSlugs([twin, { ...twin }, { ...twin }]);
    expect(new Set(first.slugs).size).toBe(3);
    // Round trip through the file format keeps the lock order of one fingerprint's slugs.
    const dir = mkdtempSync(join(tmpdir(), 'atlas-lock-'));
    writeFileSync(join(dir, 'ids.lock.json'), serializeLock({ s: first.lock }));
    expect(assignSlugs([twin, { ...twin }, { ...twin }], readLock(join(dir, 'ids.lock.json'))['s']).slugs).toEqual(first.slugs);
  });
});

describe('the id lock file', () => {
  it('is written next to the manifest by an ingest that writes, only when it changes, and kept for other sources', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-lock-'));
    const manifest = join(dir, 'sources.json');
    writeFileSync(join(dir, 'a.md'), '## S\n\n**1. What is a tensor?**\nAn array.\n');
    writeFileSync(join(dir, 'b.md'), '## S\n\n**1. What is a gradient?**\nA vector.\n');
    const src = (id: string) => ({ id, title: id, file: `${id}.md`, format: 'markdown', origin: 'test' });
    writeFileSync(manifest, JSON.stringify({ sources: [src('a'), src('b')] }));
    const lock = join(dir, 'ids.lock.json');
    ingest({ manifest, outDir: join(dir, 'out'), write: false });
    expect(existsSync(lock)).toBe(false);
    ingest({ manifest, outDir: join(dir, 'out') });
    const written = readFileSync(lock, 'utf8');
    expect(JSON.parse(written).sources).toEqual({ a: { 'what-is-a-tensor': 'S :: What is a tensor?' }, b: { 'what-is-a-gradient': 'S :: What is a gradient?' } });
    ingest({ manifest, outDir: join(dir, 'out') });
    expect(readFileSync(lock, 'utf8')).toBe(written);
    // Renaming a question in "a" with --only a: a's old entry stays, b's entries are kept.
    writeFileSync(join(dir, 'a.md'), '## S\n\n**1. What is a matrix?**\nA 2-D array.\n');
    const { files } = ingest({ manifest, outDir: join(dir, 'out'), only: ['a'] });
    expect(files.map((f) => f.id)).toEqual(['a/what-is-a-matrix']);
    expect(JSON.parse(readFileSync(lock, 'utf8')).sources).toEqual({
      a: { 'what-is-a-matrix': 'S :: What is a matrix?', 'what-is-a-tensor': 'S :: What is a tensor?' },
      b: { 'what-is-a-gradient': 'S :: What is a gradient?' },
    });
  });

  it('names the lock file when it is broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-lock-'));
    writeFileSync(join(dir, 'ids.lock.json'), '{ "sources": { "a": { "x": 1 } } }');
    expect(() => readLock(join(dir, 'ids.lock.json'))).toThrow(/ids\.lock\.json: the id lock is malformed: sources\.a\.x/);
    writeFileSync(join(dir, 'ids.lock.json'), '{ nope');
    expect(() => readLock(join(dir, 'ids.lock.json'))).toThrow(/ids\.lock\.json: the id lock is not valid JSON/);
  });
});
