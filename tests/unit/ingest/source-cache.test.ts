// What the readers made of each source, kept between runs (scripts/ingest/source-cache.ts): read
// back for the same source, words file and code only, so an edited source is parsed again.
// Checked by planting a visible change in a cached entry: it shows in the output only while the
// entry's key still matches.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../scripts/ingest/ingest.ts';

const SOURCE = `## Basics

**1. What is dropout?**
Dropout zeroes random activations during training.

**2. What is a tokenizer?**
It splits text into tokens.
`;

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-source-cache-'));
  writeFileSync(join(dir, 'sources.json'), JSON.stringify({ sources: [{ id: 'a', title: 'A', file: 'a.md', format: 'markdown', origin: 'test' }] }));
  writeFileSync(join(dir, 'a.md'), SOURCE);
  const cacheDir = join(dir, 'cache');
  const run = (cached = true) => ingest({ manifest: join(dir, 'sources.json'), outDir: join(dir, 'out'), write: false, ...(cached ? { cacheDir } : {}) });
  const entries = () => readdirSync(cacheDir).filter((f) => f.endsWith('.json'));
  /** Changes the title of the first question in every cached entry. */
  const plant = (title: string) => {
    for (const f of entries()) {
      const file = join(cacheDir, f);
      writeFileSync(file, readFileSync(file, 'utf8').replace('What is dropout?', title));
    }
  };
  return { dir, run, entries, plant };
}

const titles = (r: ReturnType<typeof ingest>) => r.files.map((f) => f.frontmatter.title);

describe('the source cache', () => {
  it('gives the same question files as parsing the source', () => {
    const w = workspace();
    const parsed = w.run(false).files;
    expect(w.run().files).toEqual(parsed); // parsed, and kept
    expect(w.entries()).toHaveLength(1);
    expect(w.run().files).toEqual(parsed); // read back
  });

  it('is read back for an unchanged source', () => {
    const w = workspace();
    w.run();
    w.plant('What is dropout, from the cache?');
    expect(titles(w.run())).toContain('What is dropout, from the cache?');
  });

  it('is not used once the source is edited: the source is parsed again', () => {
    const w = workspace();
    w.run();
    w.plant('What is dropout, from the cache?');
    writeFileSync(join(w.dir, 'a.md'), SOURCE.replace('It splits text', 'A tokenizer splits text'));
    const edited = w.run();
    expect(titles(edited)).toEqual(['What is dropout?', 'What is a tokenizer?']);
    expect(edited.files[1]!.body).toContain('A tokenizer splits text');
  });

  it('is not used for the source with another words file', () => {
    const w = workspace();
    w.run();
    w.plant('What is dropout, from the cache?');
    writeFileSync(join(w.dir, 'a.words.yaml'), 'acronyms: [BPE]\n');
    writeFileSync(join(w.dir, 'sources.json'), JSON.stringify({ sources: [{ id: 'a', title: 'A', file: 'a.md', format: 'markdown', words: 'a.words.yaml', origin: 'test' }] }));
    expect(titles(w.run())).toContain('What is dropout?');
  });

  it('parses the source again when a cached entry is damaged', () => {
    const w = workspace();
    const parsed = w.run().files;
    for (const f of w.entries()) writeFileSync(join(w.dir, 'cache', f), '{"questions": [');
    expect(w.run().files).toEqual(parsed);
  });
});
