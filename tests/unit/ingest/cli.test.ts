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

  it('reports a malformed manifest entry by field', () => {
    const r = ingest(workspace({ sources: [{ id: 'Bad Id', title: 'x', file: 'x.md', origin: 'x' }] }));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/sources\/sources\.json: the manifest is malformed: .*sources\.0\.id.*sources\.0\.format/);
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
