// writeQuestionFiles is all or nothing: when it fails part way (a file that cannot be written, or
// the final swap), the previous output folder stays exactly as it was and nothing is left beside it.
// A file it would write again as it is, it links from the previous output instead.
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Lets a test make one rename fail (the writer imports node:fs, so the mock reaches it).
const failRename = vi.hoisted(() => ({ when: undefined as ((from: string, to: string) => boolean) | undefined }));
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return {
    ...real,
    renameSync: (from: fs.PathLike, to: fs.PathLike) => {
      if (failRename.when?.(String(from), String(to))) throw Object.assign(new Error('EXDEV: injected failure'), { code: 'EXDEV' });
      return real.renameSync(from, to);
    },
  };
});

const { writeQuestionFiles } = await import('../../../scripts/ingest/writer.ts');
type QuestionFile = Parameters<typeof writeQuestionFiles>[0][number];

const file = (path: string, title = 'T'): QuestionFile => ({
  id: path.replace(/\.md$/, ''),
  path,
  frontmatter: { title, source: 'mine', section: [], order: 1, line: 1, endLine: 2, topic: 't', tags: [], hasCode: false, hasMath: false } as unknown as QuestionFile['frontmatter'],
  body: 'An answer.\n',
});

/** A folder with a previous output (questions/mine/old.md); returns the folder and a snapshot reader. */
function previousOutput() {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-writer-'));
  const out = join(dir, 'questions');
  mkdirSync(join(out, 'mine'), { recursive: true });
  writeFileSync(join(out, 'mine', 'old.md'), 'previous content\n');
  const snapshot = () => ({
    beside: readdirSync(dir).sort(),
    files: readdirSync(join(out, 'mine')).sort(),
    old: readFileSync(join(out, 'mine', 'old.md'), 'utf8'),
  });
  return { dir, out, snapshot, before: snapshot() };
}

afterEach(() => {
  failRename.when = undefined;
});

describe('writeQuestionFiles', () => {
  it('replaces the previous output when it succeeds', () => {
    const { dir, out } = previousOutput();
    writeQuestionFiles([file('mine/a.md'), file('mine/b.md')], out);
    expect(readdirSync(join(out, 'mine')).sort()).toEqual(['a.md', 'b.md']);
    expect(readdirSync(dir)).toEqual(['questions']);
  });

  it('keeps a file the previous output already holds as it is (linked, not written again), and writes a changed one', () => {
    const { out } = previousOutput();
    writeQuestionFiles([file('mine/a.md'), file('mine/b.md')], out);
    const inode = (name: string) => fs.statSync(join(out, 'mine', name)).ino;
    const [a, b] = [inode('a.md'), inode('b.md')];
    writeQuestionFiles([file('mine/a.md'), file('mine/b.md', 'Changed')], out);
    expect(inode('a.md')).toBe(a);
    expect(inode('b.md')).not.toBe(b);
    expect(readFileSync(join(out, 'mine', 'b.md'), 'utf8')).toContain('title: Changed');
    expect(fs.statSync(join(out, 'mine', 'a.md')).nlink).toBe(1);
  });

  it('leaves the previous output untouched when a file cannot be written part way', () => {
    const { out, snapshot, before } = previousOutput();
    // The third file's path is a folder already written as a file: writing it fails.
    const files = [file('mine/a.md'), file('mine/b.md'), file('mine/a.md/c.md'), file('mine/d.md')];
    expect(() => writeQuestionFiles(files, out)).toThrow();
    expect(snapshot()).toEqual(before);
    expect(before.beside).toEqual(['questions']);
  });

  it('puts the previous output back when the final swap fails', () => {
    const { out, snapshot, before } = previousOutput();
    failRename.when = (from, to) => from.includes('.staging-') && to === out;
    expect(() => writeQuestionFiles([file('mine/a.md')], out)).toThrow(/injected failure/);
    expect(snapshot()).toEqual(before);
  });

  it('leaves nothing behind when the swap fails and there was no previous output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-writer-'));
    failRename.when = (from) => from.includes('.staging-');
    expect(() => writeQuestionFiles([file('mine/a.md')], join(dir, 'questions'))).toThrow(/injected failure/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
