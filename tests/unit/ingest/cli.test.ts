// The ingest CLI on bad input: a clear message naming the file (and line), a non-zero exit,
// and the previous content/questions/ left exactly as it was.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = resolve('scripts/ingest/cli.ts');

function workspace(manifest: unknown | string, files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-ingest-'));
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'sources', 'sources.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest, null, 2));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'sources', name), text);
  return dir;
}

function ingest(dir: string, ...extra: string[]) {
  const r = spawnSync(process.execPath, [CLI, '--manifest', 'sources/sources.json', '--out', 'questions', ...extra], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const entry = (over: Record<string, string> = {}) => ({
  id: 'mine', title: 'Mine', file: 'mine.md', format: 'markdown', origin: 'test', ...over,
});
const GOOD = '## Basics\n\n**1. What is a tensor?**\nAn n-dimensional array.\n\n**2. What is a gradient?**\nA vector of partial derivatives.\n';

describe('npm run ingest', () => {
  it('writes one file per question and prints a table per source', () => {
    const dir = workspace({ sources: [entry()] }, { 'mine.md': GOOD });
    const r = ingest(dir, '--report', 'report.json');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/mine\s+2\s+1\s+0\s+0\s+0/);
    expect(readdirSync(join(dir, 'questions', 'mine')).sort()).toEqual(['what-is-a-gradient.md', 'what-is-a-tensor.md']);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.sources[0]).toMatchObject({ id: 'mine', questions: 2, sections: 1, droppedLines: 0 });
  });

  it('reports a missing source file by name', () => {
    const r = ingest(workspace({ sources: [entry()] }));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/sources\/mine\.md: source "mine": file is missing or unreadable/);
  });

  it('reports an unknown format, naming the manifest and the known formats', () => {
    const r = ingest(workspace({ sources: [entry({ format: 'docx' })] }, { 'mine.md': GOOD }));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/sources\/sources\.json: source "mine" names unknown format "docx" \(known: .*markdown/);
  });

  it('reports a manifest that is not JSON with its line', () => {
    const r = ingest(workspace('{\n  "sources": [\n    { "id": "x", }\n  ]\n}'));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/sources\/sources\.json:3: the manifest is not valid JSON/);
  });

  it('reports a malformed manifest entry by its number, id, line and fields', () => {
    // JSON.stringify(…, null, 2): the second entry's "{" is on line 10.
    const r = ingest(workspace({ sources: [entry(), { id: 'Bad Id', title: 'x', file: 'x.md', origin: 'x' }] }, { 'mine.md': GOOD }));
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(
      'sources/sources.json:10: the manifest is malformed: entry 2 of "sources" (id "Bad Id") at line 10: ' +
        'id: id must be lowercase letters, digits and hyphens, format: missing (expected a string)',
    );
    // An entry without a usable id is named by its number and line.
    const r2 = ingest(workspace('{\n  "sources": [\n    { "id": 7, "title": "x" }\n  ]\n}'));
    expect(r2.err).toMatch(/sources\/sources\.json:3: the manifest is malformed: entry 1 of "sources" at line 3: id: .*file: missing/);
  });

  it('writes the report with every dropped range and its reason (--report FILE)', () => {
    const source = [
      '# My notes', // 1: document title
      '',
      '## Table of Contents', // 3
      '- Basics', // 4: table of contents
      '- Deep learning', // 5
      '',
      '## Basics', // 7
      '',
      '**1. What is a tensor?**', // 9
      'An n-dimensional array.',
      '',
      '---', // 12: separator
      '',
      '## Closing', // 14
      'Good luck.', // 15
    ].join('\n');
    const dir = workspace({ sources: [entry()] }, { 'mine.md': source });
    const r = ingest(dir, '--report', 'report.json');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/mine\s+1\s+1\s+0\s+0\s+7/);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.sources[0]).toMatchObject({ id: 'mine', file: 'sources/mine.md', format: 'markdown', lines: 15, questions: 1, droppedLines: 7 });
    expect(report.sources[0].dropped).toEqual([
      { start: 1, end: 1, reason: 'document title' },
      { start: 3, end: 3, reason: 'table of contents heading' },
      { start: 4, end: 5, reason: 'table of contents' },
      { start: 12, end: 12, reason: 'separator line' },
      { start: 14, end: 14, reason: 'heading of a section without questions' },
      { start: 15, end: 15, reason: 'text of section "Closing", which has no questions' },
    ]);
  });

  it('reports duplicate source ids', () => {
    const r = ingest(workspace({ sources: [entry(), entry()] }, { 'mine.md': GOOD }));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/duplicate source id "mine"/);
  });

  it('reports a source in which the reader finds no question', () => {
    const r = ingest(workspace({ sources: [entry()] }, { 'mine.md': '# Notes\n\nJust prose, no questions.\n' }));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/sources\/mine\.md: no questions found/);
  });

  it('leaves the previous output untouched when an ingest fails', () => {
    const dir = workspace({ sources: [entry()] }, { 'mine.md': GOOD });
    expect(ingest(dir).code).toBe(0);
    const before = readFileSync(join(dir, 'questions', 'mine', 'what-is-a-tensor.md'), 'utf8');
    // Break the source, then ingest again: the old files stay, and no staging folder is left.
    writeFileSync(join(dir, 'sources', 'mine.md'), 'nothing here');
    expect(ingest(dir).code).not.toBe(0);
    expect(readFileSync(join(dir, 'questions', 'mine', 'what-is-a-tensor.md'), 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((f) => f.startsWith('questions'))).toEqual(['questions']);
    expect(existsSync(join(dir, 'questions', 'mine', 'what-is-a-gradient.md'))).toBe(true);
  });

  it('escapes source text that looks like HTML or script in what it writes', () => {
    const dir = workspace({ sources: [entry()] }, {
      'mine.md': '## S\n\n**1. Is <script>alert(1)</script> safe?**\nText <img src=x onerror=alert(1)> here.\n',
    });
    expect(ingest(dir).code).toBe(0);
    const file = readdirSync(join(dir, 'questions', 'mine'))[0]!;
    const md = readFileSync(join(dir, 'questions', 'mine', file), 'utf8');
    // The title is YAML data (Astro escapes it when rendering); the body keeps the text,
    // and the site's pipeline shows raw HTML as text (see escape.test.ts).
    expect(md).toMatch(/^title: Is <script>alert\(1\)<\/script> safe\?$/m);
  });
});
