// The build's tag (Pagefind's metaCacheTag): what the pages are made from, taken before the
// ingest runs. The same inputs give the same tag whatever the output folder (check:reproducible
// builds into another one); a change to the site's code or content gives a new one; the ingest's
// output does not enter it (it is written after the tag is taken).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildTag } from '../../../scripts/build/site-step.ts';

let root: string;
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-tag-'));
  put('astro.config.mjs', 'export default {};');
  put('scripts/build.ts', '');
  put('scripts/pagefind.ts', '');
  put('src/pages/index.astro', '<h1>Atlas</h1>');
  put('content/topics.yaml', 'topics: []');
  put('content/questions/s/q.md', '# Q');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  delete process.env.ATLAS_OUT_DIR;
});

describe('buildTag', () => {
  it('is the same for the same inputs, built into any folder', () => {
    const tag = buildTag(root, 'ingest-1');
    process.env.ATLAS_OUT_DIR = 'dist-repro';
    expect(buildTag(root, 'ingest-1')).toBe(tag);
  });

  it("changes with the site's code, its content and the ingest's inputs, not with the ingest's output", () => {
    const tag = buildTag(root, 'ingest-1');
    expect(buildTag(root, 'ingest-2')).not.toBe(tag);
    put('content/questions/s/q.md', '# Q, ingested again');
    expect(buildTag(root, 'ingest-1')).toBe(tag);
    put('content/topics.yaml', 'topics: [rag]');
    const edited = buildTag(root, 'ingest-1');
    expect(edited).not.toBe(tag);
    put('src/pages/index.astro', '<h1>Atlas!</h1>');
    expect(buildTag(root, 'ingest-1')).not.toBe(edited);
  });
});
