// The manifest: where each entry starts (for messages), from the yaml package's positions, and
// the words file an entry may name.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceEntryLines } from '../../../scripts/ingest/manifest.ts';
import { readWords } from '../../../scripts/ingest/ingest.ts';
import { IngestError } from '../../../scripts/ingest/model.ts';

describe('manifest entry lines', () => {
  it('are the lines each element of "sources" starts on, however the JSON is laid out', () => {
    const text = '{\n  "$comment": "sources: [not this] {nor this}",\n  "sources": [\n    { "id": "a" },\n\n    {\n      "id": "b\\"[",\n      "x": [1, {"y": 2}]\n    }, { "id": "c" },\n    7\n  ]\n}';
    expect(sourceEntryLines(text)).toEqual([4, 6, 9, 10]);
    expect(sourceEntryLines('{"sources":[{"id":"a"},\n{"id":"b"}]}')).toEqual([1, 2]);
    expect(sourceEntryLines('{"other": [{}]}')).toEqual([]);
  });
});

describe('a source’s words file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-words-'));
  const manifest = join(dir, 'sources.json');
  const entry = (words?: string) => ({ id: 'x', title: 'X', file: 'x.txt', format: 'scraped-docs', origin: 'o', ...(words ? { words } : {}) });

  it('gives its lists to the reader, and nothing when the entry names none', () => {
    writeFileSync(join(dir, 'x.words.yaml'), '# tuned to x.txt\ngluedAfter: [samples]\nsplitAfter: [runtime]\n');
    expect(readWords(entry('x.words.yaml'), manifest)).toEqual({ gluedAfter: ['samples'], splitAfter: ['runtime'] });
    expect(readWords(entry(), manifest)).toBeUndefined();
  });

  it('is an IngestError naming the file when missing, not YAML, or holding an unknown list', () => {
    writeFileSync(join(dir, 'bad.yaml'), 'acronym: [KL]\n');
    writeFileSync(join(dir, 'broken.yaml'), 'gluedAfter: [a\n');
    expect(() => readWords(entry('none.yaml'), manifest)).toThrow(/none\.yaml: source "x": words file is missing/);
    expect(() => readWords(entry('broken.yaml'), manifest)).toThrow(IngestError);
    expect(() => readWords(entry('bad.yaml'), manifest)).toThrow(/bad\.yaml: source "x": words file is malformed: .*acronym/);
  });
});
