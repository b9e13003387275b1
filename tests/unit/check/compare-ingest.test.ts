import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontmatters, jsonDifferences } from '../../../scripts/check/compare-ingest.ts';

describe('compare-ingest', () => {
  it('names the path of every difference between two reports', () => {
    const before = { sources: [{ id: 'a', dropped: [{ start: 1, end: 2, reason: 'title' }] }], fallback: 0 };
    const after = { sources: [{ id: 'a', dropped: [{ start: 1, end: 3, reason: 'title' }] }], fallback: 0, extra: true };
    expect(jsonDifferences(before, after)).toEqual(['sources[0].dropped[0].end: 2 -> 3', 'extra: undefined -> true']);
    expect(jsonDifferences(before, structuredClone(before))).toEqual([]);
  });

  it('reads the frontmatter of every generated question, by path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-cmp-'));
    mkdirSync(join(dir, 's'));
    writeFileSync(join(dir, 's', 'q.md'), '---\ntitle: Q?\ntags:\n  - a\n---\n\nBody with --- inside.\n');
    expect([...frontmatters(dir)]).toEqual([['s/q.md', { title: 'Q?', tags: ['a'] }]]);
  });
});
